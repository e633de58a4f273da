import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPlan } from '../bot/add-plan';
import { createApp, type App } from '../bot/app';
import { parseConfig } from '../bot/config';
import { loadRegistry } from '../bot/registry-files';
import { loadLexicon } from '../corpus/load-lexicon';
import { loadProvinceNames } from '../bot/registry-files';
import { scoreQuestions, scoreTasks, type PlanFixture, type PlanFixtureScore } from './new-plans';

/**
 * Adds every fixture plan with add-plan (as an officer would: no province given, no manifest written
 * by hand) into one fresh plans folder, starts the app over the seeds and those plans, and scores each.
 */
export async function runPlanEval(fixtures: PlanFixture[], seedsDir: string): Promise<{ scores: PlanFixtureScore[]; app: App }> {
  const root = mkdtempSync(join(tmpdir(), 'qte-plan-eval-'));
  const plansDir = join(root, 'plans');
  const lexicon = await loadLexicon();
  const agencies = await loadRegistry(plansDir, () => {});
  const provinces = await loadProvinceNames();
  const added = new Map<string, { planId: string | null; refusal: string | null }>();
  for (const f of fixtures) {
    const data = await readFile(join(f.dir, f.planFile));
    const r = await addPlan({ fileName: `${f.name.replace(/\//g, '-')}-${f.planFile}`, data, province: null, plansDir, seedsDir, agencies, lexicon, provinces, write: true });
    added.set(f.name, r.written && r.entry ? { planId: r.entry.id, refusal: null } : { planId: null, refusal: r.verdict.reasons.join(' ') });
  }
  const app = await createApp(parseConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: join(root, 'index'), PLANS_DIR: plansDir }), () => {});
  const scores: PlanFixtureScore[] = [];
  for (const f of fixtures) {
    const a = added.get(f.name)!;
    if (!a.planId) {
      scores.push({ fixture: f.name, added: false, refusal: a.refusal, tasks: f.truth.tasks.map((t) => ({ fixture: f.name, line: t.line ?? 0, found: false, leadOk: false, coordinatingOk: false, timeframeOk: false, problems: ['plan refused'] })), extraUnits: 0, questions: f.questions.map((q) => ({ fixture: f.name, id: q.id, kind: q.kind, ok: false, problem: 'plan refused' })) });
      continue;
    }
    const { tasks, extraUnits } = scoreTasks(f, a.planId, app.engine.corpus);
    scores.push({ fixture: f.name, added: true, refusal: null, tasks, extraUnits, questions: await scoreQuestions(f, a.planId, app) });
  }
  return { scores, app };
}
