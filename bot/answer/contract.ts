import type { AnswerResult } from './types';

/**
 * The `ask` JSON contract (README, brief): one object per answer. Channels and the CLI all emit
 * this shape; the fields after `source` are additions that consumers may ignore.
 */
export function toContract(r: AnswerResult, id?: string) {
  return {
    ...(id !== undefined ? { id } : {}),
    question: r.question,
    text: r.text,
    abstained: r.abstained,
    matches: r.matches.map((m) => ({
      province: m.province,
      plan: m.plan,
      task: m.task,
      lead: m.lead,
      coordinating: m.coordinating,
      timeframe: m.timeframe,
      source: m.source,
      leadIds: m.leadIds,
      coordinatingIds: m.coordinatingIds,
      planId: m.planId,
      lines: m.lines,
    })),
  };
}
