import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS } from './answer/limits';
import { testApp } from './test-support/test-app';

describe('assistant: bounded work per message', () => {
  it('answers the first part of a very long message and says so', async () => {
    const { assistant } = await testApp();
    const q = `Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi? ${'xin cảm ơn '.repeat(400)}`;
    expect(q.length).toBeGreaterThan(MAX_QUESTION_CHARS);
    const r = await assistant.ask({ question: q });
    expect(r.text).toMatch(/chỉ đọc 1000 ký tự đầu/);
    expect(r.matches[0]?.lead).toEqual(['Ban Dân tộc – Tôn giáo']);
  });

  it('keeps the hotline first when a long message reports danger', async () => {
    const { assistant } = await testApp();
    const r = await assistant.ask({ question: `Cứu với, con tôi đang bị đánh đập ngay bây giờ. ${'a '.repeat(2000)}` });
    expect(r.danger).toBe(true);
    expect(r.text.indexOf('111')).toBeLessThan(r.text.indexOf('chỉ đọc'));
  });
});
