import { resolve } from 'node:path';
import { buildCorpus } from '../build-corpus';
import { loadLexicon } from '../load-lexicon';
import { loadSeeds } from '../load-seeds';
import type { Corpus, ParsedPlan } from '../schema';

/** The corpus built from the real seeds, once per test file. */
let cached: Promise<Corpus> | null = null;
export function seedCorpus(): Promise<Corpus> {
  cached ??= Promise.all([loadSeeds(resolve(import.meta.dirname, '../../seeds')), loadLexicon()]).then(([{ manifest, docs }, lexicon]) =>
    buildCorpus(docs, manifest, { lexicon }),
  );
  return cached;
}

export async function seedPlan(id: string): Promise<ParsedPlan> {
  const plan = (await seedCorpus()).plans.find((p) => p.plan.id === id);
  if (!plan) throw new Error(`no plan ${id} in the seed corpus`);
  return plan;
}
