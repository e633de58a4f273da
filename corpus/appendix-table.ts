import { CorpusParseError } from './errors';
import { normaliseText } from './normalise';
import { DITTO } from './docx/read-docx';
import { isTableHeader, readTableHeader, type Role } from './table-header';
import { isBlank, type Line } from './lines';
import { detectMarker, isAppendixTitle, romanValue, toRoman } from './markers';

/**
 * The appendix tables: tab-separated rows of (key, task, lead, coordinating, timeframe) where the
 * key is an ordinal "TT" (Quảng Ngãi) or a UN recommendation number "Số 12" (Đắk Lắk 2014).
 * Quirks handled, each recorded in the row's notes:
 * - a page break splits a row: after blank lines, a line whose key and lead cells are empty and
 *   whose timeframe is empty continues the cells of the row above;
 * - merged cells: an empty key (recommendation), lead or timeframe cell means "same as above";
 * - shifted cells: when a cell is missing the rest shift left, so a period ("2014-2020") sits in
 *   the coordinating column; it is moved back and the lead taken from the row above;
 * - group heading rows ("IV⇥Triển khai dịch vụ…") set the group of the rows under them;
 * - rows without a number (groups VI and VII of Quảng Ngãi).
 */
export interface RawTableRow {
  keyKind: 'ordinal' | 'recommendation';
  /** the key cell as written ("5", "1.1", "a)"), "" when empty */
  key: string;
  ordinal: number | null;
  recommendations: number[];
  /** the innermost group row above this row; `path` is the labels from the outermost ("A", "1") */
  group: { label: string; title: string; path: string[] } | null;
  task: string;
  lead: string;
  coordinating: string;
  timeframe: string | null;
  extra: Array<{ label: string; value: string }>;
  lineStart: number;
  lineEnd: number;
  notes: string[];
}

export interface ParsedTable {
  headerLine: number;
  rows: RawTableRow[];
  groups: Array<{ label: string; title: string; line: number }>;
  /** Lines of the table (header, rows, continuations). */
  lines: number[];
  /** First line after the table, or null at the end of the file. */
  endLine: number | null;
  /** index (in the lines array) of the first line after the table */
  endIndex: number;
  notes: string[];
  /** the header has a "phối hợp" column (without one, partners are read from the task text) */
  hasCoordinatingColumn: boolean;
}

const PERIOD = /^(\d{4}\s*[-–]\s*\d{4}|năm \d{4}|thường xuyên.*|hằng năm|hàng năm)$/iu;

export { isTableHeader };

