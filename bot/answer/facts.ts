import { fold } from '../../corpus/normalise';
import type { ParsedPlan, Section } from '../../corpus/schema';
import type { FactKind } from '../../retrieval/thesaurus/intents';
import { planLabel, planNumber, provinceLabel, successorNotes, toMatch, withScan, type Lang } from './compose';
import type { AnswerMatch } from './types';
import type { Engine } from './engine';

/** Plan-level facts (number, date, focal agency, reporting, funding, purpose…) from the Plan records. */
export function factAnswer(engine: Engine, plans: ParsedPlan[], kind: FactKind, lang: Lang): { text: string; abstained: boolean; matches: AnswerMatch[] } {
  const vi = lang === 'vi';
  const blocks: string[] = [];
  const matches: AnswerMatch[] = [];
  let answered = 0;
  for (const p of plans) {
    const plan = p.plan;
    const head = `📍 ${provinceLabel(plan, lang)} – ${planLabel(plan, lang)}`;
    const name = (id: string | undefined) => (id ? engine.agencies.get(id)?.name ?? id : null);
    const src = (ref: string, a: number, b: number) => `${vi ? 'Nguồn' : 'Source'}: ${ref} (${vi ? 'dòng' : 'line'} ${a === b ? a : `${a}–${b}`})`;
    const lines: string[] = [head];
    const restoredMark = vi ? 'khôi phục dấu từ bản quét' : 'diacritics restored from the scan';
    switch (kind) {
      case 'effect':
      case 'executors': {
        // the decision's own sentence ("… có hiệu lực thi hành kể từ ngày ký", "… chịu trách nhiệm thi hành Quyết định này"), quoted
        const text = engine.seedLines.get(plan.file) ?? [];
        const re = kind === 'effect' ? /co hieu luc/ : /chiu trach nhiem thi hanh|to chuc thi hanh/;
        const at = text.findIndex((l) => re.test(fold(l)));
        if (at >= 0) {
          lines.push(`"${text[at]!.trim()}"`, src(vi ? 'Văn bản' : 'Text', at + 1, at + 1));
          if (kind === 'effect' && /ngay ky/.test(fold(text[at]!))) {
            const d = plan.issuedDate;
            const date = [d.day, d.month, d.year].filter((x) => x !== null).map((x) => String(x).padStart(2, '0')).join('/');
            lines.push(vi ? `Ngày ký: ${date}.` : `Signed: ${date}.`);
          }
          answered += 1;
        } else lines.push(vi ? (kind === 'effect' ? 'Văn bản không có câu về hiệu lực.' : 'Văn bản không có điều khoản thi hành.') : kind === 'effect' ? 'The text has no sentence on when it takes effect.' : 'The text has no article on who executes it.');
        break;
      }
      case 'signer': {
        if (plan.signer) {
          const name = plan.scanned ? `${plan.signer.name} (viết như trong bản quét)` : plan.signer.name;
          lines.push(vi ? `Người ký: ${name}${plan.signer.title ? `, ${plan.signer.title}` : ''}.` : `Signed by ${name}${plan.signer.title ? `, ${plan.signer.title}` : ''}.`, src(vi ? 'Phần ký' : 'Signature', plan.signer.line, plan.signer.line));
          answered += 1;
        } else lines.push(vi ? 'Văn bản trong kho không có phần chữ ký.' : 'The text in the library has no signature block.');
        break;
      }
      case 'number':
      case 'date':
      case 'overview': {
        lines.push(vi
          ? `Số hiệu: ${plan.documentNumber ?? 'văn bản để trống số (Số: …/KH-UBND)'}; ngày ban hành: ${plan.issuedDate.day === null ? `để trống ngày, tháng ${plan.issuedDate.month}/${plan.issuedDate.year}` : planLabel(plan, 'vi').split(' ngày ')[1] ?? ''}.`
          : `Number: ${plan.documentNumber ?? 'left blank (Số: …/KH-UBND)'}; issued: ${plan.issuedDate.day === null ? `day left blank, ${plan.issuedDate.month}/${plan.issuedDate.year}` : planLabel(plan, 'en').split(' of ')[1] ?? ''}.`);
        lines.push(vi ? `Thực hiện: Quyết định ${plan.implements.number}${plan.implements.date ? ` ngày ${isoToVi(plan.implements.date)}` : ''} của Thủ tướng Chính phủ.` : `Implements: Decision ${plan.implements.number}${plan.implements.date ? ` of ${isoToVi(plan.implements.date)}` : ''} of the Prime Minister.`);
        // a scan's title restored, marked as such: the raw OCR ("Thue hién Khuyén nghi ciia…") is one tap away
        const title = plan.restored?.title ?? plan.title;
        if (title) lines.push(`${vi ? 'Tên' : 'Title'}: ${withScan(title, plan.restored?.unsure.title, lang)}${plan.restored ? ` (${restoredMark})` : ''}`);
        answered += 1;
        break;
      }
      case 'implements':
      case 'period': {
        lines.push(vi ? `Thực hiện Quyết định ${plan.implements.number}${plan.implements.date ? ` ngày ${isoToVi(plan.implements.date)}` : ''} của Thủ tướng Chính phủ.` : `It implements Decision ${plan.implements.number}${plan.implements.date ? ` of ${isoToVi(plan.implements.date)}` : ''} of the Prime Minister.`);
        lines.push(plan.period ? (vi ? `Giai đoạn: ${plan.period}.` : `Period: ${plan.period}.`) : vi ? 'Văn bản không ghi giai đoạn thực hiện.' : 'The text states no period.');
        answered += 1;
        break;
      }
      case 'focal': {
        const focal = name(plan.focalAgency?.agencyId);
        matches.push(...focalUnits(p, engine));
        if (focal) {
          lines.push(vi ? `Cơ quan đầu mối (chủ trì, tổng hợp báo cáo): ${focal}.` : `Focal agency (coordinates the plan, compiles reports): ${focal}.`);
          if (plan.reportingRule) lines.push(src(plan.reportingRule.source.ref, plan.reportingRule.source.lineStart, plan.reportingRule.source.lineEnd));
          lines.push(...successorNotes([plan.focalAgency!.agencyId], plan.province, engine.agencies, lang));
          answered += 1;
        } else lines.push(vi ? 'Văn bản không nêu rõ cơ quan đầu mối.' : 'The text names no focal agency.');
        break;
      }
      case 'report': {
        const r = plan.reportingRule;
        matches.push(...focalUnits(p, engine));
        if (r) {
          const parts = [r.frequency ? (vi ? `định kỳ ${r.frequency}` : `every year`) : null, r.deadline, r.recipient ? (vi ? `gửi qua ${name(r.recipient.agencyId)}` : `through ${name(r.recipient.agencyId)}`) : null].filter(Boolean);
          lines.push(vi ? `Báo cáo: ${parts.join(', ') || 'theo quy định'}.` : `Reporting: ${parts.join(', ') || 'as required'}.`);
          const quoted = plan.restored?.reportingRule ?? r.text;
          lines.push(`"${withScan(quoted, plan.restored?.unsure.reportingRule, lang)}"${plan.restored?.reportingRule ? ` (${restoredMark})` : ''}`, src(r.source.ref, r.source.lineStart, r.source.lineEnd));
          if (!r.deadline) lines.push(vi ? 'Văn bản không ghi hạn báo cáo cụ thể.' : 'The text gives no specific deadline.');
          if (r.recipient) lines.push(...successorNotes([r.recipient.agencyId], plan.province, engine.agencies, lang));
          answered += 1;
        } else lines.push(vi ? 'Văn bản không nêu chế độ báo cáo.' : 'The text states no reporting rule.');
        break;
      }
      case 'funding': {
        const f = plan.funding;
        if (f) {
          lines.push(vi ? `Kinh phí: ${f.sources.join('; ')}.` : `Funding: ${f.sources.join('; ')}.`);
          const ft = plan.restored?.funding ?? f.text;
          lines.push(`"${withScan(ft.length > 400 ? `${ft.slice(0, 399)}…` : ft, plan.restored?.unsure.funding, lang)}"`, src(f.source.ref, f.source.lineStart, f.source.lineEnd));
          answered += 1;
        } else {
          const s = sectionMentioning(p.sections, /nguon luc|ngan sach|kinh phi/);
          if (s) {
            const st = s.textRestored ?? s.text;
            lines.push(vi ? `Kế hoạch không có mục kinh phí riêng; nội dung về nguồn lực: "${clip(st)}"` : `No separate funding section; on resources it says: "${clip(st)}"`, src(`Mục ${s.path.join('.')}`, s.lineStart, s.lineEnd));
            answered += 1;
          } else lines.push(vi ? 'Văn bản không nêu nguồn kinh phí.' : 'The text states no funding source.');
        }
        break;
      }
      case 'purpose': {
        const s = p.sections.find((x) => x.kind === 'purpose' && x.level === 1);
        if (s) {
          const children = p.sections.filter((x) => x.parentId === s.id || p.sections.some((y) => y.parentId === s.id && x.parentId === y.id));
          lines.push(vi ? 'Mục đích, yêu cầu:' : 'Purpose and requirements:', ...children.slice(0, 6).map((c) => `• ${clip(c.textRestored ?? c.text, 200)}`), src(`Mục ${s.path.join('.')}`, s.lineStart, s.lineEnd));
          if (plan.scanned) lines.push(`(${restoredMark})`);
          answered += 1;
        } else lines.push(vi ? 'Văn bản không có mục mục đích.' : 'The text has no purpose section.');
        break;
      }
    }
    if (kind === 'number' && !plan.documentNumber) lines.push(vi ? `(Số hiệu trong văn bản để trống: "${planNumber(plan)}")` : '(the number is blank in the text)');
    blocks.push(lines.join('\n'));
  }
  return { text: blocks.join('\n\n'), abstained: answered === 0, matches };
}

/**
 * The units behind a plan's focal agency: the organisation item where it leads the plan, then the
 * unit stating the reporting rule.
 */
function focalUnits(p: ParsedPlan, engine: Engine): AnswerMatch[] {
  const focalId = p.plan.focalAgency?.agencyId;
  const out: AnswerMatch[] = [];
  const own = p.assignments.find((a) => a.origin === 'agency-section' && a.lead.some((m) => m.agencyId === focalId));
  if (own) out.push(toMatch(own, p.plan, engine.agencies));
  const rule = p.plan.reportingRule;
  const ruleUnit = rule ? p.assignments.find((a) => a.source.lineStart <= rule.source.lineStart && a.source.lineEnd >= rule.source.lineStart) : undefined;
  if (ruleUnit && ruleUnit !== own) out.push(toMatch(ruleUnit, p.plan, engine.agencies));
  return out;
}

function isoToVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function clip(s: string, n = 300): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

function sectionMentioning(sections: Section[], re: RegExp): Section | null {
  return sections.find((s) => s.kind === 'tasks' && s.level === 2 && re.test(fold(s.text))) ?? null;
}
