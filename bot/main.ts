/**
 * `npm start`. The chat channels (web page, Telegram, Zalo) land with the channels issue; until
 * then start-up builds the corpus from the seeds, reports what it holds, and says so plainly.
 */
import { resolve } from 'node:path';
import { buildCorpus } from '../corpus/build-corpus';
import { CorpusParseError, ManifestError } from '../corpus/errors';
import { loadSeeds } from '../corpus/load-seeds';

async function main(): Promise<void> {
  const { manifest, docs } = await loadSeeds(resolve('seeds'));
  const corpus = buildCorpus(docs, manifest);
  const assignments = corpus.plans.reduce((n, p) => n + p.assignments.length, 0);
  console.log(`Corpus ready: ${corpus.plans.length} plans, ${assignments} assignments (${corpus.plans.map((p) => p.plan.province).join(', ')}).`);
  console.log('The chat assistant is not built yet: the web chat on 127.0.0.1, Telegram and Zalo come with the answer-engine and channels issues.');
  console.log('Meanwhile `npm run corpus` writes the parsed records to build/corpus.json.');
}

main().catch((err: unknown) => {
  if (err instanceof CorpusParseError || err instanceof ManifestError) {
    console.error(`start: ${err.message}`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
