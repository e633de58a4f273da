import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { zaloMac } from '../channels/zalo/signature';
import { parseConfig } from '../config';
import { openQuestionLog } from '../log/open-log';
import type { LogStore } from '../log/records';
import { startServices, type Services } from '../services';
import { callbackUpdate, pollAnswerUpdate, startFakeBotApi, textUpdate, type FakeBotApi } from '../test-support/fake-bot-api';
import { startFakeZaloApi, type FakeZaloApi } from '../test-support/fake-zalo-api';
import { httpRequest } from '../test-support/http';
import { redisBin, startRedis } from '../test-support/redis-server';
import { openSharedState } from './open-state';
import type { SharedState } from './shared-state';

/**
 * Two app instances behind one webhook, sharing one real redis-server. CI installs redis-server and
 * sets REQUIRE_REDIS=1, so there a missing server fails instead of skipping.
 */
const available = Boolean(redisBin());
if (!available && process.env.REQUIRE_REDIS) throw new Error('REQUIRE_REDIS is set but redis-server is not installed: apt-get install -y redis-server');
if (!available) console.warn('two-instances.test: redis-server not found, skipped (apt-get install -y redis-server)');

describe.skipIf(!available)('two instances sharing one Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let botApi: FakeBotApi;
  let zaloApi: FakeZaloApi;
  const instances: Array<{ services: Services; state: SharedState; log: { store: LogStore; close(): Promise<void> } }> = [];
  const SECRET = 'hook-secret';
  const ZALO_APP = '1234567890';
  const ZALO_SECRET = 'oa-secret-key';

  beforeAll(async () => {
    redis = await startRedis();
    botApi = await startFakeBotApi();
    zaloApi = await startFakeZaloApi();
    const tmp = mkdtempSync(join(tmpdir(), 'qte-two-'));
    for (let i = 0; i < 2; i++) {
      const config = parseConfig({
        SEEDS_DIR: resolve(import.meta.dirname, '../../seeds'),
        INDEX_DIR: join(tmp, `index${i}`),
        PLANS_DIR: join(tmp, 'plans'),
        PORT: '0',
        REDIS_URL: redis.url,
        TELEGRAM_BOT_TOKEN: botApi.token,
        TELEGRAM_API_ROOT: botApi.apiRoot,
        TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg/hook',
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        SHUTDOWN_TIMEOUT_MS: '1000',
        ZALO_APP_ID: ZALO_APP,
        ZALO_OA_SECRET_KEY: ZALO_SECRET,
        ZALO_OA_ACCESS_TOKEN: 'tok',
        ZALO_API_BASE: zaloApi.base,
        // one log for both, as one PostgreSQL would be across hosts
        LOG_DB: join(tmp, 'questions.sqlite'),
      });
      const app = await createApp(config, () => {});
      const shared = await openSharedState(config, app, () => {});
      const log = (await openQuestionLog(config, shared.assistant, () => {}))!;
      const services = await startServices(app, () => {}, { assistant: log.assistant, state: shared.state, webRate: { capacity: 6, perSecond: 0.001 } });
      instances.push({ services, state: shared.state, log });
    }
  }, 60_000);
  afterAll(async () => {
    for (const i of instances) {
      await i.services.stop();
      await i.log.close();
      await i.state.close();
    }
    await botApi?.close();
    await zaloApi?.close();
    await redis?.stop();
  });

  const ask = (i: number, question: string, session?: string) =>
    httpRequest(`${instances[i]!.services.url}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question, ...(session ? { session } : {}) }) });

  it('a follow-up asked on the second instance continues the conversation begun on the first', async () => {
    const first = JSON.parse((await ask(0, 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', 'conv1')).body) as { text: string };
    expect(first.text).toContain('Quảng Ngãi');
    const follow = JSON.parse((await ask(1, 'Còn ở Sơn La thì sao?', 'conv1')).body) as { text: string };
    expect(follow.text).toContain('Sơn La');
    expect(follow.text).toMatch(/tảo hôn/i);
  });

  it('the same Telegram update delivered to both instances is answered once', async () => {
    const update = JSON.stringify(textUpdate('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?'));
    const before = botApi.calls.filter((c) => c.method === 'sendMessage').length;
    const post = (i: number) => httpRequest(`${instances[i]!.services.url}tg/hook`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET, Host: 'bot.example.org' }, body: update });
    const [a, b] = await Promise.all([post(0), post(1)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await botApi.waitFor('sendMessage', before + 1);
    await new Promise((r) => setTimeout(r, 500)); // a second reply would have come by now
    expect(botApi.calls.filter((c) => c.method === 'sendMessage').length).toBe(before + 1);
  });

  it('a burst split across both instances is limited once: one allowance for the client', async () => {
    const statuses: number[] = [];
    for (let k = 0; k < 8; k++) statuses.push((await ask(k % 2, 'Ai chủ trì phòng chống tảo hôn ở Sơn La?')).status);
    // capacity 6 in all, whichever instance serves the request (the earlier tests spent 2 of them)
    expect(statuses.filter((s) => s === 429).length).toBe(4);
  });

  it('an update claimed by an instance that died is answered when Telegram retries it, and then only once', async () => {
    const update = textUpdate('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', { chat: 78 });
    // as a dead instance leaves it: claimed, never marked done (its real claim lasts 120 s)
    expect(await instances[0]!.state.first('tg-claim', String(update.update_id), 1)).toBe(true);
    const before = sentCount();
    await tgPost(1, update);
    await new Promise((r) => setTimeout(r, 300));
    expect(sentCount()).toBe(before); // still claimed: not answered twice while the first might be answering
    await new Promise((r) => setTimeout(r, 1000));
    await tgPost(1, update);
    await botApi.waitFor('sendMessage', before + 1);
    await tgPost(0, update);
    await new Promise((r) => setTimeout(r, 300));
    expect(sentCount()).toBe(before + 1);
  });

  const tgPost = (i: number, update: unknown) =>
    httpRequest(`${instances[i]!.services.url}tg/hook`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET, Host: 'bot.example.org' }, body: JSON.stringify(update) });
  const sentCount = () => botApi.calls.filter((c) => c.method === 'sendMessage').length;
  const nextSent = async () => (await botApi.waitFor('sendMessage', sentCount() + 1)).at(-1)!;

  it("a Telegram answer's buttons, /nguon and the 👎 comment work on the other instance", async () => {
    const before = sentCount();
    await tgPost(0, textUpdate('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', { chat: 77, from: 8 }));
    const answer = (await botApi.waitFor('sendMessage', before + 1)).at(-1)!;
    const markup = JSON.stringify(answer.params.reply_markup);
    const src = /"callback_data":"(src:a[0-9a-z]+)"/.exec(markup)?.[1];
    const down = /"callback_data":"(fb:down:[A-Za-z0-9_-]+)"/.exec(markup)?.[1];
    expect(src && down).toBeTruthy();
    // "Xem nguyên văn" tapped, and handled by the second instance
    let pending = nextSent();
    await tgPost(1, callbackUpdate(src!, { chat: 77, from: 9 }));
    expect(String((await pending).params.text)).toMatch(/^📄 Quảng Ngãi/);
    // /nguon in reply to the answer, on the second instance, by another member
    pending = nextSent();
    const nguon = textUpdate('/nguon', { chat: 77, from: 10 });
    (nguon.message as Record<string, unknown>).reply_to_message = { message_id: answer.messageId, date: 0, chat: { id: 77, type: 'private' }, from: { id: 999, is_bot: true, first_name: 'Trợ lý' }, text: '…' };
    await tgPost(1, nguon);
    expect(String((await pending).params.text)).toMatch(/^📄 Quảng Ngãi/);
    // 👎 on the second; the comment, a reply to its prompt, reaches the first
    pending = nextSent();
    await tgPost(1, callbackUpdate(down!, { chat: 77, from: 8 }));
    const prompt = await pending;
    expect(String(prompt.params.text)).toContain('Trả lời (reply) tin nhắn này');
    pending = nextSent();
    const comment = textUpdate('thiếu Sở Tư pháp', { chat: 77, from: 8 });
    (comment.message as Record<string, unknown>).reply_to_message = { message_id: prompt.messageId, date: 0, chat: { id: 77, type: 'private' }, from: { id: 999, is_bot: true, first_name: 'Trợ lý' }, text: '…' };
    await tgPost(0, comment);
    expect(String((await pending).params.text)).toContain('Cảm ơn góp ý');
    const answerId = down!.slice('fb:down:'.length);
    const q = (await instances[0]!.log.store.questions(0, Date.now() + 1)).find((x) => x.answerId === answerId);
    expect(q?.feedback.map((f) => [f.verdict, f.comment])).toEqual([
      ['down', ''],
      ['down', 'thiếu Sở Tư pháp'],
    ]);
  });

  it('a quiz poll sent by one instance is scored by both: two votes at once, one on each, and /diem on either', async () => {
    const group = -300;
    const polls = botApi.calls.filter((c) => c.method === 'sendPoll').length;
    await tgPost(0, textUpdate('/quiz', { chatType: 'group', chat: group, from: 21, firstName: 'Hoa' }));
    const poll = (await botApi.waitFor('sendPoll', polls + 1)).at(-1)!;
    const right = (poll.params.correct_option_ids as number[])[0]!;
    await Promise.all([
      tgPost(1, pollAnswerUpdate(poll.pollId!, right, { from: 21, firstName: 'Hoa' })),
      tgPost(0, pollAnswerUpdate(poll.pollId!, (right + 2) % 4, { from: 22, firstName: 'Tuấn' })),
    ]);
    const pending = nextSent();
    await tgPost(1, textUpdate('/diem', { chatType: 'group', chat: group, from: 22, firstName: 'Tuấn' }));
    expect(String((await pending).params.text)).toBe('🏆 Bảng điểm câu đố:\n🥇 Hoa: 1/1 câu đúng\n🥈 Tuấn: 0/1 câu đúng');
  });

  it('on Zalo, "sai: …" reaching the other instance rates the answer the first one sent', async () => {
    const send = (i: number, text: string) => {
      const ts = String(Date.now());
      const raw = `{"app_id":"${ZALO_APP}","event_name":"user_send_text","timestamp":"${ts}","sender":{"id":"8466393713345634999"},"recipient":{"id":"1"},"message":{"text":${JSON.stringify(text)},"msg_id":"m${Math.random()}"}}`;
      return httpRequest(`${instances[i]!.services.url}zalo/webhook`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-ZEvent-Signature': `mac=${zaloMac(ZALO_APP, Buffer.from(raw), ts, ZALO_SECRET)}` }, body: raw });
    };
    await send(0, 'Ai chủ trì phòng chống tảo hôn ở Sơn La?');
    await zaloApi.waitFor(1);
    await send(1, 'sai: thiếu Hội Liên hiệp Phụ nữ');
    await zaloApi.waitFor(2);
    expect(zaloApi.sent[1]!.body.message.text).toContain('Cảm ơn bạn đã báo lỗi');
    const rated = (await instances[1]!.log.store.questions(0, Date.now() + 1)).filter((x) => x.channel === 'zalo');
    expect(rated.map((x) => x.feedback.map((f) => f.comment))).toEqual([['thiếu Hội Liên hiệp Phụ nữ']]);
  });

  it('Redis stopped: both keep answering, and /healthz says degraded', async () => {
    await redis.stop();
    await new Promise((r) => setTimeout(r, 200));
    const r = await httpRequest(`${instances[0]!.services.url}healthz`);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, status: 'degraded', state: { store: 'redis', status: 'degraded' } });
    // the web allowance is spent in Redis; this instance's own memory allows the client again
    const a = await ask(1, 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', 'conv2');
    expect(a.status).toBe(200);
    expect((JSON.parse(a.body) as { text: string }).text).toContain('Ban Dân tộc');
  });
});
