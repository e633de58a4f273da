import { describe, expect, it } from 'vitest';
import { RateLimiter, SeenIds } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows a burst, then refuses with a retry-after, then refills', () => {
    let t = 0;
    const r = new RateLimiter(3, 0.5, 100, () => t);
    expect([r.take('u'), r.take('u'), r.take('u')].every((d) => d.ok)).toBe(true);
    const no = r.take('u');
    expect(no.ok).toBe(false);
    expect(no.retryAfterSeconds).toBe(2);
    expect(r.take('other').ok).toBe(true);
    t += 2000;
    expect(r.take('u').ok).toBe(true);
  });
});

describe('SeenIds', () => {
  it('reports an id only the first time, within a bounded memory', () => {
    const s = new SeenIds(2);
    expect(s.first('1')).toBe(true);
    expect(s.first('1')).toBe(false);
    s.first('2');
    s.first('3');
    expect(s.first('1')).toBe(true); // forgotten after two newer ids
  });
});
