import type { AgencyMatcher, LooseMention } from './agency-matcher';
import { coordinatingIn, splitItemHead } from './agency-items';
import { looksLikeAgencyName } from './agency-names';
import { subtreeLines, subtreeText, nodeText, type TreeNode } from './heading-tree';
import { fold } from './normalise';
import { acceptList, proseRoles } from './prose-roles';

/**
 * Assignments written in prose, in any section of a plan:
 * - agency items: an item whose head names agencies ("1. Sở Y tế:", "5. Các sở, ban, ngành cấp
 *   tỉnh; UBND các xã, phường:", "3. Công an tỉnh chủ trì, phối hợp với …:") gives each of its
 *   bullets (or its inline text) to them;
 * - role sentences: a bullet or item that says who does it ("(Sở Tư pháp chủ trì, phối hợp với
 *   Công an tỉnh)", "Cơ quan chủ trì: …", "Giao Sở Y tế chủ trì…"); an item's roles pass to its
 *   bullets that state none of their own.
 */
export interface ProseUnit {
  origin: 'agency-section' | 'prose';
  head: string | null;
  lead: LooseMention[];
  coordinating: LooseMention[];
  task: string;
  ref: string;
  group: string;
  lineStart: number;
  lineEnd: number;
  /** given by a labelled line ("- Thời gian thực hiện: …"); otherwise read from the task text */
  timeframe?: string | null;
  /** other labelled lines ("- Sản phẩm: …", "- Kinh phí: …") */
  extra?: Array<{ label: string; value: string }>;
}

/** "- Cơ quan chủ trì: …", "- Thời gian thực hiện: …", "- Sản phẩm: …": a task written as a labelled block */
const ROLE_LABEL = /^(?:(?:co quan|don vi)\s+(?:chu tri|phoi hop)(?:\s+thuc hien)?|(?:thoi gian|thoi han|tien do)(?:\s+(?:thuc hien|hoan thanh))?|san pham|ket qua|du kien ket qua|kinh phi|nguon kinh phi|ghi chu)\s*:/;

/**
 * A task written as a title with labelled lines under it. The labels give lead, coordinating and
 * timeframe; the other labels are kept like a table's extra columns; unlabelled lines belong to the task.
 */
function labelledBlock(item: TreeNode, matcher: AgencyMatcher): Omit<ProseUnit, 'ref' | 'group'> | null {
  const labels = item.children.filter((c) => ROLE_LABEL.test(fold(nodeText(c)).replace(/^[\s*]+/, '')));
  if (labels.length === 0 || !labels.some((c) => /^(?:co quan|don vi)\s+chu tri/.test(fold(nodeText(c))))) return null;
  // each label's value is a whole list ("Sở Y tế; các sở, ban, ngành liên quan")
  const roles = { lead: [] as LooseMention[], coordinating: [] as LooseMention[] };
  let timeframe: string | null = null;
  const extra: Array<{ label: string; value: string }> = [];
  for (const c of labels) {
    const text = nodeText(c).trim();
    const colon = text.indexOf(':');
    const label = text.slice(0, colon).trim();
    const value = text.slice(colon + 1).trim().replace(/\s*[;.]$/, '');
    const f = fold(label);
    if (/^(?:thoi gian|thoi han|tien do)/.test(f)) timeframe = value || null;
    else if (/^(?:co quan|don vi)\s+chu tri/.test(f)) roles.lead.push(...(acceptList(value, matcher, false) ?? []));
    else if (/^(?:co quan|don vi)\s+phoi hop/.test(f)) roles.coordinating.push(...(acceptList(value, matcher, false) ?? []));
    else if (value) extra.push({ label, value });
  }
  if (roles.lead.length === 0) return null;
  const rest = item.children.filter((c) => !labels.includes(c));
  const lines = [...item.lines, ...rest.flatMap(subtreeLines)];
  return {
    origin: 'prose',
    head: null,
    lead: roles.lead,
    coordinating: roles.coordinating,
    task: [nodeText(item), ...rest.map(subtreeText)].filter(Boolean).join('\n'),
    lineStart: Math.min(...lines),
    lineEnd: Math.max(...lines, ...labels.flatMap(subtreeLines)),
    timeframe,
    extra,
  };
}

/** The lines of a node's k-th paragraph: from its first line up to the next paragraph's. */
function partSpan(node: TreeNode, k: number): { start: number; end: number; lines: number[] } {
  const start = node.partLines[k] ?? node.lines[0]!;
  const nextStart = node.partLines[k + 1] ?? Infinity;
  const lines = [start, ...node.lines.filter((l) => l > start && l < nextStart)];
  return { start, end: Math.max(...lines), lines };
}

