import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACT_LIMIT, redact } from './redact';

describe('redact', () => {
  it('masks phone numbers and e-mail addresses, keeps the rest', () => {
    expect(redact('gọi tôi 0912 345 678 hoặc +84 912345678, mail a.b@gmail.com')).toBe('gọi tôi [phone] hoặc [phone], mail [email]');
    expect(redact('Tổng đài 111, kế hoạch 29/KH-UBND năm 2025, giai đoạn 2025 - 2030, ngày 03/01/2025')).toBe(
      'Tổng đài 111, kế hoạch 29/KH-UBND năm 2025, giai đoạn 2025 - 2030, ngày 03/01/2025',
    );
  });

  it('masks the forms people actually type', () => {
    expect(redact('số tôi (+84) 912 345 678 nhé')).toBe('số tôi [phone] nhé');
    expect(redact('gọi 09 1234 5678.')).toBe('gọi [phone].');
    expect(redact('email nguyễn.văn-an@sở-y-tế.vn, cảm ơn')).toBe('email [email], cảm ơn');
    expect(redact('(thư: trần.thị@gmail.com)')).toBe('(thư: [email])');
    expect(redact('CCCD 012345678901')).toBe('CCCD [phone]');
    expect(redact('CCCD 123456789012')).toBe('CCCD [id]');
    expect(redact('0912 345 678 0987 654 321')).toBe('[phone]');
  });

  it('scans a bounded prefix, so a huge message costs no more than a long one', () => {
    const huge = 'a'.repeat(2_000_000);
    const out = redact(huge);
    expect(out.length).toBe(REDACT_LIMIT + 1);
    expect(redact(`${'x@'.repeat(100_000)}`).length).toBe(REDACT_LIMIT + 1);
  });

  const sep = fc.constantFrom('', ' ', '.', '-');
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const phone = fc
    .tuple(fc.constantFrom('0', '+84', '(+84) ', '84', '+84 '), digits(9), sep, sep, fc.integer({ min: 2, max: 4 }), fc.integer({ min: 5, max: 7 }))
    .map(([prefix, d, s1, s2, a, b]) => `${prefix}${d.slice(0, a)}${s1}${d.slice(a, b)}${s2}${d.slice(b)}`);
  const words = fc.array(fc.constantFrom('gọi', 'cho', 'tôi', 'số', 'của', 'cán bộ', 'xã', 'nhé', 'Sở Y tế', 'ạ'), { minLength: 0, maxLength: 4 }).map((w) => w.join(' '));
  const letters = fc.array(fc.constantFrom(...'abcdeđêôơưăâáàảãạễệ'.split('')), { minLength: 1, maxLength: 8 }).map((l) => l.join(''));
  const email = fc.tuple(letters, fc.constantFrom('', '.', '_', '-'), letters, fc.constantFrom('gmail.com', 'yte.gov.vn', 'sở.vn')).map(([a, s, b, d]) => `${a}${s}${b}@${d}`);

  it('never keeps a generated phone number or e-mail address (property)', () => {
    fc.assert(
      fc.property(words, phone, words, email, words, (w1, p, w2, e, w3) => {
        const text = `${w1} ${p} ${w2} ${e} ${w3}`;
        const out = redact(text);
        expect(out).toContain('[phone]');
        expect(out).toContain('[email]');
        expect(out).not.toMatch(/\d{3}/);
        expect(out).not.toContain('@');
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent and keeps text without long numbers or addresses (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(redact(redact(s))).toBe(redact(s));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(words, fc.integer({ min: 0, max: 99_999_999 }), words, (a, n, b) => {
        const text = `${a} ${n} ${b}`;
        expect(redact(text)).toBe(text);
      }),
    );
  });
});

describe('redact: a number after a bracket glued to a word', () => {
  it('masks "A(0 0000000000" and "A(0912345678)": the bracket separates the number from the word (found by the scrub property test)', async () => {
    const { redact } = await import('./redact');
    expect(redact('A(0 0000000000 A(0')).toBe('A[phone] A(0');
    expect(redact('A(0912345678)')).toBe('A[phone])');
    expect(redact('A0 0912345678')).toBe('A0 [phone]');
  });
});
