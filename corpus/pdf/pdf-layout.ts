import { fold } from '../normalise';
import type { Grid } from './grid';

/**
 * A PDF's text layer as the parser reads plans: the words with their boxes (pdftotext -tsv, read at
 * the edge) rebuilt into lines, and an assignment table rebuilt from its geometry into tab-separated
 * rows, so a PDF of a plan gives the same records as its DOCX. Pure: words in, text out.
 *
 * - Lines: words of a page grouped by baseline; a wide gutter splits a line in two (the letterhead's
 *   two columns); a larger vertical gap is a paragraph break (a blank line).
 * - Table: the header band is found by its words (chủ trì, phối hợp, nhiệm vụ, thời gian…); its
 *   columns are the header words grouped by horizontal overlap; each data word goes to the column its
 *   left edge falls in. A row starts at a key in the first column (1, 2, 1.1, a)…) or, without a key
 *   column, at a wider gap; wrapped cell lines join their row; a group title flowing across the columns
 *   is a row of its own (the table parser reads it as a group); a header repeated on the next page is
 *   skipped and the row goes on. The table ends at a line of flowing text that is not a group title.
 */
export interface PdfWord {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
  /** pdftotext's text line the word belongs to (page, block, paragraph, line): a table cell is its own block */
  flow: string;
  /** OCR confidence 0–100 (a text layer's words are certain) */
  conf?: number;
}

export interface LowConfidenceWord {
  /** 1-based line of the rebuilt text */
  line: number;
  word: string;
  conf: number;
}

export interface LayoutOptions {
  /** ruled tables found in the pages' rasters (grid.ts): their rows and cells come from the rules */
  grids?: Grid[];
  /** OCR words below this confidence are listed for the officer to check (default 60) */
  lowConfidence?: number;
}

/** pdftotext -tsv output → words (levels 5). */
export function parsePdfTsv(tsv: string): PdfWord[] {
  const out: PdfWord[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5') continue;
    const [left, top, width, height] = [Number(c[6]), Number(c[7]), Number(c[8]), Number(c[9])];
    const text = c.slice(11).join('\t').trim();
    if (!text || !Number.isFinite(left + top + width + height)) continue;
    const conf = Number(c[10]);
    out.push({ page: Number(c[1]), x0: left, y0: top, x1: left + width, y1: top + height, text, flow: `${c[1]}:${c[2]}:${c[3]}:${c[4]}`, ...(Number.isFinite(conf) && conf >= 0 && conf < 100 ? { conf } : {}) });
  }
  return out;
}

interface VLine {
  page: number;
  words: PdfWord[];
  y0: number;
  y1: number;
}

const HEADER_WORDS = new Set(['stt', 'tt', 'so', 'noi', 'dung', 'nhiem', 'vu', 'giai', 'phap', 'hoat', 'dong', 'cong', 'viec', 'co', 'quan', 'don', 'vi', 'chu', 'tri', 'phoi', 'hop', 'thoi', 'gian', 'han', 'thuc', 'hien', 'hoan', 'thanh', 'tien', 'do', 'san', 'pham', 'ket', 'qua', 'du', 'kien', 'kinh', 'phi', 'ghi', 'trach', 'khuyen', 'nghi', 'nguon', 'dau', 'ra', 'va', 'muc', 'cac', 'nam']);
const KEY = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\)|[IVX]{1,5}\.?|[A-Z]\.?|\(\d{1,2}\))$/u;

