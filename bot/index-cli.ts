/** `npm run index`: build the corpus and the retrieval index, write the index files atomically. */
import { resolve } from 'node:path';
import { loadLexicon } from '../corpus/load-lexicon';
import { buildRetrievalIndex } from '../retrieval/build-index';
import { saveIndex } from '../retrieval/index-store';
import { embedderFor } from './app';
import { parseConfig } from './config';
import { createPlanLibrary } from './plan-library';
import { loadRegistry } from './registry-files';

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const t0 = performance.now();
  const plansDir = resolve(config.PLANS_DIR);
  const library = createPlanLibrary({ seedsDir: resolve(config.SEEDS_DIR), plansDir, loadAgencies: () => loadRegistry(plansDir, console.error), lexicon: await loadLexicon(), cachePath: null });
  const { corpus, failures } = await library.load();
  for (const f of failures) console.error(`plan skipped: ${f.message}`);
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
