import { fold } from '../corpus/normalise';
import { tokenize } from '../corpus/syllables';

/**
 * An embedding model, declared by what it can do (after the Vercel AI SDK's EmbeddingModel): its
 * id (recorded in index manifests), its dimension, and `embed` for passages and for queries
 * (e5-style models prefix them differently).
 */
export interface Embedder {
  readonly id: string;
  readonly dimension: number;
  embed(texts: string[], role: 'passage' | 'query'): Promise<Float32Array[]>;
}

/** FNV-1a, 32 bit. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The default embedder: no weights to download. Hashed features of folded syllables: character
 * trigrams inside each syllable (so "tao hén" still shares most features with "tảo hôn"), whole
 * syllables and syllable bigrams, signed and L2-normalised.
 */
export class HashedNgramEmbedder implements Embedder {
  readonly id: string;
  constructor(readonly dimension = 384) {
    this.id = `hashed-ngram-v1-${dimension}`;
  }

  // per distinct syllable: its folded form and the (slot, signed weight) of its syllable and trigram
  // features, applied in the same order as ever, so every vector is bit-for-bit what it was
  private readonly syllables = new Map<string, { folded: string; slots: number[]; weights: number[] }>();
  private syllable(raw: string) {
    let f = this.syllables.get(raw);
    if (f) return f;
    const folded = fold(raw);
    const slots: number[] = [];
    const weights: number[] = [];
    const feature = (name: string, w: number) => {
      const h = hash(name);
      slots.push(h % this.dimension);
      weights.push((h & 0x80000000 ? -1 : 1) * w);
    };
    feature(`s:${folded}`, 1);
    const padded = `#${folded}#`;
    for (let k = 0; k + 3 <= padded.length; k++) feature(`c:${padded.slice(k, k + 3)}`, 0.5);
    if (this.syllables.size >= 100_000) this.syllables.clear();
    this.syllables.set(raw, (f = { folded, slots, weights }));
    return f;
  }

  embedOne(text: string): Float32Array {
    const v = new Float32Array(this.dimension);
    const syl = tokenize(text).tokens.map((t) => this.syllable(t.folded));
    for (let i = 0; i < syl.length; i++) {
      const { folded, slots, weights } = syl[i]!;
      for (let k = 0; k < slots.length; k++) v[slots[k]!]! += weights[k]!;
      if (i + 1 < syl.length) {
        const h = hash(`b:${folded}_${syl[i + 1]!.folded}`);
        v[h % this.dimension]! += (h & 0x80000000 ? -1 : 1) * 0.8;
      }
    }
    let norm = 0;
    for (let i = 0; i < v.length; i++) norm += v[i]! * v[i]!;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
    return v;
  }

  async embed(texts: string[], _role: 'passage' | 'query' = 'passage'): Promise<Float32Array[]> {
    return texts.map((t) => this.embedOne(t));
  }
}
