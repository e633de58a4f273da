import { describe, expect, it } from 'vitest';
import { syllableAccuracy, synthesiseScan } from './evaluate';

describe('syllableAccuracy', () => {
  it('compares token by token, ignoring case, punctuation and tone placement convention', () => {
    expect(syllableAccuracy('Hoà nhập, Khoẻ mạnh.', 'hòa nhập khỏe mạnh').accuracy).toBe(1);
    const a = syllableAccuracy('tảo hôn hẹn', 'tảo hôn hôn');
    expect(a).toMatchObject({ correct: 2, total: 3 });
    expect(a.errors).toEqual([{ want: 'hôn', got: 'hẹn' }]);
  });
  it('does not count tokens without letters', () => {
    expect(syllableAccuracy('ngày 03/01/2025 –', 'ngày 03/01/2025 –')).toMatchObject({ total: 1, correct: 1 });
  });
});

describe('synthesiseScan', () => {
  it('keeps word boundaries, strips diacritics and adds scan-like confusions deterministically', () => {
    const text = 'Sở Lao động – Thương binh và Xã hội chủ trì tổ chức thực hiện. '.repeat(20);
    const scan = synthesiseScan(text, 5, 0.3);
    expect(scan.split(/\s+/).length).toBe(text.split(/\s+/).length);
    expect(scan).toBe(synthesiseScan(text, 5, 0.3));
    expect(/[6&¢]|ir|\bP/.test(scan)).toBe(true);
    expect(syllableAccuracy(scan, text).accuracy).toBeLessThan(0.6);
  });
});
