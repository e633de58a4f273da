import { seedCorpus } from './corpus/test-support/seed-corpus';
const c = await seedCorpus();
for (const p of c.plans) for (const a of p.assignments) if (a.origin !== 'appendix' && a.timeframe) console.log(p.plan.id, a.source.ref, a.source.lineStart, '|', a.timeframe);
