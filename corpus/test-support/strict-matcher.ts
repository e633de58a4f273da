import { createAgencyMatcher, type AgencyMatcher } from '../agency-matcher';
import { AGENCIES } from '../data/agencies';
import { loadLexicon } from '../load-lexicon';
import { fold } from '../normalise';

/** The matcher accented plans are parsed with: a real Vietnamese word is never read as another. */
export async function strictMatcher(): Promise<AgencyMatcher> {
  const known = new Set((await loadLexicon()).map(fold));
  return createAgencyMatcher(AGENCIES, { known: (w) => known.has(w), knownWordCost: Infinity });
}
