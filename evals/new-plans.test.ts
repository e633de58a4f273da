import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFixtures, summarise } from './new-plans';
import { runPlanEval } from './run-plan-eval';

/**
 * Golden tests over the plans in layouts no seed has (corpus/fixtures/plans/*): each goes in through
 * add-plan alone, and every task of its hand-written ground truth must come out with the exact lead.
 * The bars for lead + coordinating + timeframe and for questions are the add-plan issue's.
 */
describe('plans added with add-plan (corpus/fixtures/plans)', async () => {
  const fixtures = await loadPlanFixtures(resolve(import.meta.dirname, '../corpus/fixtures/plans'));
  const { scores, app } = await runPlanEval(fixtures, resolve(import.meta.dirname, '../seeds'));

  it('has plans in at least four layouts, one of them a Word file', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
    expect(fixtures.some((f) => f.planFile.endsWith('.docx'))).toBe(true);
  });

  for (const f of scores) {
    describe(f.fixture, () => {
      it('is added', () => expect(f.refusal).toBeNull());
      for (const t of f.tasks) it(`line ${t.line}: exact lead`, () => expect(t.leadOk, t.problems.join('; ')).toBe(true));
    });
  }

  it('answers a question naming no province with the closest plans in full and the others by name, not a line per province', async () => {
    const r = await app.ask({ question: 'xa phuong gui bao cao ket qua thuc hien ke hoach ve so y te han cuoi la ngay nao' });
    expect(r.abstained).toBe(false);
    expect(r.text.match(/^📍/gmu)?.length).toBeLessThanOrEqual(5);
    expect(r.text).not.toContain('không có nhiệm vụ này');
    expect(r.text).toMatch(/Cũng có nhiệm vụ này trong kế hoạch của: .+, .+/);
    expect(r.text).toContain('Hỏi kèm tên tỉnh');
  });

  it('gets lead, coordinating and timeframe all exact on ≥ 90% of tasks, and answers ≥ 85% of the questions right', () => {
    const s = summarise(scores);
    expect(s.allExact / s.tasks, `${s.allExact}/${s.tasks}`).toBeGreaterThanOrEqual(0.9);
    expect(s.questionsRight / s.questions, `${s.questionsRight}/${s.questions}`).toBeGreaterThanOrEqual(0.85);
  });
});
