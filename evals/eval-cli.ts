/** `npm run eval`: run the question set, write evals/REPORT.md and evals/report.json. */
import { execFileSync } from 'node:child_process';
import { writeFile, rename } from 'node:fs/promises';
import { keptSection } from './bench-sections';
import { resolve } from 'node:path';
import { createApp } from '../bot/app';
import { parseConfig } from '../bot/config';
import { existsSync } from 'node:fs';
import { renderHeldOut } from './held-out';
import { loadQuestions } from './load-questions';
import { loadPlanFixtures, renderPlanEval, summarise } from './new-plans';
import { renderReport } from './report';
import { runPlanEval } from './run-plan-eval';
import { runEval } from './run-eval';

async function writeAtomic(path: string, data: string) {
  await writeFile(`${path}.tmp`, data);
  await rename(`${path}.tmp`, path);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const app = await createApp(parseConfig(process.env));
  const items = await loadQuestions(resolve(import.meta.dirname, 'data'));
  const run = await runEval(app, items);
  // sets never tuned on (evals/heldout/): scored, reported, kept out of the quality gate
  const heldOutDir = resolve(import.meta.dirname, 'heldout');
  const heldOutItems = existsSync(heldOutDir) ? await loadQuestions(heldOutDir) : [];
  const heldOut = heldOutItems.length > 0 ? await runEval(app, heldOutItems, 'heldout') : null;
  const seconds = (performance.now() - t0) / 1000;
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    if (execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim()) commit += ' (with uncommitted changes)';
  } catch { /* not a git checkout */ }
  const date = new Date().toISOString().slice(0, 10);
  // plans in layouts no seed has, added with add-plan (a fresh plans folder, not the deployment's)
  const fixtures = await loadPlanFixtures(resolve(import.meta.dirname, '../corpus/fixtures/plans'));
  const plansEval = await runPlanEval(fixtures, resolve(import.meta.dirname, '../seeds'));
  const reportPath = resolve(import.meta.dirname, 'REPORT.md');
  // the OCR section is `npm run eval:ocr`'s (minutes of Tesseract): kept as it is
  const ocr = keptSection(reportPath, 'ocr');
  const heldOutSection = renderHeldOut([{ run, dir: 'evals/data' }, ...(heldOut ? [{ run: heldOut, dir: 'evals/heldout' }] : [])]);
  await writeAtomic(reportPath, `${renderReport(run, { date, commit, seconds })}\n${heldOutSection ? `${heldOutSection}\n` : ''}${renderPlanEval(plansEval.scores)}${ocr ? `\n${ocr}\n` : ''}`);
  const json = {
    date,
    commit,
    overall: run.overall,
    byCategory: run.byCategory,
    byTag: run.byTag,
    byProvince: run.byProvince,
    failures: run.engine.filter((s) => !s.pass).map((s) => ({ ...s, question: run.answers.get(s.id)?.question, answer: run.answers.get(s.id)?.text })),
  };
  await writeAtomic(resolve(import.meta.dirname, 'report.json'), `${JSON.stringify(json, null, 1)}\n`);
  const e = run.overall.engine;
  const b = run.overall.baseline;
  const p = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
  console.log(`eval: ${items.length} questions in ${seconds.toFixed(1)} s`);
  console.log(`lead accuracy ${p(e.leadAccuracy)} (baseline ${p(b.leadAccuracy)}), R@1 ${p(e.recallAt1)}, R@5 ${p(e.recallAt5)} (baseline ${p(b.recallAt5)}), MRR ${e.mrr?.toFixed(3)} (baseline ${b.mrr?.toFixed(3)})`);
  console.log(`abstention precision ${p(e.abstentionPrecision)}, recall ${p(e.abstentionRecall)}, made-up agencies ${e.madeUpAgencies}; all checks pass ${p(e.passRate)}`);
  for (const g of run.byCategory) console.log(`  ${g.key.padEnd(16)} lead ${p(g.engine.leadAccuracy).padStart(6)}  pass ${p(g.engine.passRate).padStart(6)}`);
  for (const g of run.byTag) console.log(`  #${g.key.padEnd(15)} lead ${p(g.engine.leadAccuracy).padStart(6)}  pass ${p(g.engine.passRate).padStart(6)}`);
  const ps = summarise(plansEval.scores);
  console.log(`added plans: ${ps.added}/${ps.plans} added; exact lead ${ps.leadExact}/${ps.tasks}; lead+coordinating+timeframe ${ps.allExact}/${ps.tasks}; questions ${ps.questionsRight}/${ps.questions}`);
  if (heldOut) console.log(`held-out (evals/heldout, not tuned on): ${heldOut.engine.filter((x) => x.pass).length}/${heldOut.engine.length} all checks pass`);
  console.log('wrote evals/REPORT.md and evals/report.json');
}

main().catch((err: unknown) => {
  console.error(`eval: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
