import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/schema';
import type { RankedAnswer } from './scoring';

/**
 * The baseline: what a generic search box gives. MiniSearch with its default options (BM25,
 * default tokenizer, no stemming, no fuzzy, no diacritic folding) over the same assignment texts;
 * the top hit's lead is the answer; it abstains only when nothing matches.
 */
export interface Baseline {
  ask(question: string): RankedAnswer;
}

export function createBaseline(corpus: Corpus): Baseline {
  const rows = corpus.plans.flatMap((p) =>
    p.assignments.map((a) => ({
      id: a.id,
      text: `${a.task} ${a.group ?? ''}`,
      planId: p.plan.id,
      province: p.plan.province,
      source: a.source.ref,
      leadIds: a.lead.map((m) => m.agencyId),
      coordinatingIds: a.coordinating.map((m) => m.agencyId),
      timeframe: a.timeframe,
    })),
  );
  const byId = new Map(rows.map((r) => [r.id, r] as const));
  const ms = new MiniSearch<(typeof rows)[number]>({ fields: ['text'], storeFields: [] });
  ms.addAll(rows);
  return {
    ask(question) {
      const hits = ms.search(question).slice(0, 10);
      const matches = hits.map((h) => byId.get(String(h.id))!).map(({ planId, province, source, leadIds, coordinatingIds, timeframe }) => ({ planId, province, source, leadIds, coordinatingIds, timeframe }));
      return { text: matches.map((m) => m.source).join('\n'), abstained: matches.length === 0, matches };
    },
  };
}
