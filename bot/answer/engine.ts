import { PROVINCE_MERGES } from '../../corpus/data/reorganisation-2025';
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
  /** a province's plans, newest first (a province may have its 2014 and its 2025 plan, or a plan and its update) */
  plansByProvince: ReadonlyMap<string, readonly ParsedPlan[]>;
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
  const known = index.known ?? buildKnownWords(corpus);
  return {
    corpus,
    index,
    understander: createUnderstander(
      corpus.agencies,
      corpus.plans.map((p) => p.plan.province),
      (w) => known.has(w),
      new Set(corpus.plans.filter((p) => PROVINCE_MERGES.some((m) => m.now === p.plan.province && issuedOnOrAfter(p, m.effective))).map((p) => p.plan.province)),
    ),
    agencies: new Map(corpus.agencies.map((a) => [a.id, a] as const)),
    plans,
    plansByProvince: byProvince(corpus.plans),
    assignments,
    seedLines: new Map([...seedTexts].map(([file, text]) => [file, text.split(/\r\n|\n|\r/)] as const)),
    sessions,
  };
}

const dateKey = (p: ParsedPlan) => p.plan.issuedDate.year * 10000 + (p.plan.issuedDate.month ?? 0) * 100 + (p.plan.issuedDate.day ?? 0);

function byProvince(plans: readonly ParsedPlan[]): Map<string, ParsedPlan[]> {
  const out = new Map<string, ParsedPlan[]>();
  for (const p of plans) (out.get(p.plan.province) ?? out.set(p.plan.province, []).get(p.plan.province)!).push(p);
  for (const list of out.values()) list.sort((a, b) => dateKey(b) - dateKey(a));
  return out;
}

/** Issued on or after a date ("2025-07-01"): a plan written for a province as it is after a merger. */
export function issuedOnOrAfter(p: ParsedPlan, isoDate: string): boolean {
  const [y, m, d] = isoDate.split('-').map(Number);
  return dateKey(p) >= y! * 10000 + m! * 100 + d!;
}
