import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app';
import { parseConfig } from '../../config';
import { startServices, type Services } from '../../services';
import { startFakeZaloApi, type FakeZaloApi, type FakeZaloOptions } from '../../test-support/fake-zalo-api';
import { httpRequest } from '../../test-support/http';
import { NO_ANSWER_YET, NOTHING_QUOTED, SOURCE_HINT } from './replies';
import { zaloMac } from './signature';

/**
 * The Zalo channel as a user on a phone meets it: signed events posted to the running service's
 * webhook, replies read from a local fake of the OA API (and of Zalo's OAuth endpoint).
 */
const APP = '1234567890';
const SECRET = 'oa-secret-key';
const APP_SECRET = 'app-secret-key';
const tmp = mkdtempSync(join(tmpdir(), 'qte-zalo-'));
const baseEnv = { SEEDS_DIR: resolve(import.meta.dirname, '../../../seeds'), INDEX_DIR: join(tmp, 'index'), PLANS_DIR: join(tmp, 'no-plans'), PORT: '0', SHUTDOWN_TIMEOUT_MS: '2000' };

let app: App;
let services: Services | null = null;
let api: FakeZaloApi | null = null;
let logs: string[] = [];
beforeAll(async () => {
  app = await createApp(parseConfig(baseEnv), () => {});
}, 60_000);
afterEach(async () => {
  await services?.stop();
  await api?.close();
  services = api = null;
  logs = [];
});

async function start(env: Record<string, string> = {}, fake: FakeZaloOptions = {}, reuseApi = false): Promise<Services> {
  if (!reuseApi) api = await startFakeZaloApi({ appSecret: APP_SECRET, ...fake });
  app.config = parseConfig({ ...baseEnv, ZALO_APP_ID: APP, ZALO_OA_SECRET_KEY: SECRET, ZALO_OA_ACCESS_TOKEN: 'tok', ZALO_API_BASE: api!.base, ZALO_OAUTH_BASE: api!.base, ZALO_TOKEN_FILE: join(tmp, `tokens-${Math.random()}.json`), ...env });
  services = await startServices(app, (l) => logs.push(l));
  return services;
}

let seq = 0;
const textEvent = (user: string, text: string, ts = String(Date.now())) =>
  `{"app_id":"${APP}","event_name":"user_send_text","timestamp":"${ts}","sender":{"id":"${user}"},"recipient":{"id":"579745863508352884"},"message":{"text":${JSON.stringify(text)},"msg_id":"m${++seq}"}}`;
const eventNamed = (name: string, user: string, extra = '', ts = String(Date.now())) =>
  `{"app_id":"${APP}","event_name":"${name}","timestamp":"${ts}","sender":{"id":"${user}"},"recipient":{"id":"579745863508352884"}${extra}}`;
