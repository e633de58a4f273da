import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mendQuarters, splitGlued } from './ocr-clean';

const known = new Set(['hoà', 'sở', 'nội', 'vụ', 'báo', 'và', 'giáo', 'dục', 'tháng', 'y', 'tế', 'phát', 'thanh', 'bảo', 'vệ', 'trẻ', 'em', 'hằng', 'năm']);

describe('splitGlued', () => {
  it('splits syllables an OCR glued together (seen on a 300 dpi scan)', () => {
    expect(splitGlued('SởNộivụ', known)).toBe('Sở Nội vụ');
    expect(splitGlued('Báovà', known)).toBe('Báo và');
    expect(splitGlued('SởY', known)).toBe('Sở Y');
    expect(splitGlued('tháng9', known)).toBe('tháng 9');
    expect(splitGlued('tế,SởGiáo', known)).toBe('tế, Sở Giáo');
  });

  it('leaves real words, numbers and unknown names alone', () => {
    for (const w of ['Hòa,', 'Sở', 'phát', '2025-2030', '31/3/2026', 'UBND', 'LĐTBXH', 'Raglai', '2025,2026', 'Q.IV', 'UBND', 'VKS', 'Em']) expect(splitGlued(w, known)).toBe(w);
  });

  it('only ever adds spaces, and is idempotent', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-zởộụáàếạ0-9,;]{0,14}$/), (w) => {
        const once = splitGlued(w, known);
        expect(once.replace(/ /g, '')).toBe(w.normalize('NFC'));
        expect(once.split(' ').map((p) => splitGlued(p, known)).join(' ')).toBe(once);
      }),
    );
  });
});

describe('mendQuarters', () => {
  it('mends OCR forms of a quarter\'s Roman numeral and leaves real ones', () => {
    expect(mendQuarters('Quý H/2027')).toBe('Quý II/2027');
    expect(mendQuarters('Quý IIl hằng năm')).toBe('Quý III hằng năm');
    expect(mendQuarters('Quý lV/2025; Quý 1/2026; Quý IV/2025')).toBe('Quý IV/2025; Quý 1/2026; Quý IV/2025');
    expect(mendQuarters('Quý Hai')).toBe('Quý Hai');
  });
});
