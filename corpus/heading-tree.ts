import { fold } from './normalise';
import { isBlank, isScanNoise, type Line } from './lines';
import {
  detectMarker,
  documentTitleKind,
  isRecipientsLine,
  isSignatureLine,
  type Marker,
} from './markers';
import type { SectionKind } from './schema';

/**
 * The heading tree of a document body: Roman headings (and "Điều N." articles) at level 1,
 * "1." items at 2, "a)" at 3, dash bullets at 4. Hard-wrapped lines are joined into their block;
 * a block that starts in lower case continues the previous one even across a page break (the
 * Sơn La scan breaks sentences over pages and inserts URL lines between them).
 */
export interface TreeNode {
  marker: Marker | null;
  /** "preamble", "closing", "title" for the non-heading regions; otherwise the heading kind. */
  region: 'preamble' | 'body' | 'closing';
  kind: SectionKind;
  level: number;
  label: string;
  /** Text of the marked block (marker removed), then of any plain paragraphs attached to it. */
  parts: string[];
  /** the line each part starts on */
  partLines: number[];
  lines: number[];
  children: TreeNode[];
  parent: TreeNode | null;
}

export interface TreeResult {
  roots: TreeNode[];
  /** Lines dropped as scan noise (URLs). */
  noise: Line[];
  /** The document-type title lines ("KẾ HOẠCH", "QUYẾT ĐỊNH") with the kind they announce. */
  titles: Array<{ kind: 'Kế hoạch' | 'Quyết định'; line: number }>;
}

const KIND_BY_TITLE: Array<[RegExp, SectionKind]> = [
  [/\bmuc (dich|tieu)|\byeu cau\b/, 'purpose'],
  [/\bkinh phi\b/, 'funding'],
  [/\bnhiem vu\b/, 'tasks'],
  [/\bto chuc thuc hien\b|\bto chuc thu c hien\b/, 'organisation'],
  [/\bbao cao\b|\bche do thong tin\b/, 'reporting'],
];

