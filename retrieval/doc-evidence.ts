import { syllableDistance } from '../corpus/edit-distance';
import type { IndexDoc } from './documents';
import { analyse } from './text-analysis';

/**
 * The word evidence of each document (its folded vocabulary, its adjacent syllable pairs), computed
 * when a search first needs it: a search looks at ~60 candidates, so loading an index no longer
 * re-analyses every document, and a large corpus keeps only the sets its questions have touched.
 */
export class DocEvidence {
  private readonly vocabs: Array<Set<string> | undefined>;
  private readonly pairSets: Array<Set<string> | undefined>;
  private readonly neighbours = new Map<string, readonly string[]>();
  /** the corpus's words by length, read from `words` on the first fuzzy look-up */
  private byLength: Map<number, string[]> | null = null;

  /**
   * @param words every folded word any document has (a superset is fine): fuzzy neighbours of a
   *   question word are looked up there once, instead of in every candidate's vocabulary
   * @param seed sets already computed by a previous index, by this index's document number (−1: none)
   */
  constructor(
    private readonly docs: readonly IndexDoc[],
    private readonly words: () => Iterable<string>,
    seed?: { from: DocEvidence; map: readonly number[] },
  ) {
    this.vocabs = new Array(docs.length);
    this.pairSets = new Array(docs.length);
    // copied, not referenced: an index must not keep the one before it (and that one's) alive
    seed?.map.forEach((j, i) => {
      if (j < 0) return;
      this.vocabs[i] = seed.from.vocabs[j];
      this.pairSets[i] = seed.from.pairSets[j];
    });
  }

  vocab(i: number): Set<string> {
    if (!this.vocabs[i]) this.compute(i);
    return this.vocabs[i]!;
  }

  pairs(i: number): Set<string> {
    if (!this.pairSets[i]) this.compute(i);
    return this.pairSets[i]!;
  }

  /** Both sets from one analysis of the task text (the names add words, never pairs): the same sets documentVocab and documentPairs make. */
  private compute(i: number): void {
    const d = this.docs[i]!;
    const f = analyse(`${d.heading}\n${d.body}`).folded;
    if (!this.pairSets[i]) {
      const pairs = new Set<string>();
      for (let k = 0; k + 1 < f.length; k++) pairs.add(`${f[k]}_${f[k + 1]}`);
      this.pairSets[i] = pairs;
    }
    if (!this.vocabs[i]) {
      const vocab = new Set(f);
      for (const w of analyse(`${d.leadNames} ${d.coordNames}`).folded) vocab.add(w);
      this.vocabs[i] = vocab;
    }
  }

  /** Words of the corpus within OCR/typo distance of `w` (same test the coverage always used). */
  fuzzyNeighbours(w: string): readonly string[] {
    let n = this.neighbours.get(w);
    if (n) return n;
    if (!this.byLength) {
      this.byLength = new Map();
      for (const v of this.words()) (this.byLength.get(v.length) ?? this.byLength.set(v.length, []).get(v.length)!).push(v);
    }
    const out: string[] = [];
    for (const len of [w.length - 1, w.length, w.length + 1]) for (const v of this.byLength.get(len) ?? []) if (syllableDistance(v, w) <= 0.34) out.push(v);
    if (this.neighbours.size >= 20_000) this.neighbours.clear();
    this.neighbours.set(w, (n = out));
    return n;
  }

  /** Does document i hold `w` itself (1), a fuzzy neighbour of it (0.8), or neither (0)? */
  has(i: number, w: string): number {
    const vocab = this.vocab(i);
    if (vocab.has(w)) return 1;
    if (w.length < 3) return 0;
    for (const v of this.fuzzyNeighbours(w)) if (vocab.has(v)) return 0.8;
    return 0;
  }
}

/** The definitions `compute` must agree with (its test compares them): a document's vocabulary… */
export function documentVocab(doc: IndexDoc): Set<string> {
  return new Set(analyse(`${doc.heading} ${doc.body} ${doc.leadNames} ${doc.coordNames}`).folded);
}

/** …and its adjacent syllable pairs. */
export function documentPairs(doc: IndexDoc): Set<string> {
  const f = analyse(`${doc.heading}\n${doc.body}`).folded;
  const out = new Set<string>();
  for (let i = 0; i + 1 < f.length; i++) out.add(`${f[i]}_${f[i + 1]}`);
  return out;
}
