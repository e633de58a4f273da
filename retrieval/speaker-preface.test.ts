import { describe, expect, it } from 'vitest';
import { speakerPreface } from './speaker-preface';
import { analyse } from './text-analysis';

const words = (q: string) => analyse(q).folded.slice(0, speakerPreface(analyse(q))).join(' ');

describe('speakerPreface', () => {
  it('finds the hotline asker before the question', () => {
    expect(words('Tổng đài 111 cần tra giúp: ở Cần Thơ ai chủ trì giảm tảo hôn?')).toBe('tong dai 111 can tra giup');
    expect(words('Tổng đài cần tra giúp: ở Lào Cai việc chăm sóc tạm thời do ai làm?')).toBe('tong dai can tra giup');
    expect(words('em o tong dai 111, cho hoi ai chu tri phong chong duoi nuoc')).toBe('em o tong dai 111');
  });
  it('keeps the hotline when it is the subject', () => {
    expect(speakerPreface(analyse('Tổng đài 111 do ai vận hành ở Sơn La?'))).toBe(0);
    expect(speakerPreface(analyse('Tổng đài 111 được truyền thông thế nào, ai chủ trì?'))).toBe(0);
    expect(speakerPreface(analyse('Ai chủ trì tổng đài 111: Sở Y tế hay Công an?'))).toBe(0);
  });
});
