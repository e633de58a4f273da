import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { zaloMac } from './channels/zalo/signature';
import { parseConfig } from './config';
import { startServices, type Services } from './services';
import { startFakeBotApi, type FakeBotApi } from './test-support/fake-bot-api';
import { startFakeZaloApi, type FakeZaloApi } from './test-support/fake-zalo-api';
import { httpRequest } from './test-support/http';

/**
 * Hostile bodies through all three inbound doors (web API, Telegram webhook with its secret, Zalo
 * webhook with a valid signature, so the bodies reach the parsers): every one must get a 2xx/4xx
 * within a budget, and /healthz must answer after each. The budget catches a stall, not a slow machine.
 */
const BUDGET_MS = 10_000;
const RUNS = 40;
const APP = '1234567890';
const SECRET = 'oa-secret-key';
let services: Services;
const statuses = new Map<number, number>();
let botApi: FakeBotApi;
let zaloApi: FakeZaloApi;

beforeAll(async () => {
  botApi = await startFakeBotApi();
  zaloApi = await startFakeZaloApi();
  const dir = mkdtempSync(join(tmpdir(), 'qte-fuzz-'));
  const app = await createApp(
    parseConfig({
      SEEDS_DIR: resolve(import.meta.dirname, '../seeds'),
      INDEX_DIR: join(dir, 'index'),
      PLANS_DIR: join(dir, 'plans'),
      PORT: '0',
      TELEGRAM_BOT_TOKEN: botApi.token,
      TELEGRAM_API_ROOT: botApi.apiRoot,
      TELEGRAM_WEBHOOK_URL: 'http://127.0.0.1/tg/hook',
      TELEGRAM_WEBHOOK_SECRET: 'fuzz-secret',
      ZALO_APP_ID: APP,
      ZALO_OA_SECRET_KEY: SECRET,
      ZALO_OA_ACCESS_TOKEN: 'tok',
      ZALO_API_BASE: zaloApi.base,
    }),
    () => {},
  );
  // rate limits are a separate concern: this test floods from one address
  services = await startServices(app, () => {}, { webRate: { capacity: 10_000, perSecond: 1000 } });
}, 60_000);
afterAll(async () => {
  console.log(`fuzz: ${[...statuses.values()].reduce((a, b) => a + b, 0)} hostile bodies; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  await services.stop();
  await botApi.close();
  await zaloApi.close();
});

/** hostile text: control characters, lone surrogates, RTL marks, long runs, Vietnamese, near-JSON */
const hostileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('\u0000', '\ud800', '\u202e', '{"', '"}', '\\', 'tảo hôn', '@bot', '/start', '0912 345 678', 'x@y.vn').chain((s) => fc.integer({ min: 1, max: 30_000 }).map((n) => s.repeat(n))),
);
const hostileJson = fc.oneof(
  hostileText,
  fc.json({ maxDepth: 6 }),
  hostileText.map((t) => JSON.stringify({ question: t, session: t.slice(0, 10) })),
  hostileText.map((t) => JSON.stringify({ update_id: 1 + Math.floor(Math.random() * 1e9), message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, from: { id: 2, is_bot: false, first_name: 'x' }, text: t } })),
  hostileText.map((t) => JSON.stringify({ app_id: APP, event_name: 'user_send_text', timestamp: String(Date.now()), sender: { id: '1' }, recipient: { id: '2' }, message: { text: t, msg_id: `m${Math.random()}` } })),
  fc.constant('['.repeat(100_000)),
);

async function within<T>(p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${BUDGET_MS} ms`)), BUDGET_MS)))]);
  } finally {
    clearTimeout(timer);
  }
}

async function check(path: string, body: string, headers: Record<string, string>): Promise<void> {
  const r = await within(httpRequest(`${services.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body }));
  statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
  expect(r.status >= 200 && r.status < 500, `${path} answered ${r.status} to ${JSON.stringify(body.slice(0, 80))}`).toBe(true);
  expect((await within(httpRequest(`${services.url}healthz`))).status).toBe(200);
}

describe('hostile bodies (fuzz)', () => {
  it('web API', async () => {
    await fc.assert(fc.asyncProperty(hostileJson, (body) => check('api/ask', body, {})), { numRuns: RUNS });
  }, 300_000);

  it('Telegram webhook', async () => {
    await fc.assert(fc.asyncProperty(hostileJson, (body) => check('tg/hook', body, { 'X-Telegram-Bot-Api-Secret-Token': 'fuzz-secret', Host: '127.0.0.1' })), { numRuns: RUNS });
  }, 300_000);

  it('Zalo webhook (validly signed)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJson, async (body) => {
        const ts = /"timestamp":"(\d+)"/.exec(body)?.[1] ?? String(Date.now());
        await check('zalo/webhook', body, { 'X-ZEvent-Signature': `mac=${zaloMac(APP, Buffer.from(body), ts, SECRET)}` });
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
