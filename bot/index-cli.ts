/** `npm run index`: build the corpus and the retrieval index, write the index files atomically. */
import { resolve } from 'node:path';
import { buildCorpus } from '../corpus/build-corpus';
import { loadLexicon } from '../corpus/load-lexicon';
import { loadSeeds } from '../corpus/load-seeds';
import { buildRetrievalIndex } from '../retrieval/build-index';
import { saveIndex } from '../retrieval/index-store';
import { embedderFor } from './app';
import { parseConfig } from './config';

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const t0 = performance.now();
  const { manifest, docs } = await loadSeeds(resolve(config.SEEDS_DIR));
  const corpus = buildCorpus(docs, manifest, { lexicon: await loadLexicon() });
  const t1 = performance.now();
  const index = await buildRetrievalIndex(corpus, embedderFor(config));
  const t2 = performance.now();
  const m = await saveIndex(resolve(config.INDEX_DIR), index, corpus.corpusHash);
  console.log(`index: ${m.documents} documents, embedder ${m.embedder} (dim ${m.dimension}), corpus ${m.corpusHash.slice(0, 12)}`);
  console.log(`corpus ${(t1 - t0).toFixed(0)} ms, index ${(t2 - t1).toFixed(0)} ms, written to ${resolve(config.INDEX_DIR)}`);
}

main().catch((err: unknown) => {
  console.error(`index: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
