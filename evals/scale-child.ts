/**
 * One size of the scale curve, in a process of its own (so peak RSS is this size's alone):
 *   tsx evals/scale-child.ts build N DIR   synthetic corpus of N assignments, index built and saved in DIR
 *   tsx evals/scale-child.ts load N DIR    the index loaded from DIR, then questions with and without a province
 * N = 0 stands for the four seed plans (the eval's questions as written, then without their province).
 * Prints one JSON line. It only uses APIs every recent commit has (buildRetrievalIndex, saveIndex,
 * loadIndex, createEngine, answer), so `bench --compare REF` can run this same file inside REF's tree.
 */
import { resolve } from 'node:path';
import { answer } from '../bot/answer/answer';
import { createEngine } from '../bot/answer/engine';
import { buildCorpus } from '../corpus/build-corpus';
import { loadLexicon } from '../corpus/load-lexicon';
import { loadSeeds } from '../corpus/load-seeds';
import { fold } from '../corpus/normalise';
import { buildRetrievalIndex } from '../retrieval/build-index';
import { HashedNgramEmbedder } from '../retrieval/embedder';
import { loadIndex, saveIndex } from '../retrieval/index-store';
import { loadQuestions } from './load-questions';
import { syntheticCorpus } from './synthetic';
import { quantile } from './stats';

const PROVINCES = 34;

async function main(): Promise<void> {
  const [phase, nArg, dir] = process.argv.slice(2);
  const n = Number(nArg);
  if (!['build', 'load'].includes(phase ?? '') || !Number.isFinite(n) || !dir) throw new Error('usage: scale-child.ts build|load N DIR');
  const root = resolve(import.meta.dirname, '..');
  const { manifest, docs } = await loadSeeds(resolve(root, 'seeds'));
  const real = buildCorpus(docs, manifest, { lexicon: await loadLexicon() });
  // N = 0: the four seed plans themselves (their questions, as the eval asks them)
  const synth = n === 0 ? real : syntheticCorpus(real, PROVINCES, Math.ceil(n / PROVINCES));
  const assignments = synth.plans.reduce((k, p) => k + p.assignments.length, 0);
  const embedder = new HashedNgramEmbedder();
  if (phase === 'build') {
    const t0 = performance.now();
    const index = await buildRetrievalIndex(synth, embedder);
    const buildMs = performance.now() - t0;
    const t1 = performance.now();
    await saveIndex(dir, index, synth.corpusHash);
    const saveMs = performance.now() - t1;
    console.log(JSON.stringify({ phase, assignments, buildMs, saveMs, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
    return;
  }
  const t0 = performance.now();
  const index = await loadIndex(dir, synth.corpusHash, embedder);
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  const engine = createEngine(synth, index, new Map());
  const engineMs = performance.now() - t1;
  const questions = (await loadQuestions(resolve(import.meta.dirname, 'data'))).map((i) => i.question);
  const names = [...new Set(real.plans.map((p) => p.plan.province))].flatMap((x) => [x, fold(x)]);
  const provinceRe = new RegExp(`(${names.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  const bare = questions.map((q) => q.replace(provinceRe, '').replace(/\s+/g, ' ').trim());
  const provinces = synth.plans.map((p) => p.plan.province);
  const one = n === 0 ? questions : bare.map((q, i) => `${q} ở ${provinces[i % provinces.length]}`);
  const time = async (qs: string[]) => {
    for (const q of qs.slice(0, 20)) await answer(engine, { question: q }); // warm-up
    const lat: number[] = [];
    for (const q of qs) {
      const s = performance.now();
      await answer(engine, { question: q });
      lat.push(performance.now() - s);
    }
    return { p50: quantile(lat, 0.5), p95: quantile(lat, 0.95), count: lat.length };
  };
  // SCALE_ONLY=one|all: one kind of question only (to profile it)
  const only = process.env.SCALE_ONLY;
  const oneProvince = only === 'all' ? null : await time(one);
  const allProvinces = only === 'one' ? null : await time(bare.slice(0, 120));
  console.log(JSON.stringify({ phase, assignments, loadMs, engineMs, oneProvince, allProvinces, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

main().catch((err: unknown) => {
  console.error(`scale-child: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
