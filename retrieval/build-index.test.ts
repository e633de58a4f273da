import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../corpus/test-support/seed-corpus';
import { buildRetrievalIndex } from './build-index';
import { HashedNgramEmbedder } from './embedder';

const sorted = (xs: Iterable<readonly [string, number]>) => [...xs].map(([t, w]) => `${t}=${w}`).sort();

describe('buildRetrievalIndex with a previous index', () => {
  it('reads unchanged documents back from the previous postings and vectors: the same index as a fresh build', async () => {
    const corpus = await seedCorpus();
    const embedder = new HashedNgramEmbedder();
    const fresh = await buildRetrievalIndex(corpus, embedder);
    // one plan fewer, then all of them again: the rebuild takes every document of the others from before
    const partial = await buildRetrievalIndex({ ...corpus, plans: corpus.plans.slice(1) }, embedder, fresh);
    const again = await buildRetrievalIndex(corpus, embedder, partial);
    expect(again.docs).toEqual(fresh.docs);
    for (let i = 0; i < fresh.docs.length; i += 7) {
      expect(sorted(again.lexical.docTerms(i))).toEqual(sorted(fresh.lexical.docTerms(i)));
      expect(Array.from(again.vector.vectorOf(i)!)).toEqual(Array.from(fresh.vector.vectorOf(i)!));
    }
    expect(again.lexical.data.lengths).toEqual(fresh.lexical.data.lengths);
    expect(again.lexical.data.avgLength).toBe(fresh.lexical.data.avgLength);
    for (const term of ['f:tao', 'b:tao_hon', 't:tao-hon', 'f:khongco']) expect(again.lexical.idf(term)).toBe(fresh.lexical.idf(term));
    const terms = new Map([['f:tao', 1], ['f:hon', 1], ['b:tao_hon', 0.8]]);
    expect(again.lexical.search(terms, null)).toEqual(fresh.lexical.search(terms, null));
  });
});
