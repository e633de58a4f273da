import { describe, expect, it } from 'vitest';
import { provinceKey, sameProvince } from './province-name';

describe('provinceKey', () => {
  it('drops the administrative prefix a city or province is written with', () => {
    // blind8/b8-z dates its plan "Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2025"; the list writes "TP Hồ Chí Minh".
    expect(sameProvince('Thành phố Hồ Chí Minh', 'TP Hồ Chí Minh')).toBe(true);
    expect(sameProvince('TP. Hải Phòng', 'Hải Phòng')).toBe(true);
    expect(sameProvince('Tỉnh Điện Biên', 'Điện Biên')).toBe(true);
    expect(provinceKey('Thành phố Hồ Chí Minh,')).toBe('ho chi minh');
  });
  it('keeps different provinces apart', () => {
    expect(sameProvince('Thành phố Hồ Chí Minh', 'Hà Nội')).toBe(false);
    expect(sameProvince('Bà Rịa – Vũng Tàu', 'TP Hồ Chí Minh')).toBe(false);
  });
});
