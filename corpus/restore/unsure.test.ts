import { describe, expect, it } from 'vitest';
import { unsureSpans } from './unsure';
import type { RestoredWord } from './model';

/** words of a restored text with their scan tokens and confidences */
function words(restored: string, scans: string[], conf: number[]): RestoredWord[] {
  const out: RestoredWord[] = [];
  let from = 0;
  for (const m of restored.matchAll(/[\p{L}]+/gu)) {
    const i = out.length;
    out.push({ start: m.index!, end: m.index! + m[0].length, scan: scans[i]!, confidence: conf[i]! });
    from = m.index! + m[0].length;
  }
  void from;
  return out;
}

describe('unsureSpans', () => {
  it('joins neighbouring unsure words into one run with the scan beside it', () => {
    const r = 'điều khoản bạo lực trong';
    const w = words(r, ['diéu', 'khoan', 'bao', 'luu', 'trong'], [0.99, 0.6, 0.4, 0.5, 0.97]);
    expect(unsureSpans(r, w)).toEqual([{ text: 'khoản bạo lực', scan: 'khoan bao luu' }]);
  });
  it('splits runs at punctuation and keeps sure words out', () => {
    const r = 'phụ nít, có thai';
    const w = words(r, ['phu', 'nit', 'co', 'thai'], [0.95, 0.5, 0.6, 0.99]);
    expect(unsureSpans(r, w)).toEqual([{ text: 'nít', scan: 'nit' }, { text: 'có', scan: 'co' }]);
  });
  it('takes one sure word between two unsure ones into the run', () => {
    const r = 'sửa đổi điều khoan bạo lực đối';
    const w = words(r, ['sua', 'doi', 'diéu', 'khoan', 'bao', 'luu', 'doi'], [0.99, 0.99, 0.5, 0.9, 0.4, 0.5, 0.99]);
    expect(unsureSpans(r, w)).toEqual([{ text: 'điều khoan bạo lực', scan: 'diéu khoan bao luu' }]);
  });
  it('flags a word left as the scan wrote it when another real word fits as well ("dai" for "đài")', () => {
    const r = 'tổng dai điện';
    const w = words(r, ['tong', 'dai', 'dién'], [0.95, 0.5, 0.99]);
    expect(unsureSpans(r, w)).toEqual([{ text: 'dai', scan: 'dai' }]);
  });
  it('flags nothing when every word is sure, and everything when none is', () => {
    const r = 'trẻ em';
    expect(unsureSpans(r, words(r, ['tre', 'em'], [0.9, 0.9]))).toEqual([]);
    expect(unsureSpans(r, words(r, ['tre', 'em'], [0.1, 0.1]))).toEqual([{ text: 'trẻ em', scan: 'tre em' }]);
    expect(unsureSpans('', [])).toEqual([]);
  });
});
