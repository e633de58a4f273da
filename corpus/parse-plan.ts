import type { AgencyMatcher, LooseMention } from './agency-matcher';
import { isTableHeader, parseAppendixTable, tableRowRefs, type ParsedTable } from './appendix-table';
import { proseUnits } from './plan-units';
import { findTimeframe } from './timeframe';
import { partnersIn } from './prose-roles';
import { splitAgencyCell } from './agency-cell';
import { unregisteredId } from './unregistered';
import { CorpusParseError, ManifestError } from './errors';
import { buildHeadingTree, nodeText, subtreeText, type TreeNode } from './heading-tree';
import { expandLegend } from './abbreviation-legend';
import { isBlank, isScanNoise, linesAreParagraphs, splitLines, type Line } from './lines';
import { manifestDate, type ManifestEntry } from './manifest';
import { isAppendixTitle } from './markers';
import { fold, normaliseText } from './normalise';
import { sameProvince } from './province-name';
import {
  findDateAfterNumber,
  findDocumentNumber,
  findImplements,
  findPeriod,
  findPlaceDate,
  fundingSources,
  reportingScore,
  reportChannels,
  reportingFacts,
  sentences,
} from './plan-facts';
import type { AgencyMention, Assignment, ParsedPlan, Plan, Section, UnplacedLine } from './schema';

export interface SeedDocument {
  file: string;
  content: string;
  /** each line is a whole paragraph (a Word file's text): lines are never joined as hard wraps */
  paragraphs?: boolean;
}

const TASK_WORDS = /\b(chu tri|phoi hop|thuc hien|trien khai|bao dam|tang cuong|nang cao|to chuc|xay dung|tuyen truyen)\b/;

function sectionTitle(node: TreeNode): string {
  const first = node.parts[0] ?? '';
  if (node.marker?.type === 'roman' || node.marker === null) return first;
  const colon = first.indexOf(':');
  if (colon > 0 && colon < 120) return first.slice(0, colon).trim();
  return first.length > 90 ? `${first.slice(0, 90).trimEnd()}…` : first;
}

function flattenSections(planId: string, roots: TreeNode[]): { sections: Section[]; placed: Set<number> } {
  const sections: Section[] = [];
  const placed = new Set<number>();
  const regionCount = new Map<string, number>();
  const visit = (node: TreeNode, parentPath: string[], parentId: string | null, dashIndex: number) => {
    let label = node.label;
    if (node.marker?.type === 'dash') label = `-${dashIndex}`;
    let path = [...parentPath, label];
    if (node.marker === null) {
      const n = (regionCount.get(node.label) ?? 0) + 1;
      regionCount.set(node.label, n);
      path = [n > 1 ? `${node.label}-${n}` : node.label];
    }
    const id = `${planId}:${path.join('/')}`;
    const allLines = [...node.lines];
    const collect = (n: TreeNode) => n.children.forEach((c) => { allLines.push(...c.lines); collect(c); });
    collect(node);
    node.lines.forEach((l) => placed.add(l));
    sections.push({
      id,
      planId,
      parentId,
      kind: node.kind,
      path,
      level: Math.floor(node.level), // dotted keys ("1.1") sit between levels 2 and 3 in the tree
      title: sectionTitle(node),
      text: nodeText(node),
      textRestored: null,
      lineStart: Math.min(...allLines),
      lineEnd: Math.max(...allLines),
    });
    let dashes = 0;
    for (const child of node.children) {
      if (child.marker?.type === 'dash') dashes += 1;
      visit(child, path, id, dashes);
    }
  };
  for (const root of roots) visit(root, [], null, 0);
  return { sections, placed };
}

/** Table cells and heads name agencies: registered ones by canonical id, others kept in the plan's words. */
function toMentions(found: LooseMention[] | null, notes: string[], where: string): AgencyMention[] {
  return (found ?? []).map((m) => {
    if (m.agencyId !== null) return { agencyId: m.agencyId, text: m.text };
    const note = `${where}: "${m.text}" chưa có trong danh mục cơ quan; giữ nguyên tên như văn bản ghi`;
    if (!notes.includes(note)) notes.push(note);
    return { agencyId: unregisteredId(m.text), text: m.text };
  });
}

