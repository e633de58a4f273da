import { CorpusParseError } from './errors';
import { fold, normaliseText } from './normalise';
import { isBlank, type Line } from './lines';
import { romanValue, toRoman } from './markers';

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
  ordinal: number | null;
  recommendations: number[];
  group: { label: string; title: string } | null;
  task: string;
  lead: string;
  coordinating: string;
  timeframe: string | null;
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
}

const COLUMN_PATTERNS = {
  key: /^(tt|stt|so khuyen nghi)$/,
  task: /nhiem vu|noi dung/,
  lead: /chu tri/,
  coordinating: /phoi hop/,
  timeframe: /thoi gian/,
} as const;
type Column = keyof typeof COLUMN_PATTERNS;

const PERIOD = /^(\d{4}\s*[-–]\s*\d{4}|năm \d{4}|thường xuyên.*|hằng năm|hàng năm)$/iu;

/** True for a table header row: tab-separated cells naming the lead ("Cơ quan chủ trì") column. */
export function isTableHeader(line: Line): boolean {
  if (!line.text.includes('\t')) return false;
  const cells = line.text.split('\t').map((c) => fold(c));
  return cells.some((c) => COLUMN_PATTERNS.lead.test(c)) && cells.some((c) => COLUMN_PATTERNS.task.test(c));
}

function columnMap(header: Line, file: string): Record<Column, number> {
  const cells = header.text.split('\t').map((c) => fold(c).trim());
  const map: Partial<Record<Column, number>> = {};
  cells.forEach((cell, i) => {
    for (const col of Object.keys(COLUMN_PATTERNS) as Column[]) {
      if (map[col] === undefined && COLUMN_PATTERNS[col].test(cell)) {
        map[col] = i;
        break;
      }
    }
  });
  const missing = (Object.keys(COLUMN_PATTERNS) as Column[]).filter((c) => map[c] === undefined);
  if (missing.length > 0) {
    throw new CorpusParseError(
      file,
      header.no,
      `appendix header row lacks the column(s) ${missing.join(', ')}`,
      'An appendix table needs TT (or Số Khuyến nghị), the task, Cơ quan chủ trì, Cơ quan phối hợp and Thời gian thực hiện, separated by tabs.',
    );
  }
  return map as Record<Column, number>;
}

