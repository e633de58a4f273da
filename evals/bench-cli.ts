/**
 * `npm run bench`: speed on this machine, reported, never asserted. Writes evals/BENCH.md.
 * - index build for the four plans (corpus parse + both channels), median of 3
 * - warm in-process answer latency over the eval questions: p50 / p95 / p99
 * - process start to first answer (`node --import tsx bot/ask-cli.ts …` with the index on disk)
 * - peak memory (max RSS)
 * - a synthetic 34-province corpus (≈ 10 000 assignments): build time and query latency, with the
 *   MiniSearch baseline's query time on the same corpus as a ratio
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { keptSection, replaceSection, soakSection, writeBench } from './bench-sections';
import { benchScale, renderScale } from './bench-scale';
import { cpus, tmpdir, totalmem, type as osType, release } from 'node:os';
import { join, resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { createApp } from '../bot/app';
import { answer } from '../bot/answer/answer';
import { createEngine } from '../bot/answer/engine';
import { parseConfig } from '../bot/config';
import { buildCorpus } from '../corpus/build-corpus';
import { loadLexicon } from '../corpus/load-lexicon';
import { fold } from '../corpus/normalise';
import { loadSeeds } from '../corpus/load-seeds';
import { buildRetrievalIndex } from '../retrieval/build-index';
import { HashedNgramEmbedder } from '../retrieval/embedder';
import { withQuestionLog } from '../bot/log/question-log';
import { openSqliteStore } from '../bot/log/sqlite-store';
import { benchHotAdd } from './bench-add-plan';
import { benchInstances } from './bench-instances';
import { loadQuestions } from './load-questions';
import { loadPlanFixtures } from './new-plans';
import { syntheticCorpus } from './synthetic';
import { median, quantile } from './stats';

const root = resolve(import.meta.dirname, '..');
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

/** `--scale-only`, `--sizes 4000,10000`, `--runs N`, `--compare REF` */
function parseArgs(argv: string[]) {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (value('--sizes') ?? '0,4000,10000,30000,100000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('--sizes takes whole numbers, e.g. --sizes 0,4000,10000 (0 = the four seed plans)');
  const runs = Number(value('--runs') ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  return { scaleOnly: argv.includes('--scale-only'), sizes, runs, compare: value('--compare') };
}

async function scaleSection(out: string, args: ReturnType<typeof parseArgs>): Promise<void> {
  const result = await benchScale(root, { sizes: args.sizes, runs: args.runs, compare: args.compare, log: (l) => console.log(l) });
  const md = renderScale(result, args.runs);
  console.log(md);
  // a comparison is its own section: the full curve of `npm run bench` stays beside it
  replaceSection(out, args.compare ? 'scale-compare' : 'scale', md);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const out = resolve(import.meta.dirname, 'BENCH.md');
  if (args.scaleOnly) {
    await scaleSection(out, args);
    console.log(`wrote the scale section of ${out}`);
    return;
  }
  const lines: string[] = [];
  const log = (s: string) => {
    console.log(s);
    lines.push(s);
  };
  const questions = (await loadQuestions(resolve(import.meta.dirname, 'data'))).map((i) => i.question);

  // 1. index build for the four plans
  const builds: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const { manifest, docs } = await loadSeeds(resolve(root, 'seeds'));
    const corpus = buildCorpus(docs, manifest, { lexicon: await loadLexicon() });
    await buildRetrievalIndex(corpus, new HashedNgramEmbedder());
    builds.push(performance.now() - t0);
  }

  // 2. warm in-process latency
  const indexDir = join(mkdtempSync(join(tmpdir(), 'qte-bench-')), 'index');
  const app = await createApp(parseConfig({ INDEX_DIR: indexDir, PLANS_DIR: join(indexDir, 'no-plans') }), () => {});
  for (const q of questions) await app.ask({ question: q });
  const lat: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    for (const q of questions) {
      const t0 = performance.now();
      await app.ask({ question: q });
      lat.push(performance.now() - t0);
    }
  }

  // 2b. what the question log adds (SQLite, scrubbing, hashing): the same questions, plain and logged in turn
  const logStore = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'qte-bench-log-')), 'q.sqlite'));
  const logged = withQuestionLog(app.assistant, logStore, 'bench-salt');
  const plainLat: number[] = [];
  const loggedLat: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    for (const q of questions) {
      let t0 = performance.now();
      await app.ask({ question: q, session: 'web:bench' });
      plainLat.push(performance.now() - t0);
      t0 = performance.now();
      await logged.assistant.ask({ question: q, session: 'web:bench' });
      loggedLat.push(performance.now() - t0);
    }
  }
  await logged.flush();
  await logStore.close();

  // 3. process start to first answer (index already on disk)
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, ['--import', 'tsx', 'bot/ask-cli.ts', '--json', 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?'], {
      cwd: root,
      env: { ...process.env, INDEX_DIR: indexDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    starts.push(performance.now() - t0);
  }

  // 4. synthetic 34-province corpus
  const synth = syntheticCorpus(app.engine.corpus);
  const synthCount = synth.plans.reduce((n, p) => n + p.assignments.length, 0);
  const tb = performance.now();
  const synthIndex = await buildRetrievalIndex(synth, new HashedNgramEmbedder());
  const synthBuild = performance.now() - tb;
  const synthEngine = createEngine(synth, synthIndex, new Map());
  const provinces = synth.plans.map((p) => p.plan.province);
  // the eval questions with their province names (as the corpus has them, accented and folded) taken out
  const names = [...new Set(app.engine.corpus.plans.map((p) => p.plan.province))].flatMap((n) => [n, fold(n)]);
  const provinceRe = new RegExp(`(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  const synthQuestions = questions.map((q, i) => `${q.replace(provinceRe, '')} ở ${provinces[i % provinces.length]}`);
  for (const q of synthQuestions.slice(0, 50)) await answer(synthEngine, { question: q });
  const synthLat: number[] = [];
  for (const q of synthQuestions) {
    const t0 = performance.now();
    await answer(synthEngine, { question: q });
    synthLat.push(performance.now() - t0);
  }
  const noProvince: number[] = [];
  for (const q of questions.slice(0, 60).map((q) => q.replace(provinceRe, ''))) {
    const t0 = performance.now();
    await answer(synthEngine, { question: q });
    noProvince.push(performance.now() - t0);
  }
  const ms2 = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  ms2.addAll(synth.plans.flatMap((p) => p.assignments.map((a) => ({ id: a.id, text: a.task }))));
  const baseLat: number[] = [];
  for (const q of synthQuestions) {
    const t0 = performance.now();
    ms2.search(q);
    baseLat.push(performance.now() - t0);
  }
  const maxRss = process.resourceUsage().maxRSS / 1024;

  // 5. adding a plan to a running service of 34 plans
  const hot = await benchHotAdd(await loadPlanFixtures(resolve(root, 'corpus/fixtures/plans')), resolve(root, 'seeds'));

  // 6. one instance vs two on one Redis
  const inst = await benchInstances(questions, resolve(root, 'seeds'));

  const cpu = cpus();
  log('# Benchmark');
  log('');
  log(`Date: ${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${osType()} ${release()} · ${cpu.length} × ${cpu[0]?.model ?? 'cpu'} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  log('');
  log('Produced by `npm run bench`. Timings are measured on the machine above and reported, never asserted in tests.');
  log('Default embedder: hashed character n-grams (384 dimensions), HNSW in hnswlib-node.');
  log('');
  log('| measure | value | bar |');
  log('|---|---|---|');
  log(`| index build, four plans (parse + lexical + vector), median of 3 | ${ms(median(builds))} | ≤ 3 s |`);
  log(`| answer latency in-process, warm, ${lat.length} answers: p50 / p95 / p99 | ${ms(quantile(lat, 0.5))} / ${ms(quantile(lat, 0.95))} / ${ms(quantile(lat, 0.99))} | p95 ≤ 20 ms |`);
  log(`| question log on (SQLite, scrubbed), same questions asked in turn with and without it: p95 without / with / added | ${ms(quantile(plainLat, 0.95))} / ${ms(quantile(loggedLat, 0.95))} / ${ms(quantile(loggedLat, 0.95) - quantile(plainLat, 0.95))} | added ≤ 1 ms |`);
  log(`| process start to first answer (\`ask\` CLI, index on disk), median / max of 5 | ${ms(median(starts))} / ${ms(Math.max(...starts))} | ≤ 1.5 s |`);
  log(`| peak memory (max RSS of the bench process, incl. the synthetic corpus) | ${maxRss.toFixed(0)} MiB | – |`);
  log(`| synthetic corpus: ${synth.plans.length} provinces, ${synthCount} assignments: index build | ${ms(synthBuild)} | – |`);
  log(`| synthetic corpus, one province named, ${synthLat.length} answers: p50 / p95 / p99 | ${ms(quantile(synthLat, 0.5))} / ${ms(quantile(synthLat, 0.95))} / ${ms(quantile(synthLat, 0.99))} | p95 ≤ 50 ms |`);
  log(`| synthetic corpus, no province named (all ${synth.plans.length} plans compared), ${noProvince.length} answers: p50 / p95 | ${ms(quantile(noProvince, 0.5))} / ${ms(quantile(noProvince, 0.95))} | – |`);
  log(`| baseline (MiniSearch, defaults) on the synthetic corpus: p50 / p95 | ${ms(quantile(baseLat, 0.5))} / ${ms(quantile(baseLat, 0.95))} | – |`);
  log(`| engine p50 / baseline p50 on the synthetic corpus | ${(quantile(synthLat, 0.5) / quantile(baseLat, 0.5)).toFixed(1)}× | – |`);
  log(`| running service of ${hot.plans - 1} plans (${hot.assignments} assignments, real layouts via add-plan): add one plan (add-plan) | ${ms(hot.addMs)} | – |`);
  log(`| … then reload until the new plan answers | ${ms(hot.reloadMs)} | add + reload ≤ 2 s |`);
  log(`| … answers during the reload: asked / failed / slowest | ${hot.answersDuring} / ${hot.failedDuring} / ${ms(hot.worstDuringMs)} | 0 failed |`);
  log(`| memory per added plan (heap / RSS growth from 4 to ${hot.plans - 1} plans ÷ plans, approximate) | ${hot.heapPerPlanKiB.toFixed(0)} KiB / ${hot.rssPerPlanKiB.toFixed(0)} KiB | – |`);
  log(`| HTTP answers per second on loopback, 8 clients, ${inst.requests} questions: one instance (memory) / two instances on one redis-server (one process, 2 cores) | ${inst.one.toFixed(0)} / ${inst.two === null ? 'not measured (no redis-server)' : inst.two.toFixed(0)} | – |`);
  log('');
  // the soak figures (npm run soak) are kept; the scale curve is measured now
  writeBench(out, lines.join('\n'), [keptSection(out, 'scale'), keptSection(out, 'scale-compare'), soakSection(out)].filter(Boolean).join('\n\n'));
  await scaleSection(out, args);
  console.log(`wrote ${out}`);
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
