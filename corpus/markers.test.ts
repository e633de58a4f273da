import { describe, expect, it } from 'vitest';
import { detectMarker, isRecipientsLine, isSignatureLine, romanValue } from './markers';

describe('detectMarker', () => {
  it('reads Roman headings, including the scan forms I1. and I11.', () => {
    expect(detectMarker('III. TỔ CHỨC THỰC HIỆN')).toMatchObject({ type: 'roman', label: 'III', level: 1 });
    expect(detectMarker('I1. NHIEM VU VA GIAI PHAP')).toMatchObject({ type: 'roman', label: 'II' });
    expect(detectMarker('I11. KINH PHI THUC HIEN')).toMatchObject({ type: 'roman', label: 'III' });
  });
  it('does not take a numbered sentence for a Roman heading', () => {
    expect(detectMarker('1. Nang cao nhan thirc, trach nhiém')).toMatchObject({ type: 'number', label: '1' });
  });
  it('reads numbered items written with a comma or without a space by the scan', () => {
    expect(detectMarker('4, Cong an tinh')).toMatchObject({ type: 'number', label: '4', rest: 'Cong an tinh' });
    expect(detectMarker("2.S6'Y té: Tang cudng")).toMatchObject({ type: 'number', label: '2', rest: "S6'Y té: Tang cudng" });
  });
  it('reads lettered items, dash bullets and articles', () => {
    expect(detectMarker('c) Báo cáo kết quả')).toMatchObject({ type: 'letter', label: 'c', level: 3 });
    expect(detectMarker('– Truyén théng, gido duc')).toMatchObject({ type: 'dash', level: 4 });
    expect(detectMarker('Điều 2. Chánh Văn phòng')).toMatchObject({ type: 'article', label: 'Điều 2' });
  });
  it('leaves wrapped text alone', () => {
    expect(detectMarker('36 thang tudi khi &p dung')).toBeNull();
    expect(detectMarker('86: 54 /KH-UBND Son La')).toBeNull();
    expect(detectMarker('2014-2020')).toBeNull();
  });
});

describe('closing lines', () => {
  it('recognises recipients and signatures, also from the scan', () => {
    expect(isRecipientsLine('Nơi nhận:')).toBe(true);
    expect(isRecipientsLine('Noi nhén: TM. UY BAN NHAN DAN')).toBe(true);
    expect(isSignatureLine('**KT. CHỦ TỊCH')).toBe(true);
    expect(isSignatureLine('ỦY BAN NHÂN DÂN TỈNH')).toBe(true);
    expect(isSignatureLine('Ủy ban nhân dân tỉnh đề nghị các cơ quan')).toBe(false);
  });
  it('values Roman numerals', () => {
    expect(romanValue('IV')).toBe(4);
    expect(romanValue('VII')).toBe(7);
    expect(romanValue('ABC')).toBeNull();
  });
});
