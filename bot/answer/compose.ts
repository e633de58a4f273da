import { CENTRALLY_RUN_CITIES } from '../../retrieval/thesaurus/provinces';
import { fold, normaliseText } from '../../corpus/normalise';
import type { Agency, Assignment, Plan, PartialDate } from '../../corpus/schema';
import type { AnswerMatch } from './types';

/**
 * Answer text from records, never free text: short chat messages in Vietnamese, or English
 * framing around the Vietnamese agency names for English questions.
 */
export type Lang = 'vi' | 'en';

const L = {
  vi: { lead: 'Chủ trì', coord: 'Phối hợp', time: 'Thời gian', task: 'Nhiệm vụ', source: 'Nguồn', line: 'dòng', none: 'không ghi', plan: 'Kế hoạch', decision: 'Quyết định', inferred: 'tỉnh suy ra, văn bản không ghi tên tỉnh', ocr: 'khôi phục dấu từ bản quét; xem nguyên văn để đọc bản quét', noNumber: 'không ghi số', period: 'giai đoạn' },
  en: { lead: 'Lead', coord: 'Coordinating', time: 'Timeframe', task: 'Task', source: 'Source', line: 'line', none: 'not stated', plan: 'Plan', decision: 'Decision', inferred: 'province inferred: the text does not name it', ocr: 'diacritics restored from the scan; see the original for the scanned text', noNumber: 'number left blank', period: 'period' },
} as const;

export function formatDate(d: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d.day !== null && d.month !== null) return `${pad(d.day)}/${pad(d.month)}/${d.year}`;
  if (d.month !== null) return `${pad(d.month)}/${d.year}`;
  return String(d.year);
}

export function planNumber(plan: Plan): string {
  return plan.documentNumber ?? `${plan.documentKind === 'Quyết định' ? 'QĐ' : 'KH'}-UBND (${L.vi.noNumber})`;
}

/** "Kế hoạch 29/KH-UBND ngày 10/02/2025", "Quyết định 2130/QĐ-UBND ngày 17/09/2014, giai đoạn 2014-2020" */
export function planLabel(plan: Plan, lang: Lang): string {
  const t = L[lang];
  const kind = plan.documentKind === 'Quyết định' ? t.decision : t.plan;
  const num = plan.documentNumber ?? `(${t.noNumber})`;
  const d = plan.issuedDate;
  const word = lang === 'vi' ? (d.day !== null ? 'ngày' : d.month !== null ? 'tháng' : 'năm') : 'of';
  const date = `${word} ${formatDate(d)}`;
  const period = plan.period ? `, ${t.period} ${plan.period}` : '';
  return `${kind} ${num} ${date}${period}`;
}

export function provinceLabel(plan: Plan, lang: Lang): string {
  return plan.provinceInferred ? `${plan.province} (${L[lang].inferred})` : plan.province;
}

const ellipsis = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

/**
 * A long task cut to `n` characters around the words the question asked about (folded syllables),
 * not always its first `n`: "… phòng, chống bạo lực học đường …" shows the part that matched.
 */
export function snippet(text: string, words: readonly string[], n: number): string {
  if (text.length <= n || words.length === 0) return ellipsis(text, n);
  const folded = fold(text);
  if (folded.length !== text.length) return ellipsis(text, n);
  const hits: number[] = [];
  for (const w of new Set(words)) {
    if (w.length < 2) continue;
    for (const m of folded.matchAll(new RegExp(`(?<![a-z0-9])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`, 'g'))) hits.push(m.index);
  }
  if (hits.length === 0) return ellipsis(text, n);
  // the window holding the most hits, opening a little before its first
  let best = 0;
  let bestCount = -1;
  for (const h of hits) {
    const from = Math.max(0, h - 30);
    const count = hits.filter((x) => x >= from && x < from + n - 2).length;
    if (count > bestCount) {
      bestCount = count;
      best = from;
    }
  }
  if (best < 40) return ellipsis(text, n);
  const start = text.indexOf(' ', best) + 1 || best;
  const body = text.slice(start, start + n - 2).trimEnd();
  return `…${body}${start + n - 2 < text.length ? '…' : ''}`;
}

