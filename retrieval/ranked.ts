/**
 * Sorting and selecting scored documents without a comparator closure per pair: the orders the
 * search needs ("score descending, then document ascending") over parallel typed arrays. A query over
 * a large corpus touches tens of thousands of documents; Array.prototype.sort with a comparator was
 * most of its time.
 */

/** Sorts `docs` and `scores` together in place: higher score first, then lower document number. */
export function sortByScore(docs: Int32Array, scores: Float64Array, lo = 0, hi = docs.length - 1): void {
  while (hi - lo > 16) {
    const mid = (lo + hi) >> 1;
    const ps = scores[mid]!;
    const pd = docs[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (before(scores[i]!, docs[i]!, ps, pd)) i++;
      while (before(ps, pd, scores[j]!, docs[j]!)) j--;
      if (i <= j) {
        swap(docs, scores, i, j);
        i++;
        j--;
      }
    }
    // recurse into the smaller side, loop on the larger: the stack stays shallow
    if (j - lo < hi - i) {
      sortByScore(docs, scores, lo, j);
      lo = i;
    } else {
      sortByScore(docs, scores, i, hi);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const s = scores[i]!;
    const d = docs[i]!;
    let j = i - 1;
    while (j >= lo && before(s, d, scores[j]!, docs[j]!)) {
      scores[j + 1] = scores[j]!;
      docs[j + 1] = docs[j]!;
      j--;
    }
    scores[j + 1] = s;
    docs[j + 1] = d;
  }
}

/** does (s1, d1) come before (s2, d2): higher score, then lower document */
const before = (s1: number, d1: number, s2: number, d2: number) => s1 > s2 || (s1 === s2 && d1 < d2);

function swap(docs: Int32Array, scores: Float64Array, i: number, j: number): void {
  const d = docs[i]!;
  docs[i] = docs[j]!;
  docs[j] = d;
  const s = scores[i]!;
  scores[i] = scores[j]!;
  scores[j] = s;
}

/** The best `k` of a stream of (document, score), in the same order as sortByScore. */
export class TopK {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private n = 0;
  constructor(private readonly k: number) {
    this.docs = new Int32Array(k);
    this.scores = new Float64Array(k);
  }
  push(doc: number, score: number): void {
    if (this.k === 0) return;
    if (this.n < this.k) {
      // a min-heap on "comes before": the root is the worst kept
      let i = this.n++;
      this.docs[i] = doc;
      this.scores[i] = score;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!before(this.scores[p]!, this.docs[p]!, this.scores[i]!, this.docs[i]!)) break;
        swap(this.docs, this.scores, i, p);
        i = p;
      }
      return;
    }
    if (!before(score, doc, this.scores[0]!, this.docs[0]!)) return;
    this.docs[0] = doc;
    this.scores[0] = score;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < this.n && before(this.scores[worst]!, this.docs[worst]!, this.scores[l]!, this.docs[l]!)) worst = l;
      if (r < this.n && before(this.scores[worst]!, this.docs[worst]!, this.scores[r]!, this.docs[r]!)) worst = r;
      if (worst === i) break;
      swap(this.docs, this.scores, i, worst);
      i = worst;
    }
  }
  /** the kept documents, best first */
  sorted(): Array<{ i: number; score: number }> {
    const docs = this.docs.slice(0, this.n);
    const scores = this.scores.slice(0, this.n);
    sortByScore(docs, scores);
    return Array.from(docs, (i, k) => ({ i, score: scores[k]! }));
  }
}
