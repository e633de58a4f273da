import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../test-support/test-app';
import { withQuestionLog } from './question-log';
import type { LoggedQuestion } from './records';
import { evalCandidates, questionCsv, questionReport, unansweredGroups } from './report';
import { openSqliteStore } from './sqlite-store';

/** A log seeded through the real assistant: answered, unanswered (twice), a danger report, a 👎. */
const dir = mkdtempSync(join(tmpdir(), 'qte-report-'));
const file = join(dir, 'q.sqlite');
let questions: LoggedQuestion[];
let downId = '';

beforeAll(async () => {
  const store = openSqliteStore(file);
  const ql = withQuestionLog((await testApp()).assistant, store, 'salt');
  const ask = (question: string, session: string) => ql.assistant.ask({ question, session });
  const a = await ask('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', 'web:a');
  await ask('Số điện thoại mới của tổng đài ở Sơn La là gì?', 'tg:1:2');
  await ask('số điện thoại mới của tổng đài ở Sơn La là gì', 'zalo:3');
  await ask('Em bị bố đánh hằng ngày, em phải làm sao?', 'zalo:4');
  downId = a.answerId!;
  await ql.assistant.feedback(downId, 'down', 'Thiếu Sở Tư pháp');
  await ql.flush();
  questions = await store.questions(0, Date.now() + 1);
  await store.close();
});

describe('questions report', () => {
  it('counts per day and channel, groups the unanswered, lists every 👎 with its comment', () => {
    const md = questionReport(questions, { from: 0, to: Date.now() + 1 });
    expect(md).toContain('4 câu hỏi từ 4 người hỏi: 1 trả lời được, 2 không trả lời được, 1 báo trẻ gặp nguy hiểm. Đánh giá: 0 👍, 1 👎.');
    expect(md).toMatch(/\| \d{4}-\d{2}-\d{2} \| 1 \| 1 \| 2 \| 4 \| 1 \| 2 \| 1 \|/); // telegram, web, zalo
    const [g] = unansweredGroups(questions);
    expect(g).toMatchObject({ province: 'Sơn La', count: 2 });
    expect(g!.questions).toHaveLength(1); // the same question typed twice
    expect(md).toContain('(2 lần)');
    expect(md).toContain('Thiếu Sở Tư pháp');
    expect(md).not.toContain('bố đánh');
  });

  it('writes a CSV with one row per question and candidate eval items with the answers to fill in', () => {
    const csv = questionCsv(questions).trimEnd().split('\n');
    expect(csv).toHaveLength(5);
    expect(csv[0]).toContain('answer_id,time_utc,channel');
    const items = evalCandidates(questions).trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; source: string; comment: string; expected: { lead: string[] } });
    expect(items.map((i) => i.source)).toEqual(['feedback-down', 'unanswered']);
    expect(items[0]).toMatchObject({ id: `log-${downId}`, comment: 'Thiếu Sở Tư pháp', expected: { lead: [] } });
  });

  it('npm run report:questions writes the files from the log file', () => {
    const out = join(dir, 'out');
    const tsx = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
    const printed = execFileSync(tsx, [resolve(import.meta.dirname, 'report-cli.ts'), '--days', '2', '--out', out, '--export-eval'], { env: { ...process.env, LOG_DB: file }, encoding: 'utf8' });
    expect(printed).toContain('4 questions');
    expect(printed).toContain('2 candidate eval items');
    expect(readFileSync(join(out, 'questions-report.md'), 'utf8')).toContain('## Câu trả lời bị báo sai (👎)');
    expect(readFileSync(join(out, 'eval-candidates.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('names what to do when there is no log', () => {
    const tsx = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
    let message = '';
    try {
      execFileSync(tsx, [resolve(import.meta.dirname, 'report-cli.ts')], { env: { ...process.env, LOG_DB: join(dir, 'none.sqlite') }, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      message = String((e as { stderr: string }).stderr);
    }
    expect(message).toContain('no question log at');
    expect(message).toContain('LOG_DB');
  });
});
