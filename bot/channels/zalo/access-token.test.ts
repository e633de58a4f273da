import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisState } from '../../state/redis-state';
import { memoryState } from '../../state/shared-state';
import { startFakeZaloApi, type FakeZaloApi } from '../../test-support/fake-zalo-api';
import { redisBin, startRedis } from '../../test-support/redis-server';
import { createZaloAuth, seedOf, ZaloTokenError } from './access-token';
import { createZaloClient } from './client';
import { fileTokenStore } from './token-store';

const APP = '1234567890';
const APP_SECRET = 'app-secret-key';
const tmp = mkdtempSync(join(tmpdir(), 'qte-zalo-tok-'));

describe('the token file', () => {
  it('is replaced atomically (no temporary file left), readable by its owner only, and a damaged file reads as none', async () => {
    const path = join(tmp, 'sub', 'tokens.json');
    const store = fileTokenStore(path);
    expect(await store.load()).toBeNull();
    const pair = { accessToken: 'a1', refreshToken: 'r1', expiresAt: 1, obtainedAt: 2, seed: 's' };
    await store.save(pair);
    await store.save({ ...pair, accessToken: 'a2' });
    expect(await store.load()).toEqual({ ...pair, accessToken: 'a2' });
    expect(readdirSync(join(tmp, 'sub'))).toEqual(['tokens.json']);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    writeFileSync(path, '{"accessToken":'); // a crash of another writer, or a hand edit
    expect(await store.load()).toBeNull();
  });
});

describe('the token keeper', () => {
  let api: FakeZaloApi;
  beforeAll(async () => {
    api = await startFakeZaloApi({ appSecret: APP_SECRET, refreshTokens: ['r0'] });
  });
  afterAll(() => api.close());

  it('continues a stored chain after a restart, and starts again from the settings when they hold a new pair', async () => {
    const file = fileTokenStore(join(tmp, 'chain.json'));
    const deps = { appId: APP, appSecret: APP_SECRET, oauthBase: api.base, file, log: () => {} };
    const first = createZaloAuth({ ...deps, accessToken: 'a0', refreshToken: 'r0', state: memoryState() });
    expect(await first.current()).toBe('a0');
    const renewed = await first.refresh('a0');
    expect(renewed).toMatch(/^access-\d+$/);
    // a restart: same settings, fresh memory; the file's pair is used, not the spent one
    const restarted = createZaloAuth({ ...deps, accessToken: 'a0', refreshToken: 'r0', state: memoryState() });
    expect(await restarted.current()).toBe(renewed);
    // the operator pasted a new pair: it wins over the stored chain
    const repasted = createZaloAuth({ ...deps, accessToken: 'a-new', refreshToken: 'r-new', state: memoryState() });
    expect(await repasted.current()).toBe('a-new');
    expect(seedOf('a0', 'r0')).not.toBe(seedOf('a-new', 'r-new'));
  });

  it('says why and what to do when the OAuth endpoint does not answer, and does not retry at once', async () => {
    const lines: string[] = [];
    const auth = createZaloAuth({ appId: APP, appSecret: APP_SECRET, accessToken: 'a0', refreshToken: 'unused', oauthBase: 'http://127.0.0.1:9', file: null, state: memoryState(), log: (l) => lines.push(l), timeoutMs: 500 });
    const err = await auth.refresh('a0').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZaloTokenError);
    expect(lines.join('\n')).toContain("Zalo's OAuth endpoint could not be reached");
    expect(lines.join('\n')).toContain('ACTION NEEDED');
    const again = await auth.refresh('a0').catch((e: unknown) => e);
    expect((again as Error).message).toContain('unreachable moments ago');
  });

  it('a client whose token is refused sends the part again with the refreshed one, once', async () => {
    const zalo = await startFakeZaloApi({ appSecret: APP_SECRET, accessTokens: [], refreshTokens: ['r0'] });
    try {
      const auth = createZaloAuth({ appId: APP, appSecret: APP_SECRET, accessToken: 'old', refreshToken: 'r0', oauthBase: zalo.base, file: null, state: memoryState(), log: () => {} });
      await createZaloClient(zalo.base, auth).sendText('42', 'Xin chào');
      expect(zalo.sent.map((m) => m.accessToken)).toEqual(['access-1']);
      expect(zalo.refused.map((r) => r.accessToken)).toEqual(['old']);
      // the next expiry: the new refresh token is spent, and the part goes with the new access token
      zalo.accessTokens!.clear();
      await createZaloClient(zalo.base, auth).sendText('42', 'Xin chào');
      expect(zalo.sent.map((m) => m.accessToken)).toEqual(['access-1', 'access-2']);
      // an OA API that refuses even the refreshed token: one refresh per reply, never a loop
      const alwaysRefused: typeof fetch = async (url, init) =>
        String(url).endsWith('/v3.0/oa/message/cs') ? new Response('{"error":-216,"message":"Access token is invalid"}', { headers: { 'Content-Type': 'application/json' } }) : fetch(url, init);
      const err = await createZaloClient(zalo.base, auth, alwaysRefused).sendText('42', 'Xin chào').catch((e: unknown) => e);
      expect(err).toMatchObject({ name: 'ZaloSendError', sent: 0, noToken: true });
      expect(zalo.refreshes.map((r) => r.form.refresh_token)).toEqual(['r0', 'refresh-1', 'refresh-2']);
    } finally {
      await zalo.close();
    }
  });
});

