import { CorpusParseError } from '../errors';
import { parseNumbering, parseStyleNumbering } from './numbering';
import { readZipEntries, ZipError } from './unzip';
import { xmlTokens } from './xml';

/**
 * A Word .docx as the parser reads plans: every body paragraph one line (with its automatic number
 * or bullet drawn back in), every table row one line with its cells joined by a tab and the
 * paragraphs inside a cell joined by a space. A cell merged across columns (gridSpan) is followed by
 * empty cells so the columns stay aligned; a cell continuing a vertical merge holds a ditto mark
 * (〃), which the table parser reads as the cell above and notes. Deleted tracked text is left out, inserted text
 * kept; text-box fallbacks are read once. Pure: bytes in, text and warnings out.
 */
export interface DocxText {
  text: string;
  warnings: string[];
}

const BODY = 'word/document.xml';
/** U+3003, written for a cell that continues a vertical merge */
export const DITTO = '\u3003';

export function docxToText(data: Uint8Array, fileName: string): DocxText {
  let parts: Map<string, Uint8Array>;
  try {
    parts = readZipEntries(data, (n) => n === BODY || n === 'word/numbering.xml' || n === 'word/styles.xml');
  } catch (e) {
    const why = e instanceof ZipError ? e.message : (e as Error).message;
    throw new CorpusParseError(fileName, null, `not a readable Word document (${why})`, 'Open it in Word or LibreOffice, save it again as .docx, and add it again.');
  }
  const decoder = new TextDecoder('utf-8');
  const body = parts.get(BODY);
  if (!body) throw new CorpusParseError(fileName, null, 'not a Word document (no word/document.xml inside)', 'Save the plan as a Word .docx (not .odt or .xlsx) and add it again.');
  const numbering = parseNumbering(parts.has('word/numbering.xml') ? decoder.decode(parts.get('word/numbering.xml')) : null);
  const styleNumbering = parseStyleNumbering(parts.has('word/styles.xml') ? decoder.decode(parts.get('word/styles.xml')) : null);

  const warnings = new Set<string>();
  const lines: string[] = [];
  // the innermost open table: rows of cells; a cell is its paragraphs
  interface Cell { paras: string[]; span: number; vMergeContinue: boolean }
  interface Table { rows: Cell[][]; row: Cell[] | null; cell: Cell | null }
  const tables: Table[] = [];
  let para: string[] | null = null;
  let numId: string | null = null;
  let ilvl = 0;
  let styleId: string | null = null;
  let inText = false;
  let skipDepth = 0; // inside mc:Fallback or w:del (deleted text)
  let inPPr = false;
  let tracked = false;

  const emitParagraph = (text: string) => {
    const t = tables[tables.length - 1];
    if (t?.cell) t.cell.paras.push(text);
    else lines.push(text);
  };

  for (const tok of xmlTokens(decoder.decode(body))) {
    if (tok.kind === 'text') {
      if (inText && para && skipDepth === 0) para.push(tok.text);
      continue;
    }
    const name = tok.name;
    if (tok.kind === 'open') {
      if (name === 'mc:Fallback' || name === 'w:del' || name === 'w:moveFrom') {
        if (name !== 'mc:Fallback') tracked = true;
        if (!tok.selfClosing) skipDepth++;
        continue;
      }
      if (name === 'w:ins' || name === 'w:moveTo') tracked = true;
      if (skipDepth > 0) continue;
      switch (name) {
        case 'w:p':
          para = [];
          numId = null;
          ilvl = 0;
          styleId = null;
          if (tok.selfClosing) {
            emitParagraph('');
            para = null;
          }
          break;
        case 'w:pPr':
          inPPr = !tok.selfClosing;
          break;
        case 'w:pStyle':
          if (inPPr) styleId = tok.attrs['w:val'] ?? null;
          break;
        case 'w:numId':
          if (inPPr) numId = tok.attrs['w:val'] ?? null;
          break;
        case 'w:ilvl':
          if (inPPr) ilvl = Number(tok.attrs['w:val'] ?? 0);
          break;
        case 'w:t':
          inText = !tok.selfClosing;
          break;
        case 'w:tab':
          // a tab inside a run (not a tab stop definition in w:pPr) separates words
          if (para && !inPPr) para.push(' ');
          break;
        case 'w:br':
        case 'w:cr':
          if (para) para.push(' ');
          break;
        case 'w:noBreakHyphen':
          if (para) para.push('-');
          break;
        case 'w:tbl':
          if (tables.length > 0) warnings.add('một bảng nằm trong ô của bảng khác: nội dung của nó được nối vào ô đó');
          tables.push({ rows: [], row: null, cell: null });
          break;
        case 'w:tr':
          tables[tables.length - 1]!.row = [];
          break;
        case 'w:tc':
          tables[tables.length - 1]!.cell = { paras: [], span: 1, vMergeContinue: false };
          break;
        case 'w:gridSpan': {
          const c = tables[tables.length - 1]?.cell;
          if (c) c.span = Math.max(1, Number(tok.attrs['w:val'] ?? 1));
          break;
        }
        case 'w:vMerge': {
          const c = tables[tables.length - 1]?.cell;
          if (c && (tok.attrs['w:val'] ?? 'continue') === 'continue') c.vMergeContinue = true;
          break;
        }
      }
      continue;
    }
    // close tags
    if (name === 'mc:Fallback' || name === 'w:del' || name === 'w:moveFrom') {
      skipDepth = Math.max(0, skipDepth - 1);
      continue;
    }
    if (skipDepth > 0) continue;
    switch (name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:pPr':
        inPPr = false;
        break;
      case 'w:p': {
        if (!para) break;
        let text = para.join('').replace(/\s+/g, ' ').trim();
        const num = numId ?? (styleId ? styleNumbering.get(styleId)?.numId ?? null : null);
        const level = numId ? ilvl : styleId ? styleNumbering.get(styleId)?.ilvl ?? ilvl : ilvl;
        if (num && num !== '0') {
          const marker = numbering.marker(num, level);
          if (marker) {
            text = text ? `${marker} ${text}` : marker;
            warnings.add('đánh số tự động của Word (1., a), gạch đầu dòng) được viết lại thành chữ');
          }
        }
        emitParagraph(text);
        para = null;
        break;
      }
      case 'w:tc': {
        const t = tables[tables.length - 1]!;
        if (t.cell && t.row) {
          // a continued vertical merge shows nothing in Word: the cell above holds the text, for every
          // row it spans. A ditto mark says so in the text, so the table parser can tell "as above"
          // from a cell left empty (a lead the officer forgot, no coordinating body)
          if (t.cell.vMergeContinue) t.cell.paras = [DITTO];
          t.row.push(t.cell);
        }
        t.cell = null;
        break;
      }
      case 'w:tr': {
        const t = tables[tables.length - 1]!;
        if (t.row) t.rows.push(t.row);
        t.row = null;
        break;
      }
      case 'w:tbl': {
        const t = tables.pop()!;
        const rowLines = t.rows.map((row) => row.flatMap((c) => [c.paras.filter(Boolean).join(' ').replace(/\t/g, ' '), ...Array<string>(c.span - 1).fill('')]).join('\t'));
        const outer = tables[tables.length - 1];
        if (outer?.cell) outer.cell.paras.push(rowLines.map((l) => l.replaceAll(DITTO, '').replace(/\t+/g, ' ').trim()).join(' '));
        else lines.push(...rowLines);
        break;
      }
    }
  }
  if (tracked) warnings.add('tệp có thay đổi được theo dõi (Track Changes): đã đọc bản có các thay đổi được chấp nhận');
  const text = lines.join('\n');
  if (!text.trim()) throw new CorpusParseError(fileName, null, 'the Word document has no text', 'If it is a scan pasted into Word, add the scan itself; otherwise check that the right file was chosen.');
  return { text, warnings: [...warnings] };
}
