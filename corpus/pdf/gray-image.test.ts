import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePgm, parsePgm } from './gray-image';

describe('PGM', () => {
  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 1000 }), (w, h, seed) => {
        const data = Uint8Array.from({ length: w * h }, (_, k) => (k * 37 + seed) % 256);
        expect(parsePgm(encodePgm({ width: w, height: h, data }))).toEqual({ width: w, height: h, data });
      }),
    );
  });

  it('names what is wrong with a file that is not one', () => {
    expect(() => parsePgm(new TextEncoder().encode('P6\n2 2\n255\n'))).toThrow(/P5/);
    expect(() => parsePgm(new TextEncoder().encode('P5\n4 4\n255\nab'))).toThrow(/short/);
  });
});
