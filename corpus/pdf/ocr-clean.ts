import { canonicalTone } from '../restore/tone';

/**
 * Tesseract's Vietnamese model sometimes glues syllables when a scan's spacing is tight ("SởNộivụ",
 * "Báovà", "tháng9", "Sở Y tế,SởGiáo"). A glued word is split back into syllables the dictionary
 * knows (the fewest pieces, every piece a real syllable); a comma or semicolon gets its space back.
 * A word the dictionary knows, or that cannot be split into known syllables, is left as it is. Pure.
 */
/** The dictionary's syllables in lower case, with either tone placement ("hòa", "hoà"), built once per lexicon. */
const syllableSets = new WeakMap<readonly string[], ReadonlySet<string>>();
export function knownSyllables(lexicon: readonly string[]): ReadonlySet<string> {
  let set = syllableSets.get(lexicon);
  if (!set) syllableSets.set(lexicon, (set = new Set(lexicon.flatMap((w) => [w.normalize('NFC').toLowerCase(), canonicalTone(w.toLowerCase())]))));
  return set;
}

export function splitGlued(word: string, known: ReadonlySet<string>): string {
  // punctuation between letters: "tế,Sở" → "tế, Sở" (not between digits: "2025,2026" stays)
  const spaced = word.replace(/([\p{L}])([,;])(?=\p{L})/gu, '$1$2 ').replace(/([\p{L}])(\d)/gu, (m, a: string, d: string) => (/\p{Ll}/u.test(a) ? `${a} ${d}` : m));
  return spaced
    .split(' ')
    .map((piece) => splitLetters(piece, known))
    .join(' ');
}

function splitLetters(piece: string, known: ReadonlySet<string>): string {
  const m = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(piece.normalize('NFC'));
  if (!m) return piece;
  const [, pre, letters, post] = m as unknown as [string, string, string, string];
  const lower = letters.toLowerCase();
  // "hòa" and "hoà" are one syllable whichever vowel carries the tone
  const has = (s: string) => known.has(s) || known.has(canonicalTone(s));
  // an abbreviation in capitals (UBND, LĐTBXH, VKS) is never split
  if (letters.length < 3 || has(lower) || letters === letters.toUpperCase()) return piece;
  // fewest known syllables covering the word (a syllable is at most 7 letters: "nghiêng")
  const n = letters.length;
  const best: Array<number[] | null> = new Array(n + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (!here) continue;
    for (let j = i + 1; j <= Math.min(n, i + 7); j++) {
      if (!has(lower.slice(i, j))) continue;
      // a capital letter only opens a syllable ("SởNội", never "Sở|Nội" split inside "Nội")
      if (j < n && /\p{Lu}/u.test(letters[j]!) === false && /\p{Lu}/u.test(letters.slice(i + 1, j))) continue;
      const cand = [...here, j];
      if (!best[j] || cand.length < best[j]!.length) best[j] = cand;
    }
  }
  const cuts = best[n];
  if (!cuts || cuts.length < 2) return piece;
  const parts: string[] = [];
  let from = 0;
  for (const c of cuts) {
    parts.push(letters.slice(from, c));
    from = c;
  }
  return `${pre}${parts.join(' ')}${post}`;
}

/**
 * A quarter is written with a Roman numeral ("Quý IV/2025"); OCR confuses I with l and 1, and II
 * with H. Only forms that are no numeral at all are mended ("Quý 1" may be how the plan writes it).
 */
const QUARTER_FORMS: Record<string, string> = { l: 'I', H: 'II', Il: 'II', lI: 'II', ll: 'II', IIl: 'III', IlI: 'III', lII: 'III', Ill: 'III', lll: 'III', lV: 'IV', '1V': 'IV', Iv: 'IV' };

export function mendQuarters(text: string): string {
  return text.replace(/(Quý\s+)([A-Za-z1]{1,3})(?=\s*\/|\s*[,;.)]|\s|$)/gu, (m, head: string, n: string) => (QUARTER_FORMS[n] ? `${head}${QUARTER_FORMS[n]}` : m));
}
