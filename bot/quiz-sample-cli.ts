/**
 * `npm run quiz:sample [-- --runs 3000] [--province "Sơn La"]`: the quiz builder sampled as a trainer
 * would use it, every question checked against what a workshop needs. The checks are written here,
 * apart from the builder, so they measure it rather than repeat it:
 *   giveaway  the right agency's name, an alias, or a word pair of its name no wrong option has, is in the question
 *   cut       "…" / "..." in the question or an option
 *   rawOcr    a scanned plan's question in the scan's words (under 30 % of syllables with a diacritic, or the raw task)
 *   slips     a scanned plan's question whose words differ from the hand-restored passage of the scan
 *             (evals/data/son-la-gold.json, written by a reader who never saw the restorer): a restoration error shown
 *   inferred  a plan whose province was inferred, without "tỉnh suy ra" in the question or explanation
 *   thinWhy   an explanation without the lead, "chủ trì", words of the task, the plan's number and its section
 */
import { resolve } from 'node:path';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app';
import { parseConfig } from './config';
import { fold } from '../corpus/normalise';
import type { Engine } from './answer/engine';
import type { QuizQuestion } from './answer/quiz';

const GENERIC = new Set(['so', 'ban', 'tinh', 'uy', 'nhan', 'dan', 'hoi', 'va', 'cac', 'lien', 'hiep', 'trung', 'tam', 'thanh', 'pho', 'xa', 'phuong', 'huyen', 'thi', 'quan', 'cap', 'co', 'lien', 'nganh', 'don', 'vi', 'doan', 'the', 'ubnd']);
const syl = (s: string) => fold(s).split(/[^a-z0-9]+/).filter(Boolean);
const has = (hay: string[], needle: string[]) => {
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, j) => hay[i + j] === w)) return true;
  return false;
};
const words = (s: string) => s.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const diacriticShare = (s: string) => {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length === 0 ? 1 : words.filter((w) => fold(w) !== w.toLowerCase()).length / words.length;
};

export interface SampleReport {
  runs: number;
  built: number;
  distinct: number;
  giveaway: number;
  cut: number;
  scanned: number;
  rawOcr: number;
  inferredItems: number;
  inferredUnmarked: number;
  /** scanned-plan questions whose passage the gold covers */
  goldCovered: number;
  slips: number;
  slipSyllables: number;
  scannedSyllables: number;
  thinWhy: number;
  examples: Record<string, string[]>;
}

