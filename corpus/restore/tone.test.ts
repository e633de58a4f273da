import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalTone, stripTone } from './tone';

describe('canonicalTone', () => {
  it('puts the tone where the seeds do', () => {
    const cases: Array<[string, string]> = [
      ['hoà', 'hòa'], ['hoá', 'hóa'], ['thuỷ', 'thủy'], ['khoẻ', 'khỏe'], ['hòa', 'hòa'],
      ['hoàng', 'hoàng'], ['toán', 'toán'], ['quyết', 'quyết'], ['người', 'người'], ['ngoài', 'ngoài'],
      ['giữ', 'giữ'], ['gì', 'gì'], ['quý', 'quý'], ['mùa', 'mùa'], ['tảo', 'tảo'], ['hôn', 'hôn'], ['trẻ', 'trẻ'],
      ['Hoà', 'Hòa'], ['tuổi', 'tuổi'], ['khuya', 'khuya'], ['quả', 'quả'], ['thuở', 'thuở'],
    ];
    for (const [input, want] of cases) expect(canonicalTone(input), input).toBe(want);
  });
  it('is idempotent, keeps the letters and the tone', () => {
    const syl = fc.constantFrom('hoà', 'hòa', 'thuỷ', 'khoẻ', 'người', 'ngoài', 'quyết', 'giữ', 'tảo', 'hoạ', 'loé', 'tuỳ', 'uý', 'oà');
    fc.assert(fc.property(syl, (s) => {
      const c = canonicalTone(s);
      return canonicalTone(c) === c && stripTone(c) === stripTone(s);
    }));
  });
});
