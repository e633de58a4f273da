import { describe, expect, it } from 'vitest';
import { planRanges, rangesOf } from './plan-ranges';
import type { IndexDoc } from './documents';

const doc = (planId: string) => ({ planId }) as IndexDoc;

describe('planRanges', () => {
  it("gives each plan its runs of consecutive documents, and the runs of the plans asked about in order", () => {
    const ranges = planRanges(['a', 'a', 'b', 'b', 'b', 'a', 'c'].map(doc));
    expect(ranges.get('a')).toEqual([[0, 2], [5, 6]]);
    expect(ranges.get('b')).toEqual([[2, 5]]);
    expect(rangesOf(ranges, ['c', 'a'])).toEqual([[0, 2], [5, 6], [6, 7]]);
    expect(rangesOf(ranges, ['unknown'])).toEqual([]);
    expect(rangesOf(ranges, null)).toBeNull();
    expect(planRanges([])).toEqual(new Map());
  });
});
