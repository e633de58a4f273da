import type { Corpus } from '../corpus/schema';
import { buildDocuments } from './documents';
import { buildKnownWords } from './known-words';
import type { Embedder } from './embedder';
import { LexicalIndex } from './lexical-index';
import { documentPairs, documentVocab, type RetrievalIndex } from './search';
import { createTopicAnnotator } from './topic-annotator';
import { VectorIndex } from './vector-index';

/** Build both channels from a corpus (pure apart from CPU; saving is index-store's job). */
export async function buildRetrievalIndex(corpus: Corpus, embedder: Embedder): Promise<RetrievalIndex> {
  const known = buildKnownWords(corpus);
  const docs = buildDocuments(corpus, createTopicAnnotator((w) => known.has(w)));
  const lexical = LexicalIndex.build(docs);
  const vectors = await embedder.embed(
    docs.map((d) => `${d.heading}\n${d.body}`),
    'passage',
  );
  const vector = VectorIndex.build(vectors, embedder.dimension);
  return { docs, lexical, vector, embedder, vocab: docs.map(documentVocab), pairs: docs.map(documentPairs) };
}