function parseRecommendations(cell: string): number[] {
  return [...cell.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

type KeyShape = { kind: 'empty' } | { kind: 'roman'; label: string } | { kind: 'capital'; label: string } | { kind: 'number'; label: string; parts: number[] } | { kind: 'letter'; label: string } | { kind: 'other'; label: string };

/** "IV", "A", "1", "1.", "1.1", "a)", "b." → what kind of key it is. */
function keyShape(raw: string): KeyShape {
  const k = raw.trim().replace(/[.)]+$/, '').replace(/^\(/, '');
  if (!k) return { kind: 'empty' };
  if (/^[IVX]+$/.test(k) && romanValue(k) !== null) return { kind: 'roman', label: toRoman(romanValue(k)!) };
  if (/^[A-HJ-UWYZ]$/.test(k)) return { kind: 'capital', label: k };
  if (/^\d+(\.\d+)*$/.test(k)) return { kind: 'number', label: k, parts: k.split('.').map(Number) };
  if (/^[a-zđ]$/.test(k)) return { kind: 'letter', label: k };
  return { kind: 'other', label: k };
}

/** Is `child` a sub-key of `parent` ("1" → "1.1"; "2." → "a)")? */
function isSubKey(parent: KeyShape, child: KeyShape): boolean {
  if (parent.kind === 'number' && child.kind === 'number') {
    return child.parts.length === parent.parts.length + 1 && parent.parts.every((p, i) => child.parts[i] === p);
  }
  if ((parent.kind === 'number' || parent.kind === 'capital' || parent.kind === 'roman') && child.kind === 'letter') return true;
  return false;
}

export function parseAppendixTable(lines: Line[], headerIndex: number, file: string): ParsedTable {
  const header = readTableHeader(lines, headerIndex);
  if (!header) throw new CorpusParseError(file, lines[headerIndex]?.no ?? null, 'not a table header', 'Internal: call parseAppendixTable on a header line.');
  const { roles, keyKind } = header;
  const rows: RawTableRow[] = [];
  // the cells of the last task row, for the cells merged down from it
  let lastDataCells: string[] = [];
  let dittoNote: string | null = null;
  const groups: ParsedTable['groups'] = [];
  const tableLines: number[] = [...header.lines];
  /** open group rows, outermost first */
  let groupStack: Array<{ shape: KeyShape; label: string; title: string }> = [];
  const groupKinds: string[] = [];
  /** the last numbered task row, for letter sub-keys ("1." then "a)") */
  let lastNumberKey: string | null = null;
  let pageBreak = false;
  let endLine: number | null = null;
  let endIndex = lines.length;
  const tableNotes = [...header.notes];

  const cellsAt = (idx: number) => lines[idx]!.text.split('\t').map((c) => normaliseText(c));
  const nextDataIndex = (from: number) => {
    for (let j = from; j < lines.length; j++) {
      if (isBlank(lines[j]!)) continue;
      return lines[j]!.text.includes('\t') ? j : -1;
    }
    return -1;
  };

  /** "II. TRUYỀN THÔNG" as the cells of a group row (key, title), or null when it does not read as one */
  const groupCells = (text: string): string[] | null => {
    const m = /^((?:[IVX]+|[A-Z]|\d+(?:\.\d+)*)[.)]?)\s+(\S.{0,200})$/u.exec(text);
    if (!m || !/^\p{Lu}/u.test(m[2]!)) return null;
    const cells = Array<string>(header.width).fill('');
    if (roles.key !== undefined) {
      cells[roles.key] = m[1]!.replace(/[.)]$/, '');
      cells[roles.task ?? 0] = m[2]!;
    } else cells[roles.task ?? 0] = text;
    return cells;
  };

  for (let i = header.dataStart; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      pageBreak = true;
      continue;
    }
    let groupLine: string[] | null = null;
    if (!line.text.includes('\t')) {
      // a group row merged across every column loses its tabs in a text export ("II. TRUYỀN THÔNG"):
      // still the table when it carries a group marker and table rows follow
      // the next table row within a few lines (a cell may break over several lines)
      let next = -1;
      for (let j = i + 1, seen = 0; j < lines.length && seen < 4; j++) {
        if (isBlank(lines[j]!)) continue;
        if (lines[j]!.text.includes('\t')) {
          next = j;
          break;
        }
        seen++;
      }
      const inTable = next >= 0 && !readTableHeader(lines, next) && cellsAt(next).length >= Math.min(3, header.width);
      groupLine = inTable ? groupCells(normaliseText(line.text)) : null;
      // a paragraph break inside a cell loses the row's tabs in a text export: the line continues the row above
      const prevRow = rows[rows.length - 1];
      if (!groupLine && inTable && prevRow && !detectMarker(line.text.trim())?.type.match(/roman|article/) && !isAppendixTitle(line.text)) {
        prevRow.task = `${prevRow.task} ${normaliseText(line.text)}`;
        prevRow.lineEnd = line.no;
        prevRow.notes.push(`dòng ${line.no}: dòng không có ô (xuống dòng trong một ô khi xuất văn bản), đã nối vào nội dung hàng trên`);
        tableLines.push(line.no);
        continue;
      }
      if (!groupLine) {
        endLine = line.no;
        endIndex = i;
        break;
      }
    }
    // a header repeated at the top of the next page
    const repeated = groupLine ? null : readTableHeader(lines, i);
    if (repeated) {
      tableLines.push(...repeated.lines);
      tableNotes.push(`dòng ${line.no}: tiêu đề bảng lặp lại ở trang sau, bỏ qua`);
      i = repeated.dataStart - 1;
      continue;
    }
    let rawCells = groupLine ?? cellsAt(i);
    // a line break inside a cell, copied out of Word as text: the row stops short in that cell and the
    // next line carries the rest of the cell, then the row's remaining cells
    let lineEnd = line.no;
    if (!groupLine && rawCells.length < header.width && rawCells.length >= 2 && i + 1 < lines.length && lines[i + 1]!.text.includes('\t')) {
      const next = cellsAt(i + 1);
      const startsRow = roles.key !== undefined && !['empty', 'other'].includes(keyShape(next[roles.key] ?? '').kind);
      if (!startsRow && next.length >= 2 && rawCells.length - 1 + next.length <= header.width && next[0] !== '') {
        rawCells = [...rawCells.slice(0, -1), `${rawCells[rawCells.length - 1]} ${next[0]}`.trim(), ...next.slice(1)];
        lineEnd = lines[i + 1]!.no;
        tableLines.push(lineEnd);
        i++;
      }
    }
    // a Word cell merged down from the row above (〃 from the DOCX reader) holds that row's text
    const dittos = rawCells.map((c, k) => (c === DITTO ? k : -1)).filter((k) => k >= 0);
    if (dittos.length > 0) {
      rawCells = rawCells.map((c, k) => (c === DITTO ? (lastDataCells[k] ?? '') : c));
      dittoNote = `dòng ${line.no}: ô gộp dọc với hàng trên (cột ${dittos.map((k) => k + 1).join(', ')}), lấy nội dung của hàng trên`;
    } else dittoNote = null;
    // a Word group row is one cell merged across the row: its text sits in the first column alone
    const mergedRow = !groupLine && rawCells[0] && roles.task !== 0 && rawCells.slice(1).every((c) => c === '') ? groupCells(rawCells[0]) : null;
    if (mergedRow) rawCells = mergedRow;
    // a title merged across the row that carries its own number ("1. Các biện pháp thực hiện chung"):
    // a task row keeps its number in the key column, so the number inside the merged text marks a group,
    // even when the rows under it restart at 1 instead of subdividing it (1 → 1.1)
    const ownNumber = roles.key !== undefined && roles.key !== roles.task && (groupLine !== null || mergedRow !== null);
    const cell = (r: Role) => (roles[r] === undefined ? '' : rawCells[roles[r]!] ?? '');
    let key = cell('key');
    let task = cell('task');
    let lead = cell('lead');
    let coordinating = cell('coordinating');
    let timeframe = cell('timeframe');
    // a start and an end column ("Bắt đầu | Hoàn thành"); one cell merged over both is written once
    const until = cell('timeframeEnd');
    if (until && until !== timeframe) timeframe = timeframe ? `${timeframe} - ${until}` : until;
    const extra = header.extras.map((c) => ({ label: c.label, value: rawCells[c.index] ?? '' })).filter((c) => c.value !== '');
    const beyond = rawCells.slice(header.width).filter((c) => c !== '');
    tableLines.push(line.no);
    const prev = rows[rows.length - 1];
    const notes: string[] = [];
    if (dittoNote) notes.push(dittoNote);
    if (lineEnd !== line.no) notes.push(`dòng ${line.no}–${lineEnd}: một ô xuống dòng giữa chừng; phần còn lại của ô và các ô sau (dòng ${lineEnd}) đã nối vào hàng`);
    if (beyond.length > 0) {
      // a stray tab inside a cell: keep the text rather than fail the plan
      extra.push({ label: 'Ô thừa', value: beyond.join(' | ') });
      notes.push(`dòng ${line.no}: hàng có ${rawCells.length} ô, nhiều hơn ${header.width} cột của tiêu đề; phần thừa giữ ở "Ô thừa"`);
    }
    // a row with only a key in the key column and the task in another column (no task cell): key-less tables put the number in the task
    if (roles.key === undefined) {
      const m = /^((?:[IVX]+|[A-Z]|\d+(?:\.\d+)*|[a-zđ])[.)])\s+(.*)$/u.exec(task);
      if (m) {
        key = m[1]!;
        task = m[2]!;
      }
    }
    const shape = keyShape(key);

    // Group row: a title and no agency, time or extra cell, keyed I/A or a number its next row subdivides.
    const noCells = !lead && !coordinating && !timeframe && extra.length === 0;
    if (keyKind === 'ordinal' && task && noCells && shape.kind !== 'empty') {
      const nextIdx = nextDataIndex(i + 1);
      const nextKey = nextIdx >= 0 ? keyShape((roles.key === undefined ? '' : cellsAt(nextIdx)[roles.key]) ?? '') : { kind: 'empty' as const };
      const isGroup = shape.kind === 'roman' || shape.kind === 'capital' || isSubKey(shape, nextKey) || (shape.kind === 'number' && nextKey.kind === 'empty' && !prev) || (shape.kind === 'number' && ownNumber);
      if (isGroup) {
        const label = 'label' in shape ? shape.label : key;
        // levels by the order kinds first appear (I then 1, or A then 1.…): a group closes its level and deeper
        const kindKey = shape.kind === 'number' ? `number${shape.parts.length}` : shape.kind;
        if (!groupKinds.includes(kindKey)) groupKinds.push(kindKey);
        const level = Math.min(groupKinds.indexOf(kindKey), groupStack.length);
        groupStack = [...groupStack.slice(0, level), { shape, label, title: task }];
        lastNumberKey = null;
        groups.push({ label: groupStack.map((g) => g.label).join('.'), title: task, line: line.no });
        pageBreak = false;
        continue;
      }
    }

    // Continuation of the row above: after a page break, or a cell's wrapped line that a text export
    // put on a line of its own (no number, no lead, no time, and the task goes on in lower case)
    const wrapped = !pageBreak && !key && !lead && !timeframe && prev !== undefined && roles.key !== undefined && prev.key !== '' && /^\p{Ll}/u.test(task);
    if ((pageBreak || wrapped) && !key && !lead && !timeframe && prev) {
      if (task) prev.task = `${prev.task} ${task}`;
      if (coordinating) prev.coordinating = `${prev.coordinating} ${coordinating}`;
      for (const e of extra) {
        const old = prev.extra.find((x) => x.label === e.label);
        if (old) old.value = `${old.value} ${e.value}`;
        else prev.extra.push(e);
      }
      prev.lineEnd = line.no;
      prev.notes.push(wrapped ? `dòng ${line.no}: dòng tiếp theo của các ô hàng trên (không số, không cơ quan chủ trì, viết thường), đã nối vào hàng trên` : `dòng ${line.no}: phần tiếp theo của hàng sau ngắt trang, đã nối vào hàng trên`);
      pageBreak = false;
      continue;
    }
    pageBreak = false;

    if (!task) {
      if (prev && (lead || coordinating || timeframe || extra.length > 0)) {
        // cells with no task of their own: the row above wrapped into a second table row
        if (lead) prev.lead = `${prev.lead} ${lead}`;
        if (coordinating) prev.coordinating = `${prev.coordinating} ${coordinating}`;
        if (timeframe) prev.timeframe = prev.timeframe ? `${prev.timeframe} ${timeframe}` : timeframe;
        prev.extra.push(...extra);
        prev.lineEnd = line.no;
        prev.notes.push(`dòng ${line.no}: hàng không có nội dung nhiệm vụ, các ô đã nối vào hàng trên`);
        continue;
      }
      tableNotes.push(`dòng ${line.no}: hàng không có nội dung nhiệm vụ, bỏ qua`);
      continue;
    }
    // Shifted cells: a period in the coordinating (or lead) column with an empty timeframe.
    if (!timeframe && PERIOD.test(coordinating)) {
      notes.push(`dòng ${line.no}: ô bị lệch trái (thời gian "${coordinating}" nằm ở cột phối hợp); đã đưa về đúng cột, cơ quan chủ trì lấy theo hàng trên`);
      timeframe = coordinating;
      coordinating = lead;
      lead = '';
    } else if (!timeframe && PERIOD.test(lead)) {
      notes.push(`dòng ${line.no}: ô bị lệch trái (thời gian "${lead}" nằm ở cột chủ trì)`);
      timeframe = lead;
      lead = '';
    }

    let ordinal: number | null = null;
    let recommendations: number[] = [];
    if (keyKind === 'ordinal') {
      if (shape.kind === 'number' && shape.parts.length === 1) ordinal = shape.parts[0]!;
      else if (shape.kind === 'other') notes.push(`dòng ${line.no}: ô số thứ tự "${key}" không phải số; giữ nguyên`);
    } else if (key) {
      recommendations = parseRecommendations(key);
      if (recommendations.length === 0) notes.push(`dòng ${line.no}: ô số khuyến nghị "${key}" không có số`);
    } else if (prev) {
      recommendations = [...prev.recommendations];
      notes.push(`dòng ${line.no}: ô số khuyến nghị trống, hiểu là ô gộp với hàng trên (Số ${recommendations.join(', ')})`);
    } else {
      notes.push(`dòng ${line.no}: hàng đầu tiên không có số khuyến nghị`);
    }
    if (!lead) {
      if (prev && prev.lead) {
        lead = prev.lead;
        notes.push(`dòng ${line.no}: ô cơ quan chủ trì trống, hiểu là ô gộp với hàng trên (${lead})`);
      } else {
        notes.push(`dòng ${line.no}: ô cơ quan chủ trì trống và không có hàng trên để kế thừa: nhiệm vụ chưa có cơ quan chủ trì, cần kiểm tra`);
      }
    }
    let tf: string | null = timeframe || null;
    if (!tf && prev?.timeframe && roles.timeframe !== undefined) {
      tf = prev.timeframe;
      notes.push(`dòng ${line.no}: ô thời gian trống, hiểu là ô gộp với hàng trên (${tf})`);
    }
    const group = groupStack.length > 0 ? { label: groupStack[groupStack.length - 1]!.label, title: groupStack[groupStack.length - 1]!.title, path: groupStack.map((g) => g.label) } : null;
    let rowKey = shape.kind === 'empty' ? '' : 'label' in shape ? shape.label : key;
    if (shape.kind === 'number') lastNumberKey = shape.label;
    else if (shape.kind === 'letter' && lastNumberKey) rowKey = `${lastNumberKey}.${shape.label}`;
    rows.push({ keyKind, key: rowKey, ordinal, recommendations, group, task, lead, coordinating, timeframe: tf, extra, lineStart: line.no, lineEnd, notes });
    lastDataCells = rawCells;
  }
  return { headerLine: lines[headerIndex]!.no, rows, groups, lines: tableLines, endLine, endIndex, notes: tableNotes,
    hasCoordinatingColumn: roles.coordinating !== undefined,
  };
}

