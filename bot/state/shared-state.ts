import { randomBytes } from 'node:crypto';
import { RateLimiter, SeenIds, type RateDecision } from '../channels/rate-limiter';

/**
 * What several instances behind one webhook must share: update/message ids already handled, rate
 * allowances, and conversation state. In memory by default (one instance); in Redis with REDIS_URL.
 */
export interface SharedState {
  readonly kind: 'memory' | 'redis';
  /** true the first time `id` is seen in `scope` (within `ttlSeconds`) */
  first(scope: string, id: string, ttlSeconds?: number): Promise<boolean>;
  /** one request from `key` against a token bucket of `capacity`, refilled at `perSecond` */
  take(scope: string, key: string, capacity: number, perSecond: number): Promise<RateDecision>;
  load<T>(key: string): Promise<T | null>;
  save(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  /**
   * A short exclusive lock across instances (one spends a single-use token, not both): a release
   * function, or null while another holds it. It lapses by itself after `ttlSeconds`.
   */
  lock(name: string, ttlSeconds: number): Promise<(() => Promise<void>) | null>;
  /**
   * Adds `by` to the counter `field` of `key` in one atomic step (two instances counting at once
   * both count) and keeps `key` for `ttlSeconds` more; the new value. A quiz scoreboard is one key.
   */
  count(key: string, field: string, by: number, ttlSeconds: number): Promise<number>;
  /** every counter of `key` ({} when none) */
  counts(key: string): Promise<Record<string, number>>;
  /** "degraded" while a configured Redis cannot be reached (answers go on from memory) */
  health(): { status: 'ok' | 'degraded'; store: 'memory' | 'redis'; problem?: string };
  close(): Promise<void>;
}

export function memoryState(now: () => number = Date.now): SharedState {
  const seen = new Map<string, SeenIds>();
  const limiters = new Map<string, RateLimiter>();
  const values = new Map<string, { value: unknown; until: number }>();
  const locks = new Map<string, { owner: string; until: number }>();
  return {
    kind: 'memory',
    async first(scope, id) {
      let s = seen.get(scope);
      if (!s) seen.set(scope, (s = new SeenIds()));
      return s.first(id);
    },
    async take(scope, key, capacity, perSecond) {
      const k = `${scope}:${capacity}:${perSecond}`;
      let l = limiters.get(k);
      if (!l) limiters.set(k, (l = new RateLimiter(capacity, perSecond, 50_000, now)));
      return l.take(key);
    },
    async load<T>(key: string) {
      const v = values.get(key);
      if (!v) return null;
      if (v.until < now()) {
        values.delete(key);
        return null;
      }
      return structuredClone(v.value) as T;
    },
    async save(key, value, ttlSeconds) {
      values.delete(key);
      values.set(key, { value: structuredClone(value), until: now() + ttlSeconds * 1000 });
      while (values.size > 20_000) values.delete(values.keys().next().value!);
    },
    async lock(name, ttlSeconds) {
      const held = locks.get(name);
      if (held && held.until > now()) return null;
      const owner = randomBytes(8).toString('hex');
      locks.set(name, { owner, until: now() + ttlSeconds * 1000 });
      return async () => {
        if (locks.get(name)?.owner === owner) locks.delete(name);
      };
    },
    async count(key, field, by, ttlSeconds) {
      const k = `count:${key}`;
      const v = values.get(k);
      const fields = v && v.until >= now() ? (v.value as Record<string, number>) : {};
      fields[field] = (fields[field] ?? 0) + by;
      values.delete(k);
      values.set(k, { value: fields, until: now() + ttlSeconds * 1000 });
      return fields[field];
    },
    async counts(key) {
      const v = values.get(`count:${key}`);
      return v && v.until >= now() ? { ...(v.value as Record<string, number>) } : {};
    },
    health: () => ({ status: 'ok', store: 'memory' }),
    async close() {},
  };
}
