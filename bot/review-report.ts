import type { ManifestEntry } from '../corpus/manifest';
import type { Agency, ParsedPlan } from '../corpus/schema';
import type { LowConfidenceWord } from '../corpus/pdf/pdf-layout';
import { isUnregistered } from '../corpus/unregistered';

/**
 * The review report add-plan prints and stores: what was read from the plan, task by task with the
 * line to check it against, every judgement call the parser made, every agency name it could not
 * resolve (all at once), and the verdict with its reasons. Written in Vietnamese for the province
 * officer who adds the plan.
 */
export interface Verdict {
  ok: boolean;
  reasons: string[];
  warnings: string[];
}

export interface ReportInput {
  fileName: string;
  entry: ManifestEntry | null;
  parsed: ParsedPlan | null;
  evidence: string[];
  verdict: Verdict;
  extractionWarnings: string[];
  agencies: readonly Agency[];
  /** words the OCR was unsure of, by line of the extracted text */
  lowConfidence?: readonly LowConfidenceWord[];
}

/** "2025-10-06" → "06/10/2025", as the officer's document writes dates ("2025-04" → "04/2025") */
const viDate = (iso: string) => iso.split('-').reverse().join('/');
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function reviewReport(r: ReportInput): string {
  const out: string[] = [];
  const names = new Map(r.agencies.map((a) => [a.id, a.name] as const));
  const nameOf = (m: { agencyId: string; text: string }) => (isUnregistered(m.agencyId) ? `${m.text} (chưa có trong danh mục)` : names.get(m.agencyId) ?? m.text);
  out.push(`# Báo cáo kiểm tra kế hoạch: ${r.fileName}`, '');
  out.push(`**Kết luận: ${r.verdict.ok ? 'ĐƯỢC THÊM' : 'KHÔNG THÊM'}**`);
  for (const reason of r.verdict.reasons) out.push(`- Lý do: ${reason}`);
  const { parsed } = r;
  const unregistered = new Map<string, { name: string; lines: number[] }>();
  const noLead: string[] = [];
  if (parsed) {
    for (const a of parsed.assignments) {
      for (const m of [...a.lead, ...a.coordinating]) {
        if (!isUnregistered(m.agencyId)) continue;
        const u = unregistered.get(m.agencyId) ?? { name: m.text, lines: [] };
        if (!u.lines.includes(a.source.lineStart)) u.lines.push(a.source.lineStart);
        unregistered.set(m.agencyId, u);
      }
      if (a.lead.length === 0) noLead.push(`dòng ${a.source.lineStart} (${a.source.ref})`);
    }
  }
  const checks = [
    ...r.verdict.warnings,
    ...(unregistered.size > 0 ? [`${unregistered.size} tên cơ quan chưa có trong danh mục (xem mục "Cơ quan chưa có trong danh mục"); trợ lý vẫn trả lời bằng đúng tên văn bản ghi.`] : []),
    ...(noLead.length > 0 ? [`${noLead.length} nhiệm vụ không có cơ quan chủ trì: ${noLead.join(', ')}.`] : []),
    ...(parsed && parsed.unplaced.some((u) => u.carriesTask) ? [`${parsed.unplaced.filter((u) => u.carriesTask).length} dòng có vẻ giao nhiệm vụ nhưng không được đưa vào nhiệm vụ nào (xem cuối báo cáo).`] : []),
  ];
  if (r.verdict.ok) out.push(checks.length > 0 ? `- Cần kiểm tra: ${checks.length} điểm.` : '- Không có điểm nào cần kiểm tra thêm.');
  for (const c of checks) if (r.verdict.ok) out.push(`  - ${c}`);
  out.push('');

  out.push('## Thông tin kế hoạch', '');
  if (r.entry) {
    const e = r.entry;
    out.push(
      `- Mã: \`${e.id}\` (tệp văn bản: ${e.file})`,
      `- Tỉnh: ${e.province}${e.provinceInferred ? ' (suy ra)' : ''}`,
      `- Văn bản: ${e.documentKind} ${e.documentNumber ?? '(số để trống)'}, ngày ${viDate(e.issuedDate)}`,
      `- Triển khai: ${e.implements.number}${e.implements.date ? ` ngày ${viDate(e.implements.date)}` : ''}`,
      `- Giai đoạn: ${e.period ?? '(không ghi)'}`,
    );
  }
  for (const ev of r.evidence) out.push(`- Căn cứ: ${ev}`);
  if (parsed) {
    const p = parsed.plan;
    out.push(`- Cơ quan đầu mối (nhận báo cáo): ${p.focalAgency ? nameOf(p.focalAgency) : '(không xác định)'}`);
    out.push(`- Chế độ báo cáo: ${p.reportingRule ? cut(p.reportingRule.text, 200) : '(không thấy)'}`);
  }
  for (const w of r.extractionWarnings) out.push(`- Khi đọc tệp: ${w}`);
  out.push('');
  if (!parsed) return out.join('\n');

  const byOrigin = (o: string) => parsed.assignments.filter((a) => a.origin === o).length;
  out.push(
    `## Nhiệm vụ đọc được: ${parsed.assignments.length}`,
    '',
    `(${byOrigin('appendix')} hàng bảng, ${byOrigin('agency-section')} mục theo cơ quan, ${byOrigin('prose')} câu giao việc trong văn bản; ${parsed.sections.length} đề mục)`,
    '',
    '| # | Dòng | Vị trí | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian | Cột khác |',
    '|---|---|---|---|---|---|---|---|',
  );
  const unsure = new Map<number, string[]>();
  for (const w of r.lowConfidence ?? []) unsure.set(w.line, [...(unsure.get(w.line) ?? []), w.word]);
  const unsureIn = (from: number, to: number) => [...unsure].filter(([l]) => l >= from && l <= to).flatMap(([, ws]) => ws);
  parsed.assignments.forEach((a, i) => {
    const check = unsureIn(a.source.lineStart, a.source.lineEnd);
    out.push(
      `| ${i + 1}${check.length > 0 ? ' ⚠' : ''} | ${a.source.lineStart}${a.source.lineEnd !== a.source.lineStart ? `–${a.source.lineEnd}` : ''} | ${cell(a.source.ref)} | ${cell(cut(a.task, 140))} | ${cell(a.lead.map(nameOf).join('; ') || '**(không có)**')} | ${cell(a.coordinating.map(nameOf).join('; ') || '—')} | ${cell(a.timeframe ?? '—')} | ${cell(a.extra.map((x) => `${x.label}: ${x.value}`).join('; ') || '—')} |`,
    );
  });
  out.push('');
  if (r.lowConfidence) {
    // the officer checks these first: the OCR was unsure, and a wrong letter in an agency's name changes the answer
    const flagged = parsed.assignments.map((a, i) => ({ i, words: unsureIn(a.source.lineStart, a.source.lineEnd), a })).filter((x) => x.words.length > 0);
    out.push(`## Chữ cần kiểm tra (nhận dạng chưa chắc): ${r.lowConfidence.length} từ, ${flagged.length} nhiệm vụ (đánh dấu ⚠)`, '');
    if (flagged.length === 0 && r.lowConfidence.length === 0) out.push('(không có)');
    for (const f of flagged.slice(0, 60)) out.push(`- nhiệm vụ ${f.i + 1} (dòng ${f.a.source.lineStart}): ${[...new Set(f.words)].slice(0, 12).map((w) => `"${w}"`).join(', ')}`);
    const outside = [...unsure].filter(([l]) => !parsed.assignments.some((a) => l >= a.source.lineStart && l <= a.source.lineEnd));
    if (outside.length > 0) out.push(`- ngoài các nhiệm vụ: ${outside.slice(0, 20).map(([l, ws]) => `dòng ${l} (${[...new Set(ws)].slice(0, 4).map((w) => `"${w}"`).join(', ')})`).join('; ')}${outside.length > 20 ? '…' : ''}`);
    out.push('');
  }
  const calls = parsed.assignments.flatMap((a) => a.notes.map((n) => `- ${a.source.ref}: ${n}`));
  out.push(`## Các điểm trình đọc đã tự quyết định: ${calls.length}`, '', ...(calls.length > 0 ? calls : ['(không có)']), '');
  out.push(`## Cơ quan chưa có trong danh mục: ${unregistered.size}`, '');
  if (unregistered.size === 0) out.push('(không có)');
  else {
    out.push('Các tên này được giữ nguyên như văn bản ghi và trợ lý trả lời bằng đúng tên đó. Nếu là tên khác của một cơ quan đã có, hoặc là cơ quan cần đưa vào danh mục, thêm vào tệp `agencies.json` trong thư mục kế hoạch (xem README), rồi chạy lại lệnh thêm.', '');
    for (const [, u] of unregistered) out.push(`- "${u.name}" (dòng ${u.lines.join(', ')})`);
  }
  out.push('');
  const unplaced = parsed.unplaced.filter((u) => u.carriesTask);
  out.push(`## Dòng có vẻ giao việc nhưng chưa được đọc thành nhiệm vụ: ${unplaced.length}`, '', ...(unplaced.length > 0 ? unplaced.map((u) => `- dòng ${u.line}: ${cut(u.text, 160)}`) : ['(không có)']), '');
  return out.join('\n');
}