/** "Phụ lục, mục IV.5" / "Phụ lục, mục VI" / "Phụ lục, mục 1.1" / "Phụ lục, Khuyến nghị số 48 (hoạt động 2/3)". */
export function tableRowRefs(rows: RawTableRow[]): string[] {
  const base = (r: RawTableRow): string => {
    if (r.keyKind === 'recommendation') return `Phụ lục, Khuyến nghị số ${r.recommendations.join(', ')}`;
    const path = r.group?.path ?? [];
    // a dotted key ("1.2") already names its group ("1")
    const groups = /\./.test(r.key) ? path.filter((g) => !/^\d+(\.\d+)*$/.test(g)) : path;
    const parts = [...groups, ...(r.key ? [r.key] : [])];
    return parts.length > 0 ? `Phụ lục, mục ${parts.join('.')}` : 'Phụ lục'; // a table without numbers: rows by their order ("Phụ lục, hàng 2")
  };
  const countBy = new Map<string, number>();
  for (const r of rows) countBy.set(base(r), (countBy.get(base(r)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const b = base(r);
    const nth = (seen.get(b) ?? 0) + 1;
    seen.set(b, nth);
    const total = countBy.get(b)!;
    if (total === 1) return b;
    if (r.keyKind === 'recommendation') return `${b} (hoạt động ${nth}/${total})`;
    return `${b}, hàng ${nth}`; // "hàng" (row), since "dòng" is a line of the file
  });
}