const redisAvailable = Boolean(redisBin());
if (!redisAvailable && process.env.REQUIRE_REDIS) throw new Error('REQUIRE_REDIS is set but redis-server is not installed: apt-get install -y redis-server');
describe.skipIf(!redisAvailable)('two instances sharing one Redis', () => {
  it('spend the refresh token once when both see -216 together, and both use the new token', async () => {
    const redis = await startRedis();
    const zalo = await startFakeZaloApi({ appSecret: APP_SECRET, accessTokens: [], refreshTokens: ['r0'] });
    const states = [await redisState(redis.url), await redisState(redis.url)];
    try {
      const make = (i: number) =>
        createZaloAuth({ appId: APP, appSecret: APP_SECRET, accessToken: 'old', refreshToken: 'r0', oauthBase: zalo.base, file: fileTokenStore(join(tmp, `inst${i}.json`)), state: states[i]!, log: () => {} });
      const clients = [0, 1].map((i) => createZaloClient(zalo.base, make(i)));
      await Promise.all([0, 1, 2, 3].map((k) => clients[k % 2]!.sendText(String(k), 'Xin chào')));
      expect(zalo.refreshes).toHaveLength(1);
      expect(zalo.sent).toHaveLength(4);
      expect(new Set(zalo.sent.map((m) => m.accessToken))).toEqual(new Set(['access-1']));
      // the next expiry, seen by the other instance first: it spends refresh-1, the new one
      zalo.accessTokens!.clear();
      await clients[1]!.sendText('5', 'Xin chào');
      await clients[0]!.sendText('6', 'Xin chào');
      expect(zalo.refreshes.map((r) => r.form.refresh_token)).toEqual(['r0', 'refresh-1']);
      expect(zalo.sent.slice(4).map((m) => m.accessToken)).toEqual(['access-2', 'access-2']);
    } finally {
      for (const s of states) await s.close();
      await zalo.close();
      await redis.stop();
    }
  }, 30_000);

  it('the lock is exclusive until released or lapsed', async () => {
    const redis = await startRedis();
    const [a, b] = [await redisState(redis.url), await redisState(redis.url)];
    try {
      const release = await a.lock('x', 1);
      expect(release).not.toBeNull();
      expect(await b.lock('x', 1)).toBeNull();
      await release!();
      const again = await b.lock('x', 0.2);
      expect(again).not.toBeNull();
      await new Promise((r) => setTimeout(r, 300));
      expect(await a.lock('x', 1)).not.toBeNull(); // lapsed
      await again!(); // a lapsed owner's release does not free the new holder's lock
      expect(await b.lock('x', 1)).toBeNull();
    } finally {
      await a.close();
      await b.close();
      await redis.stop();
    }
  }, 30_000);
});
