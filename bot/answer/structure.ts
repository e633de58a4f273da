import { fold } from '../../corpus/normalise';
import type { Agency, Assignment, ParsedPlan } from '../../corpus/schema';
import { PROVINCE_MERGES } from '../../corpus/data/reorganisation-2025';
import type { Understanding } from '../../retrieval/understand';
import { planLabel, provinceLabel, sourcesOf, type Lang } from './compose';

/**
 * Questions about the records as a whole, answered from them rather than searched for: how many
 * tasks or agencies a plan has (or one agency leads), and what a body or a province became in 2025.
 */

/** How many tasks / agencies: per plan, from the parsed records. */
export function countAnswer(plans: readonly ParsedPlan[], u: Understanding, agencies: ReadonlyMap<string, Agency>, lang: Lang, appendixOnly: boolean): { text: string; abstained: boolean; listed: Array<{ assignment: Assignment; plan: ParsedPlan }> } {
  const out: string[] = [];
  const listed: Array<{ assignment: Assignment; plan: ParsedPlan }> = [];
  let counted = 0;
  for (const p of plans) {
    const all = appendixOnly ? p.assignments.filter((a) => a.origin === 'appendix') : p.assignments;
    const head = `📍 ${provinceLabel(p.plan, lang)} – ${planLabel(p.plan, lang)}`;
    if (appendixOnly && all.length === 0) {
      // "kế hoạch có nhắc tới phụ lục" but the library's text has none: nothing to count
      out.push(head, lang === 'vi' ? `• Văn bản trong kho không có phụ lục phân công${p.plan.appendix.referenced ? ' (kế hoạch có nhắc tới phụ lục nhưng không kèm theo)' : ''}, nên không đếm được nhiệm vụ của phụ lục.` : `• The library's text has no assignment appendix${p.plan.appendix.referenced ? ' (the plan refers to one that is not attached)' : ''}: there is nothing to count.`);
      continue;
    }
    counted++;
    const leads = new Set(all.flatMap((a) => a.lead.map((m) => m.agencyId)));
    const named = new Set([...leads, ...all.flatMap((a) => a.coordinating.map((m) => m.agencyId))]);
    if (u.agencies.length > 0) {
      for (const id of u.agencies) {
        const name = agencies.get(id)?.name ?? id;
        const led = all.filter((a) => a.lead.some((m) => m.agencyId === id)).length;
        const partner = all.filter((a) => a.coordinating.some((m) => m.agencyId === id)).length;
        out.push(head, lang === 'vi' ? `• ${name}: chủ trì ${led} nhiệm vụ, phối hợp ${partner} nhiệm vụ (trong ${all.length} nhiệm vụ${appendixOnly ? ' của phụ lục' : ''}).` : `• ${name}: leads ${led} tasks and coordinates ${partner} (of ${all.length}${appendixOnly ? ' in the appendix' : ''}).`);
        // "… chủ trì mấy nhiệm vụ, là những việc gì?": the count and the tasks it counted
        const which = /\b(?:viec gi|nhung gi|nhiem vu gi|nhung viec|nhung nhiem vu|viec nao|nhiem vu nao|liet ke|ke ra|which|what are)\b/.test(fold(u.text));
        const ledTasks = all.filter((a) => a.lead.some((m) => m.agencyId === id));
        if (which && ledTasks.length > 0 && ledTasks.length <= 8) {
          for (const a of ledTasks) {
            // few tasks: more of each one's text
            const max = ledTasks.length <= 3 ? 260 : 150;
            out.push(`  – ${a.task.length > max ? `${a.task.slice(0, max - 1)}…` : a.task} (${a.source.ref})`);
            listed.push({ assignment: a, plan: p });
          }
        }
      }
      continue;
    }
    const byOrigin = (o: string) => all.filter((a) => a.origin === o).length;
    const parts = [
      byOrigin('appendix') > 0 ? (lang === 'vi' ? `${byOrigin('appendix')} hàng trong phụ lục` : `${byOrigin('appendix')} appendix rows`) : '',
      byOrigin('agency-section') > 0 ? (lang === 'vi' ? `${byOrigin('agency-section')} mục giao theo cơ quan` : `${byOrigin('agency-section')} items under an agency`) : '',
      byOrigin('prose') > 0 ? (lang === 'vi' ? `${byOrigin('prose')} câu giao việc trong văn bản` : `${byOrigin('prose')} assignments in the text`) : '',
    ].filter(Boolean);
    if (u.count === 'agencies') {
      // a plan that assigns by agency numbers its items ("18. UBND các huyện…"): that count as the plan writes it
      const items = new Set(all.filter((a) => a.origin === 'agency-section').map((a) => a.source.ref.replace(/^(Mục [^.,\s]+\.\d+).*$/, '$1'))).size;
      out.push(head, lang === 'vi'
        ? `• ${leads.size} cơ quan, đơn vị được giao chủ trì nhiệm vụ; tính cả phối hợp: ${named.size}.${items > 1 ? ` Phần tổ chức thực hiện giao việc theo ${items} mục cơ quan.` : ''}`
        : `• ${leads.size} agencies lead at least one task; counting partners: ${named.size}.${items > 1 ? ` The implementation section assigns work in ${items} agency items.` : ''}`);
      const names = [...leads].map((id) => agencies.get(id)?.name ?? all.flatMap((a) => a.lead).find((m) => m.agencyId === id)?.text ?? id);
      if (names.length <= 25) out.push(lang === 'vi' ? `  Chủ trì: ${names.join('; ')}.` : `  Leading: ${names.join('; ')}.`);
    } else {
      // "mấy nhóm nhiệm vụ": the groups the tasks sit under, as the plan heads them
      const groups = new Set(all.map((a) => a.group).filter((g): g is string => Boolean(g))).size;
      const grouped = groups > 1 && /\bnhom\b|\bgroups?\b/.test(fold(u.text)) ? (lang === 'vi' ? ` trong ${groups} nhóm` : ` in ${groups} groups`) : '';
      out.push(head, lang === 'vi' ? `• ${all.length} nhiệm vụ${grouped}${parts.length > 1 || appendixOnly ? ` (${parts.join(', ')})` : ''}; ${leads.size} cơ quan chủ trì.` : `• ${all.length} tasks${grouped}${parts.length > 1 ? ` (${parts.join(', ')})` : ''}; ${leads.size} lead agencies.`);
    }
  }
  if (counted > 0) out.push(lang === 'vi' ? '(Đếm theo các nhiệm vụ trợ lý đọc được từ văn bản.)' : '(Counted from the tasks read from the documents.)');
  return { text: out.join('\n'), abstained: counted === 0, listed };
}

