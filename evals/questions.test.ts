import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestions } from './load-questions';
import { seedCorpus } from '../corpus/test-support/seed-corpus';

const dir = resolve(import.meta.dirname, 'data');

describe('eval question set', () => {
  it('is valid, with unique ids, known agencies and refs that exist', async () => {
    const items = await loadQuestions(dir);
    const corpus = await seedCorpus();
    const agencyIds = new Set(corpus.agencies.map((a) => a.id));
    const refs = new Set(corpus.plans.flatMap((p) => p.assignments.map((a) => `${p.plan.id}|${a.source.ref}`)));
    const ids = new Set<string>();
    for (const item of items) {
      expect(ids.has(item.id), `duplicate id ${item.id}`).toBe(false);
      ids.add(item.id);
      const e = item.expect;
      for (const id of [...(e.lead ?? []), ...(e.coordinating ?? []), ...(e.byProvince ?? []).flatMap((p) => p.lead)]) {
        expect(agencyIds.has(id), `${item.id}: unknown agency id ${id}`).toBe(true);
      }
      for (const r of e.refs ?? []) expect(refs.has(`${r.plan}|${r.ref}`), `${item.id}: no unit ${r.plan} ${r.ref}`).toBe(true);
      if (e.abstain) expect(e.lead, `${item.id}: an abstention expects no lead`).toBeUndefined();
      if (item.session) expect(item.turn, `${item.id}: session items need a turn`).toBeDefined();
    }
    // sessions: turns 1..n without gaps
    const sessions = new Map<string, number[]>();
    for (const item of items) if (item.session) sessions.set(item.session, [...(sessions.get(item.session) ?? []), item.turn!]);
    for (const [s, turns] of sessions) expect([...turns].sort((a, b) => a - b), s).toEqual(turns.map((_, i) => i + 1));
  });
});
