import { analyse, type Analysed } from './text-analysis';
import type { IndexDoc } from './documents';
import type { DocRange } from './plan-ranges';
import { sortByScore } from './ranked';

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

/** A document's terms as the builder takes them: fresh from `documentTerms`, or read back from an index. */
export interface DocTerms {
  terms: Iterable<readonly [string, number]>;
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

/**
 * The index's data, flat: term i's postings are postDocs/postWeights[offsets[i] … offsets[i + 1]),
 * in document order. Typed arrays save as one binary file and load without parsing numbers.
 */
export interface LexicalIndexData {
  docCount: number;
  avgLength: number;
  lengths: Float64Array;
  terms: string[];
  offsets: Uint32Array;
  postDocs: Int32Array;
  postWeights: Float64Array;
}

export interface LexicalHit {
  doc: number;
  score: number;
}

export class LexicalIndex {
  private readonly termIndex: Map<string, number>;
  private scratch: { acc: Float64Array; seen: Uint8Array } | null = null;
  constructor(readonly data: LexicalIndexData) {
    this.termIndex = new Map(data.terms.map((t, i) => [t, i] as const));
  }

  /** `termsOf` lets a rebuild reuse the analysis of documents that did not change. */
  static build(docs: IndexDoc[], termsOf: (doc: IndexDoc, i: number) => DocTerms = (doc) => documentTerms(doc)): LexicalIndex {
    const b = new LexicalBuilder();
    docs.forEach((doc, i) => b.add(termsOf(doc, i)));
    return b.finish();
  }

  private byDoc: { offsets: Uint32Array; terms: Int32Array; weights: Float64Array } | null = null;

  /**
   * One document's terms and weights, read back from the postings (transposed once, on the first
   * call): a rebuild takes unchanged documents from here instead of analysing them again, so no
   * per-document term maps need to stay in memory.
   */
  *docTerms(doc: number): IterableIterator<readonly [string, number]> {
    if (!this.byDoc) {
      const { docCount, offsets, postDocs, postWeights, terms } = this.data;
      const counts = new Uint32Array(docCount + 1);
      for (let k = 0; k < postDocs.length; k++) counts[postDocs[k]! + 1]!++;
      for (let d = 0; d < docCount; d++) counts[d + 1]! += counts[d]!;
      const fill = counts.slice();
      const tIdx = new Int32Array(postDocs.length);
      const w = new Float64Array(postDocs.length);
      for (let t = 0; t < terms.length; t++) {
        for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
          const at = fill[postDocs[k]!]!++;
          tIdx[at] = t;
          w[at] = postWeights[k]!;
        }
      }
      this.byDoc = { offsets: counts, terms: tIdx, weights: w };
    }
    const { offsets, terms, weights } = this.byDoc;
    for (let k = offsets[doc]!; k < offsets[doc + 1]!; k++) yield [this.data.terms[terms[k]!]!, weights[k]!] as const;
  }

  /** A document's terms and length as a builder takes them (see docTerms). */
  termsOfDoc(doc: number): DocTerms {
    return { terms: this.docTerms(doc), length: this.data.lengths[doc]! };
  }

  /** Inverse document frequency of a term (a term no document has gets the highest value). */
  idf(term: string): number {
    const t = this.termIndex.get(term);
    const df = t === undefined ? 0 : this.data.offsets[t + 1]! - this.data.offsets[t]!;
    return Math.log(1 + (this.data.docCount - df + 0.5) / (df + 0.5));
  }

  /** Every distinct folded word of the documents (the f: terms, and the stop words, never indexed), for fuzzy look-ups. */
  *foldedWords(): IterableIterator<string> {
    for (const term of this.data.terms) if (term.startsWith('f:')) yield term.slice(2);
    yield* LEXICAL_STOPWORDS;
  }

  /**
   * BM25 scores of the documents allowed by `filter` (all when null). With `ranges` (the runs of
   * the plans asked about), only those stretches of each posting list are read: postings are in
   * document order, so each run starts at a binary search.
   */
  search(terms: Map<string, number>, filter: ((doc: number) => boolean) | null, ranges: readonly DocRange[] | null = null): LexicalHit[] {
    const { docs, scores } = this.ranked(terms, filter, ranges);
    return Array.from(docs, (doc, k) => ({ doc, score: scores[k]! }));
  }