/** What the named bodies (or a province) became in 2025, said first and briefly. Null when none changed. */
export function successorAnswer(u: Understanding, agencies: ReadonlyMap<string, Agency>, lang: Lang): string | null {
  const out: string[] = [];
  for (const id of u.agencies) {
    const a = agencies.get(id);
    if (!a || a.successors.length === 0) continue;
    const first = a.successors[0]!;
    const [y, mo, d] = first.effective.split('-').map(Number);
    const when = `${d}/${mo}/${y}`;
    const who = a.successors.map((s) => (lang === 'vi' ? `${s.name} (${s.scope})` : `${s.name} (${s.scope})`)).join('; ');
    const district = id === 'nhom-ubnd-huyen';
    out.push(first.remains
      ? lang === 'vi'
        ? `${a.name} vẫn còn; từ ${when} phần việc sau đã chuyển đi: ${who}.`
        : `${a.name} still exists; since ${when} this part of its work moved: ${who}.`
      : lang === 'vi'
      ? district
        ? `${a.name}: từ ${when} không còn cấp huyện; việc của cấp này nay do UBND cấp xã (xã, phường, đặc khu) đảm nhận.`
        : `${a.name} không còn từ ${when}: nay là ${who}.`
      : district
        ? `${a.name}: since ${when} there is no district level; its work falls to commune-level People's Committees.`
        : `${a.name} no longer exists since ${when}: now ${who}.`);
    out.push(lang === 'vi' ? `Căn cứ: ${first.basis}; nguồn: ${sourcesOf(a.successors.map((s) => s.source))}.` : `Basis: ${first.basis}; source: ${sourcesOf(a.successors.map((s) => s.source))}.`);
  }
  for (const p of u.provinces) {
    const m = PROVINCE_MERGES.find((x) => x.former === p.named && x.now !== p.named);
    if (!m) continue;
    const [y, mo, d] = m.effective.split('-').map(Number);
    out.push(lang === 'vi' ? `Từ ${d}/${mo}/${y}, tỉnh ${m.former} đã sáp nhập vào tỉnh ${m.now} (${m.basis}; nguồn: ${sourcesOf([m.source])}).` : `Since ${d}/${mo}/${y}, ${m.former} has been part of ${m.now} (${m.basis}; source: ${sourcesOf([m.source])}).`);
  }
  if (out.length === 0) return null;
  out.push(lang === 'vi' ? 'Kế hoạch vẫn ghi tên cũ; câu trả lời về nhiệm vụ dùng đúng tên kế hoạch ghi và kèm ghi chú này.' : 'The plans keep the old names; answers about tasks quote them with this note.');
  return out.join('\n');
}

/** "phụ lục … có bao nhiêu nhiệm vụ": the count is of the appendix rows only */
/** the appendix table, by its name or what plans call it ('Bảng phân công nhiệm vụ') */
export const asksAppendix = (question: string): boolean => /\bphu luc\b|\bbang phan cong\b|\bappendix\b|\bassignment table\b/.test(fold(question));