function tableAssignments(planId: string, file: string, table: ParsedTable, matcher: AgencyMatcher, tableNo: number): Assignment[] {
  const refs = tableRowRefs(table.rows);
  const prefix = tableNo > 1 ? `Bảng ${tableNo}, ` : '';
  return table.rows.map((row, i) => {
    const notes = [...row.notes];
    // one "Cơ quan thực hiện" cell naming its lead: "Sở Y tế (chủ trì); Sở GD&ĐT, Công an tỉnh", or
    // labelled "Chủ trì: Sở Tư pháp Phối hợp: Sở Y tế, …" (two paragraphs of one Word cell)
    const split = row.lead && !row.coordinating ? splitAgencyCell(row.lead) : null;
    if (split) {
      row = { ...row, lead: split.lead, coordinating: split.coordinating };
      notes.push(split.how === 'mark'
        ? `dòng ${row.lineStart}: một ô "thực hiện" ghi "(chủ trì)": cơ quan đó là chủ trì, các cơ quan khác là phối hợp`
        : `dòng ${row.lineStart}: một ô "thực hiện" ghi "Chủ trì: …" và "Phối hợp: …": đọc theo nhãn`);
    }
    const lead = toMentions(row.lead ? matcher.resolveLoose(row.lead) : null, notes, `dòng ${row.lineStart}, cột chủ trì`);
    let coordinating = toMentions(row.coordinating ? matcher.resolveLoose(row.coordinating) : null, notes, `dòng ${row.lineStart}, cột phối hợp`);
    // a table without a "phối hợp" column names partners inside the task ("…, phối hợp với Công an tỉnh")
    if (!table.hasCoordinatingColumn && coordinating.length === 0 && /phoi hop voi/.test(fold(row.task))) {
      coordinating = toMentions(partnersIn(row.task, matcher), notes, `dòng ${row.lineStart}, "phối hợp với" trong nội dung`).filter((c) => !lead.some((l) => l.agencyId === c.agencyId));
      if (coordinating.length > 0) notes.push(`dòng ${row.lineStart}: bảng không có cột phối hợp; cơ quan phối hợp đọc từ "phối hợp với …" trong nội dung`);
    }
    // a "Khuyến nghị số" column beside the row number: the UN recommendations the row implements
    const recColumn = row.extra.find((e) => /khuyen nghi/.test(fold(e.label)));
    const recommendations = row.recommendations.length > 0 || !recColumn ? row.recommendations : [...recColumn.value.matchAll(/\d{1,3}/g)].map((m) => Number(m[0]));
    return {
      id: `${planId}:appendix:${tableNo > 1 ? `${tableNo}-` : ''}${i + 1}`,
      planId,
      origin: 'appendix' as const,
      task: normaliseText(row.task),
      taskRestored: null,
      lead,
      coordinating,
      timeframe: row.timeframe,
      recommendations,
      group: row.group ? `${row.group.path.join('.')}. ${row.group.title}` : null,
      source: { file, ref: prefix + refs[i]!, lineStart: row.lineStart, lineEnd: row.lineEnd },
      notes,
      extra: row.extra,
    };
  });
}

function sameDate(a: Plan['issuedDate'], b: Plan['issuedDate']): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Accented plans are matched strictly (a real word is never read as another); a scan fuzzily. */
export interface PlanMatchers {
  accented: AgencyMatcher;
  scanned: AgencyMatcher;
}

export interface ParseOptions {
  /** false while drafting a manifest entry from the text itself (add-plan): nothing to check against yet */
  checkManifest?: boolean;
}

