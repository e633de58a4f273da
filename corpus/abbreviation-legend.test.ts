import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandLegend, readLegend } from './abbreviation-legend';

/** Trimmed from corpus/fixtures/plans/blind9/b9-ab (Khánh Hòa, a Word table with a legend after it). */
const PLAN = [
  'Số: 7452/KH-UBND',
  '4\tXây dựng cơ sở dữ liệu về trẻ em có hoàn cảnh đặc biệt.\t2026 - 2027\tSở Y tế\tCA tỉnh; Sở KHCN; UBND các xã, phường, đặc khu\t',
  '15\tCấp thẻ BHYT cho 100% trẻ em dưới 6 tuổi.\tHằng năm\tBHXH tỉnh\tSở Y tế; CA tỉnh\t',
  'Ghi chú: chữ viết tắt',
  '- BHXH tỉnh: Bảo hiểm xã hội tỉnh;',
  '- BHYT: bảo hiểm y tế;',
  '- CA tỉnh: Công an tỉnh;',
  '- Sở KHCN: Sở Khoa học và Công nghệ;',
  '- Sở LĐTBXH: Sở Lao động - Thương binh và Xã hội (trước sắp xếp);',
  '- UBND: Ủy ban nhân dân.',
  'III. KINH PHÍ THỰC HIỆN',
].join('\n');

describe('abbreviation legend', () => {
  it('reads the bodies a legend defines, not the lower-case words, and stops at the next heading', () => {
    const l = readLegend(PLAN.split('\n'));
    expect(l.entries.get('CA tỉnh')).toBe('Công an tỉnh');
    expect(l.entries.get('Sở LĐTBXH')).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(l.entries.has('BHYT')).toBe(false);
    expect(l.entries.has('III. KINH PHÍ THỰC HIỆN')).toBe(false);
    expect(l.lines.has(10)).toBe(false);
  });
  it('writes the bodies out in the table, keeps the line count, and blanks the legend (it assigns nothing)', () => {
    const out = expandLegend(PLAN).split('\n');
    expect(out).toHaveLength(PLAN.split('\n').length);
    expect(out[0]).toBe('Số: 7452/KH-UBND');
    expect(out[1]).toContain('Công an tỉnh; Sở Khoa học và Công nghệ; Ủy ban nhân dân các xã, phường, đặc khu');
    expect(out[2]).toContain('Cấp thẻ BHYT'); // a word, not a body
    expect(out[2]).toContain('\tBảo hiểm xã hội tỉnh\t');
    expect(out[6]).toBe('');
    expect(out[10]).toBe('III. KINH PHÍ THỰC HIỆN');
  });
  it('changes nothing in a text without a legend', () => {
    fc.assert(fc.property(fc.string(), (s) => expandLegend(s.replace(/viết tắt/g, '')) === s.replace(/viết tắt/g, '')));
  });
});