function toLines(words: PdfWord[]): VLine[] {
  const byPage = new Map<number, PdfWord[]>();
  for (const w of words) (byPage.get(w.page) ?? byPage.set(w.page, []).get(w.page)!).push(w);
  const lines: VLine[] = [];
  for (const [page, ws] of [...byPage].sort((a, b) => a[0] - b[0])) {
    const sorted = [...ws].sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0);
    const pageLines: VLine[] = [];
    for (const w of sorted) {
      const h = w.y1 - w.y0;
      // the same baseline as the line's first word (not its growing extent, which would chain lines)
      const line = pageLines.find((l) => Math.abs(l.words[0]!.y1 - w.y1) < h * 0.3);
      if (line) {
        line.words.push(w);
        line.y0 = Math.min(line.y0, w.y0);
        line.y1 = Math.max(line.y1, w.y1);
      } else pageLines.push({ page, words: [w], y0: w.y0, y1: w.y1 });
    }
    for (const l of pageLines) l.words.sort((a, b) => a.x0 - b.x0);
    lines.push(...pageLines.sort((a, b) => a.y1 - b.y1));
  }
  return lines;
}

const lineText = (ws: PdfWord[]) => ws.map((w) => w.text).join(' ');
/** a cell's wrapped pieces: "2025-" + "2026" is "2025-2026" */
const joinCell = (parts: string[]) =>
  parts.reduce((acc, p) => (acc === '' ? p : (/\S[-–/]$/.test(acc) || /\/\d{1,3}$/.test(acc)) && /^\d/.test(p) ? `${acc}${p}` : `${acc} ${p}`), ''); // "31/3/202" + "6"; "2026 –" + "2027" keeps its space
const median = (xs: number[]) => (xs.length === 0 ? 0 : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);

/** gutters between cells: gaps much wider than a space */
const gutters = (l: VLine) => l.words.filter((w, k) => k > 0 && w.x0 - l.words[k - 1]!.x1 > (w.y1 - w.y0) * 1.2).length;

function isHeaderLine(l: VLine, first = false): boolean {
  const f = fold(lineText(l.words));
  // a header row is cells apart, not a sentence about the columns ("…, cơ quan chủ trì, cơ quan phối hợp…")
  if (first && gutters(l) < 2) return false;
  const words = f.split(/[^a-z0-9()]+/).filter(Boolean);
  if (words.length === 0) return false;
  const known = words.filter((w) => HEADER_WORDS.has(w) || /^\(\d+\)$/.test(w)).length;
  return known / words.length >= 0.8 && (!first || /chu tri|phoi hop|nhiem vu|noi dung|thoi gian|thoi han|stt|\btt\b/.test(f));
}

/** The header band starting at line i: its lines and columns, or null. */
function readHeader(lines: VLine[], i: number): { end: number; cols: Array<{ x0: number; x1: number }> } | null {
  if (!isHeaderLine(lines[i]!, true) || !/chu tri/.test(fold(lineText(lines[i]!.words)) + fold(lines.slice(i, i + 6).map((l) => lineText(l.words)).join(' ')))) return null;
  let end = i;
  while (end + 1 < lines.length && lines[end + 1]!.page === lines[i]!.page && isHeaderLine(lines[end + 1]!)) end++;
  const band = lines.slice(i, end + 1).flatMap((l) => l.words);
  if (!/chu tri/.test(fold(lineText(band)))) return null;
  const sorted = [...band].sort((a, b) => a.x0 - b.x0);
  const cols: Array<{ x0: number; x1: number }> = [];
  for (const w of sorted) {
    const last = cols[cols.length - 1];
    if (last && w.x0 <= last.x1 + (w.y1 - w.y0) * 0.6) last.x1 = Math.max(last.x1, w.x1); // words of one header cell
    else cols.push({ x0: w.x0, x1: w.x1 });
  }
  return cols.length >= 3 ? { end, cols } : null;
}

