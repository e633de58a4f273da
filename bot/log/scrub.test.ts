import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_MASK, maskNames, scrub } from './scrub';

describe('scrub', () => {
  it('takes out phone numbers, e-mail, ID numbers and a given name, keeps the question', () => {
    const q = 'Tôi tên là Nguyễn Thị Lan, số 0912 345 678, mail lan.nt@gmail.com, CCCD 123456789012. Ai chủ trì phòng chống tảo hôn ở Quảng Ngãi?';
    const s = scrub(q);
    expect(s).not.toMatch(/Nguyễn|Lan,|0912|345 678|lan\.nt|123456789012/);
    expect(s).toContain('Ai chủ trì phòng chống tảo hôn ở Quảng Ngãi?');
    expect(s).toContain(NAME_MASK);
  });

  it('reads the name marker with or without diacritics, and in English', () => {
    expect(maskNames('ten chau la Tran Van B, 10 tuoi')).toBe(`ten chau la ${NAME_MASK}, 10 tuoi`);
    expect(maskNames('em tên Hoa. Hỏi về trẻ khuyết tật')).toBe(`em tên ${NAME_MASK}. Hỏi về trẻ khuyết tật`);
    expect(maskNames('Hi, my name is John Smith and I work at hotline 111')).toBe(`Hi, my name is ${NAME_MASK}`);
    expect(maskNames('TÊN TÔI LÀ PHẠM AN')).toBe(`TÊN TÔI LÀ ${NAME_MASK}`);
  });

  it('leaves questions without personal data as they are', () => {
    for (const q of ['Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', 'Kế hoạch 29/KH-UBND năm 2025 giai đoạn 2025 - 2030', 'Gọi 111 hay 113?', 'tên là gì?'])
      expect(scrub(q)).toBe(q);
  });

  it('is idempotent and never lets a long digit run through', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.stringMatching(/^0\d{9}$/), (s, phone) => {
        const once = scrub(`${s} ${phone} ${s}`);
        expect(scrub(once)).toBe(once);
        expect(once).not.toContain(phone);
      }),
    );
  });
});
