import type { ParsedPlan } from '../../corpus/schema';
import { TOPICS } from '../../retrieval/thesaurus/topics';
import type { Engine } from './engine';

/**
 * What the assistant covers, said from the corpus itself (help texts, the web page, Telegram's
 * /start): the provinces with a plan and example questions drawn from their tasks, so a plan
 * added by a deployment shows up everywhere without a code change.
 */
export interface Coverage {
  /** "Quảng Ngãi, Sơn La, Bình Thuận (2025), Đắk Lắk (2014–2020)" */
  provinces: string;
  examples: string[];
}

const SPECIFIC = new Map(TOPICS.filter((t) => !t.broad).map((t) => [t.id, t] as const));

function provinceList(plans: ParsedPlan[]): string {
  const label = (p: ParsedPlan) => p.plan.period ?? String(p.plan.issuedDate.year);
  const groups = new Map<string, string[]>();
  for (const p of plans) {
    const k = label(p);
    const names = groups.get(k) ?? [];
    if (!names.includes(p.plan.province)) names.push(p.plan.province);
    groups.set(k, names);
  }
  const parts = [...groups].map(([k, names]) => `${names.join(', ')} (${k.replace(/-/g, '–')})`);
  const count = new Set(plans.map((p) => p.plan.province)).size;
  return count > 12 ? `${count} tỉnh, thành phố` : parts.join(', ');
}

const cache = new WeakMap<Engine, Coverage>();

export function coverage(engine: Engine): Coverage {
  const hit = cache.get(engine);
  if (hit) return hit;
  const plans = [...engine.plans.values()];
  const examples: string[] = [];
  const usedTopics = new Set<string>();
  // topic shared by most provinces: the comparison example
  const provincesByTopic = new Map<string, Set<string>>();
  const firstTopicOfPlan = new Map<string, { topic: string; lead: string | null }>();
  for (const d of engine.index.docs) {
    if (d.kind !== 'assignment') continue;
    for (const t of d.topics) {
      if (!SPECIFIC.has(t)) continue;
      (provincesByTopic.get(t) ?? provincesByTopic.set(t, new Set()).get(t)!).add(d.province);
    }
  }
  for (const p of plans) {
    const docs = engine.index.docs.filter((d) => d.kind === 'assignment' && d.planId === p.plan.id && d.leadIds.length === 1);
    for (const d of docs) {
      const t = d.topics.find((x) => SPECIFIC.has(x) && !usedTopics.has(x));
      if (!t) continue;
      usedTopics.add(t);
      firstTopicOfPlan.set(p.plan.id, { topic: t, lead: engine.agencies.get(d.leadIds[0]!)?.kind === 'agency' ? engine.agencies.get(d.leadIds[0]!)!.name : null });
      break;
    }
  }
  for (const p of plans.slice(0, 3)) {
    const f = firstTopicOfPlan.get(p.plan.id);
    if (f) examples.push(`Ai chủ trì ${SPECIFIC.get(f.topic)!.vi[0]} ở ${p.plan.province}?`);
  }
  const withLead = plans.map((p) => ({ p, f: firstTopicOfPlan.get(p.plan.id) })).find((x) => x.f?.lead);
  if (withLead) examples.push(`${withLead.f!.lead} ${withLead.p.plan.province} làm gì?`);
  const shared = [...provincesByTopic].sort((a, b) => b[1].size - a[1].size)[0];
  if (shared && shared[1].size > 1) examples.push(`So sánh ai chủ trì ${SPECIFIC.get(shared[0])!.vi[0]} ở các tỉnh`);
  const result = { provinces: provinceList(plans), examples };
  cache.set(engine, result);
  return result;
}
