import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../assistant';
import { testApp } from '../test-support/test-app';
import { httpRequest } from '../test-support/http';
import { createHttpServer, MAX_BODY_BYTES, MAX_QUESTION_CHARS } from './server';

let server: Server;
let base: string;
let port: number;

beforeAll(async () => {
  const { assistant } = await testApp();
  server = createHttpServer({ assistant, host: '127.0.0.1', rate: { capacity: 1000, perSecond: 100 } });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const ask = (body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  httpRequest(`${base}/api/ask`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('web API', () => {
  it('POST /api/ask returns the ask JSON contract', async () => {
    const r = await ask({ question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', id: 'q1' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/application\/json/);
    const obj = JSON.parse(r.body);
    expect(obj).toMatchObject({ id: 'q1', question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', abstained: false });
    expect(obj.matches[0]).toMatchObject({ province: 'Quảng Ngãi', plan: '29/KH-UBND', lead: ['Ban Dân tộc – Tôn giáo'], source: 'Phụ lục, mục IV.5' });
    expect(obj.passages[0].text).toContain('Giảm thiểu tình trạng tảo hôn');
  });

  it('keeps a conversation per session id', async () => {
    await ask({ question: 'Ai chủ trì phòng chống mua bán trẻ em ở Quảng Ngãi?', session: 'abc-1' });
    const r = JSON.parse((await ask({ question: 'Còn ở Sơn La thì sao?', session: 'abc-1' })).body);
    expect(r.matches[0].province).toBe('Sơn La');
  });

  it('refuses what is not JSON (415), too large (413), malformed (400), wrong method (405), unknown (404)', async () => {
    expect((await ask('question=x', { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await ask('{"question":"x"}', {})).status).toBe(415);
    const big = JSON.stringify({ question: 'a'.repeat(MAX_BODY_BYTES + 10) });
    expect((await ask(big)).status).toBe(413);
    expect((await ask('{"question": ')).status).toBe(400);
    expect((await ask({ question: 42 })).status).toBe(400);
    expect((await ask({ question: 'x', session: '<script>' })).status).toBe(400);
    expect((await httpRequest(`${base}/api/ask`)).status).toBe(405);
    expect((await httpRequest(`${base}/nope`)).status).toBe(404);
  });

  it('checks the Host header', async () => {
    expect((await httpRequest(`${base}/healthz`, { headers: { Host: 'evil.example' } })).status).toBe(421);
    expect((await httpRequest(`${base}/healthz`, { headers: { Host: `localhost:${port}` } })).status).toBe(200);
    // a browser on port 80 (or a TLS proxy) leaves the port out
    expect((await httpRequest(`${base}/healthz`, { headers: { Host: 'localhost' } })).status).toBe(200);
    expect((await httpRequest(`${base}/healthz`, { headers: { Host: 'evil.example:80' } })).status).toBe(421);
  });

  it('says what is wrong with a refused body, and accepts a byte-order mark', async () => {
    const error = async (body: unknown) => {
      const r = await ask(body);
      expect(r.status).toBe(400);
      return JSON.parse(r.body).error as string;
    };
    expect(await error('{"question": ')).toMatch(/not valid JSON/);
    expect(await error('[1]')).toMatch(/JSON object/);
    expect(await error({ q: 'x' })).toMatch(/Missing "question"/);
    expect(await error({ question: 42 })).toMatch(/"question" must be a string/);
    expect(await error({ question: '   ' })).toMatch(/empty/);
    expect(await error({ question: 'a'.repeat(MAX_QUESTION_CHARS + 1) })).toMatch(new RegExp(`longer than ${MAX_QUESTION_CHARS}`));
    expect(await error({ question: 'x', session: '<script>' })).toBe('"session" must be 1–64 characters of A–Z, a–z, 0–9, _ or -');
    expect(await error({ question: 'x', session: 'a'.repeat(65) })).toMatch(/1–64 characters/);
    const bom = await ask(`\uFEFF${JSON.stringify({ question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?' })}`);
    expect(bom.status).toBe(200);
  });

  it('serves the page with a strict CSP and no inline script', async () => {
    const r = await httpRequest(`${base}/`);
    expect(r.status).toBe(200);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(r.body).not.toMatch(/<script>(?!<\/script>)|<script[^>]*>[^<]+<\/script>/);
    expect(r.body).not.toMatch(/\son\w+=/); // no inline handlers
    expect(r.body).toContain('lang="vi"');
    const js = await httpRequest(`${base}/static/app.js`);
    expect(js.body).toContain('textContent');
    expect(js.body).not.toContain('innerHTML');
    expect(JSON.parse((await httpRequest(`${base}/healthz`)).body).ok).toBe(true);
  });

  it('rate-limits a client with 429 and Retry-After', async () => {
    const assistant: Assistant = { ...(await testApp()).assistant };
    const s = createHttpServer({ assistant, host: '127.0.0.1', rate: { capacity: 2, perSecond: 0.1 } });
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
    const b = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
    const q = () => httpRequest(`${b}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"question":"xin chào"}' });
    const statuses = [(await q()).status, (await q()).status];
    const third = await q();
    expect(statuses).toEqual([200, 200]);
    expect(third.status).toBe(429);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    await new Promise<void>((r) => s.close(() => r()));
  });

  it('answers hostile questions without crashing', async () => {
    for (const q of ['😀😀😀', '\u200d\u200b', 'a'.repeat(MAX_QUESTION_CHARS), '<img src=x onerror=alert(1)>', '\u202eai', 'Ai chủ trì tảo hôn ở Quảng Ngãi?'.normalize('NFD'), '**_[x](javascript:alert(1))_**']) {
      const r = await ask({ question: q });
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body).text.length).toBeGreaterThan(0);
    }
  });

  it('answers "cho tôi 5 câu hỏi trắc nghiệm" (and "quiz", "câu đố", "trắc nghiệm về Sơn La", without diacritics too) with a quiz round, not a plan answer', async () => {
    const round = async (question: string) => {
      const r = await ask({ question, id: 'qz' });
      expect(r.status).toBe(200);
      return JSON.parse(r.body) as { id: string; text: string; abstained: boolean; quiz?: { province: string | null; questions: Array<{ question: string; options: string[]; correctIndex: number; explanation: string }> } };
    };
    const five = await round('cho tôi 5 câu hỏi trắc nghiệm');
    expect(five.id).toBe('qz');
    expect(five.text).toMatch(/^Câu đố: 5 câu hỏi trắc nghiệm/);
    expect(five.text).not.toMatch(/không có nhiệm vụ nào/);
    expect(five.quiz!.questions).toHaveLength(5);
    for (const q of five.quiz!.questions) {
      expect(q.options).toHaveLength(4);
      expect(q.correctIndex).toBeGreaterThanOrEqual(0);
      expect(q.explanation).toMatch(/chủ trì việc/);
    }
    expect((await round('quiz')).quiz!.questions).toHaveLength(5);
    expect((await round('câu đố')).quiz!.questions).toHaveLength(5);
    expect((await round('cho toi 10 cau hoi trac nghiem')).quiz!.questions).toHaveLength(10);
    expect((await round('20 câu trắc nghiệm')).quiz!.questions).toHaveLength(10); // at most 10
    const sonLa = await round('trac nghiem ve son la');
    expect(sonLa.quiz!.province).toBe('Sơn La');
    for (const q of sonLa.quiz!.questions) expect(q.question).toMatch(/^Sơn La: /);
    const nowhere = await round('trắc nghiệm về Atlantis');
    expect(nowhere.quiz).toBeUndefined();
    expect(nowhere.text).toMatch(/^Chưa có kế hoạch của "Atlantis" trong kho\. Các tỉnh có kế hoạch: /);
    // a question that mentions a quiz is still a question
    expect((await round('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?')).quiz).toBeUndefined();
    const js = await httpRequest(`${base}/static/quiz.js`);
    expect(js.status).toBe(200);
    expect(js.body).not.toContain('innerHTML');
    expect((await httpRequest(`${base}/static/quiz.css`)).status).toBe(200);
  });
});
