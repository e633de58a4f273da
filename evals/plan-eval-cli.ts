/**
 * `npm run eval:plans`: add every fixture plan of corpus/fixtures/plans/ with add-plan, score tasks and
 * questions against their ground truth, and print the report section (also written into
 * evals/REPORT.md by `npm run eval`).
 */
import { resolve } from 'node:path';
import { loadPlanFixtures, renderPlanEval, summarise } from './new-plans';
import { runPlanEval } from './run-plan-eval';

async function main(): Promise<void> {
  const only = process.argv[2];
  const fixtures = (await loadPlanFixtures(resolve(import.meta.dirname, '../corpus/fixtures/plans'))).filter((f) => !only || f.name.startsWith(only));
  const t0 = performance.now();
  const { scores } = await runPlanEval(fixtures, resolve(import.meta.dirname, '../seeds'));
  console.log(renderPlanEval(scores));
  const s = summarise(scores);
  console.error(`${s.added}/${s.plans} plans added; exact lead ${s.leadExact}/${s.tasks}; all exact ${s.allExact}/${s.tasks}; questions ${s.questionsRight}/${s.questions}; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
