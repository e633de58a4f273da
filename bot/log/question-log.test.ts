import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../assistant';
import { testApp } from '../test-support/test-app';
import { DANGER_TEXT, keepRetention, withQuestionLog } from './question-log';
import type { LogStore } from './records';
import { openSqliteStore } from './sqlite-store';

let assistant: Assistant;
const stores: LogStore[] = [];
beforeAll(async () => {
  assistant = (await testApp()).assistant;
});
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});
const dbFile = () => join(mkdtempSync(join(tmpdir(), 'qte-log-')), 'questions.sqlite');
const open = (file: string) => {
  const s = openSqliteStore(file);
  stores.push(s);
  return s;
};

describe('question log (SQLite)', () => {
  it('logs what was asked and answered, with no raw phone, e-mail or ID number, and the user only as a hash', async () => {
    const file = dbFile();
    const store = open(file);
    const ql = withQuestionLog(assistant, store, 'salt-1');
    const r = await ql.assistant.ask({ question: 'Tôi tên là Lê Văn Tám, số 0912 345 678, email tam.lv@gmail.com, CCCD 079123456789. Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', session: 'tg:42:7' });
    expect(r.answerId).toMatch(/^[A-Za-z0-9_-]{11}$/);
    await ql.flush();
    const [q] = await store.questions(0, Date.now() + 1);
    expect(q).toMatchObject({ answerId: r.answerId, channel: 'telegram', intent: 'who-leads', provinces: ['Quảng Ngãi'], abstained: false, danger: false });
    expect(q!.matched.length).toBeGreaterThan(0);
    expect(q!.topics.length).toBeGreaterThan(0);
    expect(q!.question).toContain('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?');
    expect(q!.userHash).not.toContain('42');
    await store.close();
    stores.length = 0;
    // nothing raw anywhere in the file, not only in the rows read back
    const bytes = readFileSync(file).toString('utf8') + (() => { try { return readFileSync(`${file}-wal`).toString('utf8'); } catch { return ''; } })();
    for (const raw of ['0912 345 678', '0912345678', 'tam.lv@gmail.com', '079123456789', 'Lê Văn Tám', 'tg:42:7']) expect(bytes).not.toContain(raw);
  });

  it('keeps no text of a message reporting a child in danger, only that it was one', async () => {
    const store = open(dbFile());
    const ql = withQuestionLog(assistant, store, 's');
    const r = await ql.assistant.ask({ question: 'Cháu hàng xóm bị bố đánh hằng ngày, phải làm sao?', session: 'web:x' });
    expect(r.danger).toBe(true);
    await ql.flush();
    const [q] = await store.questions(0, Date.now() + 1);
    expect(q).toMatchObject({ danger: true, question: DANGER_TEXT, channel: 'web' });
  });

  it('hashes one user the same way within a deployment, differently with another salt', async () => {
    const store = open(dbFile());
    const a = withQuestionLog(assistant, store, 'A');
    const b = withQuestionLog(assistant, store, 'B');
    await a.assistant.ask({ question: 'Ai chủ trì?', session: 'zalo:1' });
    await a.assistant.ask({ question: 'Xin chào', session: 'zalo:1' });
    await b.assistant.ask({ question: 'Chào bạn', session: 'zalo:1' });
    await a.flush();
    await b.flush();
    // rows asked within one millisecond come back in answer-id order: find them by their text
    const hash = new Map((await store.questions(0, Date.now() + 1)).map((q) => [q.question, q.userHash]));
    expect(hash.get('Ai chủ trì?')).toBe(hash.get('Xin chào'));
    expect(hash.get('Chào bạn')).not.toBe(hash.get('Xin chào'));
  });

  it('takes 👍 and 👎 with a scrubbed comment, even given before the log line is written; refuses unknown ids', async () => {
    const store = open(dbFile());
    const ql = withQuestionLog(assistant, store, 's');
    const r = await ql.assistant.ask({ question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', session: 'web:a' });
    expect(await ql.assistant.feedback(r.answerId!, 'down', 'thiếu Sở Y tế, gọi tôi 0987 654 321')).toBe(true);
    expect(await ql.assistant.feedback(r.answerId!, 'up')).toBe(true);
    expect(await ql.assistant.feedback('nope', 'up')).toBe(false);
    const [q] = await store.questions(0, Date.now() + 1);
    expect(q!.feedback.map((f) => f.verdict)).toEqual(['down', 'up']);
    expect(q!.feedback[0]!.comment).toBe('thiếu Sở Y tế, gọi tôi [phone]');
  });

  it('applies its migrations once: a second start on the same file keeps the rows and the salt', async () => {
    const file = dbFile();
    const s1 = openSqliteStore(file);
    const salt = await s1.meta('salt', () => 'first');
    await s1.addQuestion({ answerId: 'x1', at: 1000, channel: 'web', userHash: 'h', question: 'q', intent: 'who-leads', provinces: [], topics: [], matched: [], abstained: true, danger: false, latencyMs: 1 });
    await s1.close();
    const s2 = open(file);
    expect(await s2.meta('salt', () => 'second')).toBe(salt);
    expect((await s2.questions(0, 2000)).map((q) => q.answerId)).toEqual(['x1']);
  });

  it('deletes questions and their feedback older than the retention period', async () => {
    const store = open(dbFile());
    const day = 86_400_000;
    const now = 100 * day;
    const rec = (answerId: string, at: number) => ({ answerId, at, channel: 'web', userHash: 'h', question: 'q', intent: 'who-leads', provinces: [], topics: [], matched: [], abstained: false, danger: false, latencyMs: 1 });
    await store.addQuestion(rec('old', now - 91 * day));
    await store.addQuestion(rec('new', now - 89 * day));
    await store.addFeedback({ answerId: 'old', at: now - 91 * day, verdict: 'down', comment: '' });
    const lines: string[] = [];
    const stop = keepRetention(store, 90, (l) => lines.push(l), 60_000, () => now);
    await new Promise((r) => setTimeout(r, 50));
    stop();
    expect((await store.questions(0, now)).map((q) => q.answerId)).toEqual(['new']);
    expect(lines.join('\n')).toContain('1 question older than 90 days deleted');
  });
});
