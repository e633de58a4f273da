import { resolve } from 'node:path';
import { benchHotAdd } from './evals/bench-add-plan';
import { loadPlanFixtures } from './evals/new-plans';
console.log(await benchHotAdd(await loadPlanFixtures(resolve('corpus/fixtures/plans')), resolve('seeds')));