/** A unit for each paragraph after a node's first that says who does it ("Sở Tư pháp chủ trì, phối hợp với …"). */
function roleParagraphs(node: TreeNode, matcher: AgencyMatcher, label: string, group: string): ProseUnit[] {
  const out: ProseUnit[] = [];
  node.parts.forEach((part, k) => {
    if (k === 0) return;
    const roles = proseRoles(part, matcher);
    if (!roles) return;
    const { start, end } = partSpan(node, k);
    out.push({ origin: 'prose', head: null, lead: roles.lead, coordinating: roles.coordinating, task: part, ref: `Mục ${label}, đoạn ${k}`, group, lineStart: start, lineEnd: end });
  });
  return out;
}

/** "Về rà soát, hoàn thiện cơ chế, chính sách…": an item's title naming a topic, not a task sentence */
function isTopicTitle(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 160 && !/[.;]$/.test(t);
}

const ROLE_VERBS = /^\s*[,:]?\s*(chu tri|phoi hop|tham muu|thuc hien|trien khai|huong dan|chi dao|to chuc)\b/;

/** "IV.3", "II.1.a": the marker path of a node, without dash bullets. */
export function nodePath(node: TreeNode): string {
  const labels: string[] = [];
  for (let n: TreeNode | null = node; n; n = n.parent) if (n.marker && n.marker.type !== 'dash') labels.unshift(n.label);
  // a dotted key repeats its parent ("2" then "2.3"): "II.2.3", not "II.2.2.3"
  const parts: string[] = [];
  for (const l of labels) {
    if (parts.length > 0 && l.startsWith(`${parts[parts.length - 1]}.`)) parts[parts.length - 1] = l;
    else parts.push(l);
  }
  return parts.join('.');
}

interface Head {
  lead: LooseMention[];
  coordinating: LooseMention[];
  head: string;
  body: string;
}

/** The agencies an item's first block is headed by, registered or reading like names. */
function itemHead(first: string, matcher: AgencyMatcher, organisation: boolean): Head | null {
  const colon = first.indexOf(':');
  if (colon > 0 && colon < 220) {
    const head = first.slice(0, colon).trim();
    const body = first.slice(colon + 1).trim();
    // "Công an tỉnh chủ trì, phối hợp với Viện kiểm sát…: …": the head says who leads and who helps
    const roles = /(?<!\p{L})chu tri(?!\p{L})/u.test(fold(head)) ? proseRoles(head, matcher) : null;
    if (roles) return { lead: roles.lead, coordinating: roles.coordinating, head, body };
    const loose = matcher.resolveLoose(head);
    if (loose && loose.every((m) => m.agencyId !== null || looksLikeAgencyName(m.text))) return { lead: loose, coordinating: [], head, body };
  }
  const whole = first.trim();
  if (whole.length <= 160) {
    const loose = matcher.resolveLoose(whole.replace(/[.:;]$/, ''));
    if (loose && loose.every((m) => m.agencyId !== null || looksLikeAgencyName(m.text))) return { lead: loose, coordinating: [], head: whole, body: '' };
  }
  const seeded = splitItemHead(first, matcher);
  if (seeded && (organisation || ROLE_VERBS.test(fold(first.slice(seeded.head.length))))) {
    // "Sở Y tế chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh và …": partners the registry may not know
    const roles = /phoi hop/.test(fold(first)) ? proseRoles(first, matcher) : null;
    return { lead: seeded.lead, coordinating: roles?.coordinating ?? [], head: seeded.head, body: seeded.body };
  }
  return null;
}

/**
 * Under a heading naming several agencies ("5. Sở Tư pháp, Sở Tài chính"), an item that opens with
 * one of them ("b) Sở Tài chính: tham mưu…") is that agency's alone.
 */
function ownLead(task: string, lead: LooseMention[], matcher: AgencyMatcher): LooseMention[] {
  if (lead.length < 2) return lead;
  const colon = task.indexOf(':');
  if (colon <= 0 || colon > 120) return lead;
  const named = matcher.resolveLoose(task.slice(0, colon).trim());
  const same = (a: LooseMention, b: LooseMention) => (a.agencyId ?? `?${fold(a.text)}`) === (b.agencyId ?? `?${fold(b.text)}`);
  if (!named || !named.every((n) => lead.some((l) => same(l, n)))) return lead;
  return lead.filter((l) => named.some((n) => same(l, n)));
}

