import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp } from '../bot/test-support/test-app';
import { loadQuestions } from './load-questions';
import { runEval } from './run-eval';
import { answerSnapshot, snapshotDiff } from './answer-snapshot';

/**
 * The quality gate in `npm test`: the eval set run through the same ask() as the channels, held to
 * the answer-engine issue's bars. (Timings are never asserted; `npm run bench` reports them.)
 */
describe('quality gate (evals/data)', async () => {
  const app = await testApp();
  const items = await loadQuestions(resolve(import.meta.dirname, 'data'));
  const run = await runEval(app, items, 'gate');
  const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);

  it('has at least 200 questions', () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
  });

  it('reaches lead accuracy ≥ 95% overall and beats the BM25 baseline by a wide margin', () => {
    const { engine, baseline } = run.overall;
    expect(engine.leadAccuracy!, pct(engine.leadAccuracy)).toBeGreaterThanOrEqual(0.95);
    expect(engine.leadAccuracy! - baseline.leadAccuracy!).toBeGreaterThanOrEqual(0.3);
    expect(engine.recallAt5!).toBeGreaterThanOrEqual(0.9);
  });

  it('reaches lead accuracy ≥ 90% in every category and every tag', () => {
    for (const g of [...run.byCategory, ...run.byTag]) {
      if (g.engine.leadItems === 0) continue;
      expect(g.engine.leadAccuracy!, `${g.key}: ${pct(g.engine.leadAccuracy)} of ${g.engine.leadItems}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('never names an agency where it should abstain, and abstains only where it should', () => {
    expect(run.overall.engine.madeUpAgencies).toBe(0);
    expect(run.overall.engine.abstentionPrecision!, pct(run.overall.engine.abstentionPrecision)).toBe(1);
    expect(run.overall.engine.abstentionRecall!).toBeGreaterThanOrEqual(0.95);
  });

  it('puts the hotline first for every message about a child in danger', () => {
    const danger = run.engine.filter((s) => s.hotlineOk !== null);
    expect(danger.length).toBeGreaterThan(0);
    expect(danger.filter((s) => !s.hotlineOk).map((s) => s.id)).toEqual([]);
  });

  it('asks every appendix row (and, in plans without an appendix, every agency item) at least once', async () => {
    const asked = new Set(items.flatMap((i) => (i.expect.refs ?? []).map((r) => `${r.plan}|${r.ref}`)));
    const missing = app.engine.corpus.plans.flatMap((p) =>
      p.assignments.filter((a) => (a.origin === 'appendix' || !p.plan.appendix.present) && !asked.has(`${p.plan.id}|${a.source.ref}`)).map((a) => `${p.plan.id}|${a.source.ref}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives every question the same answer as evals/answers.snapshot.json (regenerate with UPDATE_SNAPSHOT=1)', () => {
    const file = resolve(import.meta.dirname, 'answers.snapshot.json');
    const got = answerSnapshot(run);
    if (process.env.UPDATE_SNAPSHOT) writeFileSync(file, `${JSON.stringify(got, null, 1)}\n`);
    expect(existsSync(file), 'evals/answers.snapshot.json is missing: UPDATE_SNAPSHOT=1 npx vitest run evals/quality-gate.test.ts').toBe(true);
    const want = JSON.parse(readFileSync(file, 'utf8')) as typeof got;
    expect(snapshotDiff(want, got)).toEqual([]);
  });
});
