import type { AgencyMatcher, LooseMention } from './agency-matcher';
import { looksLikeAgencyName } from './agency-names';
import { fold, normaliseText } from './normalise';
import { responsibilityIn } from './responsibility';

/**
 * Who does a task, when a sentence says it rather than a table: labelled fields ("Cơ quan chủ trì:
 * Sở Tư pháp; cơ quan phối hợp: …"), "X chủ trì" ("(Sở Tư pháp chủ trì, phối hợp với Công an
 * tỉnh)", "Giao Sở Y tế chủ trì, …"), "phối hợp với Y" and "Y phối hợp". A name the registry does
 * not know counts only when it reads like an organisation's name (agency-names.ts), so ordinary
 * words before "chủ trì" are never taken for an agency.
 */
export interface ProseRoles {
  lead: LooseMention[];
  coordinating: LooseMention[];
}

// "Cơ quan chủ trì: …", and the short "(Chủ trì: Tỉnh đoàn; phối hợp: Sở Nội vụ; …)"
const LABEL_LEAD = /(?<![\p{L}])(?:(?:co quan|don vi)\s+)?chu tri(?:\s+thuc hien)?\s*:\s*/gu;
const LABEL_COORD = /(?<![\p{L}])(?:(?:co quan|don vi)\s+)?phoi hop(?:\s+thuc hien)?\s*:\s*/gu;
/** where a labelled value or a list of names ends */
const VALUE_END = /[;)\n]|\.\s|\.$|\s[–-]\s(?=thoi gian)|,?\s*thoi (?:gian|han)\b/;
/** verbs that start the task after "phối hợp với X" */
const TASK_VERB = /\s(?:to chuc|thuc hien|trien khai|tuyen truyen|ra soat|xay dung|huong dan|kiem tra|giam sat|tham muu|nghien cuu|day manh|tang cuong|bao dam|dam bao|cung cap|ho tro|theo doi|tong hop|de xuat|lam tot|trong viec|de|nham|tai|cho)\b/;

/** A list of names that must all be agencies (registered, or reading like a name). */
export function acceptList(text: string, matcher: AgencyMatcher, gate: boolean): LooseMention[] | null {
  const t = text.replace(/^[\s,;:(–-]+|[\s,;:.)–-]+$/g, '');
  if (!t) return null;
  const found = matcher.resolveLoose(t);
  if (!found) return null;
  if (gate && found.some((m) => m.agencyId === null && !looksLikeAgencyName(m.text))) return null;
  return found;
}

function valueAfter(norm: string, folded: string, at: number): string {
  const rest = folded.slice(at);
  const end = VALUE_END.exec(rest);
  return norm.slice(at, at + (end ? end.index : rest.length));
}

/** The names just before `at` (a "chủ trì" or "phối hợp"), back to the clause start; the longest list that is all names. */
function namesBefore(norm: string, folded: string, at: number, matcher: AgencyMatcher): LooseMention[] | null {
  const before = folded.slice(0, at);
  const hard = Math.max(before.lastIndexOf('('), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('. '), before.lastIndexOf('\n'));
  // the last request word of the clause; "giao" only as "Giao" itself, not "giáo" of "Giáo dục", "Tôn giáo"
  let start = hard + 1;
  // "… do Sở Tư pháp chủ trì thực hiện": "do" itself, not "độ", "đỏ"
  for (const g of before.slice(hard + 1).matchAll(/(?:^|\s)(giao|de nghi|yeu cau|do)(?=\s)/g)) {
    const at = hard + 1 + g.index + g[0].length - g[1]!.length;
    if (g[1] === 'giao' && norm.slice(at, at + 4).toLowerCase() !== 'giao') continue;
    if (g[1] === 'do' && norm.slice(at, at + 2).toLowerCase() !== 'do') continue;
    start = at + g[1]!.length + 1;
  }
  // try the clause, then shorter tails after each comma; keep the longest that is all names
  const commas: number[] = [start];
  for (let k = start; k < at; k++) if (folded[k] === ',') commas.push(k + 1);
  for (const from of commas) {
    const span = norm.slice(from, at);
    if (!span.trim()) continue;
    const found = acceptList(span, matcher, true);
    if (found) return found;
  }
  return null;
}

