/**
 * `npm run corpus`: parse every plan (the seeds and the plans a deployment added), write
 * build/corpus.json atomically, print the per-plan summary and every plan that could not be read.
 * Exit 1 when a line that carries a task is left out of every record, 2 when a plan fails.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ManifestError } from '../corpus/errors';
import { loadLexicon } from '../corpus/load-lexicon';
import { corpusSummary } from '../corpus/summary';
import { ConfigError, parseConfig } from './config';
import { createPlanLibrary } from './plan-library';
import { loadRegistry } from './registry-files';

async function main(): Promise<number> {
  const config = parseConfig(process.env);
  const seedsDir = resolve(process.argv[2] ?? config.SEEDS_DIR);
  const outDir = resolve(process.argv[3] ?? 'build');
  const plansDir = resolve(config.PLANS_DIR);
  const library = createPlanLibrary({ seedsDir, plansDir, loadAgencies: () => loadRegistry(plansDir, console.error), lexicon: await loadLexicon(), cachePath: null });
  const { corpus, failures } = await library.load();
  await mkdir(outDir, { recursive: true });
  const target = join(outDir, 'corpus.json');
  const tmp = `${target}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(corpus, null, 1));
  await rename(tmp, target); // atomic: a reader never sees a half-written file
  console.log(corpusSummary(corpus));
  for (const f of failures) console.log(`\nPLAN SKIPPED ${f.planId}: ${f.message}`);
  console.log(`\nwrote ${target} (${corpus.plans.length} plans, corpus ${corpus.corpusHash.slice(0, 12)})`);
  const taskLines = corpus.plans.flatMap((p) => p.unplaced.filter((u) => u.carriesTask));
  return failures.length > 0 ? 2 : taskLines.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ManifestError || err instanceof ConfigError) {
      console.error(`corpus: ${err.message}`);
      process.exit(2);
    }
    throw err;
  },
);
