import type { IndexDoc } from './documents';

/**
 * Where each plan's documents sit in the index: runs of consecutive document numbers (a build lays
 * a plan's documents out together). A query filtered to one province reads only those runs of
 * every posting list and vector table, not the whole corpus.
 */
export type DocRange = readonly [start: number, end: number];

export function planRanges(docs: readonly IndexDoc[]): Map<string, DocRange[]> {
  const out = new Map<string, DocRange[]>();
  let start = 0;
  for (let i = 1; i <= docs.length; i++) {
    if (i < docs.length && docs[i]!.planId === docs[start]!.planId) continue;
    if (start < docs.length) {
      const id = docs[start]!.planId;
      (out.get(id) ?? out.set(id, []).get(id)!).push([start, i]);
    }
    start = i;
  }
  return out;
}

/** The runs of the given plans, in document order; null when every plan is allowed. */
export function rangesOf(ranges: ReadonlyMap<string, readonly DocRange[]>, planIds: readonly string[] | null): DocRange[] | null {
  if (!planIds) return null;
  return planIds.flatMap((id) => ranges.get(id) ?? []).sort((a, b) => a[0] - b[0]);
}