export function sampleQuiz(engine: Engine, quiz: (seed: number) => QuizQuestion | null, runs: number, gold: readonly string[] = []): SampleReport {
  const r: SampleReport = { runs, built: 0, distinct: 0, giveaway: 0, cut: 0, scanned: 0, rawOcr: 0, goldCovered: 0, slips: 0, slipSyllables: 0, scannedSyllables: 0, inferredItems: 0, inferredUnmarked: 0, thinWhy: 0, examples: {} };
  const goldWords = gold.map(words);
  const seen = new Set<string>();
  const note = (kind: string, q: QuizQuestion) => ((r.examples[kind] ??= []).length < 3 ? r.examples[kind].push(`${q.question} → ${q.options[q.correctIndex]} | ${q.explanation}`) : 0);
  const all = [...engine.assignments.values()];
  for (let seed = 1; seed <= runs; seed++) {
    const q = quiz(seed);
    if (!q) continue;
    r.built++;
    seen.add(q.question);
    // which task was asked: the one whose (restored or raw) words the question ends with
    const found = (q.assignmentId ? engine.assignments.get(q.assignmentId) : undefined) ?? all.find(({ assignment: a }) => q.question.includes(a.taskRestored ?? a.task) || q.question.includes(a.task)) ?? all.find(({ assignment: a }) => q.question.includes((a.taskRestored ?? a.task).slice(0, 40)));
    const right = q.options[q.correctIndex]!;
    const qs = syl(q.question);
    const wrong = q.options.filter((_, i) => i !== q.correctIndex).map(syl);
    const agency = [...engine.agencies.values()].find((a) => a.name === right);
    const names = [right, ...(agency?.aliases ?? [])].map(syl).filter((n) => n.length > 0);
    const pairs: string[][] = [];
    const content = syl(right).map((w) => (GENERIC.has(w) ? null : w));
    for (let i = 0; i + 1 < content.length; i++) if (content[i] && content[i + 1]) pairs.push([content[i]!, content[i + 1]!]);
    const telling = pairs.filter((p) => !wrong.some((w) => has(w, p)));
    if (names.some((n) => has(qs, n)) || telling.some((p) => has(qs, p))) {
      r.giveaway++;
      note('giveaway', q);
    }
    if (/…|\.\.\./.test(q.question) || q.options.some((o) => /…|\.\.\./.test(o))) {
      r.cut++;
      note('cut', q);
    }
    if (found?.plan.plan.scanned) {
      r.scanned++;
      const a = found.assignment;
      const rawShown = a.taskRestored !== null && a.taskRestored !== a.task && q.question.includes(a.task);
      if (rawShown || diacriticShare(q.question) < 0.3 || diacriticShare(q.explanation) < 0.3) {
        r.rawOcr++;
        note('rawOcr', q);
      }
      // the task's words against the best-matching window of the hand-restored scan
      const asked = words(q.question.slice(q.question.indexOf('? ') + 2).replace(/ \(trích\)$/, ''));
      let best = asked.length;
      for (const g of goldWords)
        for (let j = 0; j + asked.length <= g.length; j++) {
          let miss = 0;
          for (let i = 0; i < asked.length && miss < best; i++) if (asked[i] !== g[j + i]) miss++;
          best = Math.min(best, miss);
        }
      // a passage the reader did not restore by hand is not measured (the best window is then mostly different)
      const covered = best <= 0.3 * asked.length;
      if (covered) r.goldCovered++;
      if (covered) r.scannedSyllables += asked.length;
      if (covered && best > 0) {
        r.slips++;
        r.slipSyllables += best;
        note('slips', q);
      }
    }
    if (found?.plan.plan.provinceInferred) {
      r.inferredItems++;
      if (!/suy ra/.test(q.question) && !/suy ra/.test(q.explanation)) {
        r.inferredUnmarked++;
        note('inferred', q);
      }
    }
    const plan = found?.plan.plan;
    const task = found ? syl(found.assignment.taskRestored ?? found.assignment.task) : [];
    const ex = syl(q.explanation);
    const taskWords = task.length >= 3 && [...Array(task.length - 2).keys()].some((i) => has(ex, task.slice(i, i + 3)));
    const thin = !q.explanation.includes(right) || !/chủ trì/.test(q.explanation) || !taskWords || !plan || !q.explanation.includes(plan.documentNumber ?? '(') || !found || !q.explanation.includes(found.assignment.source.ref);
    if (thin) {
      r.thinWhy++;
      note('thinWhy', q);
    }
  }
  r.distinct = seen.size;
  return r;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const runs = Number(opt('--runs') ?? 3000);
  const province = opt('--province');
  const app = await createApp(
    parseConfig({
      SEEDS_DIR: resolve(import.meta.dirname, '../seeds'),
      INDEX_DIR: join(mkdtempSync(join(tmpdir(), 'qte-quiz-')), 'index'),
      PLANS_DIR: join(mkdtempSync(join(tmpdir(), 'qte-quiz-plans-')), 'plans'),
    }),
    () => {},
  );
  const goldFile = resolve(import.meta.dirname, '../evals/data/son-la-gold.json');
  const gold = existsSync(goldFile) ? (JSON.parse(readFileSync(goldFile, 'utf8')) as { passages: Array<{ gold: string }> }).passages.map((p) => p.gold) : [];
  const report = sampleQuiz(app.engine, (seed) => app.assistant.quiz(seed, province), runs, gold);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);

}

if (import.meta.url === `file://${process.argv[1]}`) void main();
