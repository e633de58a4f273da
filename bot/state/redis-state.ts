import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import type { RateDecision } from '../channels/rate-limiter';
import { memoryState, type SharedState } from './shared-state';

/**
 * SharedState in Redis, every key with a TTL. When Redis cannot be reached, each call falls back to
 * this instance's memory (single-instance behaviour: answers go on) and health() says degraded
 * until Redis answers again; the client reconnects by itself.
 */
const PREFIX = 'qte:';
const SEEN_TTL = 24 * 3600;

// token bucket in one atomic step: tokens and last refill time in a hash that expires once full again
const TAKE = `
local b = redis.call('HMGET', KEYS[1], 't', 'at')
local cap = tonumber(ARGV[1]); local rate = tonumber(ARGV[2]); local now = tonumber(ARGV[3])
local t = tonumber(b[1]) or cap
local at = tonumber(b[2]) or now
t = math.min(cap, t + math.max(0, now - at) / 1000 * rate)
local ok = 0
if t >= 1 then t = t - 1; ok = 1 end
redis.call('HSET', KEYS[1], 't', tostring(t), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(cap / rate * 1000) + 1000)
return {ok, tostring(t)}`;

// a lock is released only by its owner: one that lapsed and was taken by another stays theirs
const UNLOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export async function redisState(url: string, log: (line: string) => void = () => {}): Promise<SharedState> {
  const local = memoryState();
  let problem: string | undefined;
  const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5000) } });
  client.on('error', (e: Error) => {
    if (problem !== e.message) log(`redis: ${e.message || 'connection error'}; answering from this instance's memory until it is back`);
    problem = e.message || 'unreachable';
  });
  client.on('ready', () => {
    if (problem) log('redis: connected again');
    problem = undefined;
  });
  // a Redis that is down at start does not keep the service from starting
  const connecting = client.connect().catch((e: Error) => (problem = e.message || 'unreachable'));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([connecting, new Promise((r) => (timer = setTimeout(r, 2000)))]);
  clearTimeout(timer);

  const withFallback = async <T>(op: () => Promise<T>, fallback: () => Promise<T>): Promise<T> => {
    if (!client.isReady) {
      problem ??= 'not connected';
      return fallback();
    }
    try {
      return await op();
    } catch (e) {
      problem = (e as Error).message;
      return fallback();
    }
  };
  return {
    kind: 'redis',
    first: (scope, id, ttl = SEEN_TTL) =>
      withFallback(
        async () => (await client.set(`${PREFIX}seen:${scope}:${id}`, '1', { NX: true, EX: ttl })) === 'OK',
        () => local.first(scope, id, ttl),
      ),
    take: (scope, key, capacity, perSecond) =>
      withFallback(
        async (): Promise<RateDecision> => {
          const [ok, left] = (await client.eval(TAKE, { keys: [`${PREFIX}rate:${scope}:${key}`], arguments: [String(capacity), String(perSecond), String(Date.now())] })) as [number, string];
          return ok === 1 ? { ok: true, retryAfterSeconds: 0 } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - Number(left)) / perSecond)) };
        },
        () => local.take(scope, key, capacity, perSecond),
      ),
    load: <T>(key: string) =>
      withFallback(
        async () => {
          const v = await client.get(`${PREFIX}kv:${key}`);
          return v === null ? null : (JSON.parse(v) as T);
        },
        () => local.load<T>(key),
      ),
    save: (key, value, ttl) =>
      withFallback(
        async () => void (await client.set(`${PREFIX}kv:${key}`, JSON.stringify(value), { EX: ttl })),
        () => local.save(key, value, ttl),
      ),
    lock: (name, ttl) =>
      withFallback(
        async () => {
          const key = `${PREFIX}lock:${name}`;
          const owner = randomBytes(8).toString('hex');
          if ((await client.set(key, owner, { NX: true, PX: Math.round(ttl * 1000) })) !== 'OK') return null;
          return async () => {
            await client.eval(UNLOCK, { keys: [key], arguments: [owner] }).catch(() => {});
          };
        },
        () => local.lock(name, ttl),
      ),
    count: (key, field, by, ttl) =>
      withFallback(
        async () => {
          const k = `${PREFIX}count:${key}`;
          const [value] = await client.multi().hIncrBy(k, field, by).expire(k, ttl).exec();
          return Number(value);
        },
        () => local.count(key, field, by, ttl),
      ),
    counts: (key) =>
      withFallback(
        async () => Object.fromEntries(Object.entries(await client.hGetAll(`${PREFIX}count:${key}`)).map(([f, v]) => [f, Number(v)])),
        () => local.counts(key),
      ),
    health: () => (problem || !client.isReady ? { status: 'degraded', store: 'redis', problem: problem ?? 'not connected' } : { status: 'ok', store: 'redis' }),
    async close() {
      if (client.isOpen) await client.close().catch(() => client.destroy());
      else client.destroy();
    },
  };
}
