import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { zaloMac } from './channels/zalo/signature';
import { parseConfig } from './config';
import { startServices, type Services } from './services';
import { startFakeBotApi, textUpdate, type FakeBotApi } from './test-support/fake-bot-api';
import { startFakeZaloApi, type FakeZaloApi } from './test-support/fake-zalo-api';
import { httpRequest } from './test-support/http';

const indexDir = join(mkdtempSync(join(tmpdir(), 'qte-svc-')), 'index');
const baseEnv = { SEEDS_DIR: resolve(import.meta.dirname, '../seeds'), INDEX_DIR: indexDir, PLANS_DIR: join(indexDir, 'no-plans'), PORT: '0' };
let services: Services | null = null;
let botApi: FakeBotApi | null = null;
let zaloApi: FakeZaloApi | null = null;

afterEach(async () => {
  await services?.stop();
  await botApi?.close();
  await zaloApi?.close();
  services = botApi = zaloApi = null;
});

async function start(env: Record<string, string>): Promise<Services> {
  const app = await createApp(parseConfig({ ...baseEnv, ...env }), () => {});
  services = await startServices(app, () => {});
  return services;
}

describe('npm start with no configuration', () => {
  it('serves the web chat on 127.0.0.1 only, and refuses the Zalo webhook', async () => {
    const s = await start({});
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(s.telegram).toBeNull();
    expect((await httpRequest(s.url)).status).toBe(200);
    const z = await httpRequest(`${s.url}zalo/webhook`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(z.status).toBe(503); // not configured: rejected
  });
});

describe('Telegram webhook mode', () => {
  it('registers the webhook with a secret and accepts only updates carrying it', async () => {
    botApi = await startFakeBotApi();
    const s = await start({
      TELEGRAM_BOT_TOKEN: botApi.token,
      TELEGRAM_API_ROOT: botApi.apiRoot,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg/hook',
      TELEGRAM_WEBHOOK_SECRET: 's3cret-token',
    });
    const [set] = await botApi.waitFor('setWebhook');
    expect(set!.params).toMatchObject({ url: 'https://bot.example.org/tg/hook', secret_token: 's3cret-token' });
    // the "/" menu, in Vietnamese and for English-language apps
    const menus = await botApi.waitFor('setMyCommands', 2);
    expect(JSON.stringify(menus[0]!.params.commands)).toContain('tinh');
    expect(menus[1]!.params.language_code).toBe('en');
    const post = (headers: Record<string, string>, update = textUpdate('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?')) =>
      httpRequest(`${s.url}tg/hook`, { method: 'POST', headers: { 'Content-Type': 'application/json', Host: 'bot.example.org', ...headers }, body: JSON.stringify(update) });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'wrong' })).status).toBe(401);
    const u = textUpdate('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?');
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 's3cret-token' }, u)).status).toBe(200);
    const [msg] = await botApi.waitFor('sendMessage');
    expect(String(msg!.params.text)).toContain('Ban Dân tộc – Tôn giáo');
    // the same update delivered again is answered once
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 's3cret-token' }, u)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(botApi.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(1);
    // bounded, and a bad body is a 400 that says why, not a 500
    const raw = (body: string) =>
      httpRequest(`${s.url}tg/hook`, { method: 'POST', headers: { 'Content-Type': 'application/json', Host: 'bot.example.org', 'X-Telegram-Bot-Api-Secret-Token': 's3cret-token' }, body });
    const started = Date.now();
    const huge = await raw(JSON.stringify({ update_id: 9, message: { text: 'a'.repeat(2_000_000) } }));
    expect(huge.status).toBe(413);
    expect(Date.now() - started).toBeLessThan(5000); // a stall, not a slow machine
    const bad = await raw('{"update_id": ');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatch(/not valid JSON/);
    expect((await raw('{"hello": 1}')).status).toBe(400);
    expect((await raw(`\uFEFF${JSON.stringify(textUpdate('xin chào'))}`)).status).toBe(200);
    expect((await httpRequest(`${s.url}healthz`)).status).toBe(200);
  });

  it('opens the web chat at once when the Bot API is unreachable, and keeps trying to set the webhook', async () => {
    const lines: string[] = [];
    const app = await createApp(parseConfig({ ...baseEnv, TELEGRAM_BOT_TOKEN: '1:x', TELEGRAM_API_ROOT: 'http://127.0.0.1:9', TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg/hook' }), () => {});
    const started = Date.now();
    services = await startServices(app, (l) => lines.push(l));
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await httpRequest(`${services.url}healthz`)).status).toBe(200);

    await expect.poll(() => lines.some((l) => /cannot set the webhook \(attempt 1/.test(l)), { timeout: 5000 }).toBe(true);
  });
});

