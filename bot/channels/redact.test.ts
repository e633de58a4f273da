import { describe, expect, it } from 'vitest';
import { redact } from './redact';

describe('redact', () => {
  it('masks phone numbers and e-mail addresses, keeps the rest', () => {
    expect(redact('gọi tôi 0912 345 678 hoặc +84 912345678, mail a.b@gmail.com')).toBe('gọi tôi [phone] hoặc [phone], mail [email]');
    expect(redact('Tổng đài 111, kế hoạch 29/KH-UBND năm 2025')).toBe('Tổng đài 111, kế hoạch 29/KH-UBND năm 2025');
  });
});
