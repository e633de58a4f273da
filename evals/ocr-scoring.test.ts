import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charAccuracy, editDistance, syllableAccuracy } from './ocr-scoring';

describe('OCR scores', () => {
  it('counts edits', () => {
    expect(editDistance([...'Sở Y tế'], [...'Sớ Y tế'])).toBe(1);
    expect(syllableAccuracy('Sở Y tế tỉnh', 'Sớ Y tế tính')).toBe(0.5);
    expect(charAccuracy('Sở  Y tế', 'Sở Y tế')).toBe(1);
  });

  it('is 1 for the same text and never outside [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        expect(charAccuracy(a, a)).toBe(1);
        const c = charAccuracy(a, b);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
        expect(editDistance([...a], [...b])).toBe(editDistance([...b], [...a]));
      }),
    );
  });
});
