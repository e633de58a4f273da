import { createPhraseMatcher, type KnownWords, type PhraseMatcher } from './phrase-matcher';
import type { Analysed } from './text-analysis';
import { TOPICS } from './thesaurus/topics';

/** Tags text with the thesaurus topics it mentions (plus their broader topics). */
export interface TopicAnnotator {
  topics(a: Analysed, english?: boolean): string[];
}

export function createTopicAnnotator(known: KnownWords): TopicAnnotator {
  const matcher: PhraseMatcher = createPhraseMatcher(
    TOPICS.flatMap((t) => [
      ...t.vi.map((phrase) => ({ id: t.id, phrase, lang: 'vi' as const })),
      ...t.en.map((phrase) => ({ id: t.id, phrase, lang: 'en' as const })),
    ]),
    known,
  );
  const broader = new Map(TOPICS.map((t) => [t.id, t.broader ?? []] as const));
  return {
    topics(a, english = false) {
      const out = new Set<string>();
      for (const m of matcher.match(a, { english, fuzzy: true })) {
        out.add(m.id);
        for (const b of broader.get(m.id) ?? []) out.add(b);
      }
      return [...out];
    },
  };
}

/** The Vietnamese name of a topic, used to expand English or paraphrased questions. */
export function topicHeadword(id: string): string | null {
  return TOPICS.find((t) => t.id === id)?.vi[0] ?? null;
}
