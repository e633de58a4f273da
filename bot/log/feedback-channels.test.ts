import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { zaloMac } from '../channels/zalo/signature';
import { feedbackWord } from '../channels/zalo/webhook';
import { parseConfig } from '../config';
import { startServices, type Services } from '../services';
import { callbackUpdate, startFakeBotApi, textUpdate, type FakeBotApi } from '../test-support/fake-bot-api';
import { startFakeZaloApi, type FakeZaloApi } from '../test-support/fake-zalo-api';
import { httpRequest } from '../test-support/http';
import { openQuestionLog } from './open-log';

/** 👍/👎 from each channel, through the running service, into the SQLite log main.ts opens. */
const tmp = mkdtempSync(join(tmpdir(), 'qte-fb-'));
const baseEnv = { SEEDS_DIR: resolve(import.meta.dirname, '../../seeds'), INDEX_DIR: join(tmp, 'index'), PLANS_DIR: join(tmp, 'no-plans'), PORT: '0' };
let services: Services | null = null;
let closeLog: (() => Promise<void>) | null = null;
let botApi: FakeBotApi | null = null;
let zaloApi: FakeZaloApi | null = null;
afterEach(async () => {
  await services?.stop();
  await closeLog?.();
  await botApi?.close();
  await zaloApi?.close();
  services = closeLog = botApi = zaloApi = null;
});

