import { seededRandom } from '../corpus/seeded-random';
import type { Assignment, Corpus, ParsedPlan } from '../corpus/schema';
import { PROVINCES_BEFORE_2025 } from '../retrieval/thesaurus/provinces';

/**
 * A synthetic corpus for scale tests: 34 provinces with ≈ 10 000 assignments, made by varying the
 * real plans (tasks recombined clause by clause, leads and coordinating agencies redrawn from the
 * real ones, timeframes kept). Deterministic for a given seed.
 */

export function syntheticCorpus(real: Corpus, provinces = 34, perProvince = 295, seed = 7): Corpus {
  const rand = seededRandom(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const all = real.plans.flatMap((p) => p.assignments);
  const clauses = all.flatMap((a) => a.task.split(/(?<=[.;])\s+/)).filter((c) => c.length > 20);
  const names = PROVINCES_BEFORE_2025.filter((n) => !real.plans.some((p) => p.plan.province === n)).slice(0, provinces);
  const template = real.plans[0]!;
  const plans: ParsedPlan[] = names.map((province, pi) => {
    const id = `synthetic-${pi + 1}`;
    const assignments: Assignment[] = [];
    for (let k = 0; k < perProvince; k++) {
      const base = pick(all);
      const extra = rand() < 0.6 ? ` ${pick(clauses)}` : '';
      const lead = rand() < 0.7 ? base.lead : pick(all).lead;
      assignments.push({
        ...base,
        id: `${id}:appendix:${k + 1}`,
        planId: id,
        task: `${base.task}${extra}`,
        lead,
        coordinating: rand() < 0.5 ? base.coordinating : pick(all).coordinating,
        source: { ...base.source, file: `${id}.txt`, ref: `Phụ lục, mục ${Math.floor(k / 10) + 1}.${(k % 10) + 1}` },
      });
    }
    return {
      plan: { ...template.plan, id, province, provinceInferred: false, file: `${id}.txt`, documentNumber: `${100 + pi}/KH-UBND` },
      sections: [],
      assignments,
      unplaced: [],
    };
  });
  return { ...real, corpusHash: `synthetic-${seed}-${provinces}-${perProvince}`, plans };
}
