import { seededRandom } from '../seeded-random';
import { fold } from '../normalise';
import { canonicalTone } from './tone';

/**
 * Measuring the restorer: syllable accuracy against a reference, and a synthetic scan made from an
 * accented text (diacritics stripped, OCR-like confusions added) for held-out evaluation.
 */
/** A whitespace token as compared: lower case, tone placement canonical, punctuation dropped. */
const comparable = (token: string) =>
  token
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{L}]+/gu, (w) => canonicalTone(w))
    .replace(/[^\p{L}\p{N}]/gu, '');

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
  errors: Array<{ want: string; got: string }>;
}

/**
 * Accuracy per syllable: the restored text and the reference are compared whitespace token by
 * whitespace token (the scan keeps the reference's word boundaries); tokens without letters
 * (numbers, dashes) are not counted.
 */
export function syllableAccuracy(restored: string, reference: string): Accuracy {
  const got = restored.trim().split(/\s+/);
  const want = reference.trim().split(/\s+/);
  const n = Math.max(got.length, want.length);
  let correct = 0;
  let total = 0;
  const errors: Accuracy['errors'] = [];
  for (let i = 0; i < n; i++) {
    const w = comparable(want[i] ?? '');
    if (!/\p{L}/u.test(w)) continue;
    total += 1;
    const g = comparable(got[i] ?? '');
    if (g === w) correct += 1;
    else errors.push({ want: want[i] ?? '∅', got: got[i] ?? '∅' });
  }
  return { correct, total, accuracy: total === 0 ? 1 : correct / total, errors };
}


/** Confusions seen in the Sơn La scan, applied to folded letters of the original syllable. */
const CONFUSIONS: Array<(syl: string, original: string, r: () => number) => string | null> = [
  (s) => (s.includes('o') ? s.replace('o', '6') : null),
  (s) => (s.includes('o') ? s.replace('o', '0') : null),
  (s) => (s.includes('a') ? s.replace('a', '&') : null),
  (s, o) => (/ư/i.test(o) ? s.replace(/u/i, (m) => (m === 'U' ? 'W' : 'w')) : null),
  (s, o) => (/ư/i.test(o) ? s.replace(/u/i, 'ir') : null),
  (s, o) => (/^đ/i.test(o) ? `P${s.slice(1)}` : null),
  (s) => (/^l/.test(s) ? `1${s.slice(1)}` : null),
  (s) => (s.includes('e') ? s.replace('e', 'é') : null),
  (s, o) => (/[ơờớởỡợ]/i.test(o) ? s.replace(/o/i, '¢') : null),
];

/** An OCR-like copy of an accented text: every syllable folded, a share of them confused. */
export function synthesiseScan(text: string, seed = 1, confusionRate = 0.1, keepDiacriticRate = 0.03): string {
  const r = seededRandom(seed);
  return text.normalize('NFC').replace(/[\p{L}]+/gu, (word) => {
    if (r() < keepDiacriticRate) return word;
    let s = fold(word);
    if (/^\p{Lu}/u.test(word)) s = s.charAt(0).toUpperCase() + s.slice(1);
    if (word === word.toUpperCase() && word.length > 1) s = s.toUpperCase();
    if (r() < confusionRate) {
      const options = CONFUSIONS.map((c) => c(s, word, r)).filter((x): x is string => x !== null && x !== s);
      if (options.length > 0) s = options[Math.floor(r() * options.length)]!;
    }
    return s;
  });
}

/**
 * Wrong words a reader would take as the plan's (restored, not flagged as unsure) against wrong
 * words flagged with the scan beside them, and the correct words flagged needlessly. Compared per
 * whitespace token like `syllableAccuracy`; a token is flagged when any restored word in it is
 * below the confidence bar. Every restored word is a real syllable, so a wrong one changes the
 * phrase's meaning ("bảo lưu" → "bạo lực") unless it is flagged.
 */
export interface FlagScore {
  total: number;
  wrong: number;
  /** wrong and shown unflagged: the measure that must fall */
  confidentWrong: number;
  /** right but flagged: the cost of flagging */
  flaggedRight: number;
}

export function flagScore(restored: { text: string; words: ReadonlyArray<{ start: number; end: number; confidence: number }> }, reference: string, below: number): FlagScore {
  const want = reference.trim().split(/\s+/);
  const toks = [...restored.text.matchAll(/\S+/g)];
  const score: FlagScore = { total: 0, wrong: 0, confidentWrong: 0, flaggedRight: 0 };
  toks.forEach((m, i) => {
    const w = comparable(want[i] ?? '');
    if (!/\p{L}/u.test(w)) return;
    score.total += 1;
    const s = m.index!;
    const e = s + m[0].length;
    const flagged = restored.words.some((x) => x.start >= s && x.end <= e && x.confidence < below);
    const ok = comparable(m[0]) === w;
    if (!ok) score.wrong += 1;
    if (!ok && !flagged) score.confidentWrong += 1;
    if (ok && flagged) score.flaggedRight += 1;
  });
  return score;
}
