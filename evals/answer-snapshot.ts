import { createHash } from 'node:crypto';
import type { EvalRun } from './run-eval';

/**
 * Every eval question's answer, reduced to what a change must not move: abstained or not, the
 * sources of the first five matches, whether all checks pass, and a hash of the answer's text.
 * `evals/answers.snapshot.json` holds it; the quality gate compares, so a speed-up (or any change
 * that should not change answers) proves it changed none. Regenerate on purpose with
 * `UPDATE_SNAPSHOT=1 npx vitest run evals/quality-gate.test.ts` and read the diff.
 */
export interface AnswerSnapshotEntry {
  abstained: boolean;
  pass: boolean;
  sources: string[];
  text: string;
}

export function answerSnapshot(run: EvalRun): Record<string, AnswerSnapshotEntry> {
  const pass = new Map(run.engine.map((s) => [s.id, s.pass] as const));
  const out: Record<string, AnswerSnapshotEntry> = {};
  for (const item of [...run.items].sort((a, b) => a.id.localeCompare(b.id))) {
    const a = run.answers.get(item.id)!;
    out[item.id] = {
      abstained: a.abstained,
      pass: pass.get(item.id) ?? false,
      sources: a.matches.slice(0, 5).map((m) => `${m.planId}|${m.source}`),
      text: createHash('sha256').update(a.text).digest('hex').slice(0, 16),
    };
  }
  return out;
}

/** The entries that differ, as "id: field want → got" lines (empty when identical). */
export function snapshotDiff(want: Record<string, AnswerSnapshotEntry>, got: Record<string, AnswerSnapshotEntry>): string[] {
  const lines: string[] = [];
  for (const id of new Set([...Object.keys(want), ...Object.keys(got)])) {
    const w = want[id];
    const g = got[id];
    if (!w || !g) {
      lines.push(`${id}: ${w ? 'no longer asked' : 'new question'}`);
      continue;
    }
    for (const k of ['abstained', 'pass', 'sources', 'text'] as const) {
      if (JSON.stringify(w[k]) !== JSON.stringify(g[k])) lines.push(`${id}: ${k} ${JSON.stringify(w[k])} → ${JSON.stringify(g[k])}`);
    }
  }
  return lines;
}
