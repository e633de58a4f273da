import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise';
import { seedPlan } from './test-support/seed-corpus';
import { BINH_THUAN_SECTION_IV } from './golden/binh-thuan';
import { DAK_LAK_APPENDIX } from './golden/dak-lak';
import { QUANG_NGAI_APPENDIX } from './golden/quang-ngai';
import { SON_LA_SECTION_IV } from './golden/son-la';
import type { GoldenAssignment } from './golden/types';

/**
 * Golden tests: every appendix row and agency item of the four seeds, with expected values written
 * by reading the raw text (corpus/golden/*.ts), compared with what the parser produces.
 */
const SETS: Array<{ plan: string; origin: 'appendix' | 'agency-section'; refPrefix: RegExp; golden: GoldenAssignment[] }> = [
  { plan: 'quang-ngai-2025', origin: 'appendix', refPrefix: /^Phụ lục/, golden: QUANG_NGAI_APPENDIX },
  { plan: 'dak-lak-2014', origin: 'appendix', refPrefix: /^Phụ lục/, golden: DAK_LAK_APPENDIX },
  { plan: 'son-la-2025', origin: 'agency-section', refPrefix: /^Mục IV\./, golden: SON_LA_SECTION_IV },
  { plan: 'binh-thuan-2025', origin: 'agency-section', refPrefix: /^Mục IV\./, golden: BINH_THUAN_SECTION_IV },
];

for (const set of SETS) {
  describe(`golden: ${set.plan}`, () => {
    it('has exactly the expected units, in order', async () => {
      const { assignments } = await seedPlan(set.plan);
      const units = assignments.filter((a) => a.origin === set.origin && set.refPrefix.test(a.source.ref));
      expect(units.map((a) => a.source.ref)).toEqual(set.golden.map((g) => g.ref));
    });

    for (const g of set.golden) {
      it(g.ref, async () => {
        const { assignments } = await seedPlan(set.plan);
        const a = assignments.find((x) => x.source.ref === g.ref);
        expect(a, `no unit ${g.ref}`).toBeDefined();
        expect(a!.lead.map((m) => m.agencyId), 'lead').toEqual(g.lead);
        expect(a!.coordinating.map((m) => m.agencyId), 'coordinating').toEqual(g.coordinating);
        expect(a!.timeframe, 'timeframe').toBe(g.timeframe);
        expect(a!.recommendations, 'recommendations').toEqual(g.recommendations);
        expect([a!.source.lineStart, a!.source.lineEnd], 'lines').toEqual([g.lineStart, g.lineEnd]);
        for (const phrase of g.taskIncludes) expect(a!.task).toContain(normaliseText(phrase));
      });
    }
  });
}

describe('golden counts the issue names', () => {
  it('23 Quảng Ngãi rows, 19 Đắk Lắk rows, 18 Sơn La agencies, 6 Bình Thuận items', () => {
    expect(QUANG_NGAI_APPENDIX).toHaveLength(23);
    expect(DAK_LAK_APPENDIX).toHaveLength(19);
    const item = (ref: string) => /^Mục IV\.(\d+)/.exec(ref)![1];
    expect(new Set(SON_LA_SECTION_IV.map((g) => item(g.ref))).size).toBe(18);
    expect(new Set(BINH_THUAN_SECTION_IV.map((g) => item(g.ref))).size).toBe(6);
  });
});
