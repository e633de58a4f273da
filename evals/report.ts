import type { EvalRun } from './run-eval';
import type { Metrics } from './scoring';

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null) => (x === null ? '–' : x.toFixed(3));

function row(key: string, e: Metrics, b: Metrics): string {
  return `| ${key} | ${e.items} | ${pct(e.leadAccuracy)} (${e.leadItems}) | ${pct(b.leadAccuracy)} | ${pct(e.recallAt1)} | ${pct(e.recallAt5)} | ${pct(b.recallAt5)} | ${num(e.mrr)} | ${num(b.mrr)} | ${pct(e.passRate)} |`;
}

const HEAD = '| group | items | lead top-1 (n) | baseline lead | R@1 | R@5 | baseline R@5 | MRR | baseline MRR | all checks pass |\n|---|---|---|---|---|---|---|---|---|---|';

/** evals/REPORT.md: today's figures for the engine and the baseline, per category, tag and province, with failures. */
export function renderReport(run: EvalRun, meta: { date: string; commit: string; seconds: number }): string {
  const { engine: e, baseline: b } = run.overall;
  const out: string[] = [];
  out.push(
    '# Eval report',
    '',
    `Date: ${meta.date} · commit: \`${meta.commit}\` · ${run.items.length} questions · run time ${meta.seconds.toFixed(1)} s`,
    '',
    'Produced by `npm run eval`: every question goes through the same `ask()` the channels use. The baseline is',
    'MiniSearch with default options (plain BM25) over the same assignment texts; its answer is the lead of its top hit.',
    '',
    '## Overall',
    '',
    '| metric | engine | baseline |',
    '|---|---|---|',
    `| lead accuracy (top-1) | ${pct(e.leadAccuracy)} of ${e.leadItems} | ${pct(b.leadAccuracy)} |`,
    `| recall@1 of the right assignment | ${pct(e.recallAt1)} of ${e.refItems} | ${pct(b.recallAt1)} |`,
    `| recall@5 | ${pct(e.recallAt5)} | ${pct(b.recallAt5)} |`,
    `| MRR | ${num(e.mrr)} | ${num(b.mrr)} |`,
    `| abstention precision (abstained where it should) | ${pct(e.abstentionPrecision)} | ${pct(b.abstentionPrecision)} |`,
    `| abstention recall (should abstain and did) | ${pct(e.abstentionRecall)} | ${pct(b.abstentionRecall)} |`,
    `| made-up agency on a question that needs abstention | ${e.madeUpAgencies} | ${b.madeUpAgencies} |`,
    `| all checks pass (lead, coordinating, timeframe, text, hotline) | ${pct(e.passRate)} | ${pct(b.passRate)} |`,
    '',
    '## By category',
    '',
    HEAD,
    ...run.byCategory.map((g) => row(g.key, g.engine, g.baseline)),
    '',
    '## By tag',
    '',
    HEAD,
    ...run.byTag.map((g) => row(g.key, g.engine, g.baseline)),
    '',
    '## By province',
    '',
    HEAD,
    ...run.byProvince.map((g) => row(g.key, g.engine, g.baseline)),
    '',
    '## Failures (engine)',
    '',
  );
  const failures = run.engine.filter((s) => !s.pass);
  if (failures.length === 0) out.push('None.');
  for (const f of failures) {
    const item = run.items.find((i) => i.id === f.id)!;
    out.push(`- \`${f.id}\` [${item.category}${item.tags.length ? `; ${item.tags.join(', ')}` : ''}] ${JSON.stringify(item.question)}: ${f.problems.join('; ')}`);
  }
  out.push('');
  return out.join('\n');
}
