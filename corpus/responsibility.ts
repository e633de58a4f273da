import type { AgencyMatcher, LooseMention } from './agency-matcher';
import { splitAgencyCell } from './agency-cell';
import { fold, normaliseText } from './normalise';

/**
 * A "Trách nhiệm: …" line, the way plans of numbered tasks say who does each one ("1.1. Rà soát …"
 * followed by "Trách nhiệm: Sở Y tế chủ trì; Sở Tư pháp, Sở Nội vụ phối hợp. Thời hạn: Quý II/2026.").
 * Its value is a list of bodies by construction, so names are taken as written (no "reads like a
 * name" gate), in the forms plans use:
 * - "X chủ trì; Y, Z phối hợp", "X chủ trì, phối hợp với Y, Z", "X, Y đồng chủ trì; Z phối hợp";
 * - "X (chủ trì), Y, Z": the marked body leads, the others of the list help;
 * - "Chủ trì: X; Phối hợp: Y".
 * The value ends at the sentence's end or at the next label ("Thời hạn:", "Thời gian:").
 */
export interface Responsibility {
  lead: LooseMention[];
  coordinating: LooseMention[];
}

const LABEL = /(?<!\p{L})(?:trach nhiem(?:\s+thuc hien)?|(?:co quan|don vi)\s+thuc hien)\s*:\s*/u;
const VALUE_END = /\.\s|\.$|\n|\s*[.;,]?\s*(?:thoi gian|thoi han|tien do)(?:\s+\p{L}+){0,2}\s*:/u;

/**
 * Names of a list the text says are bodies. A lower-case tail right after a name, with no comma
 * between, narrows it ("UBND các xã có hộ di cư tự do") rather than naming another body.
 */
function names(list: string, matcher: AgencyMatcher): LooseMention[] {
  const text = list.replace(/^[\s,;:(–-]+|[\s,;:.)–-]+$/g, '');
  if (!text) return [];
  const found = matcher.resolveLoose(text) ?? [];
  const out: LooseMention[] = [];
  let at = 0;
  for (const m of found) {
    const start = text.indexOf(m.text, at);
    const prev = out[out.length - 1];
    if (prev && start >= 0 && m.agencyId === null && /^\p{Ll}/u.test(m.text) && /^\s+$/.test(text.slice(at, start))) {
      prev.text = `${prev.text} ${m.text}`;
    } else out.push({ ...m });
    if (start >= 0) at = start + m.text.length;
  }
  return out;
}

/** One clause of the list: "X chủ trì", "X, Y đồng chủ trì", "X chủ trì, phối hợp với Y", "Y phối hợp". */
function clauseRoles(clause: string, matcher: AgencyMatcher, into: Responsibility): void {
  const f = fold(clause);
  const lead = /(?<!\p{L})(?:\(\s*)?(?:dong\s+)?chu tri(?!\p{L})/u.exec(f);
  if (lead && lead.index > 0) {
    into.lead.push(...names(clause.slice(0, lead.index), matcher));
    const partner = /(?<!\p{L})phoi hop voi\s+/u.exec(f.slice(lead.index));
    if (partner) into.coordinating.push(...names(clause.slice(lead.index + partner.index + partner[0].length), matcher));
    return;
  }
  const coord = /\s(?:cung\s+)?phoi hop[\s.]*$/.exec(f);
  if (coord) into.coordinating.push(...names(clause.slice(0, coord.index), matcher));
}

export function responsibilityIn(input: string, matcher: AgencyMatcher): Responsibility | null {
  const text = normaliseText(input.replace(/\s*\n\s*/g, ' '));
  const folded = fold(text);
  if (folded.length !== text.length) return null; // offsets would not line up: do not guess
  const label = LABEL.exec(folded);
  if (!label) return null;
  const from = label.index + label[0].length;
  const end = VALUE_END.exec(folded.slice(from))?.index ?? folded.length - from;
  const value = text.slice(from, from + end).trim();
  if (!value) return null;
  const roles: Responsibility = { lead: [], coordinating: [] };
  const cell = splitAgencyCell(value);
  if (cell) {
    roles.lead.push(...names(cell.lead, matcher));
    roles.coordinating.push(...names(cell.coordinating, matcher));
  } else for (const clause of value.split(';')) clauseRoles(clause.trim(), matcher, roles);
  if (roles.lead.length === 0) return null;
  const key = (m: LooseMention) => m.agencyId ?? `?${fold(m.text)}`;
  const coordinating = roles.coordinating.filter((c, k, all) => !roles.lead.some((l) => key(l) === key(c)) && all.findIndex((o) => key(o) === key(c)) === k);
  return { lead: roles.lead, coordinating };
}
