import type { EvalRun } from './run-eval';

/**
 * Question sets written blind, each by a helper who saw neither the code nor the other sets, and
 * measured once before any change made for them. Sets in evals/data/ have since been tuned on and
 * are in the quality gate; sets in evals/heldout/ are not tuned on: their figure is the honest one.
 */
export const HELD_OUT_FIRST_SIGHT: ReadonlyArray<{ prefix: string; file: string; items: number; right: number; commit: string; note: string }> = [
  { prefix: 'qk2-', file: 'evals/data/questions-kinds-2.jsonl', items: 45, right: 37, commit: 'session 4', note: 'issue 10 kinds; tuned on since' },
  { prefix: 'qk3-', file: 'evals/data/questions-kinds-3.jsonl', items: 50, right: 31, commit: 'bd91cf1', note: 'issue 10 kinds; tuned on since (conversation particles, decisions\' articles, section outlines, successors inside task questions)' },
  { prefix: 'qk4-', file: 'evals/heldout/questions-kinds-4.jsonl', items: 50, right: 33, commit: '69ab800', note: 'issue 10 kinds; written after qk3 was tuned on' },
];

/** The "Held-out question sets" part of evals/REPORT.md: first sight beside now, per set. */
export function renderHeldOut(runs: ReadonlyArray<{ run: EvalRun; dir: string }>): string {
  const rows: string[] = [];
  for (const s of HELD_OUT_FIRST_SIGHT) {
    const found = runs.flatMap(({ run }) => run.engine.filter((x) => x.id.startsWith(s.prefix)));
    if (found.length === 0) continue;
    const now = found.filter((x) => x.pass).length;
    rows.push(`| \`${s.file}\` | ${s.items} | ${s.right}/${s.items} (${pct(s.right, s.items)}) at ${s.commit} | ${now}/${found.length} (${pct(now, found.length)}) | ${s.note} |`);
  }
  // sets in evals/heldout/ without a recorded first sight: this run is their first sight
  for (const { run, dir } of runs.filter((r) => r.dir.endsWith('heldout'))) {
    const prefixes = [...new Set(run.engine.map((x) => x.id.replace(/\d+$/, '')))].filter((p) => !HELD_OUT_FIRST_SIGHT.some((s) => s.prefix === p));
    for (const p of prefixes) {
      const found = run.engine.filter((x) => x.id.startsWith(p));
      const now = found.filter((x) => x.pass).length;
      rows.push(`| \`${dir}/\` (${p}*) | ${found.length} | this run | ${now}/${found.length} (${pct(now, found.length)}) | not tuned on; not in the quality gate |`);
    }
  }
  if (rows.length === 0) return '';
  // what the never-tuned sets miss, so the next person sees the kinds without opening the set
  const misses = runs.filter((r) => r.dir.endsWith('heldout')).flatMap(({ run }) => run.engine.filter((x) => !x.pass).map((x) => `- \`${x.id}\` "${(run.answers.get(x.id)?.question ?? '').slice(0, 140)}": ${x.problems.join('; ')}`));
  return ['## Held-out question sets', '', 'Each written blind by a helper who saw neither the code nor the other sets; "first sight" was measured before any change made for it.', '', '| set | items | first sight | now | |', '|---|---|---|---|---|', ...rows, '', ...(misses.length > 0 ? ['Missed now in evals/heldout/:', '', ...misses, ''] : [])].join('\n');
}

const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(0)}%`;
