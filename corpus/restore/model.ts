import { charDistance } from '../edit-distance';
import { fold } from '../normalise';
import { canonicalTone, toneOf } from './tone';

/**
 * A model for restoring the diacritics of an OCR scan, from local resources only:
 * - a syllable lexicon (the Vietnamese Hunspell word list from `dictionary-vi`, read at the edge)
 *   plus every syllable of the accented plans, all in one tone-placement convention;
 * - syllable unigram and bigram counts from accented texts (the three plans that kept their
 *   diacritics share much wording with the scanned one);
 * - an OCR confusion model: weighted edit distance between the scanned letters and a candidate's
 *   letters (o/6/0/¢, Đ/P, u/w, l/1 … are cheap), plus a small bonus when a tone mark the scan
 *   kept agrees with the candidate's.
 */
export interface RestoreModel {
  /** folded syllable → accented syllables seen with it, with counts */
  byFold: Map<string, Map<string, number>>;
  unigram: Map<string, number>;
  /** bigram counts: previous syllable → next syllable → count */
  next: Map<string, Map<string, number>>;
  total: number;
  lexiconSize: number;
  /** SymSpell-style index: fold with up to two letters deleted → folds */
  deletes: Map<string, Set<string>>;
  /** candidates already computed for a scanned token (a model's own memo, bounded) */
  memo: Map<string, Candidate[]>;
  /** the tone mark of each known syllable (computed once: NFD per lookup is slow) */
  tones: Map<string, string | null>;
}

const KEEP_NUMBER_COST = 1;
const MAX_CANDIDATES = 40;
const MAX_DELETES = 2;

function deletesOf(word: string, depth: number, out: Set<string>): void {
  if (depth === 0 || word.length <= 1) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletesOf(d, depth - 1, out);
    }
  }
}

/** Lower-case accented syllables of a text, in the canonical tone convention. */
export function syllablesOf(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(/[\p{L}]+/gu) ?? []).map(canonicalTone);
}

export function buildRestoreModel(lexicon: readonly string[], accentedTexts: readonly string[]): RestoreModel {
  const byFold = new Map<string, Map<string, number>>();
  const unigram = new Map<string, number>();
  const next = new Map<string, Map<string, number>>();
  let total = 0;
  const addSyllable = (s: string, count: number) => {
    const f = fold(s);
    if (!/^[a-z]+$/.test(f)) return;
    const m = byFold.get(f) ?? new Map<string, number>();
    m.set(s, (m.get(s) ?? 0) + count);
    byFold.set(f, m);
  };
  for (const w of lexicon) {
    const s = canonicalTone(w.trim().toLowerCase());
    if (/^[\p{L}]+$/u.test(s)) addSyllable(s, 0);
  }
  for (const text of accentedTexts) {
    for (const line of text.split(/\n+/)) {
      const syl = syllablesOf(line);
      for (let i = 0; i < syl.length; i++) {
        const s = syl[i]!;
        addSyllable(s, 1);
        unigram.set(s, (unigram.get(s) ?? 0) + 1);
        total += 1;
        if (i > 0) {
          const after = next.get(syl[i - 1]!) ?? next.set(syl[i - 1]!, new Map()).get(syl[i - 1]!)!;
          after.set(s, (after.get(s) ?? 0) + 1);
        }
      }
    }
  }
  const deletes = new Map<string, Set<string>>();
  for (const f of byFold.keys()) {
    const ds = new Set<string>([f]);
    deletesOf(f, MAX_DELETES, ds);
    for (const d of ds) (deletes.get(d) ?? deletes.set(d, new Set()).get(d)!).add(f);
  }
  let lexiconSize = 0;
  for (const m of byFold.values()) lexiconSize += m.size;
  const tones = new Map<string, string | null>();
  for (const m of byFold.values()) for (const syl of m.keys()) tones.set(syl, toneOf(syl));
  return { byFold, unigram, next, total, lexiconSize, deletes, memo: new Map(), tones };
}

// ---------------------------------------------------------------------------------------------
// Decoding

