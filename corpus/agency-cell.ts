import { fold } from './normalise';

/**
 * One text naming every body of a task, split into who leads and who helps. Plans write a single
 * "Cơ quan thực hiện" cell (or a "Trách nhiệm: …" line) in two ways:
 * - role labels: "Chủ trì: Sở Tư pháp Phối hợp: Sở Y tế, các sở, ngành liên quan" (two paragraphs
 *   of one Word cell, joined by a space), "Cơ quan chủ trì: …; Cơ quan phối hợp: …", or the lead
 *   unlabelled before "Phối hợp: …";
 * - a marked lead: "Sở Y tế (chủ trì); Sở GD&ĐT, Công an tỉnh", the mark anywhere in the list
 *   ("Công an tỉnh; Bộ Chỉ huy BĐBP tỉnh (chủ trì); Sở Y tế"): the marked body leads, the rest help.
 * Returns the two lists as written (names are resolved by the caller), or null when the text says
 * neither.
 */
export interface CellRoles {
  lead: string;
  coordinating: string;
  how: 'labels' | 'mark';
}

/** "Chủ trì:", "Cơ quan chủ trì:", "Đơn vị phối hợp thực hiện:", at the start of a label */
const LABEL = /(?<!\p{L})(?:(?:co quan|don vi)\s+)?(dong chu tri|chu tri|phoi hop)(?:\s+thuc hien)?\s*:\s*/gu;
const MARK = /\s*\(\s*(?:đồng chủ trì|chủ trì|cơ quan chủ trì|đơn vị chủ trì)\s*\)\s*/iu;

const tidy = (s: string) => s.replace(/^[\s,;.]+|[\s,;.]+$/g, '');

function byLabels(text: string): CellRoles | null {
  const folded = fold(text);
  if (folded.length !== text.length) return null; // offsets would not line up: do not guess
  const labels = [...folded.matchAll(LABEL)];
  if (labels.length === 0) return null;
  if (!labels.some((m) => m[1] !== 'phoi hop')) {
    // "Sở Y tế Phối hợp: Sở Tư pháp, Sở Nội vụ" (the lead on the cell's first line, in bold, then the
    // partners under a label): what comes before the one "Phối hợp:" leads
    if (labels.length !== 1) return null;
    const lead = tidy(text.slice(0, labels[0]!.index));
    const coordinating = tidy(text.slice(labels[0]!.index + labels[0]![0].length));
    return lead ? { lead, coordinating, how: 'labels' } : null;
  }
  // text before the first label is not a role ("Sở Y tế. Chủ trì: …" does not occur; keep it safe)
  if (tidy(text.slice(0, labels[0]!.index)) !== '') return null;
  const lead: string[] = [];
  const coordinating: string[] = [];
  labels.forEach((m, k) => {
    const from = m.index + m[0].length;
    const to = labels[k + 1]?.index ?? text.length;
    const value = tidy(text.slice(from, to));
    if (value) (m[1] === 'phoi hop' ? coordinating : lead).push(value);
  });
  if (lead.length === 0) return null;
  return { lead: lead.join('; '), coordinating: coordinating.join('; '), how: 'labels' };
}

function byMark(text: string): CellRoles | null {
  if (!MARK.test(text)) return null;
  const at = text.search(MARK);
  const before = text.slice(0, at);
  const cut = Math.max(before.lastIndexOf(';'), -1);
  const leadName = before.slice(cut + 1).trim();
  const others = [before.slice(0, Math.max(cut, 0)), text.slice(at).replace(MARK, ' ')].map(tidy).filter(Boolean).join('; ');
  return { lead: leadName, coordinating: others.replace(/^\(?\s*phối hợp\s*:?\s*\)?\s*/i, ''), how: 'mark' };
}

export function splitAgencyCell(text: string): CellRoles | null {
  return byLabels(text) ?? byMark(text);
}