export function layoutToText(words: PdfWord[], options: LayoutOptions = {}): { text: string; warnings: string[]; lowConfidence: LowConfidenceWord[] } {
  const grids = [...(options.grids ?? [])].sort((a, b) => a.page - b.page || a.y0 - b.y0);
  const threshold = options.lowConfidence ?? 60;
  // words inside a ruled table are read by its cells; the rest flows as lines
  const inGrids = grids.map(() => [] as PdfWord[]);
  const flowingWords: PdfWord[] = [];
  for (const w of words) {
    const cx = (w.x0 + w.x1) / 2;
    const cy = (w.y0 + w.y1) / 2;
    const g = grids.findIndex((t) => t.page === w.page && cx >= t.x0 && cx <= t.x1 && cy >= t.y0 && cy <= t.y1);
    if (g >= 0) inGrids[g]!.push(w);
    else flowingWords.push(w);
  }
  const lines = toLines(flowingWords);
  const warnings: string[] = [];
  const heights = lines.map((l) => l.y1 - l.y0);
  const h = median(heights.length ? heights : words.map((w) => w.y1 - w.y0)) || 10;
  const out: string[] = [];
  const lowConfidence: LowConfidenceWord[] = [];
  const push = (text: string, ws: readonly PdfWord[]) => {
    out.push(text);
    for (const w of ws) if (w.conf !== undefined && w.conf < threshold) lowConfidence.push({ line: out.length, word: w.text, conf: Math.round(w.conf) });
  };
  const blankLine = () => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  let prev: VLine | null = null;

  // ruled tables: rows buffered so that a table continued on the next page joins up
  let table: { rows: string[][]; words: PdfWord[][]; heads: string[]; keyed: boolean; page: number } | null = null;
  const flushTable = () => {
    if (!table) return;
    table.rows.forEach((r, k) => push(r.join('\t'), table!.words[k]!));
    blankLine();
    table = null;
    prev = null;
  };
  let nextGrid = 0;
  const emitGridsBefore = (page: number, y: number) => {
    while (nextGrid < grids.length && (grids[nextGrid]!.page < page || (grids[nextGrid]!.page === page && grids[nextGrid]!.y0 <= y))) {
      const g = grids[nextGrid]!;
      const { rows, rowWords } = gridRows(g, inGrids[nextGrid]!, h);
      nextGrid++;
      const sig = (r: string[]) => fold(r.join(' ')).replace(/\s+/g, ' ').trim();
      if (table && g.page === table.page + 1) {
        // the same table on the next page: skip its repeated header, join a row split by the page break
        let k = 0;
        while (k < rows.length && k < 3 && table.heads.includes(sig(rows[k]!))) k++;
        const first = rows[k];
        const last = table.rows[table.rows.length - 1];
        if (first && last && table.keyed && first[0] === '' && first.length === last.length && first.some((c) => c !== '')) {
          first.forEach((c, i) => (last[i] = joinCell([last[i]!, c].filter(Boolean))));
          table.words[table.words.length - 1]!.push(...rowWords[k]!);
          k++;
        }
        table.rows.push(...rows.slice(k));
        table.words.push(...rowWords.slice(k));
        table.page = g.page;
        continue;
      }
      flushTable();
      if (rows.length === 0) continue;
      const keyed = /^(?:stt|tt|so tt|so)$/.test(fold(rows[0]![0] ?? '').trim());
      table = { rows, words: rowWords, heads: rows.slice(0, 2).map(sig), keyed, page: g.page };
    }
  };

  // the right edge of body text: a line ending well before it closes its paragraph
  const right = median(lines.filter((l) => l.words.length > 6).map((l) => l.words[l.words.length - 1]!.x1));
  const emitText = (l: VLine) => {
    const last = prev?.words[prev.words.length - 1];
    const shortBefore = last !== undefined && last.x1 < right - h * 3 && /^\p{Lu}/u.test(l.words[0]!.text);
    if (prev && prev.page === l.page && (l.y0 - prev.y1 > h * 0.9 || shortBefore)) blankLine();
    // a wide gutter is two columns side by side (letterhead, signature): one line each
    let seg: PdfWord[] = [l.words[0]!];
    for (const w of l.words.slice(1)) {
      if (w.x0 - seg[seg.length - 1]!.x1 > h * 3) {
        push(lineText(seg), seg);
        seg = [w];
      } else seg.push(w);
    }
    push(lineText(seg), seg);
    prev = l;
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // a page number alone on its line
    if (l.words.length === 1 && /^\d{1,3}$/.test(l.words[0]!.text) && (i + 1 >= lines.length || lines[i + 1]!.page !== l.page || i === 0 || lines[i - 1]!.page !== l.page)) continue;
    emitGridsBefore(l.page, l.y0);
    flushTable();
    const header = readHeader(lines, i);
    if (!header) {
      emitText(l);
      continue;
    }
    // the table: header row, then rows until flowing text that is not a group title
    const { cols } = header;
    // column boundaries from the data: between two header cells, the widest vertical strip no word of the
    // next rows touches (header cells are centred; cell text is left-aligned, so midpoints would misplace it)
    const sample = lines.slice(header.end + 1, header.end + 61).flatMap((x) => x.words);
    const bounds = cols.slice(1).map((c, k) => {
      const a = Math.floor((cols[k]!.x0 + cols[k]!.x1) / 2);
      const b = Math.ceil((c.x0 + c.x1) / 2);
      const cover = Array.from({ length: Math.max(1, b - a) }, (_, t) => sample.filter((w) => w.x0 <= a + t + 0.5 && w.x1 >= a + t + 0.5).length);
      const least = Math.min(...cover);
      let best = { from: 0, len: 0 };
      for (let t = 0; t < cover.length; ) {
        if (cover[t] !== least) {
          t++;
          continue;
        }
        let u = t;
        while (u < cover.length && cover[u] === least) u++;
        if (u - t > best.len) best = { from: t, len: u - t };
        t = u;
      }
      return a + best.from + best.len / 2;
    });
    const colOf = (w: PdfWord) => bounds.filter((b) => w.x0 + 1 >= b).length;
    const keyCol = /^(stt|tt|so tt|so)$/.test(fold(lineText(lines.slice(i, header.end + 1).flatMap((x) => x.words).filter((w) => colOf(w) === 0))).trim());
    const headWords = lines.slice(i, header.end + 1).flatMap((x) => x.words);
    push(cols.map((_, k) => lineText(headWords.filter((w) => colOf(w) === k).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0))).join('\t'), headWords);
    let row: string[][] | null = null;
    let rowWords: PdfWord[] = [];
    let rowBottom = 0;
    const flush = () => {
      if (row) push(row.map(joinCell).join('\t'), rowWords);
      row = null;
    };
    let j = header.end + 1;
    for (; j < lines.length; j++) {
      const d = lines[j]!;
      if (d.words.length === 1 && /^\d{1,3}$/.test(d.words[0]!.text) && (j + 1 >= lines.length || lines[j + 1]!.page !== d.page)) continue; // page number
      const again = readHeader(lines, j);
      if (again) {
        j = again.end;
        continue;
      }
      // flowing text: consecutive words across a column boundary with a normal space between them
      // flowing text: a run of words spaced as in a sentence that crosses two column boundaries or more
      // (two neighbouring cells may touch and be crossed once: "Công an tỉnh | Viện kiểm sát")
      let flowing = false;
      for (let k = 0, start = 0; k < d.words.length; k++) {
        const w = d.words[k]!;
        if (k > 0 && w.x0 - d.words[k - 1]!.x1 > h * 0.5) start = k;
        if (colOf(w) - colOf(d.words[start]!) >= 2) flowing = true;
      }
      const text = lineText(d.words);
      const letters = text.replace(/[^\p{L}]/gu, '');
      const headingLike = /^(?:[IVX]{1,5}|[A-Z]|\d{1,2})[.)]\s+\p{Lu}/u.test(text) && [...letters].filter((c) => c === c.toUpperCase()).length >= letters.length * 0.8;
      if (flowing || headingLike || d.words.every((w) => colOf(w) === 0 && w.x1 > bounds[0]! + 1)) {
        const group = /^(?:[IVX]{1,5}|[A-Z]|\d{1,2})[.)]\s+\p{Lu}/u.test(text);
        // a group title is followed by a row of the table; a section heading by text
        const next = lines[j + 1];
        const nextIsRow = next !== undefined && (keyCol ? KEY.test(next.words[0]?.text ?? '') && colOf(next.words[0]!) === 0 : new Set(next.words.map(colOf)).size >= 2);
        if (group && nextIsRow) {
          flush();
          push(text, d.words);
          continue;
        }

        break;
      }
      const cells = cols.map(() => [] as string[]);
      for (const w of d.words) cells[Math.min(colOf(w), cols.length - 1)]!.push(w.text);
      const startsRow = keyCol ? cells[0]!.length > 0 && KEY.test(cells[0]!.join(' ')) : !row || d.y0 - rowBottom > h * 0.9 || d.page !== lines[j - 1]!.page && false;
      if (!row || startsRow) {
        flush();
        row = cells;
        rowWords = [...d.words];
      } else {
        cells.forEach((c, k) => row![k]!.push(...c));
        rowWords.push(...d.words);
      }
      rowBottom = d.y1;
    }
    flush();
    blankLine();
    prev = null;
    i = j - 1;
  }
  emitGridsBefore(Infinity, 0);
  flushTable();
  if (words.length === 0) warnings.push('tệp PDF không có lớp chữ (bản quét?)');
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return { text: out.join('\n'), warnings, lowConfidence };
}