export function headingKind(title: string): SectionKind {
  // the scan writes "THU'C" for "THỰC": drop apostrophes before matching
  const f = fold(title).replace(/'/g, '');
  for (const [re, kind] of KIND_BY_TITLE) if (re.test(f)) return kind;
  return 'other';
}

function newNode(
  marker: Marker | null,
  region: TreeNode['region'],
  kind: SectionKind,
  level: number,
  label: string,
  parent: TreeNode | null,
): TreeNode {
  return { marker, region, kind, level, label, parts: [], partLines: [], lines: [], children: [], parent };
}

/** Starts with a lower-case letter: the continuation of a sentence broken by a wrap or a page. */
function startsLowerCase(text: string): boolean {
  const first = /\p{L}/u.exec(text.replace(/^[\s*]+/, ''));
  return first !== null && first[0] === first[0].toLowerCase() && first[0] !== first[0].toUpperCase();
}

/**
 * `paragraphs`: each line is a paragraph (a Word file's text); `attach`: also, a paragraph that follows
 * a block without a blank line belongs to that block, as a part of its own (text pasted out of Word,
 * where no blank line separates anything: "1. Về …" then its task paragraphs).
 */
export function buildHeadingTree(lines: Line[], options: { paragraphs?: boolean; attach?: boolean } = {}): TreeResult {
  const roots: TreeNode[] = [];
  const noise: Line[] = [];
  const titles: TreeResult['titles'] = [];
  let region = 'preamble' as TreeNode['region']; // widened: startRegion() changes it
  let current: TreeNode = newNode(null, 'preamble', 'preamble', 0, 'preamble', null);
  roots.push(current);
  let stack: TreeNode[] = [];
  /** the block lines are appended to */
  let block: TreeNode = current;
  let sawBreak = true;

  const startRegion = (r: TreeNode['region'], kind: SectionKind, label: string) => {
    region = r;
    current = newNode(null, r, kind, 0, label, null);
    roots.push(current);
    stack = [];
    block = current;
  };
  const appendToBlock = (node: TreeNode, line: Line, text: string, newPart: boolean) => {
    if (newPart || node.parts.length === 0) {
      node.parts.push(text);
      node.partLines.push(line.no);
    } else node.parts[node.parts.length - 1] += ` ${text}`;
    node.lines.push(line.no);
  };

  for (const line of lines) {
    if (isBlank(line)) {
      sawBreak = true;
      continue;
    }
    if (isScanNoise(line)) {
      noise.push(line);
      continue; // a page break, not a paragraph break
    }
    const text = line.text.trim().replace(/^\*\*|\*\*$/g, '').trim();
    const titleKind = documentTitleKind(text);
    if (titleKind) {
      titles.push({ kind: titleKind, line: line.no });
      // "QUYẾT ĐỊNH:" opens the articles of a decision; a bare title opens a new preamble
      startRegion('preamble', /:\s*$/.test(text) ? 'decision' : 'preamble', titleKind);
      appendToBlock(current, line, text, true);
      sawBreak = false;
      continue;
    }
    if (isRecipientsLine(text) || (region !== 'closing' && isSignatureLine(text))) {
      if (region !== 'closing') startRegion('closing', 'closing', 'closing');
      appendToBlock(current, line, text, true);
      sawBreak = false;
      continue;
    }
    if (region === 'closing') {
      appendToBlock(current, line, text, true);
      continue;
    }
    const marker = detectMarker(text);
    if (marker && !(marker.type === 'dash' && region === 'preamble' && stack.length === 0 && current.kind !== 'decision')) {
      if (marker.level === 1) {
        region = 'body';
        const kind = marker.type === 'article' ? 'decision' : headingKind(marker.rest);
        const node = newNode(marker, 'body', kind, 1, marker.label, null);
        roots.push(node);
        stack = [node];
        current = node;
        block = node;
        appendToBlock(node, line, marker.rest, true);
      } else {
        while (stack.length > 0 && stack[stack.length - 1]!.level >= marker.level) stack.pop();
        const parent = stack[stack.length - 1] ?? current;
        const node = newNode(marker, parent.region, parent.kind, marker.level, marker.label, parent);
        parent.children.push(node);
        stack.push(node);
        block = node;
        appendToBlock(node, line, marker.rest, true);
      }
      sawBreak = false;
      continue;
    }
    // in a Word file a line is a paragraph: only a page-broken sentence (lower case) continues one
    if ((!sawBreak && !options.paragraphs) || startsLowerCase(text)) {
      appendToBlock(block, line, text, false); // hard wrap or a sentence continued over a page
    } else if (options.attach && !sawBreak) {
      appendToBlock(block, line, text, true);
    } else {
      // A plain paragraph: it belongs to an item that announced it with a colon ("1. Mục tiêu:"),
      // otherwise to the enclosing level-1 heading (or the region).
      const top = stack[stack.length - 1];
      const lastText = top?.parts[top.parts.length - 1] ?? '';
      const owner = top && /:\s*$/.test(lastText) ? top : (stack[0] ?? current);
      appendToBlock(owner, line, text, true);
      block = owner;
      stack = stack.slice(0, stack.indexOf(owner) + 1);
    }
    sawBreak = false;
  }
  return { roots: roots.filter((r) => r.lines.length > 0 || r.children.length > 0), noise, titles };
}

/** Own text of a node: its block and attached paragraphs. */
export const nodeText = (node: TreeNode): string => node.parts.join('\n');

/** All text under a node, depth first. */
export function subtreeText(node: TreeNode): string {
  return [nodeText(node), ...node.children.map(subtreeText)].filter((s) => s.length > 0).join('\n');
}

export function subtreeLines(node: TreeNode): number[] {
  return [...node.lines, ...node.children.flatMap(subtreeLines)];
}
