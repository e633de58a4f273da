import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMessage } from './split-message';

const isLoneSurrogateAtEdge = (s: string) => /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(s);

describe('splitMessage', () => {
  it('keeps short text whole', () => {
    expect(splitMessage('Ai chủ trì?', 4096)).toEqual(['Ai chủ trì?']);
  });

  it('splits a 10 000-character answer with emoji at the split points, on line boundaries, within the limit', () => {
    const line = `${'Nhiệm vụ bảo vệ trẻ em trên môi trường mạng '.repeat(2)}📍👨‍👩‍👧`;
    const text = Array.from({ length: 120 }, (_, i) => `${i}. ${line}`).join('\n');
    expect(text.length).toBeGreaterThan(10_000);
    const parts = splitMessage(text, 4096);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(4096);
      expect(isLoneSurrogateAtEdge(p)).toBe(false);
      expect(p.startsWith('\n')).toBe(false);
    }
    expect(parts.join('\n')).toBe(text);
  });

  it('cuts a single over-long line between graphemes, never inside a surrogate pair or ZWJ sequence', () => {
    const text = '😀'.repeat(3000) + '👨‍👩‍👧'.repeat(300);
    const parts = splitMessage(text, 2000);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(2000);
      expect(isLoneSurrogateAtEdge(p)).toBe(false);
    }
    expect(parts.join('')).toBe(text);
  });

  it('never exceeds the limit and loses no text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), fc.integer({ min: 16, max: 120 }), (s, max) => {
        const parts = splitMessage(s, max);
        return parts.every((p) => p.length <= max && !isLoneSurrogateAtEdge(p)) && parts.join('').replace(/\s/g, '') === s.replace(/\s/g, '');
      }),
    );
  });
});
