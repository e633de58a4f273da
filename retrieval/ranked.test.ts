import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByScore, TopK } from './ranked';

const reference = (pairs: Array<[number, number]>) => [...pairs].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
// scores drawn from a few values, so ties (broken by document) are common
const pairsArb = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.constantFrom(0, 0.5, 1 / 3, 0.016, 2.25, 7)), { selector: (p) => p[0], maxLength: 300 });

describe('sortByScore and TopK', () => {
  it('sort as "score descending, then document ascending" does', () => {
    fc.assert(
      fc.property(pairsArb, (pairs) => {
        const docs = Int32Array.from(pairs.map((p) => p[0]));
        const scores = Float64Array.from(pairs.map((p) => p[1]));
        sortByScore(docs, scores);
        expect(Array.from(docs, (d, k) => [d, scores[k]])).toEqual(reference(pairs));
      }),
    );
  });

  it('keep exactly the first k of that order', () => {
    fc.assert(
      fc.property(pairsArb, fc.integer({ min: 0, max: 70 }), (pairs, k) => {
        const top = new TopK(k);
        for (const [d, s] of pairs) top.push(d, s);
        expect(top.sorted().map((x) => [x.i, x.score])).toEqual(reference(pairs).slice(0, k));
      }),
    );
  });
});
