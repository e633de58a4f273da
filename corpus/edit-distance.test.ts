import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { charDistance, syllableDistance } from './edit-distance';

describe('charDistance', () => {
  it('is zero only for equal strings and symmetric', () => {
    fc.assert(fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
      const d = charDistance(a, b);
      return d === charDistance(b, a) && (d === 0) === (a === b);
    }));
  });
  it('charges OCR look-alikes less than arbitrary letters', () => {
    expect(charDistance('s6', 'so')).toBeLessThan(charDistance('sx', 'so'));
    expect(charDistance('tw', 'tu')).toBeCloseTo(0.3);
    expect(charDistance('tgc', 'toc')).toBeCloseTo(0.3);
  });
  it('scales syllable distance to 0..1', () => {
    expect(syllableDistance('phap', 'phap')).toBe(0);
    expect(syllableDistance('a', 'bcd')).toBe(1);
  });
});
