import type { LoggedQuestion } from './records';

/**
 * The maintainers' report on a period of the question log: volume per day and channel, outcomes,
 * the most frequent unanswered questions grouped by topic and province, and every 👎 with its
 * comment. Pure: the CLI reads the store and writes the files.
 */
export interface ReportOptions {
  from: number;
  to: number;
  /** how many unanswered groups to list */
  top?: number;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const outcome = (q: LoggedQuestion) => (q.danger ? 'danger' : q.abstained ? 'abstained' : 'answered');
/** the same question typed twice (case, spaces, a final "?") counts as one */
const questionKey = (q: string) => q.toLowerCase().replace(/[?.!\s]+$/u, '').replace(/\s+/g, ' ').trim();

export function unansweredGroups(questions: LoggedQuestion[]) {
  const groups = new Map<string, { topic: string; province: string; count: number; questions: Map<string, { text: string; count: number }> }>();
  for (const q of questions) {
    if (!q.abstained || q.danger) continue;
    const topic = q.topics[0] ?? '(không rõ chủ đề)';
    const province = q.provinces[0] ?? '(không nêu tỉnh)';
    const key = `${topic}\u0000${province}`;
    const g = groups.get(key) ?? { topic, province, count: 0, questions: new Map() };
    g.count++;
    const k = questionKey(q.question);
    const item = g.questions.get(k) ?? { text: q.question, count: 0 };
    item.count++;
    g.questions.set(k, item);
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic) || a.province.localeCompare(b.province))
    .map((g) => ({ ...g, questions: [...g.questions.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)) }));
}

export function questionReport(questions: LoggedQuestion[], o: ReportOptions): string {
  const inRange = questions.filter((q) => q.at >= o.from && q.at < o.to);
  const out: string[] = [`# Câu hỏi đã nhận: ${day(o.from)} – ${day(o.to - 1)}`, ''];
  const n = (pred: (q: LoggedQuestion) => boolean) => inRange.filter(pred).length;
  const down = inRange.filter((q) => q.feedback.some((f) => f.verdict === 'down'));
  const up = inRange.filter((q) => q.feedback.some((f) => f.verdict === 'up'));
  const users = new Set(inRange.map((q) => q.userHash)).size;
  out.push(`${inRange.length} câu hỏi từ ${users} người hỏi: ${n((q) => outcome(q) === 'answered')} trả lời được, ${n((q) => outcome(q) === 'abstained')} không trả lời được, ${n((q) => q.danger)} báo trẻ gặp nguy hiểm. Đánh giá: ${up.length} 👍, ${down.length} 👎.`, '');
  if (inRange.length === 0) return [...out, 'Không có câu hỏi nào trong khoảng thời gian này.', ''].join('\n');

  const channels = [...new Set(inRange.map((q) => q.channel))].sort();
  out.push('## Theo ngày và kênh', '', `| Ngày | ${channels.join(' | ')} | Tổng | Trả lời được | Không trả lời được | Nguy hiểm |`, `|---|${channels.map(() => '---:|').join('')}---:|---:|---:|---:|`);
  const days = [...new Set(inRange.map((q) => day(q.at)))].sort();
  for (const d of days) {
    const of = inRange.filter((q) => day(q.at) === d);
    const c = (pred: (q: LoggedQuestion) => boolean) => of.filter(pred).length;
    out.push(`| ${d} | ${channels.map((ch) => c((q) => q.channel === ch)).join(' | ')} | ${of.length} | ${c((q) => outcome(q) === 'answered')} | ${c((q) => outcome(q) === 'abstained')} | ${c((q) => q.danger)} |`);
  }
  const latencies = inRange.map((q) => q.latencyMs).sort((a, b) => a - b);
  const p = (x: number) => latencies[Math.min(latencies.length - 1, Math.floor(x * latencies.length))]!;
  out.push('', `Thời gian trả lời: trung vị ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms.`, '');

  const groups = unansweredGroups(inRange).slice(0, o.top ?? 20);
  out.push('## Câu hỏi chưa trả lời được, theo chủ đề và tỉnh', '');
  if (groups.length === 0) out.push('Không có.', '');
  for (const g of groups) {
    out.push(`### ${g.topic} · ${g.province} (${g.count})`, '');
    for (const q of g.questions.slice(0, 5)) out.push(`- ${cell(q.text)}${q.count > 1 ? ` (${q.count} lần)` : ''}`);
    if (g.questions.length > 5) out.push(`- … và ${g.questions.length - 5} câu khác`);
    out.push('');
  }

  out.push('## Câu trả lời bị báo sai (👎)', '');
  if (down.length === 0) out.push('Không có.', '');
  else {
    out.push('| Thời điểm | Kênh | Câu hỏi | Ý định | Tỉnh | Góp ý |', '|---|---|---|---|---|---|');
    for (const q of down) {
      const comments = q.feedback.filter((f) => f.verdict === 'down' && f.comment).map((f) => f.comment);
      out.push(`| ${new Date(q.at).toISOString().slice(0, 16).replace('T', ' ')} | ${q.channel} | ${cell(q.question)} | ${q.intent} | ${q.provinces.join(', ') || '–'} | ${cell(comments.join(' / ')) || '–'} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** One row per question, for a spreadsheet. */
export function questionCsv(questions: LoggedQuestion[]): string {
  const head = ['answer_id', 'time_utc', 'channel', 'user_hash', 'question', 'intent', 'provinces', 'topics', 'outcome', 'matched', 'latency_ms', 'feedback', 'comments'];
  const rows = questions.map((q) => [q.answerId, new Date(q.at).toISOString(), q.channel, q.userHash, q.question, q.intent, q.provinces.join('; '), q.topics.join('; '), outcome(q), q.matched.join('; '), String(q.latencyMs), q.feedback.map((f) => f.verdict).join('; '), q.feedback.map((f) => f.comment).filter(Boolean).join(' / ')]);
  return [head, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/**
 * Candidate eval items: every 👎 and every unanswered question (once each), with the fields a person
 * fills in left empty. Danger reports are never exported (their text was never kept).
 */
export function evalCandidates(questions: LoggedQuestion[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const q of questions) {
    if (q.danger) continue;
    const down = q.feedback.filter((f) => f.verdict === 'down');
    if (down.length === 0 && !q.abstained) continue;
    const key = questionKey(q.question);
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(
      JSON.stringify({
        id: `log-${q.answerId}`,
        question: q.question,
        source: down.length > 0 ? 'feedback-down' : 'unanswered',
        comment: down.map((f) => f.comment).filter(Boolean).join(' / '),
        asked: new Date(q.at).toISOString().slice(0, 10),
        answered: { intent: q.intent, provinces: q.provinces, matched: q.matched, abstained: q.abstained },
        // for a person to fill in, then move into evals/questions
        expected: { lead: [], coordinating: [], abstain: null },
      }),
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