const OCR_LETTERS: Record<string, string[]> = {
  '€': ['e'],
  '6': ['o'],
  '0': ['o'],
  '¢': ['o', 'e', 'c'],
  '&': ['a', 'o', 'e'],
  '4': ['a'],
  '1': ['l', 'i'],
  '9': ['g', 'o'],
};
/** Letter pairs the scan writes for one letter: ư as "ir", "tr" or "w"; ũ as "ii"; m as "rn". */
const OCR_DIGRAPHS: Array<[RegExp, string]> = [
  [/(?<=.)ir/g, 'u'],
  [/(?<=.)tr(?=[a-z]|$)/g, 'u'],
  [/(?<=.)ii/g, 'u'],
  [/rn/g, 'm'],
];

/** Letter strings the scanned token may stand for (its OCR symbols read as letters), folded. */
function readings(core: string): string[] {
  let out = [''];
  for (const raw of core) {
    const ch = raw.toLowerCase();
    // a capital I inside a small-letter word is the scan's l ("xt Iy" = xử lý)
    const opts = raw === 'I' && core !== core.toUpperCase() ? ['i', 'l'] : OCR_LETTERS[ch] ?? [ch];
    out = out.flatMap((prefix) => opts.map((o) => prefix + o)).slice(0, 16);
  }
  const folded = [...new Set(out.map((r) => fold(r)))];
  const more: string[] = [];
  for (const r of folded) for (const [re, to] of OCR_DIGRAPHS) if (re.test(r)) more.push(r.replace(re, to));
  return [...new Set([...folded, ...more])].slice(0, 24);
}

interface Candidate {
  syllable: string;
  /** channel cost: how unlike the scan this syllable is */
  cost: number;
  /** the scanned text kept as it is (an acronym or a number), case and all */
  raw?: boolean;
}

export interface DecodeWeights {
  channel: number;
  toneBonus: number;
  lambda: number;
  unigramPrior: number;
}

export const DEFAULT_WEIGHTS: DecodeWeights = { channel: 6, toneBonus: 0.7, lambda: 0.75, unigramPrior: 0.5 };

function candidatesFor(model: RestoreModel, core: string, w: DecodeWeights): Candidate[] {
  const key = `${core}\u0000${w.channel},${w.toneBonus},${w.unigramPrior}`;
  const hit = model.memo.get(key);
  if (hit) return hit.map((c) => ({ ...c }));
  const result = computeCandidates(model, core, w);
  if (model.memo.size < 100_000) model.memo.set(key, result);
  return result.map((c) => ({ ...c }));
}

function computeCandidates(model: RestoreModel, core: string, w: DecodeWeights): Candidate[] {
  const ocrTone = toneOf(core.toLowerCase());
  const found = new Map<string, number>();
  for (const r of readings(core)) {
    const maxDist = r.length <= 3 ? 1 : 2;
    const probe = new Set<string>([r]);
    deletesOf(r, maxDist, probe);
    const folds = new Set<string>();
    for (const d of probe) for (const f of model.deletes.get(d) ?? []) folds.add(f);
    for (const f of folds) {
      const dist = charDistance(r, f);
      if (dist > maxDist) continue;
      for (const s of model.byFold.get(f)!.keys()) {
        let cost = dist;
        // a tone mark the scan kept is weak evidence
        if (ocrTone && model.tones.get(s) === ocrTone) cost -= w.toneBonus / w.channel;
        const prev = found.get(s);
        if (prev === undefined || cost < prev) found.set(s, cost);
      }
    }
  }
  // keep the candidates that are both close to the scan and common, so a frequent word one letter
  // away ("thức" for "thir") is not crowded out by many rare exact ones ("thù", "thụ", "thừ"…)
  const scored = [...found].map(([syllable, cost]) => ({ syllable, cost, rank: -w.channel * cost + logUnigram(model, syllable, w) }));
  return scored.sort((a, b) => b.rank - a.rank).slice(0, MAX_CANDIDATES).map(({ syllable, cost }) => ({ syllable, cost }));
}

function logUnigram(model: RestoreModel, s: string, w: DecodeWeights): number {
  return Math.log(((model.unigram.get(s) ?? 0) + w.unigramPrior) / (model.total + w.unigramPrior * model.lexiconSize));
}

/** One piece of a scanned text: a word to restore, or something to keep (numbers, punctuation). */
interface Piece {
  text: string;
  word: boolean;
}

/** Characters the scan prints for letters: digits 0 1 4 6 9 and the symbols ¢ & €. */
const OCR_SYMBOLS = '0146¢&9€';
const WORDLIKE = new RegExp(`^[\\p{L}${OCR_SYMBOLS}]+$`, 'u');