async function start(env: Record<string, string> = {}) {
  const config = parseConfig({ ...baseEnv, LOG_DB: join(mkdtempSync(join(tmp, 'db-')), 'q.sqlite'), ...env });
  const app = await createApp(config, () => {});
  const ql = await openQuestionLog(config, app.assistant, () => {});
  services = await startServices(app, () => {}, ql ? { assistant: ql.assistant } : {});
  closeLog = ql ? () => ql.close() : null;
  return { s: services, store: ql?.store ?? null };
}
const postJson = (url: string, body: unknown) => httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('feedback on the web', () => {
  it('an answer carries its id; 👎 with a comment lands in the log; a bad id or verdict is refused', async () => {
    const { s, store } = await start();
    const a = JSON.parse((await postJson(`${s.url}api/ask`, { question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', session: 'abc' })).body) as { answerId: string };
    expect(a.answerId).toBeTruthy();
    expect((await postJson(`${s.url}api/feedback`, { answerId: a.answerId, verdict: 'down', comment: 'Thiếu cơ quan phối hợp' })).status).toBe(200);
    expect((await postJson(`${s.url}api/feedback`, { answerId: 'unknown1', verdict: 'up' })).status).toBe(404);
    const bad = await postJson(`${s.url}api/feedback`, { answerId: a.answerId, verdict: 'maybe' });
    expect(bad.status).toBe(400);
    expect((JSON.parse(bad.body) as { error: string }).error).toBe('"verdict" must be "up" or "down"');
    const [q] = await store!.questions(0, Date.now() + 1);
    expect(q).toMatchObject({ answerId: a.answerId, channel: 'web', feedback: [{ verdict: 'down', comment: 'Thiếu cơ quan phối hợp' }] });
  });

  it('LOG_QUESTIONS=off: no id, no log, and feedback says why it is not kept', async () => {
    const { s, store } = await start({ LOG_QUESTIONS: 'off' });
    expect(store).toBeNull();
    const a = JSON.parse((await postJson(`${s.url}api/ask`, { question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?' })).body) as { answerId?: string };
    expect(a.answerId).toBeUndefined();
    const r = await postJson(`${s.url}api/feedback`, { answerId: 'abc', verdict: 'up' });
    expect(r.status).toBe(503);
    expect(r.body).toContain('LOG_QUESTIONS=off');
  });
});

describe('feedback in Telegram', () => {
  it('👍/👎 buttons carry the answer id; a 👎 asks for a comment, and the reply is kept as it', async () => {
    botApi = await startFakeBotApi();
    const { store } = await start({ TELEGRAM_BOT_TOKEN: botApi.token, TELEGRAM_API_ROOT: botApi.apiRoot });
    await botApi.waitFor('deleteWebhook');
    botApi.push(textUpdate('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?'));
    const [answer] = await botApi.waitFor('sendMessage');
    const markup = JSON.stringify(answer!.params.reply_markup);
    const down = /"callback_data":"(fb:down:[A-Za-z0-9_-]+)"/.exec(markup)?.[1];
    expect(markup).toContain('👍 Đúng');
    expect(down).toBeTruthy();
    botApi.push(callbackUpdate(down!));
    await botApi.waitFor('answerCallbackQuery');
    const msgs = await botApi.waitFor('sendMessage', 2);
    expect(String(msgs[1]!.params.text)).toContain('Trả lời (reply) tin nhắn này');
    // the fake numbers sent messages 101, 102…: the prompt is the second
    const update = textUpdate('Sở Y tế cũng phối hợp, số tôi 0912 345 678');
    (update.message as Record<string, unknown>).reply_to_message = { message_id: 102, date: 0, chat: { id: 42, type: 'private' }, from: { id: 999, is_bot: true, first_name: 'Trợ lý' }, text: '…' };
    botApi.push(update);
    const all = await botApi.waitFor('sendMessage', 3);
    expect(String(all[2]!.params.text)).toContain('Cảm ơn góp ý');
    const [q] = await store!.questions(0, Date.now() + 1);
    expect(q!.channel).toBe('telegram');
    expect(q!.feedback.map((f) => [f.verdict, f.comment])).toEqual([
      ['down', ''],
      ['down', 'Sở Y tế cũng phối hợp, số tôi [phone]'],
    ]);
  });
});

describe('feedback on Zalo', () => {
  it('reads the reply words, and only those', () => {
    expect(feedbackWord('đúng')).toEqual({ verdict: 'up', comment: '' });
    expect(feedbackWord('Dung!')).toEqual({ verdict: 'up', comment: '' });
    expect(feedbackWord('sai: thiếu Sở Y tế')).toEqual({ verdict: 'down', comment: 'thiếu Sở Y tế' });
    expect(feedbackWord('Sai rồi')).toEqual({ verdict: 'down', comment: '' });
    for (const q of ['dùng ngân sách nào?', 'sài gòn có kế hoạch không', 'đúng hạn là khi nào?', 'Ai chủ trì?']) expect(feedbackWord(q)).toBeNull();
  });

  it('"sai …" after an answer rates that answer; the answer says how', async () => {
    zaloApi = await startFakeZaloApi();
    const APP = '1234567890';
    const SECRET = 'oa-secret-key';
    const { s, store } = await start({ ZALO_APP_ID: APP, ZALO_OA_SECRET_KEY: SECRET, ZALO_OA_ACCESS_TOKEN: 'tok', ZALO_API_BASE: zaloApi.base });
    const send = (text: string) => {
      const ts = String(Date.now());
      const raw = `{"app_id":"${APP}","event_name":"user_send_text","timestamp":"${ts}","sender":{"id":"8466393713345634567"},"recipient":{"id":"1"},"message":{"text":${JSON.stringify(text)},"msg_id":"m${Math.random()}"}}`;
      return httpRequest(`${s.url}zalo/webhook`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-ZEvent-Signature': `mac=${zaloMac(APP, Buffer.from(raw), ts, SECRET)}` }, body: raw });
    };
    await send('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?');
    await zaloApi.waitFor(1);
    expect(zaloApi.sent[0]!.body.message.text).toContain('gõ "đúng", hoặc "sai"');
    await send('sai: thiếu Sở Tư pháp');
    await zaloApi.waitFor(2);
    expect(zaloApi.sent[1]!.body.message.text).toContain('Cảm ơn bạn đã báo lỗi');
    const [q] = await store!.questions(0, Date.now() + 1);
    expect(q).toMatchObject({ channel: 'zalo', feedback: [{ verdict: 'down', comment: 'thiếu Sở Tư pháp' }] });
  });
});
