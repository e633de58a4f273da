import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPlan } from '../bot/add-plan';
import { createApp } from '../bot/app';
import { parseConfig } from '../bot/config';
import { loadProvinceNames, loadRegistry } from '../bot/registry-files';
import { loadLexicon } from '../corpus/load-lexicon';
import { PROVINCES_2025 } from '../retrieval/thesaurus/provinces';
import type { PlanFixture } from './new-plans';

/**
 * Adding a plan to a running service of 34 plans: the four seeds plus 30 plans added with add-plan
 * (the fixture plans, each re-issued under another province's name and number, so every one is a real
 * parse of a real layout). Then one more plan is added and the service reloads while questions keep
 * arriving: the time until it answers about the new plan, and whether any answer failed meanwhile.
 */
export interface HotAddResult {
  plans: number;
  assignments: number;
  /** add-plan for the 35th plan (read, parse, report, write) */
  addMs: number;
  /** reload of the running app until the new plan answers */
  reloadMs: number;
  /** answers asked during the reload, their failures and worst latency */
  answersDuring: number;
  failedDuring: number;
  worstDuringMs: number;
  heapPerPlanKiB: number;
  rssPerPlanKiB: number;
}

function reissue(text: string, from: string, to: string, number: number): string {
  return text
    .replaceAll(from, to)
    .replaceAll(from.toUpperCase(), to.toUpperCase())
    .replace(/Số:\s*\d*\s*\/KH-UBND/, `Số: ${number}/KH-UBND`);
}

export async function benchHotAdd(fixtures: PlanFixture[], seedsDir: string): Promise<HotAddResult> {
  const root = mkdtempSync(join(tmpdir(), 'qte-bench-add-'));
  const plansDir = join(root, 'plans');
  const lexicon = await loadLexicon();
  const agencies = await loadRegistry(plansDir, () => {});
  const provinces = await loadProvinceNames();
  const textFixtures = fixtures.filter((f) => f.planFile.endsWith('.txt'));
  const used = new Set(['Quảng Ngãi', 'Sơn La', 'Lâm Đồng', 'Đắk Lắk', ...fixtures.map((f) => f.truth.manifest.province)]);
  const free = PROVINCES_2025.map((p) => p.name).filter((n) => !used.has(n));
  const names = [...fixtures.map((f) => f.truth.manifest.province), ...free];
  const variant = (k: number) => {
    const f = textFixtures[k % textFixtures.length]!;
    const province = names[k % names.length]!;
    const text = reissue(readFileSync(join(f.dir, f.planFile), 'utf8'), f.truth.manifest.province, province, 500 + k);
    return { name: `bench-${k}.txt`, data: new TextEncoder().encode(text), province };
  };
  const add = (k: number) => addPlan({ fileName: variant(k).name, data: variant(k).data, province: variant(k).province, plansDir, seedsDir, agencies, lexicon, provinces, write: true });

  const base = await createApp(parseConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: join(root, 'index-seeds'), PLANS_DIR: join(root, 'none') }), () => {});
  // with --expose-gc (npm run bench) the heap is measured after a full collection, not between two
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  for (let k = 0; k < 30; k++) {
    const r = await add(k);
    if (!r.written) throw new Error(`bench plan ${k} refused: ${r.verdict.reasons.join(' ')}`);
  }
  const app = await createApp(parseConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: join(root, 'index'), PLANS_DIR: plansDir }), () => {});
  const plans = app.engine.corpus.plans.length;
  const assignments = app.engine.corpus.plans.reduce((n, p) => n + p.assignments.length, 0);
  gc?.();
  const heapPerPlanKiB = (process.memoryUsage().heapUsed - heap0) / 1024 / (plans - base.engine.corpus.plans.length);
  const rssPerPlanKiB = (process.memoryUsage().rss - rss0) / 1024 / (plans - base.engine.corpus.plans.length);

  // the 31st plan: the next re-issue whose fixture has a who-leads question naming its province
  const asksOwnProvince = (f: PlanFixture) => f.questions.find((x) => x.kind === 'who-leads' && x.question.includes(f.truth.manifest.province));
  let k = 30;
  while (!asksOwnProvince(textFixtures[k % textFixtures.length]!)) k++;
  const t0 = performance.now();
  const added = await add(k);
  const addMs = performance.now() - t0;
  if (!added.written) throw new Error(`bench plan ${k} refused`);
  // a question written for the very plan that was re-issued, its province renamed
  const source = textFixtures[k % textFixtures.length]!;
  const question = asksOwnProvince(source)!.question.replace(source.truth.manifest.province, variant(k).province);
  let failedDuring = 0;
  let answersDuring = 0;
  let worstDuringMs = 0;
  let reloading = true;
  const asking = (async () => {
    while (reloading) {
      const s = performance.now();
      const r = await app.ask({ question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?' });
      worstDuringMs = Math.max(worstDuringMs, performance.now() - s);
      answersDuring += 1;
      if (r.abstained) failedDuring += 1;
      await new Promise((res) => setImmediate(res));
    }
  })();
  const t1 = performance.now();
  await app.reload();
  const reloadMs = performance.now() - t1;
  reloading = false;
  await asking;
  const after = await app.ask({ question });
  if (after.abstained || after.matches[0]?.province !== variant(k).province) throw new Error(`the added plan does not answer: ${after.text.slice(0, 120)}`);
  return { plans: app.engine.corpus.plans.length, assignments, addMs, reloadMs, answersDuring, failedDuring, worstDuringMs, heapPerPlanKiB, rssPerPlanKiB };
}