const SECTION_NAMES: ReadonlyArray<{ kind: string; re: RegExp }> = [
  { kind: 'organisation', re: /\bto chuc thuc hien\b/ },
  { kind: 'tasks', re: /\bnhiem vu(?: va| ,)? giai phap\b|\bnhiem vu chu yeu\b/ },
  { kind: 'purpose', re: /\bmuc dich\b/ },
  { kind: 'funding', re: /\bkinh phi thuc hien\b/ },
];
/** "phần tổ chức thực hiện chia mấy mục, mỗi mục giao cho ai", "trong mục tổ chức thực hiện có những cơ quan nào chỉ được đề nghị" */
const ASKS_OUTLINE = /\b(?:may muc|bao nhieu muc|nhung muc|cac muc|chia (?:lam |thanh )?(?:may|bao nhieu)|gom (?:may|nhung)|moi muc|tung muc|nhung co quan nao|co quan nao chi)\b/;

/** The section a question names and asks the parts of, or null. */
export function outlineAsked(question: string): string | null {
  const f = fold(question);
  // "có mấy nhóm nhiệm vụ giải pháp": the groups of a plan written as sections
  if (/\b(?:may|bao nhieu|nhung|cac) nhom (?:nhiem vu|giai phap)/.test(f)) return 'tasks-groups';
  if (!/\b(?:phan|muc)\b/.test(f) || !ASKS_OUTLINE.test(f)) return null;
  return SECTION_NAMES.find((s) => s.re.test(f))?.kind ?? null;
}

/**
 * A section's items as the plan numbers them, each with the body it is addressed to; "đề nghị"
 * (requested, for bodies the People's Committee does not direct: courts, procuracy, the Front)
 * marked, and alone when asked.
 */
export function outlineAnswer(plans: readonly ParsedPlan[], kind: string, question: string, agencies: ReadonlyMap<string, Agency>, lang: Lang): { text: string; abstained: boolean; listed: Array<{ assignment: Assignment; plan: ParsedPlan }> } {
  const out: string[] = [];
  const listed: Array<{ assignment: Assignment; plan: ParsedPlan }> = [];
  const onlyRequested = /\bde nghi\b/.test(fold(question));
  for (const p of plans) {
    // groups asked of a plan with an appendix are the appendix's groups (counted from the rows)
    if (kind === 'tasks-groups' && p.assignments.some((a) => a.origin === 'appendix')) continue;
    const top = p.sections.find((s) => s.kind === (kind === 'tasks-groups' ? 'tasks' : kind) && s.level === 1);
    if (!top) continue;
    const items = p.sections.filter((s) => s.parentId === top.id);
    const rows = items.map((s) => {
      const ref = `Mục ${s.path.join('.')}`;
      const units = p.assignments.filter((a) => a.source.ref === ref || a.source.ref.startsWith(`${ref},`) || a.source.ref.startsWith(`${ref}.`));
      const names = [...new Set(units.flatMap((a) => a.lead.map((m) => agencies.get(m.agencyId)?.name ?? m.text)))];
      const head = (s.textRestored ?? s.title).split(':')[0]!.trim();
      const requested = /^(?:de|pe) nghi\b/.test(fold(head)) || /^(?:de|pe) nghi\b/.test(fold(s.title));
      return { s, units, label: names.length > 0 ? names.join('; ') : head.length > 90 ? `${head.slice(0, 89)}…` : head, requested };
    });
    const shown = onlyRequested ? rows.filter((r) => r.requested) : rows;
    const title = (top.textRestored ?? top.title).split('\n')[0]!;
    out.push(`📍 ${provinceLabel(p.plan, lang)} – ${planLabel(p.plan, lang)}`);
    out.push(lang === 'vi'
      ? onlyRequested
        ? `Mục ${top.path.join('.')} (${title}) có ${items.length} mục; ${shown.length} mục chỉ "đề nghị" (cơ quan không thuộc UBND tỉnh):`
        : `Mục ${top.path.join('.')} (${title}) có ${items.length} mục:`
      : onlyRequested
        ? `Section ${top.path.join('.')} (${title}) has ${items.length} items; ${shown.length} only "request" (bodies outside the provincial People's Committee):`
        : `Section ${top.path.join('.')} (${title}) has ${items.length} items:`);
    for (const r of shown) {
      out.push(`${r.s.path[r.s.path.length - 1]}. ${r.label}${r.requested && !onlyRequested ? (lang === 'vi' ? ' (đề nghị)' : ' (requested)') : ''} (${lang === 'vi' ? 'dòng' : 'line'} ${r.s.lineStart})`);
      for (const a of r.units.slice(0, 1)) listed.push({ assignment: a, plan: p });
    }
  }
  return { text: out.join('\n'), abstained: out.length === 0, listed };
}
