import { fold } from './normalise';

/** A structural marker at the start of a line: I., 1., a), a dash bullet, "Điều 1.". */
export interface Marker {
  type: 'roman' | 'article' | 'number' | 'letter' | 'dash';
  /** Canonical label: "III", "Điều 2", "4", "a", "-" */
  label: string;
  level: number;
  /** The rest of the line after the marker. */
  rest: string;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

/** Value of a Roman numeral, with the scan's look-alikes (1 and l for I) accepted; null if not one. */
export function romanValue(raw: string): number | null {
  const s = raw.replace(/[1l]/g, 'I');
  if (!/^[IVX]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!]!;
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 40 ? total : null;
}

export function toRoman(n: number): string {
  const table: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, sym] of table) while (n >= v) { out += sym; n -= v; }
  return out;
}

/** Mostly capital letters: how the seeds write top-level headings ("II. NHIỆM VỤ, GIẢI PHÁP"). */
function isUpperHeading(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  const upper = [...letters].filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.8;
}

export function detectMarker(line: string): Marker | null {
  const text = line.replace(/^\*+/, '').trimStart();
  let m = /^([IVXl1]{1,5})\s*\.\s*(.*)$/.exec(text);
  if (m && isUpperHeading(m[2]!)) {
    const v = romanValue(m[1]!);
    if (v !== null) return { type: 'roman', label: toRoman(v), level: 1, rest: m[2]!.trim() };
  }
  m = /^Điều\s+(\d{1,2})\s*\.\s*(.*)$/u.exec(text);
  if (m) return { type: 'article', label: `Điều ${m[1]}`, level: 1, rest: m[2]!.trim() };
  // dotted keys "1.1." / "2.3" (a task under item 2): between a number and a letter item
  m = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\p{Lu}.*)$/u.exec(text);
  if (m) return { type: 'number', label: m[1]!, level: 2 + 0.25 * Math.min(3, m[1]!.split('.').length - 1), rest: m[2]!.trim() };
  // "4, Cong an tinh" and "2.S6'Y té" are OCR forms of "4." and "2. "
  m = /^(\d{1,2})\s*[.,](?!\d)\s*(.*)$/.exec(text);
  if (m && m[2]!.length > 0) return { type: 'number', label: String(Number(m[1])), level: 2, rest: m[2]!.trim() };
  m = /^([a-zđ])\)\s*(.*)$/u.exec(text);
  if (m) return { type: 'letter', label: m[1]!, level: 3, rest: m[2]!.trim() };
  m = /^[-–+•]\s+(.*)$/.exec(text);
  if (m) return { type: 'dash', label: '-', level: 4, rest: m[1]!.trim() };
  return null;
}

/** Lines that open the closing part (recipients, signature), including the scan's "Noi nhén". */
export function isRecipientsLine(line: string): boolean {
  return /^n[o0]i nh[a-z]*n\b/.test(fold(line).replace(/^[*\s]+/, ''));
}

/** Signature-block lines: "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "ỦY BAN NHÂN DÂN TỈNH". */
export function isSignatureLine(line: string): boolean {
  const f = fold(line).replace(/[*\s]+/g, ' ').trim();
  return /^(kt|tm)\. /.test(f) || /^(pho )?chu tich( thuong truc)?$/.test(f) || /^uy ban nhan dan tinh$/.test(f);
}

/** A line that is only the document-type title ("KẾ HOẠCH", "QUYẾT ĐỊNH:"). */
export function documentTitleKind(line: string): 'Kế hoạch' | 'Quyết định' | null {
  const f = fold(line).replace(/[*:\s]+/g, ' ').trim();
  if (f === 'ke hoach') return 'Kế hoạch';
  if (f === 'quyet dinh') return 'Quyết định';
  return null;
}

export function isAppendixTitle(line: string): boolean {
  return fold(line).replace(/[*\s]+/g, ' ').trim() === 'phu luc';
}
