import { fold, normaliseText } from './normalise';

/** A syllable-like token of a text, with where it sits in that text (for cutting the text back). */
export interface Token {
  /** Folded form ("sở" → "so"); OCR symbols such as 6, ¢, & are kept, they carry evidence. */
  folded: string;
  /** True for an all-capital abbreviation of two or more letters ("LĐTBXH", "TB", "UBND"). */
  caps: boolean;
  /** Punctuation that never falls inside a name ( ) : ; . or a line break separates this token from the previous one. */
  breakBefore: boolean;
  /** A comma separates this token from the previous one (a list's seam, unless the name itself has one). */
  commaBefore: boolean;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}¢&]+/gu;
// "KH&ĐT", "TB&XH": an ampersand between capitals is "và"; elsewhere (OCR "S& Ké") it is a mangled letter.
const AMP_BETWEEN_CAPS = /(\p{Lu})&(\p{Lu})/gu;

/**
 * A token's folded form and capitals flag depend on its characters alone, and a corpus repeats a few
 * thousand syllables millions of times: they are computed once per distinct token (a bounded memo of
 * a pure function, cleared when full, so it never holds more than MEMO_LIMIT strings).
 */
const MEMO_LIMIT = 200_000;
const memo = new Map<string, { folded: string; caps: boolean }>();
function tokenFacts(raw: string): { folded: string; caps: boolean } {
  let f = memo.get(raw);
  if (f) return f;
  const letters = raw.replace(/[^\p{L}]/gu, '');
  const caps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && /^\p{L}+$/u.test(raw);
  f = { folded: fold(raw), caps };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, f);
  return f;
}

/** Tokenise normalised text into syllables. The returned offsets index into `normaliseText(text)`. */
export function tokenize(text: string): { text: string; tokens: Token[] } {
  // a line break survives normalisation as " | " so that no name or phrase runs across it
  const norm = normaliseText(text.replace(/[ \t]*[\r\n]+[ \t]*/g, ' | ')).replace(AMP_BETWEEN_CAPS, '$1+$2');
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of norm.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const { folded, caps } = tokenFacts(raw);
    const breakBefore = tokens.length > 0 && /[():;.|]/.test(norm.slice(prevEnd, start));
    const commaBefore = tokens.length > 0 && norm.slice(prevEnd, start).includes(',');
    tokens.push({ folded, caps, breakBefore, commaBefore, start, end: start + raw.length });
    prevEnd = start + raw.length;
  }
  return { text: norm.replace(/\+/g, '&'), tokens };
}