/**
 * Split text into words (letters, possibly with the scan's letter-like symbols) and everything else:
 * each whitespace-separated token is cut at punctuation ("vé,téc", "S6'Y", "HIV/AIDS"), and each
 * piece is a word when it has a letter or a scan symbol; numbers stay numbers, except short runs
 * of 0 1 4 6 that may be a scanned word ("16" = "lệ"), which get both readings.
 */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(/([^\s]+)|(\s+)/g)) {
    if (m[2]) {
      out.push({ text: m[2], word: false });
      continue;
    }
    const token = m[1]!;
    // digits next to other digits or a slash are a date or a code ("03/01/2025"), never a word
    const numeric = /\d[\/.:]\d|\d\/|\/\d/.test(token);
    for (const part of token.split(new RegExp(`([^\\p{L}${OCR_SYMBOLS}\\d]+)`, 'u'))) {
      if (part === '') continue;
      const hasLetter = /\p{L}/u.test(part) || /[¢&€]/.test(part);
      const word = WORDLIKE.test(part) && (hasLetter || (!numeric && /^[0146]{1,3}$/.test(part))) && !/[2357 8]/.test(part);
      out.push({ text: part, word });
    }
  }
  return out;
}

/**
 * The scan's case, where it is believable: all capitals (a heading), or a capital first letter
 * followed by small ones ("Ban", "Pé"). Capitals in the middle of a word ("VAn", "qUOC") are scan
 * noise and give lower case.
 */
function applyCase(template: string, s: string): string {
  const letters = template.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return s.toUpperCase();
  if (/^\p{Lu}[^\p{Lu}]*$/u.test(template)) return s.charAt(0).toUpperCase() + s.slice(1);
  return s;
}

/** Restore the diacritics of a scanned text by Viterbi decoding over syllable candidates. */
export function restoreText(model: RestoreModel, text: string, w: DecodeWeights = DEFAULT_WEIGHTS): string {
  return restoreWithConfidence(model, text, w, false).text;
}

/** One restored word: where it is in the restored text, the scan's token, and how sure the decoder is. */
export interface RestoredWord {
  start: number;
  end: number;
  scan: string;
  /** posterior probability of the chosen syllable at this position (forward–backward over the same lattice) */
  confidence: number;
}

/**
 * The restored text and, for each restored word, the decoder's confidence in it: the share of the
 * lattice's probability that goes through the chosen syllable. A low share means another real word
 * fits the scan and its neighbours nearly as well ("bao luu" → "bạo lực" or "bảo lưu"): a reader
 * must be told, not given a confident wrong word.
 */