export function toMatch(a: Assignment, plan: Plan, names: ReadonlyMap<string, Agency>): AnswerMatch {
  // a city's plan names its own bodies ("Thành đoàn", "UBND các phường, xã, đặc khu"): where the
  // document's words are a registered spelling of the body, the answer keeps them rather than the
  // registry's provincial name ("Tỉnh đoàn"); elsewhere the registry's full name reads best
  const city = CENTRALLY_RUN_CITIES.has(plan.province);
  const name = (id: string, text: string) => {
    const agency = names.get(id);
    if (!agency) return text;
    // compared with its diacritics (case aside): a spelling without them (a scan) is not the body's
    // name; "Công an Thành phố" is the registry's "Công an tỉnh" spelt the city's way
    if (!city) return agency.name;
    const key = (n: string) => normaliseText(n).toLowerCase().replace(/\s+/g, ' ');
    const own = key(text);
    const asProvince = own.replace(/ thành phố$/, ' tỉnh');
    if ([agency.name, ...agency.aliases].some((n) => key(n) === own || key(n) === asProvince)) return text;
    return agency.name;
  };
  return {
    province: plan.province,
    plan: planNumber(plan),
    // a scanned plan shows the restored text; the raw scan is one tap away ("Xem nguyên văn", /nguon)
    task: a.taskRestored ?? a.task,
    lead: a.lead.map((m) => name(m.agencyId, m.text)),
    coordinating: a.coordinating.map((m) => name(m.agencyId, m.text)),
    timeframe: a.timeframe,
    source: a.source.ref,
    planId: plan.id,
    assignmentId: a.id,
    leadIds: a.lead.map((m) => m.agencyId),
    coordinatingIds: a.coordinating.map((m) => m.agencyId),
    lines: [a.source.lineStart, a.source.lineEnd],
    file: a.source.file,
    extra: a.extra ?? [],
    ...(a.restoredUnsure && a.restoredUnsure.length > 0 ? { unsure: a.restoredUnsure } : {}),
  };
}

export type Focus = 'lead' | 'coord' | 'time' | 'all';

/**
 * A year or date the task's own words give ("báo cáo … vào năm 2027") that its timeframe column does
 * not: "when" is answered with it beside the column's "Thường xuyên trong năm".
 */
export function datesInTask(m: Pick<AnswerMatch, 'task' | 'timeframe'>, lang: Lang): string {
  const found = [...m.task.matchAll(/\b(?:vào|trong|trước|đến|đến hết|hết)\s+(?:ngày\s+\d{1,2}\/\d{1,2}\/\d{4}|năm\s+(?:19|20)\d\d|(?:quý|Quý)\s+[IV]+\/(?:19|20)\d\d)/gu)].map((x) => x[0]);
  const fresh = [...new Set(found)].filter((d) => !(m.timeframe ?? '').toLowerCase().includes(d.replace(/^\S+\s+/, '').toLowerCase()));
  if (fresh.length === 0) return '';
  return lang === 'vi' ? ` (nội dung nhiệm vụ ghi: ${fresh.join('; ')})` : ` (the task's text says: ${fresh.join('; ')})`;
}

/**
 * Restored words the restorer is unsure of, with the scan's letters beside them: "điều khoản bạo lực
 * [bản quét: bao luu]". A reader takes restored text as the plan's words; a doubtful word must say so.
 * Only runs shown whole in `shown` are marked (a snippet may cut one).
 */
