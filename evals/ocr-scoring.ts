import { fold } from '../corpus/normalise';
import type { Assignment } from '../corpus/schema';

/**
 * Scores for plans read from PDF and from scans: OCR text against the source text (characters and
 * syllables), and the records (lead, coordinating, timeframe) against those of the same plan's Word
 * file. Pure.
 */

/** Levenshtein distance between two sequences (two rows; fine for a plan's ~15 000 characters). */
export function editDistance<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ai === b[j - 1] ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

const words = (s: string) => s.normalize('NFC').split(/\s+/).filter(Boolean);

/** 1 − character edit distance / source length, on text with its whitespace collapsed. */
export function charAccuracy(truth: string, got: string): number {
  const t = [...words(truth).join(' ')];
  const g = [...words(got).join(' ')];
  return t.length === 0 ? 1 : Math.max(0, 1 - editDistance(t, g) / t.length);
}

/** 1 − syllable edit distance / source syllables (a syllable is a space-separated word, punctuation kept). */
export function syllableAccuracy(truth: string, got: string): number {
  const t = words(truth);
  return t.length === 0 ? 1 : Math.max(0, 1 - editDistance(t, words(got)) / t.length);
}

export interface RecordScore {
  tasks: number;
  found: number;
  leadExact: number;
  coordinatingExact: number;
  timeframeExact: number;
  allExact: number;
  misses: string[];
}

const ids = (ms: Assignment['lead']) => ms.map((m) => m.agencyId).sort().join('|');
const timeKey = (t: string | null) => (t === null ? '' : fold(t).replace(/[^a-z0-9]+/g, ' ').trim());
const taskWords = (t: string) => new Set(fold(t).split(/[^a-z0-9]+/).filter((w) => w.length > 1));

/** Each record of the truth matched to the read record whose task shares most words (each used once). */
export function compareRecords(truth: readonly Assignment[], got: readonly Assignment[]): RecordScore {
  const used = new Set<number>();
  const s: RecordScore = { tasks: truth.length, found: 0, leadExact: 0, coordinatingExact: 0, timeframeExact: 0, allExact: 0, misses: [] };
  for (const t of truth) {
    const tw = taskWords(t.task);
    let best = -1;
    let bestScore = 0.5; // at least half the words in common
    got.forEach((g, k) => {
      if (used.has(k)) return;
      const gw = taskWords(g.task);
      let common = 0;
      for (const w of tw) if (gw.has(w)) common++;
      const score = common / Math.max(1, Math.max(tw.size, gw.size));
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    });
    if (best < 0) {
      s.misses.push(`not read: "${t.task.slice(0, 50)}"`);
      continue;
    }
    used.add(best);
    const g = got[best]!;
    s.found++;
    const lead = ids(t.lead) === ids(g.lead);
    const coord = ids(t.coordinating) === ids(g.coordinating);
    const time = timeKey(t.timeframe) === timeKey(g.timeframe);
    if (lead) s.leadExact++;
    if (coord) s.coordinatingExact++;
    if (time) s.timeframeExact++;
    if (lead && coord && time) s.allExact++;
    else s.misses.push(`"${t.task.slice(0, 40)}": ${[!lead && `lead ${g.lead.map((m) => m.text).join('; ')} ≠ ${t.lead.map((m) => m.text).join('; ')}`, !coord && `coordinating ${g.coordinating.map((m) => m.text).join('; ')} ≠ ${t.coordinating.map((m) => m.text).join('; ')}`, !time && `timeframe ${g.timeframe} ≠ ${t.timeframe}`].filter(Boolean).join('; ')}`);
  }
  return s;
}
