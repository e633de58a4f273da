/** `npm run corpus`: parse the seeds, write build/corpus.json atomically, print the summary. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildCorpus } from '../corpus/build-corpus';
import { CorpusParseError, ManifestError } from '../corpus/errors';
import { loadLexicon } from '../corpus/load-lexicon';
import { loadSeeds } from '../corpus/load-seeds';
import { corpusSummary } from '../corpus/summary';

async function main(): Promise<number> {
  const seedsDir = resolve(process.argv[2] ?? 'seeds');
  const outDir = resolve(process.argv[3] ?? 'build');
  const { manifest, docs } = await loadSeeds(seedsDir);
  const corpus = buildCorpus(docs, manifest, { lexicon: await loadLexicon() });
  await mkdir(outDir, { recursive: true });
  const target = join(outDir, 'corpus.json');
  const tmp = `${target}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(corpus, null, 1));
  await rename(tmp, target); // atomic: a reader never sees a half-written file
  console.log(corpusSummary(corpus));
  console.log(`\nwrote ${target} (corpus ${corpus.corpusHash.slice(0, 12)})`);
  const taskLines = corpus.plans.flatMap((p) => p.unplaced.filter((u) => u.carriesTask));
  return taskLines.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof CorpusParseError || err instanceof ManifestError) {
      console.error(`corpus: ${err.message}`);
      process.exit(2);
    }
    throw err;
  },
);
