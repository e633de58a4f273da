import { syllableDistance } from '../corpus/edit-distance';
import type { Analysed } from './text-analysis';
import { analyse } from './text-analysis';

/**
 * Finds known phrases (thesaurus entries, province names, question words) in analysed text,
 * longest first and without overlap, so "môi trường mạng" wins over "môi trường".
 * Vietnamese phrases match folded syllables, exactly or (for phrases of two syllables or more)
 * with a small per-syllable edit distance that forgives typos and OCR ("tao hén"); English
 * phrases match Porter stems exactly.
 */
export interface PhraseEntry {
  id: string;
  phrase: string;
  lang: 'vi' | 'en';
  /** false for names that must be typed right (provinces: "Long An" is not a typo of "công an") */
  fuzzy?: boolean;
}

export interface PhraseMatch {
  id: string;
  phrase: string;
  start: number; // token index
  end: number; // exclusive
  /** 0 for an exact match */
  cost: number;
}

interface Compiled {
  id: string;
  phrase: string;
  lang: 'vi' | 'en';
  seq: string[];
  /** folded syllables, for fuzzy matching of English phrases too ("chlid marriage") */
  folded: string[];
  /** each syllable's diacritics, '' where the phrase is written without them */
  marks: string[];
  fuzzy: boolean;
}

/**
 * A syllable's diacritics regardless of where the tone mark sits ("hoà" = "hòa"), with đ.
 * Folded text makes homographs ("Đồng Kỵ thì" folds to "kỳ thị"): a syllable typed with diacritics
 * that differ from the phrase's is another word, unless it is one slip among the phrase's syllables
 * ("bảo hiễm y tế").
 */
// once per distinct syllable: a bounded memo of a pure function
const marksMemo = new Map<string, string>();
export function diacriticMarks(syllable: string): string {
  let m = marksMemo.get(syllable);
  if (m !== undefined) return m;
  const nfd = syllable.normalize('NFD');
  const marks = [...nfd].filter((ch) => /[\u0300-\u036f]/.test(ch)).sort().join('');
  m = /[đĐ]/.test(syllable) ? `đ${marks}` : marks;
  if (marksMemo.size >= 100_000) marksMemo.clear();
  marksMemo.set(syllable, m);
  return m;
}

export interface PhraseMatcher {
  match(a: Analysed, opts?: { english?: boolean; fuzzy?: boolean }): PhraseMatch[];
}

/**
 * Words that are real words of the domain: a known word is never "corrected" into another one
 * ("trong kế hoạch" must not become "thống kê"); only unknown tokens (typos, OCR damage) are
 * matched fuzzily.
 */
export type KnownWords = (folded: string) => boolean;

const FUZZY_PER_SYLLABLE = 0.34;

export function createPhraseMatcher(entries: PhraseEntry[], known: KnownWords = () => false): PhraseMatcher {
  const compiled: Compiled[] = [];
  for (const e of entries) {
    const a = analyse(e.phrase);
    const seq = e.lang === 'en' ? a.stems : a.folded;
    const marks = a.accented.map((x, k) => (a.hasDiacritic[k] ? diacriticMarks(x) : ''));
    if (seq.length > 0) compiled.push({ id: e.id, phrase: e.phrase, lang: e.lang, seq, folded: a.folded, marks, fuzzy: e.fuzzy !== false });
  }
  const byFirst = new Map<string, Compiled[]>();
  for (const c of compiled) {
    const key = `${c.lang}:${c.seq[0]}`;
    byFirst.set(key, [...(byFirst.get(key) ?? []), c]);
  }
  const fuzzyFirsts = new Map<string, Compiled[]>();
  for (const c of compiled) {
    if (!c.fuzzy || c.folded.length < 2) continue;
    fuzzyFirsts.set(c.folded[0]!, [...(fuzzyFirsts.get(c.folded[0]!) ?? []), c]);
  }
  const viFirsts = [...fuzzyFirsts.keys()];
  // token -> first syllables it fuzzily equals (per matcher instance, bounded by the vocabulary seen)
  const near = new Map<string, string[]>();
  const nearFirsts = (tok: string): string[] => {
    let r = near.get(tok);
    if (!r) {
      r = tok.length < 2 ? [] : viFirsts.filter((f) => f !== tok && f.length >= 2 && syllableDistance(tok, f) <= FUZZY_PER_SYLLABLE);
      if (near.size < 50_000) near.set(tok, r);
    }
    return r;
  };

  return {
    match(a, opts = {}) {
      const english = opts.english ?? false;
      const fuzzy = opts.fuzzy ?? true;
      const found: PhraseMatch[] = [];
      const n = a.folded.length;
      for (let i = 0; i < n; i++) {
        const exact: Compiled[] = [...(byFirst.get(`vi:${a.folded[i]}`) ?? [])];
        if (english) exact.push(...(byFirst.get(`en:${a.stems[i]}`) ?? []));
        const fuzzyCands: Compiled[] = [];
        if (fuzzy) {
          fuzzyCands.push(...(fuzzyFirsts.get(a.folded[i]!) ?? []));
          if (!known(a.folded[i]!)) for (const f of nearFirsts(a.folded[i]!)) fuzzyCands.push(...(fuzzyFirsts.get(f) ?? []));
        }
        const tryMatch = (c: Compiled, useFuzzy: boolean) => {
          const len = useFuzzy ? c.folded.length : c.seq.length;
          if (i + len > n) return;
          for (let k = 1; k < len; k++) if (a.tokens[i + k]!.breakBefore) return; // a phrase never spans . ; : ( )
          const src = useFuzzy ? a.folded : c.lang === 'en' ? a.stems : a.folded;
          const pat = useFuzzy ? c.folded : c.seq;
          let cost = 0;
          let compared = 0;
          let differing = 0;
          for (let k = 0; k < len; k++) {
            const t = src[i + k]!;
            const p = pat[k]!;
            if (t === p) {
              const pm = c.lang === 'vi' ? c.marks[k] : '';
              if (pm && a.hasDiacritic[i + k]) {
                compared++;
                if (diacriticMarks(a.accented[i + k]!) !== pm) differing++;
              }
              continue;
            }
            // only an unknown word (typo, OCR damage) may stand for a phrase word
            if (!useFuzzy || p.length < 3 || known(t)) return;
            const d = syllableDistance(t, p);
            if (d > FUZZY_PER_SYLLABLE) return;
            cost += d;
          }
          // another word, not a slip of one accent: most syllables typed with other diacritics
          if (differing * 2 > compared) return;
          // a fuzzy match must be mostly exact: at most one damaged syllable in two
          if (cost > 0 && cost / len > FUZZY_PER_SYLLABLE / 2) return;
          found.push({ id: c.id, phrase: c.phrase, start: i, end: i + len, cost });
        };
        for (const c of exact) tryMatch(c, false);
        for (const c of fuzzyCands) tryMatch(c, true);
      }
      // longest first, then cheaper, then earlier; no overlaps
      found.sort((x, y) => y.end - y.start - (x.end - x.start) || x.cost - y.cost || x.start - y.start);
      const taken = new Array<boolean>(n).fill(false);
      const out: PhraseMatch[] = [];
      for (const m of found) {
        let free = true;
        for (let k = m.start; k < m.end; k++) if (taken[k]) free = false;
        if (!free) continue;
        for (let k = m.start; k < m.end; k++) taken[k] = true;
        out.push(m);
      }
      return out.sort((x, y) => x.start - y.start);
    },
  };
}
