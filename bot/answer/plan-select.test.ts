import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../../corpus/test-support/seed-corpus';
import { selectPlans } from './plan-select';

describe('selectPlans', async () => {
  const { plans } = await seedCorpus();
  const ids = (q: string) => selectPlans(q, plans)?.plans.map((p) => p.plan.id) ?? null;

  it('picks the plan by its number, its year or the decision it implements', () => {
    expect(ids('Kế hoạch 54/KH-UBND giao ai chủ trì?')).toEqual(['son-la-2025']);
    expect(ids('ke hoach so 29 cua tinh')).toEqual(['quang-ngai-2025']);
    expect(ids('theo kế hoạch năm 2014')).toEqual(['dak-lak-2014']);
    expect(ids('kế hoạch thực hiện 535/QĐ-TTg')).toEqual(['dak-lak-2014']);
    expect(selectPlans('Kế hoạch 54/KH-UBND', plans)?.words).toEqual(['54']);
  });

  it('names no plan for a timeframe or a number that is not a plan\'s', () => {
    expect(ids('nhiệm vụ nào có thời hạn năm 2025?')).toBeNull();
    expect(ids('tổng đài 111')).toBeNull();
    expect(ids('kế hoạch 999/KH-UBND')).toBeNull();
  });
});
