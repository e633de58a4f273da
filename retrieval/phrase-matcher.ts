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
}

export interface PhraseMatcher {
  match(a: Analysed, opts?: { english?: boolean; fuzzy?: boolean }): PhraseMatch[];
}

const FUZZY_PER_SYLLABLE = 0.34;

export function createPhraseMatcher(entries: PhraseEntry[]): PhraseMatcher {
  const compiled: Compiled[] = [];
  for (const e of entries) {
    const a = analyse(e.phrase);
    const seq = e.lang === 'en' ? a.stems : a.folded;
    if (seq.length > 0) compiled.push({ id: e.id, phrase: e.phrase, lang: e.lang, seq });
  }
  const byFirst = new Map<string, Compiled[]>();
  for (const c of compiled) {
    const key = `${c.lang}:${c.seq[0]}`;
    byFirst.set(key, [...(byFirst.get(key) ?? []), c]);
  }
  const viFirsts = [...new Set(compiled.filter((c) => c.lang === 'vi' && c.seq.length >= 2).map((c) => c.seq[0]!))];
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
        const cands: Compiled[] = [...(byFirst.get(`vi:${a.folded[i]}`) ?? [])];
        if (english) cands.push(...(byFirst.get(`en:${a.stems[i]}`) ?? []));
        if (fuzzy) for (const f of nearFirsts(a.folded[i]!)) cands.push(...(byFirst.get(`vi:${f}`) ?? []).filter((c) => c.seq.length >= 2));
        for (const c of cands) {
          const len = c.seq.length;
          if (i + len > n) continue;
          const src = c.lang === 'en' ? a.stems : a.folded;
          let cost = 0;
          let ok = true;
          for (let k = 0; k < len && ok; k++) {
            const t = src[i + k]!;
            const p = c.seq[k]!;
            if (t === p) continue;
            if (!fuzzy || c.lang === 'en' || len < 2 || p.length < 3) { ok = false; break; }
            const d = syllableDistance(t, p);
            if (d > FUZZY_PER_SYLLABLE) ok = false;
            else cost += d;
          }
          // a fuzzy match must be mostly exact: at most one damaged syllable in two
          if (ok && cost > 0 && cost / len > FUZZY_PER_SYLLABLE / 2) ok = false;
          if (ok) found.push({ id: c.id, phrase: c.phrase, start: i, end: i + len, cost });
        }
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