/**
 * A ruled table's rows: each word goes to the band and cell its centre falls in (a merged cell's
 * words to the row it starts in, wherever the centring put them); a cell's words are read line by
 * line. A merged continuation cell is empty, as in a Word file's text.
 */
export function gridRows(grid: Grid, words: PdfWord[], h: number): { rows: string[][]; rowWords: PdfWord[][] } {
  const cells = grid.bands.map((b) => b.cells.map(() => [] as PdfWord[]));
  const owner = (band: number, cell: number): [number, number] => {
    let b = band;
    let c = cell;
    while (b > 0 && grid.bands[b]!.cells[c]!.merged) {
      const { x0, x1 } = grid.bands[b]!.cells[c]!;
      const above = grid.bands[b - 1]!.cells.findIndex((u) => Math.abs(u.x0 - x0) < h && Math.abs(u.x1 - x1) < h);
      if (above < 0) break;
      b -= 1;
      c = above;
    }
    return [b, c];
  };
  for (const w of words) {
    const cx = (w.x0 + w.x1) / 2;
    const cy = (w.y0 + w.y1) / 2;
    const b = grid.bands.findIndex((x) => cy >= x.y0 && cy <= x.y1);
    if (b < 0) continue;
    const c = grid.bands[b]!.cells.findIndex((x) => cx >= x.x0 && cx <= x.x1);
    if (c < 0) continue;
    const [ob, oc] = owner(b, c);
    cells[ob]![oc]!.push(w);
  }
  const rows: string[][] = [];
  const rowWords: PdfWord[][] = [];
  grid.bands.forEach((band, b) => {
    const texts = band.cells.map((cell, c) => (cell.merged && owner(b, c)[0] !== b ? '' : cellText(cells[b]![c]!)));
    if (texts.every((t) => t === '')) return;
    rows.push(texts);
    rowWords.push(cells[b]!.flat());
  });
  return { rows, rowWords };
}

/** A cell's words in reading order: lines by baseline, then left to right; wrapped pieces joined. */
function cellText(ws: PdfWord[]): string {
  if (ws.length === 0) return '';
  const lines: PdfWord[][] = [];
  for (const w of [...ws].sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0)) {
    const line = lines.find((l) => Math.abs(l[0]!.y1 - w.y1) < (w.y1 - w.y0) * 0.4);
    if (line) line.push(w);
    else lines.push([w]);
  }
  return joinCell(lines.sort((a, b) => a[0]!.y1 - b[0]!.y1).map((l) => lineText(l.sort((a, b) => a.x0 - b.x0))));
}
