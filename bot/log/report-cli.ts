/**
 * `npm run report:questions -- [--days 30 | --from 2026-11-01 --to 2026-12-01] [--out DIR] [--export-eval]`
 * Reads the question log (DATABASE_URL when set, else LOG_DB, the file the service writes) and writes DIR/questions-report.md and
 * .csv; with --export-eval also DIR/eval-candidates.jsonl. Nothing is sent anywhere.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConfig } from '../config';
import { evalCandidates, questionCsv, questionReport } from './report';
import { openLogStore } from './open-log';

function writeAtomic(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

function dayStart(s: string, flag: string): number {
  const t = Date.parse(`${s}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(t)) throw new Error(`${flag} ${s}: write the date as YYYY-MM-DD`);
  return t;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { days: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, 'export-eval': { type: 'boolean' } } });
  const config = parseConfig(process.env);
  const file = resolve(config.LOG_DB);
  if (!config.DATABASE_URL && !existsSync(file)) throw new Error(`no question log at ${file}: start the service (npm start) with LOG_QUESTIONS on, or set LOG_DB to the log's file`);
  const to = values.to ? dayStart(values.to, '--to') + 86_400_000 : Date.now() + 1;
  const days = Number(values.days ?? 30);
  if (!Number.isFinite(days) || days <= 0) throw new Error(`--days ${values.days}: give a number of days, e.g. --days 7`);
  const from = values.from ? dayStart(values.from, '--from') : to - days * 86_400_000;
  const store = await openLogStore(config);
  try {
    const questions = await store.questions(from, to);
    const outDir = resolve(values.out ?? 'build/reports');
    mkdirSync(outDir, { recursive: true });
    writeAtomic(join(outDir, 'questions-report.md'), questionReport(questions, { from, to }));
    writeAtomic(join(outDir, 'questions-report.csv'), questionCsv(questions));
    console.log(`${questions.length} questions → ${join(outDir, 'questions-report.md')} and .csv`);
    if (values['export-eval']) {
      const jsonl = evalCandidates(questions);
      writeAtomic(join(outDir, 'eval-candidates.jsonl'), jsonl);
      console.log(`${jsonl ? jsonl.trimEnd().split('\n').length : 0} candidate eval items → ${join(outDir, 'eval-candidates.jsonl')} (fill in "expected", then move them into the eval set)`);
    }
  } finally {
    await store.close();
  }
}

main().catch((e: unknown) => {
  console.error(`report:questions: ${(e as Error).message}`);
  process.exit(1);
});