export function withScan(shown: string, unsure: AnswerMatch['unsure'], lang: Lang): string {
  if (!unsure || unsure.length === 0) return shown;
  let out = '';
  let rest = shown;
  for (const u of unsure) {
    const re = new RegExp(`(?<![\\p{L}])${u.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
    const m = re.exec(rest);
    if (!m) continue;
    const end = m.index + m[0].length;
    out += `${rest.slice(0, end)} [${lang === 'vi' ? 'bản quét' : 'scan'}: ${u.scan}]`;
    rest = rest.slice(end);
  }
  return out + rest;
}

/** The block for one match: where, the task, lead / coordinating / timeframe, the source. */
export function matchBlock(m: AnswerMatch, plan: Plan, focus: Focus, lang: Lang, opts: { header?: boolean; ocr?: boolean; words?: readonly string[] } = {}): string[] {
  const t = L[lang];
  const out: string[] = [];
  if (opts.header !== false) out.push(`📍 ${provinceLabel(plan, lang)} – ${planLabel(plan, lang)}`);
  out.push(`${t.task}: ${withScan(snippet(m.task, opts.words ?? [], 220), m.unsure, lang)}${opts.ocr ? ` (${t.ocr})` : ''}`);
  const lead = `• ${t.lead}: ${m.lead.join('; ') || t.none}`;
  const coord = `• ${t.coord}: ${m.coordinating.length ? m.coordinating.join('; ') : t.none}`;
  const time = `• ${t.time}: ${m.timeframe ?? t.none}${datesInTask(m, lang)}`;
  if (focus === 'coord') out.push(coord, lead, time);
  else if (focus === 'time') out.push(time, lead, coord);
  else out.push(lead, coord, time);
  // columns the plan's table adds (Sản phẩm, Kinh phí, Ghi chú…), as the plan labels them
  for (const x of m.extra.slice(0, 3)) out.push(`• ${x.label}: ${ellipsis(x.value, 160)}`);
  const lines = m.lines[0] === m.lines[1] ? `${m.lines[0]}` : `${m.lines[0]}–${m.lines[1]}`;
  out.push(`${t.source}: ${m.source} (${t.line} ${lines})`);
  return out;
}

/** One line per match for lists (agency tasks, comparisons). */
export function matchLine(m: AnswerMatch, focus: Focus, lang: Lang, words: readonly string[] = []): string {
  const t = L[lang];
  const who = focus === 'coord' ? `${t.coord}: ${m.coordinating.join('; ') || t.none}` : focus === 'time' ? `${t.time}: ${m.timeframe ?? t.none}${datesInTask(m, lang)}` : `${t.lead}: ${m.lead.join('; ')}`;
  return `• ${withScan(snippet(m.task, words, 140), m.unsure, lang)} → ${who} (${m.source})`;
}

/** 2025 notes for the agencies named: what the plan says stays the answer; this is a note. */
export function successorNotes(agencyIds: string[], province: string, names: ReadonlyMap<string, Agency>, lang: Lang, asked = false): string[] {
  const out: string[] = [];
  for (const id of [...new Set(agencyIds)]) {
    const agency = names.get(id);
    if (!agency) continue;
    // a body that remains and lost part of its work (Sở Nội vụ's religious affairs) is noted only when asked
    const succ = agency.successors.filter((s) => (s.provinces === null || s.provinces.includes(province)) && (asked || !s.remains));
    if (succ.length === 0) continue;
    const first = succ[0]!;
    const [y, mo, d] = first.effective.split('-').map(Number);
    const when = `${d}/${mo}/${y}`;
    if (first.remains) {
      const parts = succ.map((s) => `${s.scope} → ${s.name}`).join('; ');
      out.push(lang === 'vi'
        ? `ℹ️ ${agency.name} vẫn còn; từ ${when} một phần việc đã chuyển đi: ${parts} – ${first.basis}; nguồn: ${sourcesOf(succ.map((s) => s.source))}.`
        : `ℹ️ ${agency.name} still exists; since ${when} part of its work moved: ${parts} – ${first.basis}; source: ${sourcesOf(succ.map((s) => s.source))}.`);
      continue;
    }
    if (id === 'nhom-ubnd-huyen') {
      out.push(lang === 'vi'
        ? `ℹ️ Từ ${when} không còn cấp huyện (${first.basis}); phần việc của "${agency.name}" nay do UBND cấp xã đảm nhận; nguồn: ${sourcesOf([first.source])}.`
        : `ℹ️ Since ${when} the district level no longer exists (${first.basis}); the work of "${agency.name}" now falls to commune-level People's Committees; source: ${sourcesOf([first.source])}.`);
      continue;
    }
    const parts = succ.map((s) => `${s.name} (${s.scope})`).join('; ');
    const cite = sourcesOf(succ.map((s) => s.source));
    out.push(lang === 'vi'
      ? `ℹ️ Từ ${when}, ${agency.name} đã được sắp xếp lại: ${parts} – ${first.basis}; nguồn: ${cite}.`
      : `ℹ️ Since ${when}, ${agency.name} has been reorganised: ${parts} – ${first.basis}; source: ${cite}.`);
  }
  return out.slice(0, 3);
}

/** The sites a fact was checked on (seeds/facts-2025.md), by domain: "hdnd.dongnai.gov.vn, nhandan.vn". */
export function sourcesOf(sources: string[]): string {
  const domains = sources.flatMap((s) => s.match(/[a-z0-9-]+(\.[a-z0-9-]+)*\.(vn|com|org|net)\b/gi) ?? []);
  return [...new Set(domains)].join(', ') || sources.join('; ');
}
