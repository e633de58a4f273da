import { describe, expect, it } from 'vitest';
import { fold } from '../../corpus/normalise';
import { testApp } from '../test-support/test-app';

/** The quiz sampled as a trainer would use it: many questions, every one checked. */
describe('quiz', () => {
  it('asks whole tasks in the plan\'s (restored) words, never gives the answer away, and explains it', async () => {
    const app = await testApp();
    const seen = new Set<string>();
    for (let seed = 1; seed <= 600; seed++) {
      const q = app.assistant.quiz(seed)!;
      seen.add(q.question);
      expect(q.question.length).toBeLessThanOrEqual(300);
      expect(q.question).not.toMatch(/…/);
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options).size).toBe(4);
      const right = q.options[q.correctIndex]!;
      // the lead's whole name is not in the question
      expect(fold(q.question)).not.toContain(fold(right));
      expect(q.explanation).toMatch(/chủ trì/);
      expect(q.explanation.length).toBeLessThanOrEqual(200);
      // Sơn La's scan is quoted restored: its raw OCR forms ("Nghién ctru", "ra soat") never appear
      if (q.question.startsWith('Sơn La')) expect(q.question).not.toMatch(/\b(ctru|soat|de xuat|thuc hien)\b/);
    }
    expect(seen.size).toBeGreaterThan(30);
  });

  it('keeps to one province when asked', async () => {
    const app = await testApp();
    for (let seed = 1; seed <= 50; seed++) expect(app.assistant.quiz(seed, 'Quảng Ngãi')!.question.startsWith('Quảng Ngãi:')).toBe(true);
    expect(app.assistant.quiz(1, 'Hà Giang')).toBeNull();
  });
});
