import { fold } from '../corpus/normalise';
import type { EvalItem } from './schema';

/**
 * Scoring of one answer against one eval item. Works for our engine and for the baseline alike:
 * both produce a ranked list of assignments (plan id, source ref, lead ids) and a text.
 */
export interface RankedAnswer {
  text: string;
  abstained: boolean;
  matches: Array<{ planId: string; province: string; source: string; leadIds: string[]; coordinatingIds: string[]; timeframe: string | null }>;
}

export interface ItemScore {
  id: string;
  /** null when the item does not test it */
  leadCorrect: boolean | null;
  coordCorrect: boolean | null;
  timeframeCorrect: boolean | null;
  /** 1-based rank of the first expected assignment, 0 when absent, null when not tested */
  rank: number | null;
  abstainExpected: boolean;
  abstained: boolean;
  /** answered an expected abstention with an agency: the one thing we must never do */
  madeUpAgency: boolean;
  mustIncludeOk: boolean | null;
  hotlineOk: boolean | null;
  pass: boolean;
  problems: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x)) && new Set(a).size === new Set(b).size;

/** Folded, and d/m/yyyy dates without leading zeros, so "17/09/2014" matches "17/9/2014". */
export function comparable(s: string): string {
  return fold(s).replace(/\b0(\d)\/(?=\d)/g, '$1/').replace(/\/0(\d)\//g, '/$1/');
}

export function scoreItem(item: EvalItem, ans: RankedAnswer, hotlineLine: string): ItemScore {
  const e = item.expect;
  const problems: string[] = [];
  const top = ans.abstained ? undefined : ans.matches[0];

  let leadCorrect: boolean | null = null;
  if (!e.abstain && e.byProvince && e.byProvince.length > 0) {
    leadCorrect = !ans.abstained && e.byProvince.every((bp) => {
      const m = ans.matches.find((x) => fold(x.province) === fold(bp.province));
      return m !== undefined && sameSet(m.leadIds, bp.lead);
    });
    if (!leadCorrect) problems.push(`byProvince leads differ: ${ans.matches.map((m) => `${m.province}:${m.leadIds.join('+')}`).join(', ') || '(none)'}`);
  } else if (!e.abstain && e.lead) {
    leadCorrect = top !== undefined && sameSet(top.leadIds, e.lead);
    if (!leadCorrect) problems.push(`lead ${top ? top.leadIds.join('+') : '(none)'} ≠ ${e.lead.join('+')}`);
  }
  let coordCorrect: boolean | null = null;
  if (!e.abstain && e.coordinating) {
    coordCorrect = top !== undefined && sameSet(top.coordinatingIds, e.coordinating);
    if (!coordCorrect) problems.push(`coordinating ${top ? top.coordinatingIds.join('+') || '[]' : '(none)'} ≠ ${e.coordinating.join('+') || '[]'}`);
  }
  let timeframeCorrect: boolean | null = null;
  if (!e.abstain && e.timeframe) {
    timeframeCorrect = top !== undefined && top.timeframe !== null && comparable(top.timeframe) === comparable(e.timeframe);
    if (!timeframeCorrect) problems.push(`timeframe ${top?.timeframe ?? '(none)'} ≠ ${e.timeframe}`);
  }
  let rank: number | null = null;
  if (!e.abstain && e.refs && e.refs.length > 0) {
    const wanted = new Set(e.refs.map((r) => `${r.plan}|${r.ref}`));
    const idx = ans.abstained ? -1 : ans.matches.findIndex((m) => wanted.has(`${m.planId}|${m.source}`));
    rank = idx < 0 ? 0 : idx + 1;
    if (rank === 0 || rank > 5) problems.push(`expected unit not in top 5`);
  }
  const madeUpAgency = e.abstain && !ans.abstained && ans.matches.some((m) => m.leadIds.length > 0);
  if (e.abstain && !ans.abstained) problems.push(madeUpAgency ? 'answered with an agency where it should abstain' : 'did not abstain');
  if (!e.abstain && ans.abstained && !e.hotlineFirst) problems.push('abstained');
  let mustIncludeOk: boolean | null = null;
  if (e.mustInclude && e.mustInclude.length > 0) {
    const text = comparable(ans.text);
    const missing = e.mustInclude.filter((s) => !text.includes(comparable(s)));
    mustIncludeOk = missing.length === 0;
    if (!mustIncludeOk) problems.push(`text lacks ${missing.map((s) => JSON.stringify(s)).join(', ')}`);
  }
  let hotlineOk: boolean | null = null;
  if (e.hotlineFirst) {
    hotlineOk = ans.text.trimStart().startsWith(hotlineLine);
    if (!hotlineOk) problems.push('hotline is not first');
  }
  return {
    id: item.id,
    leadCorrect,
    coordCorrect,
    timeframeCorrect,
    rank,
    abstainExpected: e.abstain,
    abstained: ans.abstained,
    madeUpAgency,
    mustIncludeOk,
    hotlineOk,
    pass: problems.length === 0,
    problems,
  };
}

export interface Metrics {
  items: number;
  passRate: number;
  leadAccuracy: number | null;
  leadItems: number;
  recallAt1: number | null;
  recallAt5: number | null;
  mrr: number | null;
  refItems: number;
  /** of the answers that abstained, the share that should have */
  abstentionPrecision: number | null;
  /** of the questions that should abstain, the share that did */
  abstentionRecall: number | null;
  madeUpAgencies: number;
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

export function aggregate(scores: ItemScore[]): Metrics {
  const lead = scores.filter((s) => s.leadCorrect !== null);
  const refs = scores.filter((s) => s.rank !== null);
  const abst = scores.filter((s) => s.abstained);
  const shouldAbst = scores.filter((s) => s.abstainExpected);
  return {
    items: scores.length,
    passRate: ratio(scores.filter((s) => s.pass).length, scores.length) ?? 0,
    leadAccuracy: ratio(lead.filter((s) => s.leadCorrect).length, lead.length),
    leadItems: lead.length,
    recallAt1: ratio(refs.filter((s) => s.rank === 1).length, refs.length),
    recallAt5: ratio(refs.filter((s) => s.rank! >= 1 && s.rank! <= 5).length, refs.length),
    mrr: ratio(refs.reduce((sum, s) => sum + (s.rank! > 0 ? 1 / s.rank! : 0), 0), refs.length),
    refItems: refs.length,
    abstentionPrecision: ratio(abst.filter((s) => s.abstainExpected).length, abst.length),
    abstentionRecall: ratio(shouldAbst.filter((s) => s.abstained).length, shouldAbst.length),
    madeUpAgencies: scores.filter((s) => s.madeUpAgency).length,
  };
}
