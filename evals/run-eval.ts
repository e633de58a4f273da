import type { App } from '../bot/app';
import { HOTLINE_LINE } from '../bot/answer/safety';
import { createBaseline } from './baseline';
import { aggregate, scoreItem, type ItemScore, type Metrics, type RankedAnswer } from './scoring';
import type { EvalItem } from './schema';

/** Run every eval item through the same `ask()` the channels use, and the baseline beside it. */
export interface EvalRun {
  items: EvalItem[];
  engine: ItemScore[];
  baseline: ItemScore[];
  answers: Map<string, RankedAnswer & { question: string }>;
  overall: { engine: Metrics; baseline: Metrics };
  byCategory: Array<{ key: string; engine: Metrics; baseline: Metrics }>;
  byTag: Array<{ key: string; engine: Metrics; baseline: Metrics }>;
  byProvince: Array<{ key: string; engine: Metrics; baseline: Metrics }>;
}

/** Items in asking order: sessions turn by turn, each session where its first turn appears. */
export function askingOrder(items: EvalItem[]): EvalItem[] {
  const out: EvalItem[] = [];
  const done = new Set<string>();
  for (const item of items) {
    if (!item.session) out.push(item);
    else if (!done.has(item.session)) {
      done.add(item.session);
      out.push(...items.filter((i) => i.session === item.session).sort((a, b) => a.turn! - b.turn!));
    }
  }
  return out;
}

function groupBy(items: EvalItem[], keys: (i: EvalItem) => string[]): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const i of items) for (const k of keys(i)) (m.get(k) ?? m.set(k, new Set()).get(k)!).add(i.id);
  return m;
}

export async function runEval(app: App, items: EvalItem[], runId = 'eval'): Promise<EvalRun> {
  const baseline = createBaseline(app.engine.corpus);
  const engine: ItemScore[] = [];
  const base: ItemScore[] = [];
  const answers = new Map<string, RankedAnswer & { question: string }>();
  const ordered = askingOrder(items);
  for (const item of ordered) {
    const r = await app.ask({ question: item.question, ...(item.session ? { session: `${runId}:${item.session}` } : {}) });
    const ans: RankedAnswer = { text: r.text, abstained: r.abstained, matches: r.matches };
    answers.set(item.id, { ...ans, question: item.question });
    engine.push(scoreItem(item, ans, HOTLINE_LINE));
    // the baseline has no conversation: a follow-up is searched as typed
    base.push(scoreItem(item, baseline.ask(item.question), HOTLINE_LINE));
  }
  const byId = (scores: ItemScore[], ids: Set<string>) => scores.filter((s) => ids.has(s.id));
  const table = (groups: Map<string, Set<string>>) =>
    [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, ids]) => ({ key, engine: aggregate(byId(engine, ids)), baseline: aggregate(byId(base, ids)) }));
  return {
    items: ordered,
    engine,
    baseline: base,
    answers,
    overall: { engine: aggregate(engine), baseline: aggregate(base) },
    byCategory: table(groupBy(ordered, (i) => [i.category])),
    byTag: table(groupBy(ordered, (i) => i.tags)),
    byProvince: table(groupBy(ordered, (i) => [i.province ?? '(none)'])),
  };
}