export function proseUnits(roots: TreeNode[], matcher: AgencyMatcher): ProseUnit[] {
  const units: ProseUnit[] = [];
  const visitAgencyItem = (item: TreeNode, head: Head, dashIndex: number) => {
    const path = nodePath(item);
    const refBase = `Mục ${path}${item.marker?.type === 'dash' ? `, gạch đầu dòng thứ ${dashIndex}` : ''}`;
    const headCoord = [...head.coordinating];
    const make = (task: string, ref: string, lines: number[]): ProseUnit => {
      const lead = ownLead(task, head.lead, matcher);
      const own = coordinatingIn(task, matcher).map((m) => ({ agencyId: m.agencyId as string | null, text: m.text }));
      const coordinating = [...headCoord, ...own].filter(
        (c, k, all) => !lead.some((l) => l.agencyId !== null && l.agencyId === c.agencyId) && all.findIndex((o) => (o.agencyId ?? o.text) === (c.agencyId ?? c.text)) === k,
      );
      return {
        origin: 'agency-section',
        head: head.head,
        lead,
        coordinating,
        task,
        ref,
        group: `Mục ${path}: ${head.head}`,
        lineStart: Math.min(...lines),
        lineEnd: Math.max(...lines),
      };
    };
    const paragraphs = item.parts.slice(1).filter((s) => s.length > 0);
    if (!head.body && paragraphs.length >= 2) {
      // "3. Các sở, ban, ngành tỉnh:" then paragraphs, one duty each: a unit per paragraph, like bullets
      paragraphs.forEach((part, k) => units.push(make(part, `${refBase}, đoạn ${k + 1}`, partSpan(item, item.parts.indexOf(part)).lines)));
    } else {
      const inline = [head.body, ...paragraphs].filter((s) => s.length > 0).join('\n');
      if (inline) units.push(make(inline, refBase, item.lines));
    }
    let dash = 0;
    for (const child of item.children) {
      const isDash = child.marker?.type === 'dash';
      if (isDash) dash += 1;
      const ref = isDash ? `${refBase}, gạch đầu dòng thứ ${dash}` : `Mục ${nodePath(child)}`;
      units.push(make(subtreeText(child), ref, subtreeLines(child)));
    }
  };

  const visit = (node: TreeNode, inherited: { roles: ReturnType<typeof proseRoles>; heading: string } | null, organisation: boolean, dashIndex: number) => {
    const isItem = node.marker !== null && node.marker.type !== 'roman' && node.marker.type !== 'article';
    const block = isItem ? labelledBlock(node, matcher) : null;
    if (block) {
      const path = nodePath(node);
      units.push({ ...block, ref: node.marker?.type === 'dash' ? `Mục ${path}, gạch đầu dòng thứ ${dashIndex}` : `Mục ${path}`, group: inherited?.heading ?? `Mục ${path}` });
      return;
    }
    if (isItem) {
      const head = itemHead(node.parts[0] ?? '', matcher, organisation);
      if (head) {
        visitAgencyItem(node, head, dashIndex);
        return;
      }
    }
    // "1. Về đăng ký khai sinh" and then its task paragraphs, each naming its own lead ("Sở Tư pháp
    // chủ trì, phối hợp với …"): a unit per paragraph, as under a Roman heading
    if (isItem && node.parts.length > 1 && isTopicTitle(node.parts[0]!)) {
      const path = nodePath(node);
      const found = roleParagraphs(node, matcher, path, `Mục ${path}: ${node.parts[0]!.slice(0, 120)}`);
      if (found.length > 0) {
        units.push(...found);
        let dashes = 0;
        for (const child of node.children) {
          if (child.marker?.type === 'dash') dashes += 1;
          visit(child, inherited, organisation, dashes);
        }
        return;
      }
    }
    const own = isItem ? proseRoles(nodeText(node), matcher) : null;
    const roles = own ?? inherited?.roles ?? null;
    const path = nodePath(node);
    const heading = isItem && node.marker?.type !== 'dash' ? `Mục ${path}: ${(node.parts[0] ?? '').slice(0, 120)}` : inherited?.heading ?? `Mục ${path}`;
    const ref = node.marker?.type === 'dash' ? `Mục ${path}, gạch đầu dòng thứ ${dashIndex}` : `Mục ${path}`;
    if (isItem && roles && (own || node.children.length === 0)) {
      if (node.children.length === 0 || (own && node.children.every((c) => !proseRoles(subtreeText(c), matcher)) && node.children.length === 0)) {
        units.push({ origin: 'prose', head: null, lead: roles.lead, coordinating: roles.coordinating, task: subtreeText(node), ref, group: inherited?.heading ?? heading, lineStart: Math.min(...subtreeLines(node)), lineEnd: Math.max(...subtreeLines(node)) });
        return;
      }
    }
    let dashes = 0;
    for (const child of node.children) {
      if (child.marker?.type === 'dash') dashes += 1;
      visit(child, roles ? { roles, heading } : inherited ? { roles: inherited.roles, heading } : null, organisation, dashes);
    }
  };

  for (const root of roots) {
    if (root.region !== 'body' || root.kind === 'appendix') continue;
    // unnumbered paragraphs of a section that say who leads ("Giao Công an tỉnh chủ trì, phối hợp với …")
    units.push(...roleParagraphs(root, matcher, root.label, `Mục ${root.label}: ${(root.parts[0] ?? '').slice(0, 120)}`));
    const organisation = root.kind === 'organisation';
    let dashes = 0;
    for (const child of root.children) {
      if (child.marker?.type === 'dash') dashes += 1;
      visit(child, null, organisation, dashes);
    }
  }
  return units;
}