function parseRecommendations(cell: string): number[] {
  return [...cell.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

export function parseAppendixTable(lines: Line[], headerIndex: number, file: string): ParsedTable {
  const header = lines[headerIndex]!;
  const cols = columnMap(header, file);
  const keyKind: RawTableRow['keyKind'] = fold(header.text.split('\t')[cols.key] ?? '').includes('khuyen nghi')
    ? 'recommendation'
    : 'ordinal';
  const rows: RawTableRow[] = [];
  const groups: ParsedTable['groups'] = [];
  const tableLines: number[] = [header.no];
  let group: RawTableRow['group'] = null;
  let pageBreak = false;
  let endLine: number | null = null;

  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      pageBreak = true;
      continue;
    }
    if (!line.text.includes('\t')) {
      endLine = line.no;
      break;
    }
    const rawCells = line.text.split('\t').map((c) => normaliseText(c));
    const width = Math.max(...Object.values(cols)) + 1;
    if (rawCells.slice(width).some((c) => c !== '')) {
      throw new CorpusParseError(
        file,
        line.no,
        `table row has ${rawCells.length} cells with text beyond the ${width} columns of the header`,
        'Check for a stray tab inside a cell; each row must have at most one cell per header column.',
      );
    }
    const cell = (c: Column) => rawCells[cols[c]] ?? '';
    let [key, task, lead, coordinating, timeframe] = [cell('key'), cell('task'), cell('lead'), cell('coordinating'), cell('timeframe')];
    tableLines.push(line.no);
    const prev = rows[rows.length - 1];

    // Group heading row: a Roman key with a title and nothing else.
    const roman = romanValue(key);
    if (keyKind === 'ordinal' && roman !== null && /^[IVX]+$/.test(key) && task && !lead && !coordinating && !timeframe) {
      group = { label: toRoman(roman), title: task };
      groups.push({ ...group, line: line.no });
      pageBreak = false;
      continue;
    }

    // Continuation of the row above after a page break.
    if (pageBreak && !key && !lead && !timeframe && prev) {
      if (task) prev.task = `${prev.task} ${task}`;
      if (coordinating) prev.coordinating = `${prev.coordinating} ${coordinating}`;
      prev.lineEnd = line.no;
      prev.notes.push(`dòng ${line.no}: phần tiếp theo của hàng sau ngắt trang, đã nối vào hàng trên`);
      pageBreak = false;
      continue;
    }
    pageBreak = false;

    if (!task) {
      throw new CorpusParseError(file, line.no, 'table row has no task text', 'Each row needs the task in the second column; a continuation line must follow a page break (blank line).');
    }
    const notes: string[] = [];
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
      if (/^\d+$/.test(key)) ordinal = Number(key);
      else if (key) throw new CorpusParseError(file, line.no, `unexpected TT cell "${key}"`, 'TT must be a number, a Roman group numeral, or empty.');
    } else if (key) {
      recommendations = parseRecommendations(key);
      if (recommendations.length === 0) {
        throw new CorpusParseError(file, line.no, `recommendation cell "${key}" has no number`, 'Write it as "Số 12" or "Số 83, 84".');
      }
    } else {
      if (!prev) throw new CorpusParseError(file, line.no, 'first table row has no recommendation number', 'An empty cell means "same as above", so the first row must have one.');
      recommendations = [...prev.recommendations];
      notes.push(`dòng ${line.no}: ô số khuyến nghị trống, hiểu là ô gộp với hàng trên (Số ${recommendations.join(', ')})`);
    }
    if (!lead) {
      if (!prev) throw new CorpusParseError(file, line.no, 'first table row has no lead agency', 'An empty lead cell means "same as above", so the first row must name one.');
      lead = prev.lead;
      notes.push(`dòng ${line.no}: ô cơ quan chủ trì trống, hiểu là ô gộp với hàng trên (${lead})`);
    }
    let tf: string | null = timeframe || null;
    if (!tf && prev?.timeframe) {
      tf = prev.timeframe;
      notes.push(`dòng ${line.no}: ô thời gian trống, hiểu là ô gộp với hàng trên (${tf})`);
    }
    rows.push({
      keyKind,
      ordinal,
      recommendations,
      group,
      task,
      lead,
      coordinating,
      timeframe: tf,
      lineStart: line.no,
      lineEnd: line.no,
      notes,
    });
  }
  return { headerLine: header.no, rows, groups, lines: tableLines, endLine };
}

/** "Phụ lục, mục IV.5" / "Phụ lục, mục VI" / "Phụ lục, Khuyến nghị số 48 (hoạt động 2/3)". */
export function tableRowRefs(rows: RawTableRow[]): string[] {
  const countBy = new Map<string, number>();
  const keyOf = (r: RawTableRow) =>
    r.keyKind === 'recommendation' ? `rec:${r.recommendations.join(',')}` : `grp:${r.group?.label ?? ''}:${r.ordinal ?? '-'}`;
  for (const r of rows) countBy.set(keyOf(r), (countBy.get(keyOf(r)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const k = keyOf(r);
    const nth = (seen.get(k) ?? 0) + 1;
    seen.set(k, nth);
    const total = countBy.get(k)!;
    if (r.keyKind === 'recommendation') {
      const base = `Phụ lục, Khuyến nghị số ${r.recommendations.join(', ')}`;
      return total > 1 ? `${base} (hoạt động ${nth}/${total})` : base;
    }
    const grp = r.group ? r.group.label : '';
    const base = r.ordinal !== null ? `Phụ lục, mục ${grp ? `${grp}.` : ''}${r.ordinal}` : `Phụ lục, mục ${grp || '?'}`;
    return total > 1 && r.ordinal === null ? `${base}, dòng ${nth}` : base;
  });
}
