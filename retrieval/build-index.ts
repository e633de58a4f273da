import type { Corpus } from '../corpus/schema';
import { buildDocuments, type IndexDoc } from './documents';
import { buildKnownWords } from './known-words';
import type { Embedder } from './embedder';
import { documentTerms, LexicalIndex, type WeightedTerms } from './lexical-index';
import { documentPairs, documentVocab, type RetrievalIndex } from './search';
import { createTopicAnnotator } from './topic-annotator';
import { VectorIndex } from './vector-index';

/**
 * Build both channels from a corpus (pure apart from CPU; saving is index-store's job). With
 * `previous`, every document identical to one of the previous index (same text, names, topics)
 * reuses its analysis and vector, so adding a plan to a running service costs about that plan's
 * documents; BM25 statistics and the HNSW graph are rebuilt from them.
 */
export async function buildRetrievalIndex(corpus: Corpus, embedder: Embedder, previous?: RetrievalIndex): Promise<RetrievalIndex> {
  const known = buildKnownWords(corpus);
  const docs = buildDocuments(corpus, createTopicAnnotator((w) => known.has(w)));
  const prevByKey = new Map<string, number>();
  if (previous && previous.embedder.id === embedder.id) previous.docs.forEach((d, i) => prevByKey.set(docKey(d), i));
  const reuse = docs.map((d) => prevByKey.get(docKey(d)) ?? -1);

  const terms: WeightedTerms[] = docs.map((d, i) => (reuse[i]! >= 0 && previous?.terms?.[reuse[i]!]) || documentTerms(d));
  const lexical = LexicalIndex.build(docs, (_d, i) => terms[i]!);
  const fresh = docs.map((_, i) => i).filter((i) => reuse[i]! < 0 || !previous!.vector.vectorOf(reuse[i]!));
  const embedded = fresh.length > 0 ? await embedder.embed(fresh.map((i) => `${docs[i]!.heading}\n${docs[i]!.body}`), 'passage') : [];
  const vectors: Float32Array[] = docs.map((_, i) => (reuse[i]! >= 0 ? previous!.vector.vectorOf(reuse[i]!) : undefined) ?? new Float32Array(0));
  fresh.forEach((i, k) => (vectors[i] = embedded[k]!));
  const vector = VectorIndex.build(vectors, embedder.dimension);
  return {
    docs,
    lexical,
    vector,
    embedder,
    vocab: docs.map((d, i) => (reuse[i]! >= 0 ? previous!.vocab[reuse[i]!]! : documentVocab(d))),
    pairs: docs.map((d, i) => (reuse[i]! >= 0 ? previous!.pairs[reuse[i]!]! : documentPairs(d))),
    terms,
  };
}

const docKey = (d: IndexDoc) => JSON.stringify([d.id, d.body, d.heading, d.leadNames, d.coordNames, d.leadIds, d.coordIds, d.topics, d.sectionKind, d.province]);
