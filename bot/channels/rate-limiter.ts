/**
 * Token buckets per key (user, client address): `capacity` requests at once, refilled at
 * `perSecond`. Bounded in memory: the least recently used keys are forgotten first.
 */
export interface RateDecision {
  ok: boolean;
  /** whole seconds until the next request would be allowed (when not ok) */
  retryAfterSeconds: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    readonly capacity: number,
    readonly perSecond: number,
    readonly maxKeys = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateDecision {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.capacity, at: t };
    this.buckets.delete(key);
    b.tokens = Math.min(this.capacity, b.tokens + ((t - b.at) / 1000) * this.perSecond);
    b.at = t;
    this.buckets.set(key, b);
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true, retryAfterSeconds: 0 };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / this.perSecond)) };
  }
}

/** A bounded set of recently seen ids (Telegram update_id, Zalo msg_id): each is handled once. */
export class SeenIds {
  private readonly seen = new Set<string>();
  constructor(readonly max = 10_000) {}

  /** true the first time an id is seen */
  first(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    if (this.seen.size > this.max) this.seen.delete(this.seen.values().next().value!);
    return true;
  }
}
