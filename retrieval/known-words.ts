import type { Corpus, ParsedPlan } from '../corpus/schema';
import { analyse } from './text-analysis';
import { contentPairsOfStopSyllables } from './thesaurus/stop-words';
import { FACT_PHRASES, INTENT_PHRASES } from './thesaurus/intents';
import { TOPICS } from './thesaurus/topics';

/**
 * The words we know are real: every syllable of the plans written with diacritics (so OCR damage
 * in the Sơn La scan stays "unknown") and of the thesaurus, and the pairs in which a stop word's
 * syllable is a content word ("tai lieu", see stop-words.ts). Fuzzy matching corrects unknown
 * tokens only; a known word is taken as written.
 */
/** The known words one plan contributes (none for a scan). */
export function planKnownWords(plan: ParsedPlan): string[] {
  const text = [...plan.sections.map((s) => s.text), ...plan.assignments.map((a) => a.task)].join('\n');
  const a = analyse(text);
  const accentedShare = a.hasDiacritic.filter(Boolean).length / Math.max(1, a.folded.length);
  if (accentedShare < 0.3) return []; // a scan that lost its diacritics is not a dictionary
  return [...new Set([...a.folded, ...contentPairsOfStopSyllables(a)])];
}

/** `perPlan` lets a rebuild reuse what an unchanged plan contributed (see build-index.ts). */
export function buildKnownWords(corpus: Corpus, perPlan: (plan: ParsedPlan) => readonly string[] = planKnownWords): Set<string> {
  const known = new Set<string>();
  for (const plan of corpus.plans) for (const f of perPlan(plan)) known.add(f);
  const phrases = [
    ...TOPICS.flatMap((t) => t.vi),
    ...Object.values(INTENT_PHRASES).flatMap((p) => p.vi),
    ...Object.values(FACT_PHRASES).flatMap((p) => p.vi),
  ];
  for (const p of phrases) for (const f of analyse(p).folded) known.add(f);
  return known;
}