export function restoreWithConfidence(model: RestoreModel, text: string, w: DecodeWeights = DEFAULT_WEIGHTS, withConfidence = true): { text: string; words: RestoredWord[] } {
  const ps = pieces(text.normalize('NFC'));
  const wordIdx = ps.map((p, i) => (p.word ? i : -1)).filter((i) => i >= 0);
  if (wordIdx.length === 0) return { text, words: [] };
  const cands = wordIdx.map((i) => {
    const core = ps[i]!.text;
    const c = candidatesFor(model, core, w);
    // a short number may be a number after all ("16" is "lệ" in "tỷ 16 tử vong", 16 elsewhere)
    if (/^\d+$/.test(core)) c.push({ syllable: core, cost: KEEP_NUMBER_COST, raw: true });
    // acronyms and names the lexicon lacks ("SLDTBXH", "KGVX") stay as scanned
    return c.length > 0 ? c : [{ syllable: core, cost: 0, raw: true }];
  });
  // an interpolated bigram model: P(s | p) = λ·c(p s)/c(p) + (1 − λ)·P(s)
  const uni = (c: Candidate) => Math.exp(logUnigram(model, c.syllable, w));
  const uniOf = cands.map((cs) => cs.map(uni));
  const emit = cands.map((cs) => cs.map((c) => -w.channel * c.cost));
  // log P(cur[j] | prev[k]) for each step, computed once and shared by Viterbi and forward–backward
  const trans: Float64Array[] = [new Float64Array(0)];
  for (let t = 1; t < cands.length; t++) {
    const cur = cands[t]!;
    const prev = cands[t - 1]!;
    const m = new Float64Array(prev.length * cur.length);
    for (let k = 0; k < prev.length; k++) {
      const count = model.unigram.get(prev[k]!.syllable) ?? 0;
      const after = model.next.get(prev[k]!.syllable);
      for (let j = 0; j < cur.length; j++) {
        const pu = uniOf[t]![j]!;
        const p = count > 0 ? w.lambda * ((after?.get(cur[j]!.syllable) ?? 0) / count) + (1 - w.lambda) * pu : pu;
        m[k * cur.length + j] = Math.log(p);
      }
    }
    trans.push(m);
  }
  const start = cands[0]!.map((_, i) => Math.log(uniOf[0]![i]!) + emit[0]![i]!);

  // Viterbi: the best sequence
  let prevScores = start;
  const back: number[][] = [cands[0]!.map(() => -1)];
  for (let t = 1; t < cands.length; t++) {
    const n = cands[t]!.length;
    const m = trans[t]!;
    const scores: number[] = [];
    const bp: number[] = [];
    for (let j = 0; j < n; j++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < prevScores.length; k++) {
        const sc = prevScores[k]! + m[k * n + j]!;
        if (sc > best) {
          best = sc;
          arg = k;
        }
      }
      scores.push(best + emit[t]![j]!);
      bp.push(arg);
    }
    prevScores = scores;
    back.push(bp);
  }
  let k = prevScores.indexOf(Math.max(...prevScores));
  const chosenIdx: number[] = new Array(cands.length);
  for (let t = cands.length - 1; t >= 0; t--) {
    chosenIdx[t] = k;
    k = back[t]![k]!;
  }

  const out = ps.map((p) => p.text);
  const chosen = chosenIdx.map((j, t) => cands[t]![j]!);
  wordIdx.forEach((i, t) => {
    const c = chosen[t]!;
    out[i] = c.raw ? ps[i]!.text : applyCase(ps[i]!.text, c.syllable);
  });
  if (!withConfidence) return { text: out.join(''), words: [] };

  // forward–backward (sum over sequences, in log space): the posterior of each chosen syllable
  const lse = (xs: ArrayLike<number>) => {
    let mx = -Infinity;
    for (let i = 0; i < xs.length; i++) if (xs[i]! > mx) mx = xs[i]!;
    if (mx === -Infinity) return mx;
    let sum = 0;
    for (let i = 0; i < xs.length; i++) sum += Math.exp(xs[i]! - mx);
    return mx + Math.log(sum);
  };
  const alpha: Float64Array[] = [Float64Array.from(start)];
  for (let t = 1; t < cands.length; t++) {
    const n = cands[t]!.length;
    const a = alpha[t - 1]!;
    const m = trans[t]!;
    const out = new Float64Array(n);
    const tmp = new Float64Array(a.length);
    for (let j = 0; j < n; j++) {
      for (let kk = 0; kk < a.length; kk++) tmp[kk] = a[kk]! + m[kk * n + j]!;
      out[j] = lse(tmp) + emit[t]![j]!;
    }
    alpha.push(out);
  }
  const beta: Float64Array[] = new Array(cands.length);
  beta[cands.length - 1] = new Float64Array(cands[cands.length - 1]!.length);
  for (let t = cands.length - 2; t >= 0; t--) {
    const n = cands[t + 1]!.length;
    const b = beta[t + 1]!;
    const m = trans[t + 1]!;
    const out = new Float64Array(cands[t]!.length);
    const tmp = new Float64Array(n);
    for (let kk = 0; kk < out.length; kk++) {
      for (let j = 0; j < n; j++) tmp[j] = m[kk * n + j]! + emit[t + 1]![j]! + b[j]!;
      out[kk] = lse(tmp);
    }
    beta[t] = out;
  }
  const logZ = lse(alpha[cands.length - 1]!);

  const words: RestoredWord[] = [];
  let pos = 0;
  const at = new Map(wordIdx.map((i, t) => [i, t] as const));
  out.forEach((piece, i) => {
    const t = at.get(i);
    if (t !== undefined) {
      const j = chosenIdx[t]!;
      const confidence = cands[t]!.length === 1 ? 1 : Math.min(1, Math.exp(alpha[t]![j]! + beta[t]![j]! - logZ));
      words.push({ start: pos, end: pos + piece.length, scan: ps[i]!.text, confidence });
    }
    pos += piece.length;
  });
  return { text: out.join(''), words };
}