  /** The same hits as `search`, as two parallel arrays (best first), for callers that rank tens of thousands. */
  ranked(terms: Map<string, number>, filter: ((doc: number) => boolean) | null, ranges: readonly DocRange[] | null = null): { docs: Int32Array; scores: Float64Array } {
    const { docCount, avgLength, lengths, offsets, postDocs, postWeights } = this.data;
    // per-document accumulators, kept between calls (a call is synchronous) and reset where touched:
    // a query over 100 000 documents would otherwise allocate and collect a megabyte each time
    this.scratch ??= { acc: new Float64Array(docCount), seen: new Uint8Array(docCount) };
    const { acc, seen } = this.scratch;
    const touched: number[] = [];
    for (const [term, qw] of terms) {
      const t = this.termIndex.get(term);
      if (t === undefined) continue;
      const from = offsets[t]!;
      const to = offsets[t + 1]!;
      const df = to - from;
      const idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
      const add = (k: number) => {
        const doc = postDocs[k]!;
        // the filter is asked once per document (1 = allowed, 2 = rejected), not once per posting
        let state = seen[doc]!;
        if (state === 0) {
          state = seen[doc] = !filter || filter(doc) ? 1 : 2;
          if (state === 1) touched.push(doc);
        }
        if (state === 2) return;
        const tf = postWeights[k]!;
        const norm = tf + K1 * (1 - B + (B * lengths[doc]!) / avgLength);
        // 0 + x is x: the sum is the one the map-based version made, term by term in query order
        acc[doc] = acc[doc]! + qw * idf * ((tf * (K1 + 1)) / norm);
      };
      if (!ranges) {
        for (let k = from; k < to; k++) add(k);
        continue;
      }
      for (const [start, end] of ranges) {
        for (let k = firstAtOrAfter(postDocs, from, to, start); k < to && postDocs[k]! < end; k++) add(k);
      }
    }
    const docs = Int32Array.from(touched);
    const scores = Float64Array.from(touched, (d) => acc[d]!);
    for (const d of touched) acc[d] = 0;
    seen.fill(0); // rejected documents were marked too
    sortByScore(docs, scores);
    return { docs, scores };
  }

  /** The data as one buffer: a JSON header (counts, terms) and the typed arrays, 8-byte aligned. */
  serialise(): Buffer {
    const d = this.data;
    const header = Buffer.from(JSON.stringify({ docCount: d.docCount, avgLength: d.avgLength, terms: d.terms, postings: d.postDocs.length }));
    const pad = (n: number) => (8 - (n % 8)) % 8;
    const head = Buffer.alloc(8);
    head.writeUInt32LE(header.length, 0);
    const parts: Uint8Array[] = [head, header, Buffer.alloc(pad(8 + header.length))];
    for (const a of [d.lengths, d.postWeights, d.offsets, d.postDocs]) parts.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), Buffer.alloc(pad(a.byteLength)));
    return Buffer.concat(parts);
  }

  static deserialise(buf: Buffer): LexicalIndex {
    const headerLength = buf.length >= 8 ? buf.readUInt32LE(0) : Infinity;
    if (8 + headerLength > buf.length) throw new Error('lexical index file is truncated');
    const header = JSON.parse(buf.subarray(8, 8 + headerLength).toString('utf8')) as { docCount: number; avgLength: number; terms: string[]; postings: number };
    let at = 8 + headerLength;
    at += (8 - (at % 8)) % 8;
    type Typed = Float64Array | Uint32Array | Int32Array;
    const take = <T extends Typed>(make: { new (n: number): T; new (b: ArrayBufferLike, offset: number, n: number): T; BYTES_PER_ELEMENT: number }, n: number): T => {
      const bytes = n * make.BYTES_PER_ELEMENT;
      if (at + bytes > buf.length) throw new Error('lexical index file is truncated');
      const offset = buf.byteOffset + at;
      let out: T;
      // a large file read whole has a buffer of its own: the arrays are views on it, nothing is copied
      if (offset % make.BYTES_PER_ELEMENT === 0) out = new make(buf.buffer, offset, n);
      else {
        out = new make(n);
        new Uint8Array(out.buffer).set(buf.subarray(at, at + bytes));
      }
      at += bytes + ((8 - (bytes % 8)) % 8);
      return out;
    };
    const lengths = take(Float64Array, header.docCount);
    const postWeights = take(Float64Array, header.postings);
    const offsets = take(Uint32Array, header.terms.length + 1);
    const postDocs = take(Int32Array, header.postings);
    return new LexicalIndex({ docCount: header.docCount, avgLength: header.avgLength, lengths, terms: header.terms, offsets, postDocs, postWeights });
  }
}

/**
 * Builds the flat index one document at a time, in document order (so every posting list comes out
 * sorted): a document's term map can be dropped as soon as it is added.
 */
export class LexicalBuilder {
  private readonly lists = new Map<string, number[]>();
  private readonly lengths: number[] = [];
  private total = 0;

  /** Adds the next document (number = how many were added before it). */
  add({ terms, length }: DocTerms): void {
    const i = this.lengths.length;
    this.lengths.push(length);
    this.total += length;
    for (const [term, w] of terms) {
      let list = this.lists.get(term);
      if (!list) this.lists.set(term, (list = []));
      list.push(i, w);
    }
  }

  finish(): LexicalIndex {
    const terms = [...this.lists.keys()];
    const offsets = new Uint32Array(terms.length + 1);
    let n = 0;
    terms.forEach((t, i) => {
      offsets[i] = n;
      n += this.lists.get(t)!.length / 2;
    });
    offsets[terms.length] = n;
    const postDocs = new Int32Array(n);
    const postWeights = new Float64Array(n);
    terms.forEach((t, i) => {
      const list = this.lists.get(t)!;
      for (let k = 0, at = offsets[i]!; k < list.length; k += 2, at++) {
        postDocs[at] = list[k]!;
        postWeights[at] = list[k + 1]!;
      }
      this.lists.delete(t); // memory back as we go
    });
    const docCount = this.lengths.length;
    return new LexicalIndex({ docCount, avgLength: this.total / Math.max(1, docCount), lengths: Float64Array.from(this.lengths), terms, offsets, postDocs, postWeights });
  }
}

/** Position of the first posting in [from, to) whose document is ≥ doc. */
function firstAtOrAfter(docs: Int32Array, from: number, to: number, doc: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
