import type { Agency, Assignment, Corpus, ParsedPlan } from '../../corpus/schema';
import type { RetrievalIndex } from '../../retrieval/search';
import { buildKnownWords } from '../../retrieval/known-words';
import { createUnderstander, type QuestionUnderstander } from '../../retrieval/understand';
import { SessionStore } from './conversation';

/** Everything `answer()` needs, built once from the corpus and the index and passed down. */
export interface Engine {
  corpus: Corpus;
  index: RetrievalIndex;
  understander: QuestionUnderstander;
  agencies: ReadonlyMap<string, Agency>;
  plans: ReadonlyMap<string, ParsedPlan>;
  plansByProvince: ReadonlyMap<string, ParsedPlan>;
  assignments: ReadonlyMap<string, { assignment: Assignment; plan: ParsedPlan }>;
  /** raw seed lines by file, for showing the source passage */
  seedLines: ReadonlyMap<string, string[]>;
  sessions: SessionStore;
}

export function createEngine(
  corpus: Corpus,
  index: RetrievalIndex,
  seedTexts: ReadonlyMap<string, string>,
  sessions: SessionStore = new SessionStore(),
): Engine {
  const plans = new Map(corpus.plans.map((p) => [p.plan.id, p] as const));
  const assignments = new Map<string, { assignment: Assignment; plan: ParsedPlan }>();
  for (const p of corpus.plans) for (const a of p.assignments) assignments.set(a.id, { assignment: a, plan: p });
  const known = buildKnownWords(corpus);
  return {
    corpus,
    index,
    understander: createUnderstander(corpus.agencies, corpus.plans.map((p) => p.plan.province), (w) => known.has(w)),
    agencies: new Map(corpus.agencies.map((a) => [a.id, a] as const)),
    plans,
    plansByProvince: new Map(corpus.plans.map((p) => [p.plan.province, p] as const)),
    assignments,
    seedLines: new Map([...seedTexts].map(([file, text]) => [file, text.split(/\r\n|\n|\r/)] as const)),
    sessions,
  };
}