export function proseRoles(text: string, matcher: AgencyMatcher): ProseRoles | null {
  const norm = normaliseText(text.replace(/\s*\n\s*/g, ' '));
  const folded = fold(norm);
  if (folded.length !== norm.length) return null; // offsets would not line up (rare characters): do not guess
  // a "Trách nhiệm: …" line says it outright, in a list of bodies (responsibility.ts)
  const stated = responsibilityIn(norm, matcher);
  if (stated) return stated;
  let lead: LooseMention[] = [];
  const coordinating: LooseMention[] = [];
  const addCoord = (ms: LooseMention[] | null) => {
    for (const m of ms ?? []) if (!coordinating.some((c) => key(c) === key(m))) coordinating.push(m);
  };

  for (const m of folded.matchAll(LABEL_LEAD)) {
    const found = acceptList(valueAfter(norm, folded, m.index + m[0].length), matcher, false);
    if (found) lead = [...lead, ...found.filter((f) => !lead.some((l) => key(l) === key(f)))];
  }
  for (const m of folded.matchAll(LABEL_COORD)) addCoord(acceptList(valueAfter(norm, folded, m.index + m[0].length), matcher, false));

  if (lead.length === 0) {
    for (const m of folded.matchAll(/(?<![\p{L}])chu tri(?![\p{L}])/gu)) {
      // "cơ quan chủ trì", "được giao chủ trì": not a name before it ("Tôn giáo chủ trì" is one)
      const skip = /(?:co quan|don vi|duoc giao|giao)\s*$/.exec(folded.slice(0, m.index));
      if (skip && (!skip[0].startsWith('giao') || norm.slice(skip.index, skip.index + 4).toLowerCase() === 'giao')) continue;
      const found = namesBefore(norm, folded, m.index, matcher);
      if (found) {
        lead = found;
        break;
      }
    }
  }
  if (lead.length === 0) {
    // "Ban Dân tộc tỉnh phối hợp với Hội LHPN tỉnh tổ chức …", "Đề nghị Ủy ban MTTQ tỉnh phối hợp tuyên
    // truyền …": a sentence whose subject is the bodies and whose verb is "phối hợp" has them do it
    const m = /(?<![\p{L}])phoi hop(?![\p{L}])/u.exec(folded);
    if (m) {
      const subject = norm.slice(0, m.index).replace(/^\s*(?:Giao|Đề nghị|Yêu cầu)\s+/iu, '');
      const clauseStart = !/[;:(]|\.\s/.test(folded.slice(0, m.index));
      const found = clauseStart && subject.trim() ? acceptList(subject, matcher, true) : null;
      if (found) lead = found;
    }
  }
  if (lead.length === 0) return null;

  addCoord(partnersAfter(norm, folded, matcher));
  for (const m of folded.matchAll(/(?<![\p{L}])phoi hop(?!\s+voi)(?![\p{L}])/gu)) {
    if (/(?:co quan|don vi)\s*$/.test(folded.slice(0, m.index))) continue;
    addCoord(namesBefore(norm, folded, m.index, matcher));
  }
  return { lead, coordinating: coordinating.filter((c) => !lead.some((l) => key(l) === key(c))) };
}

const SPLIT_VERBS = new Set(['dinh huong', 'chi dao', 'van dong', 'kiem tra', 'ra soat', 'giam sat', 'theo doi', 'tong hop', 'de xuat', 'long ghep', 'bo tri', 'nang cao', 'phat hien', 'cung cap', 'thuc hien', 'trien khai', 'tham muu', 'xay dung', 'tang cuong', 'tuyen truyen', 'huong dan', 'to chuc', 'ho tro']);

/** The bodies named after each "phối hợp với" of a text (normalised and folded alike). */
function partnersAfter(norm: string, folded: string, matcher: AgencyMatcher): LooseMention[] {
  const out: LooseMention[] = [];
  const addCoord = (ms: LooseMention[]) => out.push(...ms);
  for (const m of folded.matchAll(/(?<![\p{L}])phoi hop voi\s+/gu)) {
    const from = m.index + m[0].length;
    const rest = folded.slice(from);
    // the names end where the task's verb starts; a verb word may sit inside a name ("Sở Xây dựng"),
    // so try the longest span that is all names, from the clause end back to the first verb
    const valueEnd = VALUE_END.exec(rest)?.index ?? rest.length;
    // provincial bodies end in "tỉnh": a name without a verb after it ("… mồ côi tỉnh sàng lọc …") ends there
    const head = rest.slice(0, valueEnd);
    // and failing those, the longest run of words that is all names ("… Sở Giáo dục và Đào tạo | phát hiện, …")
    const wordEnds = [...head.slice(0, 200).matchAll(/(?<=\S)(?=\s)/g)].map((v) => v.index);
    const ends = [
      ...[...new Set([valueEnd, ...[...head.matchAll(new RegExp(TASK_VERB.source, 'g'))].map((v) => v.index), ...[...head.matchAll(/(?<=\stinh)(?=\s)/g)].map((v) => v.index)])].sort((x, y) => y - x),
      ...wordEnds.sort((x, y) => y - x),
    ];
    for (const end of ends) {
      // never cut a verb in two ("Báo Hải Phòng định | hướng các cơ quan báo chí…")
      const pair = /(\S+)\s+(\S+)/.exec(`${/(\S+)$/.exec(head.slice(0, end))?.[1] ?? ''} ${rest.slice(end).trimStart()}`);
      if (pair && SPLIT_VERBS.has(`${pair[1]} ${pair[2]}`)) continue;
      const found = acceptList(norm.slice(from, from + end), matcher, true);
      if (found) {
        addCoord(found);
        break;
      }
    }
  }
  return out;
}

/** Partners written inside a task ("…, phối hợp với Công an tỉnh") where a table has no "phối hợp" column. */
export function partnersIn(text: string, matcher: AgencyMatcher): LooseMention[] {
  const norm = normaliseText(text.replace(/\s*\n\s*/g, ' '));
  const folded = fold(norm);
  if (folded.length !== norm.length) return [];
  const seen = new Set<string>();
  return partnersAfter(norm, folded, matcher).filter((m) => !seen.has(key(m)) && seen.add(key(m)));
}

const key = (m: LooseMention) => m.agencyId ?? `?${fold(m.text)}`;