describe('shutdown', () => {
  it('never confirms an update whose reply waits on a 429 past the deadline: Telegram delivers it again', async () => {
    botApi = await startFakeBotApi();
    const lines: string[] = [];
    const app = await createApp(parseConfig({ ...baseEnv, TELEGRAM_BOT_TOKEN: botApi.token, TELEGRAM_API_ROOT: botApi.apiRoot, SHUTDOWN_TIMEOUT_MS: '1000' }), () => {});
    const s = await startServices(app, (l) => lines.push(l));
    botApi.failNextWith429('sendMessage', 30);
    const u = textUpdate('/help', { updateId: 777 });
    botApi.push(u);
    await botApi.waitFor('sendMessage');
    const started = Date.now();
    await s.stop();
    expect(Date.now() - started).toBeLessThan(4000);
    expect(botApi.pending()).toContain(777); // unconfirmed: the next start receives it again
    expect(lines.join('\n')).toMatch(/update 777 still being answered/);
  });

  it('waits for a reply that fits in the deadline, then confirms it', async () => {
    botApi = await startFakeBotApi();
    const app = await createApp(parseConfig({ ...baseEnv, TELEGRAM_BOT_TOKEN: botApi.token, TELEGRAM_API_ROOT: botApi.apiRoot, SHUTDOWN_TIMEOUT_MS: '5000' }), () => {});
    const s = await startServices(app, () => {});
    botApi.failNextWith429('sendMessage', 1);
    botApi.push(textUpdate('/help', { updateId: 778 }));
    await botApi.waitFor('sendMessage');
    await s.stop();
    expect(botApi.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(2); // the retry went out
    expect(botApi.pending()).not.toContain(778);
    expect(Math.max(...botApi.offsets)).toBeGreaterThan(778);
  });

  it('closes a half-open client within the deadline', async () => {
    const lines: string[] = [];
    const app = await createApp(parseConfig({ ...baseEnv, SHUTDOWN_TIMEOUT_MS: '1000' }), () => {});
    const s = await startServices(app, (l) => lines.push(l));
    const { port } = new URL(s.url);
    const sock = connect(Number(port), '127.0.0.1');
    await new Promise<void>((r) => sock.once('connect', () => r()));
    sock.write('POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"quest');
    sock.on('error', () => {});
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await s.stop();
    expect(Date.now() - started).toBeLessThan(3000);
    sock.destroy();
  });
});

describe('Zalo OA webhook', () => {
  const APP = '1234567890';
  const SECRET = 'oa-secret-key';
  const USER = '8466393713345634567'; // > 2^53: must stay exact
  const event = (text: string, timestamp = String(Date.now())) =>
    `{"app_id":"${APP}","event_name":"user_send_text","timestamp":"${timestamp}","sender":{"id":${USER}},"recipient":{"id":579745863508352884},"message":{"text":${JSON.stringify(text)},"msg_id":"m${Math.random()}"}}`;
  const sign = (raw: string, ts: string) => `mac=${zaloMac(APP, Buffer.from(raw), ts, SECRET)}`;

  async function startZalo() {
    zaloApi = await startFakeZaloApi();
    return start({ ZALO_APP_ID: APP, ZALO_OA_SECRET_KEY: SECRET, ZALO_OA_ACCESS_TOKEN: 'tok', ZALO_API_BASE: zaloApi.base });
  }
  const post = (s: Services, raw: string, signature?: string) =>
    httpRequest(`${s.url}zalo/webhook`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(signature ? { 'X-ZEvent-Signature': signature } : {}) }, body: raw });

  it('verifies the signature over the raw body, acknowledges, and replies through the OA API', async () => {
    const s = await startZalo();
    const ts = String(Date.now());
    const raw = event('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', ts);
    const r = await post(s, raw, sign(raw, ts));
    expect(r.status).toBe(200);
    await zaloApi!.waitFor(1);
    const sent = zaloApi!.sent[0]!;
    expect(sent.accessToken).toBe('tok');
    expect(sent.raw).toContain(`"user_id":"${USER}"`);
    expect(sent.body.message.text).toContain('Ban Dân tộc – Tôn giáo');
  });

  it('rejects a tampered body, a tampered timestamp and a missing signature', async () => {
    const s = await startZalo();
    const ts = String(Date.now());
    const raw = event('Ai chủ trì tảo hôn?', ts);
    const good = sign(raw, ts);
    expect((await post(s, raw.replace('tảo hôn', 'mua bán'), good)).status).toBe(401);
    const later = String(Number(ts) + 1000);
    expect((await post(s, raw.replace(ts, later), good)).status).toBe(401);
    expect((await post(s, raw)).status).toBe(401);
    expect((await post(s, 'not json', good)).status).toBe(400);
    await new Promise((r) => setTimeout(r, 200));
    expect(zaloApi!.sent).toHaveLength(0);
  });

  it('drops a correctly signed replay of an old event, answers an event without msg_id once, and limits a burst from one user', async () => {
    const s = await startZalo();
    // a 2019 event, signed: acknowledged (Zalo must not retry it) and never answered
    const old = String(Date.UTC(2019, 0, 1));
    const replay = event('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', old);
    expect((await post(s, replay, sign(replay, old))).status).toBe(200);
    // the same event without msg_id, posted twice: one answer
    const ts = String(Date.now());
    const bare = event('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', ts).replace(/,"msg_id":"[^"]*"/, '');
    expect(bare).not.toContain('msg_id');
    for (let k = 0; k < 2; k++) expect((await post(s, bare, sign(bare, ts))).status).toBe(200);
    await zaloApi!.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    await Promise.allSettled([...s.pending]);
    expect(zaloApi!.sent).toHaveLength(1);
    // 20 questions in a burst: the allowance (8 here) is answered, then one "wait" message, then nothing
    for (let k = 0; k < 20; k++) {
      const t = String(Date.now());
      const raw = event(`Ai chủ trì phòng chống đuối nước ở Sơn La? (${k})`, t);
      expect((await post(s, raw, sign(raw, t))).status).toBe(200);
    }
    await new Promise((r) => setTimeout(r, 500));
    await Promise.allSettled([...s.pending]);
    const burst = zaloApi!.sent.slice(1).map((m) => m.body.message.text);
    expect(burst.filter((t) => t.startsWith('Bạn gửi nhanh quá'))).toHaveLength(1);
    expect(burst.length).toBeLessThanOrEqual(9 + 1); // 8 answers (1 spent above) + the warning, give or take a refill
  });

  it('splits long replies at 2000 characters and survives hostile messages', async () => {
    const s = await startZalo();
    const hostile = ['', '😀'.repeat(50), '\u200d\u200b', '<script>alert(1)</script>', 'so sánh ai chủ trì phòng chống xâm hại trẻ em ở các tỉnh'];
    for (const h of hostile) {
      const ts = String(Date.now());
      const raw = event(h, ts);
      expect((await post(s, raw, sign(raw, ts))).status).toBe(200);
    }
    await zaloApi!.waitFor(hostile.length - 1); // the empty message has no text to answer
    await Promise.allSettled([...s.pending]);
    for (const m of zaloApi!.sent) {
      expect(m.body.message.text.length).toBeLessThanOrEqual(2000);
      expect(m.body.message.text.length).toBeGreaterThan(0);
    }
  });
});
