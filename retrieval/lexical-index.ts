import { analyse, type Analysed } from './text-analysis';
import type { IndexDoc } from './documents';
import type { DocRange } from './plan-ranges';

/**
 * A BM25F index over documents' fields. Terms: folded syllables (f:), folded syllable bigrams
 * (b:), accented syllables (a:, a small weight, so an exact-diacritic match ranks above a folded
 * one), and thesaurus topics (t:, a large weight: the topic is the strongest evidence we have).
 */
export const LEXICAL_STOPWORDS = new Set([
  'va', 'cac', 'cua', 'cho', 'trong', 've', 'de', 'voi', 'nhung', 'la', 'co', 'duoc', 'tai', 'theo', 'tre', 'em', 'mot', 'cung',
  'nay', 'do', 'thi', 'o', 'vao', 'tu', 'den', 'khi', 'nhu', 'tren', 'duoi',
]);

const FIELD_WEIGHTS = { body: 1, heading: 0.4, lead: 0.6, coord: 0.2 } as const;
const ACCENT_WEIGHT = 0.3;
const BIGRAM_WEIGHT = 0.8;
export const TOPIC_WEIGHT = 2.5;
const K1 = 1.2;
const B = 0.6;

export interface WeightedTerms {
  terms: Map<string, number>;
  length: number;
}

function addText(out: Map<string, number>, a: Analysed, w: number): number {
  let len = 0;
  for (let i = 0; i < a.folded.length; i++) {
    const f = a.folded[i]!;
    if (LEXICAL_STOPWORDS.has(f)) continue;
    out.set(`f:${f}`, (out.get(`f:${f}`) ?? 0) + w);
    if (a.hasDiacritic[i]) out.set(`a:${a.accented[i]}`, (out.get(`a:${a.accented[i]}`) ?? 0) + w * ACCENT_WEIGHT);
    len += w;
  }
  for (let i = 0; i + 1 < a.folded.length; i++) {
    const key = `b:${a.folded[i]}_${a.folded[i + 1]}`;
    out.set(key, (out.get(key) ?? 0) + w * BIGRAM_WEIGHT);
  }
  return len;
}

export function documentTerms(doc: IndexDoc, analysis: (text: string) => Analysed = analyse): WeightedTerms {
  const terms = new Map<string, number>();
  let length = 0;
  length += addText(terms, analysis(doc.body), FIELD_WEIGHTS.body);
  length += addText(terms, analysis(doc.heading), FIELD_WEIGHTS.heading);
  length += addText(terms, analysis(doc.leadNames), FIELD_WEIGHTS.lead);
  length += addText(terms, analysis(doc.coordNames), FIELD_WEIGHTS.coord);
  for (const t of doc.topics) terms.set(`t:${t}`, (terms.get(`t:${t}`) ?? 0) + TOPIC_WEIGHT);
  return { terms, length };
}

/** Query terms: content syllables (and their bigrams when adjacent), accented forms typed, topics. */
export function queryTerms(content: Analysed, topics: string[]): Map<string, number> {
  const terms = new Map<string, number>();
  addText(terms, content, 1);
  for (const t of topics) terms.set(`t:${t}`, TOPIC_WEIGHT);
  return terms;
}

export interface LexicalIndexData {
  docCount: number;
  avgLength: number;
  lengths: number[];
  /** term -> [docIndex, weight, docIndex, weight, …] */
  postings: Record<string, number[]>;
}

export interface LexicalHit {
  doc: number;
  score: number;
}

export class LexicalIndex {
  private readonly postings: Map<string, number[]>;
  constructor(readonly data: LexicalIndexData) {
    this.postings = new Map(Object.entries(data.postings));
  }

  /** `termsOf` lets a rebuild reuse the analysis of documents that did not change. */
  static build(docs: IndexDoc[], termsOf: (doc: IndexDoc, i: number) => WeightedTerms = (doc) => documentTerms(doc)): LexicalIndex {
    const postings: Record<string, number[]> = {};
    const lengths: number[] = [];
    docs.forEach((doc, i) => {
      const { terms, length } = termsOf(doc, i);
      lengths.push(length);
      for (const [term, w] of terms) (postings[term] ??= []).push(i, w);
    });
    const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
    return new LexicalIndex({ docCount: docs.length, avgLength, lengths, postings });
  }

  /** Inverse document frequency of a term (a term no document has gets the highest value). */
  idf(term: string): number {
    const df = (this.postings.get(term)?.length ?? 0) / 2;
    return Math.log(1 + (this.data.docCount - df + 0.5) / (df + 0.5));
  }

  /** Every distinct folded word of the documents (the f: terms, and the stop words, never indexed), for fuzzy look-ups. */
  *foldedWords(): IterableIterator<string> {
    for (const term of this.postings.keys()) if (term.startsWith('f:')) yield term.slice(2);
    yield* LEXICAL_STOPWORDS;
  }

  /**
   * BM25 scores of the documents allowed by `filter` (all when null). With `ranges` (the runs of
   * the plans asked about), only those stretches of each posting list are read: postings are in
   * document order, so each run starts at a binary search.
   */
  search(terms: Map<string, number>, filter: ((doc: number) => boolean) | null, ranges: readonly DocRange[] | null = null): LexicalHit[] {
    const scores = new Map<number, number>();
    const { docCount, avgLength, lengths } = this.data;
    for (const [term, qw] of terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      const df = list.length / 2;
      const idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
      const add = (k: number) => {
        const doc = list[k]!;
        if (filter && !filter(doc)) return;
        const tf = list[k + 1]!;
        const norm = tf + K1 * (1 - B + (B * lengths[doc]!) / avgLength);
        scores.set(doc, (scores.get(doc) ?? 0) + qw * idf * ((tf * (K1 + 1)) / norm));
      };
      if (!ranges) {
        for (let k = 0; k < list.length; k += 2) add(k);
        continue;
      }
      for (const [start, end] of ranges) {
        for (let k = firstAtOrAfter(list, start); k < list.length && list[k]! < end; k += 2) add(k);
      }
    }
    return [...scores].map(([doc, score]) => ({ doc, score })).sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}

/** Position (even) of the first posting whose document is ≥ doc, in a [doc, weight, …] list. */
function firstAtOrAfter(list: readonly number[], doc: number): number {
  let lo = 0;
  let hi = list.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid * 2]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2;
}