function post(raw: string) {
  const ts = /"timestamp":"(\d+)"/.exec(raw)![1]!;
  return httpRequest(`${services!.url}zalo/webhook`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-ZEvent-Signature': `mac=${zaloMac(APP, Buffer.from(raw), ts, SECRET)}` }, body: raw });
}
async function settle() {
  await new Promise((r) => setTimeout(r, 150));
  await Promise.allSettled([...services!.pending]);
}
const textsTo = (user: string) => api!.sent.filter((m) => m.body.recipient.user_id === user).map((m) => m.body.message.text);

describe('Zalo access token', () => {
  it('on -216 refreshes the token once, stores the new pair and delivers; the next expiry spends the new refresh token', async () => {
    const file = join(tmp, 'tokens-refresh.json');
    const env = { ZALO_REFRESH_TOKEN: 'refresh-0', ZALO_APP_SECRET: APP_SECRET, ZALO_TOKEN_FILE: file };
    // "tok" has expired: the OA API answers -216 until the token is refreshed
    await start(env, { accessTokens: [], refreshTokens: ['refresh-0'] });
    const users = ['8466393713345634567', '8466393713345634568', '8466393713345634569'];
    // three users at once: one refresh, all three answered
    await Promise.all(users.map((u) => post(textEvent(u, 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?'))));
    await api!.waitFor(3);
    await settle();
    expect(api!.refreshes).toHaveLength(1);
    expect(api!.refreshes[0]).toMatchObject({ secretKey: APP_SECRET, form: { refresh_token: 'refresh-0', app_id: APP, grant_type: 'refresh_token' }, ok: true });
    for (const u of users) expect(textsTo(u)[0]).toContain('Ban Dân tộc – Tôn giáo');
    expect(api!.sent.every((m) => m.accessToken === 'access-1')).toBe(true);
    expect(api!.refused.every((r) => r.accessToken === 'tok')).toBe(true);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    expect(stored).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(stored.expiresAt).toBeGreaterThan(Date.now() + 24 * 3600_000);
    expect(logs.join('\n')).toContain('OA access token refreshed');

    // a day later the new token expires too: the NEW refresh token is spent, never the old one
    api!.accessTokens!.clear();
    await post(textEvent(users[0]!, 'Ai chủ trì phòng chống đuối nước ở Sơn La?'));
    await api!.waitFor(4);
    await settle();
    expect(api!.refreshes.map((r) => r.form.refresh_token)).toEqual(['refresh-0', 'refresh-1']);
    expect(api!.sent[3]!.accessToken).toBe('access-2');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });

    // a restart with the same settings uses the stored pair: no refresh, nothing spent twice
    await services!.stop();
    await start(env, {}, true);
    await post(textEvent(users[1]!, 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?'));
    await api!.waitFor(5);
    await settle();
    expect(api!.sent[4]!.accessToken).toBe('access-2');
    expect(api!.refreshes).toHaveLength(2);
    const spent = api!.refreshes.map((r) => r.form.refresh_token);
    expect(new Set(spent).size).toBe(spent.length);
  });

  it('refreshes before sending once expires_in has passed (no -216 needed), and starts from a refresh token alone', async () => {
    // Zalo's answer says the token lasts 30 s: inside the one-minute margin, so every send renews it first
    await start({ ZALO_OA_ACCESS_TOKEN: '', ZALO_REFRESH_TOKEN: 'refresh-0', ZALO_APP_SECRET: APP_SECRET }, { accessTokens: [], refreshTokens: ['refresh-0'], expiresInSeconds: 30 });
    const user = '8466393713345634570';
    await post(textEvent(user, 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?'));
    await api!.waitFor(1);
    await post(textEvent(user, 'Ai chủ trì phòng chống đuối nước ở Sơn La?'));
    await api!.waitFor(2);
    await settle();
    expect(api!.refused).toHaveLength(0);
    expect(api!.sent.map((m) => m.accessToken)).toEqual(['access-1', 'access-2']);
    expect(api!.refreshes.map((r) => r.form.refresh_token)).toEqual(['refresh-0', 'refresh-1']);
  });

  it('when the refresh is refused: a clear line for the operator, no crash, and the refused token is not sent again', async () => {
    await start({ ZALO_REFRESH_TOKEN: 'refresh-0', ZALO_APP_SECRET: APP_SECRET }, { accessTokens: [], oauth: 'refuse' });
    const user = '8466393713345634571';
    expect((await post(textEvent(user, 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?'))).status).toBe(200);
    await settle();
    expect((await post(textEvent(user, 'Ai chủ trì phòng chống đuối nước ở Sơn La?'))).status).toBe(200);
    await settle();
    expect(api!.sent).toHaveLength(0);
    expect(api!.refreshes).toHaveLength(1);
    expect(api!.refused).toHaveLength(1); // nor the refused access token
    const text = logs.join('\n');
    expect(text).toContain('ACTION NEEDED');
    expect(text).toContain('Zalo refused the refresh token (error -14014');
    expect(text).toContain('developers.zalo.me');
    expect(text).toContain('ZALO_REFRESH_TOKEN');
    expect(text).not.toContain('refresh-0'); // the log never shows a credential
    // the service goes on: health and the web chat answer
    expect((await httpRequest(`${services!.url}healthz`)).status).toBe(200);
    const r = await httpRequest(`${services!.url}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"question":"Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?"}' });
    expect(r.status).toBe(200);
  });

  it('without a refresh token, an expired token says what to do in the log', async () => {
    await start({}, { accessTokens: [] });
    await post(textEvent('8466393713345634572', 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?'));
    await settle();
    expect(api!.refreshes).toHaveLength(0);
    expect(logs.join('\n')).toMatch(/no refresh token is set \(ZALO_REFRESH_TOKEN\)\. Zalo users get no replies until this is fixed\. ACTION NEEDED/);
  });

  it('refuses a refresh token without the app secret key at start', () => {
    expect(() => parseConfig({ ZALO_REFRESH_TOKEN: 'r' })).toThrow(/ZALO_APP_SECRET/);
  });
});

describe('Zalo events that are not text', () => {
  it('welcomes a new follower with what the assistant does and two example questions from the plans', async () => {
    await start();
    const user = '8466393713345634580';
    const ts = String(Date.now());
    const raw = `{"oa_id":"579745863508352884","follower":{"id":"${user}"},"user_id_by_app":"552177279717587730","event_name":"follow","source":"oa_profile","app_id":"${APP}","timestamp":"${ts}"}`;
    expect((await post(raw)).status).toBe(200);
    expect((await post(raw)).status).toBe(200); // Zalo's retry of the same event: one welcome
    await api!.waitFor(1);
    await settle();
    const [welcome, ...more] = textsTo(user);
    expect(more).toHaveLength(0);
    const examples = app.assistant.coverage().examples.slice(0, 2);
    expect(examples).toHaveLength(2);
    for (const e of examples) expect(welcome).toContain(`• ${e}`);
    expect(welcome).toContain(app.assistant.help('vi').split('\n')[0]);
    expect(welcome).toContain('gõ "nguồn"');
    expect(welcome).toContain('111');
  });

  it('tells a user who sends an image or a sticker that only typed questions are read', async () => {
    await start();
    const user = '8466393713345634581';
    await post(eventNamed('user_send_image', user, `,"message":{"msg_id":"img${++seq}","attachments":[{"type":"image","payload":{"thumbnail":"https://example.org/t.jpg","url":"https://example.org/i.jpg"}}]}`));
    await api!.waitFor(1);
    await post(eventNamed('user_send_sticker', user, `,"message":{"msg_id":"st${++seq}","attachments":[{"type":"sticker","payload":{"id":"abc","url":"https://example.org/s.png"}}]}`));
    await api!.waitFor(2);
    // an event without msg_id (some clients' stickers): still one reply per event
    const bare = eventNamed('user_send_gif', user, `,"message":{"attachments":[]}`);
    await post(bare);
    await post(bare);
    await api!.waitFor(3);
    await settle();
    const [image, sticker, gif, ...more] = textsTo(user);
    expect(more).toHaveLength(0);
    expect(image).toContain('chỉ đọc được câu hỏi gõ bằng chữ, chưa xem được hình ảnh');
    expect(sticker).toContain('chưa xem được nhãn dán');
    expect(gif).toContain('chưa xem được ảnh GIF');
    expect(image).toContain(app.assistant.help('vi').split('\n')[0]);
    expect(image).toContain(`ví dụ: "${app.assistant.coverage().examples[0]}"`);
  });

  it('acknowledges unknown, malformed, unfollow and anonymous events with 200 and sends nothing', async () => {
    await start();
    const user = '8466393713345634582';
    const events = [
      eventNamed('user_reacted_message', user, ',"message":{"msg_id":"x","react_icon":"/-heart"}'),
      eventNamed('oa_send_text', user, ',"message":{"text":"echo of our own reply","msg_id":"y"}'),
      eventNamed('some_event_zalo_adds_next_year', user),
      eventNamed('user_send_text', user, ',"message":{"text":42,"msg_id":{"deep":[1,2]}}'),
      `{"app_id":"${APP}","event_name":"unfollow","timestamp":"${Date.now()}","follower":{"id":"${user}"}}`,
      eventNamed('anonymous_send_text', 'anon123', ',"message":{"text":"Ai chủ trì tảo hôn?","msg_id":"z","conversation_id":"c1"}'),
    ];
    for (const e of events) expect((await post(e)).status).toBe(200);
    await settle();
    expect(api!.sent).toHaveLength(0);
    const text = logs.join('\n');
    expect(text).toContain('anonymous visitor');
    expect(text).toContain('"some_event_zalo_adds_next_year"');
    // the service still answers afterwards
    await post(textEvent(user, 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?'));
    await api!.waitFor(1);
  });
});

describe('"nguồn" on Zalo', () => {
  it('shows the passage behind the last answer, and says so when there is none yet', async () => {
    await start();
    const user = '8466393713345634590';
    await post(textEvent(user, 'nguồn'));
    await api!.waitFor(1);
    expect(textsTo(user)[0]).toBe(NO_ANSWER_YET);

    const question = 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?';
    await post(textEvent(user, question));
    await api!.waitFor(2);
    const answer = textsTo(user)[1]!;
    expect(answer.endsWith(SOURCE_HINT)).toBe(true);
    await post(textEvent(user, 'nguon'));
    await api!.waitFor(3);
    await settle();
    const source = textsTo(user).slice(2).join('\n');
    const expected = await app.assistant.ask({ question });
    expect(expected.passages.length).toBeGreaterThan(0);
    const p = expected.passages[0]!;
    expect(source).toContain(p.text.slice(0, 200));
    expect(source).toContain(`${expected.matches[0]!.province}, ${expected.matches[0]!.plan} – ${p.ref}`);
    expect(source).not.toContain(p.file); // the plan's name, not the file it is stored in

    // an answer with nothing to quote: "xem nguyên văn" says so instead of showing an older answer
    await post(textEvent(user, 'Ai chủ trì xây cầu vượt biển ở sao Hỏa?'));
    await api!.waitFor(4);
    await post(textEvent(user, 'Xem nguyên văn'));
    await api!.waitFor(5);
    await settle();
    expect(textsTo(user).at(-1)).toBe(NOTHING_QUOTED);
  });
});
