import { describe, expect, it } from 'vitest';
import { SessionStore, type ConversationState } from './conversation';

type State = Omit<ConversationState, 'updatedAt'>;

function state(topic: string): State {
  return {
    provinces: [{ named: 'Sơn La', planProvinces: ['Sơn La'], merge: null }],
    topics: [topic],
    content: ['tao', 'hon'],
    contentText: 'tảo hôn',
    agencies: [],
    intent: 'who-leads',
    matches: [],
  };
}

/** A store with a hand-driven clock. */
function store(maxSessions: number, maxAgeMs: number) {
  let t = 1_000_000;
  const s = new SessionStore(maxSessions, maxAgeMs, () => t);
  return { s, advance: (ms: number) => (t += ms), now: () => t };
}

describe('SessionStore', () => {
  it('returns what was set, stamped with the time, and null for an unknown session', () => {
    const { s, now } = store(10, 60_000);
    s.set('telegram:1', state('tao-hon'));
    expect(s.get('telegram:1')).toEqual({ ...state('tao-hon'), updatedAt: now() });
    expect(s.get('telegram:2')).toBeNull();
    expect(s.size).toBe(1);
  });

  it('replaces a session\'s state on set without growing', () => {
    const { s } = store(10, 60_000);
    s.set('a', state('tao-hon'));
    s.set('a', state('xam-hai'));
    expect(s.size).toBe(1);
    expect(s.get('a')!.topics).toEqual(['xam-hai']);
  });

  it('evicts the least recently used session when full', () => {
    const { s } = store(3, 60_000);
    for (const id of ['a', 'b', 'c', 'd']) s.set(id, state(id));
    expect(s.size).toBe(3);
    expect(s.get('a')).toBeNull();
    expect(['b', 'c', 'd'].map((id) => s.get(id)?.topics[0])).toEqual(['b', 'c', 'd']);
  });

  it('get refreshes recency, so the session read last survives', () => {
    const { s } = store(3, 60_000);
    for (const id of ['a', 'b', 'c']) s.set(id, state(id));
    expect(s.get('a')).not.toBeNull(); // a is now the most recent; b is the oldest
    s.set('d', state('d'));
    expect(s.get('b')).toBeNull();
    expect(s.get('a')).not.toBeNull();
    expect(s.get('c')).not.toBeNull();
    expect(s.get('d')).not.toBeNull();
  });

  it('set refreshes recency too', () => {
    const { s } = store(2, 60_000);
    s.set('a', state('a'));
    s.set('b', state('b'));
    s.set('a', state('a2'));
    s.set('c', state('c'));
    expect(s.get('b')).toBeNull();
    expect(s.get('a')!.topics).toEqual(['a2']);
  });

  it('drops a session older than maxAgeMs, and keeps one exactly at the limit', () => {
    const { s, advance } = store(10, 60_000);
    s.set('a', state('a'));
    s.set('b', state('b'));
    advance(60_000);
    expect(s.get('a')).not.toBeNull();
    advance(1);
    expect(s.get('b')).toBeNull();
    expect(s.size).toBe(1); // dropped, not only hidden
  });

  it('setting a session again restarts its age', () => {
    const { s, advance } = store(10, 60_000);
    s.set('a', state('a'));
    s.set('b', state('b'));
    advance(40_000);
    s.set('b', state('b'));
    advance(40_000);
    expect(s.get('a')).toBeNull();
    expect(s.get('b')).not.toBeNull();
  });

  it('uses a two-hour limit and Date.now by default', () => {
    const s = new SessionStore();
    expect(s.maxSessions).toBe(10_000);
    expect(s.maxAgeMs).toBe(2 * 60 * 60 * 1000);
    const before = Date.now();
    s.set('x', state('x'));
    const at = s.get('x')!.updatedAt;
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
  });
});