export function parsePlan(doc: SeedDocument, entry: ManifestEntry, matchers: AgencyMatcher | PlanMatchers, options: ParseOptions = {}): ParsedPlan {
  const { file } = doc;
  const scanned = diacriticShare(doc.content) < 0.3;
  const matcher = 'resolveLoose' in matchers ? matchers : scanned ? matchers.scanned : matchers.accented;
  const planId = entry.id;
  // a legend of abbreviations ("CA tỉnh: Công an tỉnh") makes the table's short names the bodies it defines
  const lines = splitLines(expandLegend(doc.content));
  const firstText = lines.find((l) => !isBlank(l));
  if (!firstText) throw new CorpusParseError(file, 1, 'the document is empty', 'Put the plan text in the file.');

  const headerIdx = lines.findIndex(isTableHeader);
  const appendixIdx = lines.findIndex((l) => isAppendixTitle(l.text));
  const tables: ParsedTable[] = [];
  let bodyLines: Line[] = lines;
  let appendixTitleLines: Line[] = [];
  let afterTable: Line[] = [];
  if (headerIdx >= 0) {
    tables.push(parseAppendixTable(lines, headerIdx, file));
    const bodyEnd = appendixIdx >= 0 && appendixIdx < headerIdx ? appendixIdx : headerIdx;
    bodyLines = lines.slice(0, bodyEnd);
    appendixTitleLines = lines.slice(bodyEnd, headerIdx).filter((l) => !isBlank(l));
    // further tables (a second appendix, a table per group): parsed the same way; the lines between go to the text
    let from = tables[0]!.endIndex;
    while (from < lines.length) {
      const next = lines.findIndex((l, k) => k >= from && isTableHeader(l));
      if (next < 0) {
        afterTable.push(...lines.slice(from));
        break;
      }
      afterTable.push(...lines.slice(from, next));
      const t = parseAppendixTable(lines, next, file);
      tables.push(t);
      from = t.endIndex;
    }
  } else if (appendixIdx >= 0) {
    throw new CorpusParseError(
      file,
      lines[appendixIdx]!.no,
      'an appendix heading (PHỤ LỤC) with no table under it',
      'The appendix table needs a tab-separated header row naming "Cơ quan chủ trì"; check that tabs survived the text export.',
    );
  }
  const table = tables[0] ?? null;

  const tree = buildHeadingTree([...bodyLines, ...afterTable], doc.paragraphs === true ? { paragraphs: true } : linesAreParagraphs(lines) ? { paragraphs: true, attach: true } : {});
  if (tree.titles.length === 0) {
    throw new CorpusParseError(
      file,
      firstText.no,
      'unknown document: no "KẾ HOẠCH" or "QUYẾT ĐỊNH" title line',
      'Only a province\'s plan (Kế hoạch) or the decision approving one (Quyết định) can be read; check the file is such a text.',
    );
  }
  const { sections, placed } = flattenSections(planId, tree.roots);
  if (table) {
    const appendixLines = [...appendixTitleLines.map((l) => l.no), ...tables.flatMap((t) => t.lines)];
    appendixLines.forEach((l) => placed.add(l));
    sections.push({
      id: `${planId}:appendix`,
      planId,
      parentId: null,
      kind: 'appendix',
      path: ['appendix'],
      level: 0,
      title: appendixTitleLines.map((l) => normaliseText(l.text)).join(' ') || 'Phụ lục',
      text: appendixTitleLines.map((l) => normaliseText(l.text)).join('\n'),
      textRestored: null,
      lineStart: Math.min(...appendixLines),
      lineEnd: Math.max(...appendixLines),
    });
    for (const t of tables) {
      for (const g of t.groups) {
        const rows = t.rows.filter((r) => r.group && r.group.path.join('.').startsWith(g.label));
        const id = `${planId}:appendix/${g.label}`;
        if (sections.some((s) => s.id === id)) continue;
        sections.push({
          id,
          planId,
          parentId: `${planId}:appendix`,
          kind: 'appendix',
          path: ['appendix', g.label],
          level: 1,
          title: `${g.label}. ${g.title}`,
          text: `${g.label}. ${g.title}`,
          textRestored: null,
          lineStart: g.line,
          lineEnd: Math.max(g.line, ...rows.map((r) => r.lineEnd)),
        });
      }
    }
  }

  // Assignments: table rows, then tasks written in prose (agency items, role sentences) in any section.
  const assignments: Assignment[] = tables.flatMap((t, k) => tableAssignments(planId, file, t, matcher, k + 1));
  const usedIds = new Set(assignments.map((a) => a.id));
  for (const unit of proseUnits(tree.roots, matcher)) {
    const notes: string[] = [];
    const task = normaliseText(unit.task.replace(/\n/g, ' '));
    const when = unit.timeframe !== undefined ? (unit.timeframe === null ? null : { text: unit.timeframe }) : findTimeframe(task);
    let id = `${planId}:${unit.ref.replace(/^Mục /, 'muc-').replace(/, gạch đầu dòng thứ /, '-gach-').replace(/\s+/g, '')}`;
    for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/~\d+$/, '')}~${n}`;
    usedIds.add(id);
    assignments.push({
      id,
      planId,
      origin: unit.origin,
      task,
      taskRestored: null,
      lead: toMentions(unit.lead, notes, `dòng ${unit.lineStart}`),
      coordinating: toMentions(unit.coordinating, notes, `dòng ${unit.lineStart}`),
      timeframe: when ? when.text : null,
      recommendations: [],
      group: unit.group,
      source: { file, ref: unit.ref, lineStart: unit.lineStart, lineEnd: unit.lineEnd },
      notes,
      extra: unit.extra ?? [],
    });
  }
  if (assignments.length === 0) {
    throw new CorpusParseError(
      file,
      firstText.no,
      'no assignments found: no table with a "chủ trì" column, no item headed by an agency ("Sở Y tế: …") and no sentence saying who leads ("… chủ trì")',
      'Check that the table kept its columns (tabs in a text export, or use the .docx) and that the plan says which agency leads each task.',
    );
  }

  // Plan-level facts.
  const textLines = lines.map((l) => ({ no: l.no, text: l.text }));
  const preamble = tree.roots.filter((r) => r.kind === 'preamble' || r.kind === 'decision');
  const preambleText = preamble.map(subtreeText).join('\n');
  const number = findDocumentNumber(textLines);
  const placeDate = findPlaceDate(textLines.slice(0, Math.min(textLines.length, 12)));
  const issuedDate = placeDate?.date ?? findDateAfterNumber(preambleText + '\n' + appendixTitleLines.map((l) => l.text).join(' '));
  if (!issuedDate) {
    throw new CorpusParseError(file, firstText.no, 'no issue date found', 'Expected "<Tỉnh>, ngày … tháng … năm …" near the top or "số …/QĐ-UBND ngày dd/mm/yyyy".');
  }
  const impl = findImplements(preambleText);
  if (!impl) throw new CorpusParseError(file, firstText.no, 'the decision implemented (…/QĐ-TTg) is not named', 'The opening should cite the Prime Minister\'s decision it implements.');
  const planTitleNode = tree.roots.find((r) => r.kind === 'preamble' && r.label === 'Kế hoạch');
  const title = normaliseText((planTitleNode?.parts[1] ?? '').replace(/\*?\((Ban hành|Kèm theo)[\s\S]*$/i, '').replace(/\*/g, ''));
  const kind = tree.titles[0]!.kind;

  // Focal agency: the agency reports go through, most named first.
  const bodySections = tree.roots.filter((r) => r.region === 'body');
  const channelCounts = new Map<string, { mention: AgencyMention; count: number; line: number }>();
  for (const root of bodySections) {
    const stack: TreeNode[] = [root];
    while (stack.length) {
      const n = stack.pop()!;
      for (const m of reportChannels(nodeText(n), matcher)) {
        const c = channelCounts.get(m.agencyId);
        if (c) c.count += 1;
        else channelCounts.set(m.agencyId, { mention: m, count: 1, line: n.lines[0] ?? 1 });
      }
      stack.push(...n.children);
    }
  }
  const focal = [...channelCounts.values()].sort((a, b) => b.count - a.count || a.line - b.line)[0] ?? null;

  // Reporting rule: a sentence about sending reports, preferring a reporting section.
  const candidates: Array<{ sentence: string; node: TreeNode; rank: number; score: number }> = [];
  for (const root of bodySections) {
    const rank = root.kind === 'reporting' ? 0 : root.kind === 'organisation' ? 1 : 2;
    const stack: TreeNode[] = [root];
    while (stack.length) {
      const n = stack.shift()!;
      for (const s of sentences(nodeText(n))) {
        const score = reportingScore(s);
        if (score > 0) candidates.push({ sentence: s, node: n, rank, score });
      }
      stack.push(...n.children);
    }
  }
  // best-scoring sentence; a reporting section wins ties over the organisation section
  candidates.sort((a, b) => b.score - a.score || a.rank - b.rank);
  const rule = candidates[0];
  const reportingRule = rule
    ? {
        text: normaliseText(rule.sentence),
        ...reportingFacts(rule.sentence),
        recipient: reportChannels(rule.sentence, matcher)[0] ?? null,
        source: {
          file,
          ref: `Mục ${sectionPath(rule.node)}`,
          lineStart: Math.min(...rule.node.lines),
          lineEnd: Math.max(...rule.node.lines),
        },
      }
    : null;

  const fundingNode = bodySections.find((r) => r.kind === 'funding');
  const funding = fundingNode
    ? (() => {
        // The 2014 plan puts the period under the funding heading ("KINH PHÍ VÀ THỜI GIAN"): keep only funding items.
        const items = fundingNode.children.filter((c) => /kinh phi|ngan sach|nguon/.test(fold(nodeText(c))));
        const text = normaliseText(
          (items.length > 0 ? items.map(subtreeText) : [fundingNode.parts.slice(1).join(' '), ...fundingNode.children.map(subtreeText)]).join(' '),
        );
        const ls = items.length > 0 ? items.flatMap((i) => i.lines) : [...fundingNode.lines, ...fundingNode.children.flatMap((c) => c.lines)];
        return { text, sources: fundingSources(text), source: { file, ref: `Mục ${fundingNode.label}`, lineStart: Math.min(...ls), lineEnd: Math.max(...ls) } };
      })()
    : null;

  const bodyFolded = fold(bodyLines.map((l) => l.text).join('\n'));
  const plan: Plan = {
    id: planId,
    province: entry.province,
    provinceInferred: entry.provinceInferred,
    documentKind: kind,
    documentNumber: number.number,
    issuedDate,
    period: findPeriod(preambleText) ?? findPeriod(fundingNode ? subtreeText(fundingNode) : ''),
    implements: impl,
    title,
    focalAgency: focal?.mention ?? null,
    focalSource: focal ? { file, ref: 'Tổ chức thực hiện / báo cáo', lineStart: focal.line, lineEnd: focal.line } : null,
    reportingRule,
    funding,
    appendix: { referenced: /phu luc/.test(bodyFolded), present: table !== null },
    signer: findSigner(tree.roots.filter((r) => r.kind === 'closing')),
    scanned,
    file,
  };

  if (options.checkManifest !== false) checkAgainstManifest(plan, entry, placeDate?.place ?? null, number.blank);

  const unplaced: UnplacedLine[] = [];
  const noise = new Set(tree.noise.map((l) => l.no));
  for (const l of lines) {
    if (isBlank(l) || placed.has(l.no)) continue;
    const f = fold(l.text);
    unplaced.push({
      file,
      line: l.no,
      text: l.text,
      reason: noise.has(l.no) || isScanNoise(l) ? 'scan noise: a source URL printed between pages' : 'not under any heading',
      carriesTask: !isScanNoise(l) && (TASK_WORDS.test(f) || matcher.resolvePrefix(l.text) !== null),
    });
  }

  // a passage that says who leads ("… chủ trì") but became no task: the agency's name was not read.
  // Never silent: listed with the reason, so the review report shows it and `npm run corpus` fails.
  const covered = (no: number) => assignments.some((a) => a.source.lineStart <= no && no <= a.source.lineEnd);
  for (const sec of sections) {
    if (sec.kind === 'appendix' || sec.kind === 'preamble' || sec.kind === 'decision' || sec.kind === 'closing') continue;
    // "cơ quan chủ trì, cơ quan phối hợp … tại Phụ lục", "được giao chủ trì": words about leading, not a lead
    const leads = [...fold(sec.text).matchAll(/(?<!\p{L})chu tri(?!\p{L})/gu)].filter((m) => !/(?:co quan|don vi|duoc giao|giao|phan cong|nhiem vu)\s*$/.test(fold(sec.text).slice(0, m.index)));
    if (leads.length === 0) continue;
    // an item whose head names the lead gives its tasks to its children
    const children = sections.filter((c) => c.parentId === sec.id);
    if (covered(sec.lineStart) || children.some((c) => covered(c.lineStart))) continue;
    unplaced.push({
      file,
      line: sec.lineStart,
      text: sec.text.slice(0, 200),
      reason: 'says who leads ("chủ trì") but no agency name was read, so no task was made',
      carriesTask: true,
    });
  }

  return { plan, sections, assignments, unplaced };
}

/**
 * The signer: the last line of a closing block that reads as a person's name (two to five
 * capitalised words, not a list item, not a title in capitals); the title from "KT. CHỦ TỊCH",
 * "PHÓ CHỦ TỊCH (THƯỜNG TRỰC)" lines, which the scan may have merged into the recipients' lines.
 */
function findSigner(closing: TreeNode[]): Plan['signer'] {
  let found: Plan['signer'] = null;
  for (const node of closing) {
    const folded = fold(node.parts.join(' '));
    const title = [
      /\bkt\. chu tich\b/.test(folded) ? 'KT. Chủ tịch' : /\btm\. uy ban nhan dan\b/.test(folded) ? 'TM. Ủy ban nhân dân' : null,
      /\bpho chu tich thuong truc\b/.test(folded) ? 'Phó Chủ tịch Thường trực' : /\bpho chu tich\b(?!\s+ubnd)/.test(folded) ? 'Phó Chủ tịch' : null,
    ].filter(Boolean);
    node.parts.forEach((part, i) => {
      const p = part.replace(/\*/g, '').trim();
      const words = p.split(/\s+/);
      const isName = words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}[\p{Ll}]+$/u.test(w)) && !/[:;,.\d]/.test(p);
      if (isName) found = { name: p, title: title.length > 0 ? title.join(' – ') : null, line: node.lines[i] ?? node.lines[0]! };
    });
  }
  return found;
}

/** Share of syllables written with a diacritic: a scan that lost them scores far below real text. */
export function diacriticShare(text: string): number {
  const words = text.normalize('NFC').match(/[\p{L}]+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => fold(w) !== w.toLowerCase()).length / words.length;
}

function sectionPath(node: TreeNode): string {
  const parts: string[] = [];
  let n: TreeNode | null = node;
  while (n) {
    if (n.marker && n.marker.type !== 'dash') parts.unshift(n.label);
    n = n.parent;
  }
  return parts.join('.') || node.label;
}

function checkAgainstManifest(plan: Plan, entry: ManifestEntry, place: string | null, numberBlank: boolean): void {
  const file = `seeds/manifest.json (${entry.id})`;
  const hint = `The text of ${entry.file} says otherwise; correct the manifest or the seed.`;
  if (plan.documentNumber !== entry.documentNumber) {
    throw new ManifestError(file, `documentNumber is ${JSON.stringify(entry.documentNumber)} but the text gives ${JSON.stringify(plan.documentNumber)}${numberBlank ? ' (blank "Số:" line)' : ''}`, hint);
  }
  if (!sameDate(plan.issuedDate, manifestDate(entry.issuedDate))) {
    throw new ManifestError(file, `issuedDate is ${entry.issuedDate} but the text gives ${JSON.stringify(plan.issuedDate)}`, hint);
  }
  if (plan.implements.number !== entry.implements.number || plan.implements.date !== entry.implements.date) {
    throw new ManifestError(file, `implements is ${JSON.stringify(entry.implements)} but the text gives ${JSON.stringify(plan.implements)}`, hint);
  }
  if (plan.documentKind !== entry.documentKind) {
    throw new ManifestError(file, `documentKind is ${entry.documentKind} but the text is a ${plan.documentKind}`, hint);
  }
  if ((plan.period ?? null) !== entry.period) {
    throw new ManifestError(file, `period is ${JSON.stringify(entry.period)} but the text gives ${JSON.stringify(plan.period)}`, hint);
  }
  if (place !== null && !sameProvince(place, entry.province)) {
    throw new ManifestError(file, `province is ${entry.province} but the text is dated from ${place}`, hint);
  }
  if (place === null && !entry.provinceInferred) {
    throw new ManifestError(file, 'the text never names its province', 'Set provinceInferred: true and give provinceEvidence.');
  }
}

