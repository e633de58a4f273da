import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { tokenize, type Token } from '../corpus/syllables';

/**
 * Vietnamese text analysis: syllables (no word segmenter is needed: phrases are matched as
 * syllable sequences and bigrams carry word structure), their diacritic-folded forms, and Porter
 * stems for English words (natural's stemmer; natural's tokenizers are not used because they split
 * Vietnamese at every diacritic).
 */
/** Bump when analysis or document building changes: saved indexes then rebuild. */
export const ANALYSER_ID = 'vi-syllable-v5';

export interface Analysed {
  text: string;
  tokens: Token[];
  /** lower-case syllables with their diacritics (NFC) */
  accented: string[];
  /** folded syllables: no diacritics, đ → d */
  folded: string[];
  /** Porter stems of the folded tokens (meaningful for English words only) */
  stems: string[];
  /** whether each syllable carried a diacritic in the input */
  hasDiacritic: boolean[];
}

// Porter stems of folded syllables, once per distinct syllable (a bounded memo of a pure function)
const STEM_MEMO_LIMIT = 100_000;
const stemMemo = new Map<string, string>();
function stemOf(f: string): string {
  let s = stemMemo.get(f);
  if (s !== undefined) return s;
  s = /^[a-z]+$/.test(f) ? PorterStemmer.stem(f) : f;
  if (stemMemo.size >= STEM_MEMO_LIMIT) stemMemo.clear();
  stemMemo.set(f, s);
  return s;
}

export function analyse(input: string): Analysed {
  const { text, tokens } = tokenize(input);
  const accented = tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
  const folded = tokens.map((t) => t.folded);
  return {
    text,
    tokens,
    accented,
    folded,
    stems: folded.map(stemOf),
    hasDiacritic: accented.map((a, i) => a !== folded[i]),
  };
}

// English words that are not also Vietnamese syllables once folded ("do", "an", "to", "me", "can"
// are "do/đó", "an", "tổ", "mẹ", "cần": they prove nothing about the language)
const ENGLISH_WORDS = new Set([
  'the', 'who', 'what', 'which', 'does', 'is', 'are', 'of', 'for', 'and', 'how', 'when', 'where', 'leads', 'lead', 'responsible',
  'agency', 'department', 'province', 'plan', 'child', 'children', 'early', 'marriage', 'with', 'about', 'by', 'coordinates',
  'coordinate', 'handles', 'charge', 'tell', 'please', 'you', 'there', 'this', 'that', 'from', 'report', 'reports', 'number',
  'date', 'funding', 'should', 'help', 'being', 'was', 'were', 'its', 'in', 'whose', 'why', 'will', 'would', 'could',
]);

/** An English question: several English function words and no Vietnamese diacritics. */
export function isEnglish(a: Analysed): boolean {
  if (a.hasDiacritic.some(Boolean)) {
    // English framing around Vietnamese names ("What does Sở Tư pháp do in Sơn La?")
    const english = a.folded.filter((f, i) => ENGLISH_WORDS.has(f) && !a.hasDiacritic[i]).length;
    const vietnamese = a.hasDiacritic.filter(Boolean).length;
    return english >= 3 && english * 2 >= a.folded.length - vietnamese;
  }
  const english = a.folded.filter((f) => ENGLISH_WORDS.has(f)).length;
  return english >= 2 || (english >= 1 && a.folded.length <= 2);
}
