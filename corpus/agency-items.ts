import type { AgencyMatcher } from './agency-matcher';
import { subtreeLines, subtreeText, type TreeNode } from './heading-tree';
import { syllableDistance } from './edit-distance';
import { tokenize } from './syllables';
import type { AgencyMention } from './schema';

/**
 * Agency-by-agency paragraphs of an organisation section ("IV. TỔ CHỨC THỰC HIỆN"): each numbered
 * item names one or more agencies ("5.Sé Tw phap", "Sở Y tế: Chủ trì…", "Giao Sở LĐTBXH chủ trì…",
 * "Đề nghị Tòa án nhân dân tỉnh: …") and gives their tasks inline, as dash bullets or as a), b).
 * Every bullet (or the inline text) becomes one unit whose lead is that agency.
 */
export interface AgencyUnit {
  itemLabel: string;
  sectionLabel: string;
  head: string;
  lead: AgencyMention[];
  coordinating: AgencyMention[];
  task: string;
  ref: string;
  lineStart: number;
  lineEnd: number;
}

export interface ItemHead {
  lead: AgencyMention[];
  head: string;
  /** Task text given inline after the head ("" when the item only names the agency). */
  body: string;
}

/** Split an item's first block into the agencies it names and the inline task. */
export function splitItemHead(text: string, matcher: AgencyMatcher): ItemHead | null {
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 220) {
    const head = text.slice(0, colon).trim();
    const lead = matcher.resolveList(head);
    if (lead) return { lead, head, body: text.slice(colon + 1).trim() };
  }
  const whole = matcher.resolveList(text);
  if (whole) return { lead: whole, head: text.trim(), body: '' };
  const prefix = matcher.resolvePrefix(text);
  if (prefix) {
    // "Giao Sở LĐTBXH chủ trì triển khai…": the sentence itself states the task; keep it whole.
    return { lead: prefix.mentions, head: prefix.text.slice(0, prefix.endOffset).trim(), body: prefix.text.trim() };
  }
  return null;
}

const PHOI_HOP_VOI = tokenize('phối hợp với').tokens.map((t) => t.folded);

/** Agencies named right after "phối hợp với" (OCR forms such as "Phéi hop véi" included). */
export function coordinatingIn(text: string, matcher: AgencyMatcher): AgencyMention[] {
  const { text: norm, tokens } = tokenize(text);
  const out: AgencyMention[] = [];
  for (let i = 0; i + PHOI_HOP_VOI.length <= tokens.length; i++) {
    let cost = 0;
    for (let k = 0; k < PHOI_HOP_VOI.length; k++) cost += syllableDistance(tokens[i + k]!.folded, PHOI_HOP_VOI[k]!);
    if (cost / PHOI_HOP_VOI.length > 0.25) continue;
    const after = tokens[i + PHOI_HOP_VOI.length];
    if (!after) continue;
    const found = matcher.resolvePrefix(norm.slice(after.start));
    if (found) for (const m of found.mentions) if (!out.some((o) => o.agencyId === m.agencyId)) out.push(m);
  }
  return out;
}

export function agencyUnits(section: TreeNode, matcher: AgencyMatcher): AgencyUnit[] {
  const units: AgencyUnit[] = [];
  const roman = section.label;
  for (const item of section.children) {
    if (item.marker?.type !== 'number') continue;
    const first = item.parts[0] ?? '';
    const head = splitItemHead(first, matcher);
    if (!head) continue; // an item that names no agency ("Căn cứ nhiệm vụ được phân công…") stays a section only
    const refBase = `Mục ${roman}.${item.label}`;
    const make = (task: string, ref: string, lines: number[]): AgencyUnit => ({
      itemLabel: item.label,
      sectionLabel: roman,
      head: head.head,
      lead: head.lead,
      coordinating: coordinatingIn(task, matcher).filter((c) => !head.lead.some((l) => l.agencyId === c.agencyId)),
      task,
      ref,
      lineStart: Math.min(...lines),
      lineEnd: Math.max(...lines),
    });
    const inline = [head.body, ...item.parts.slice(1)].filter((s) => s.length > 0).join('\n');
    if (inline) units.push(make(inline, refBase, item.lines));
    let dash = 0;
    for (const child of item.children) {
      const isDash = child.marker?.type === 'dash';
      if (isDash) dash += 1;
      const ref = isDash ? `${refBase}, gạch đầu dòng thứ ${dash}` : `${refBase}.${child.label}`;
      units.push(make(subtreeText(child), ref, subtreeLines(child)));
    }
  }
  return units;
}

