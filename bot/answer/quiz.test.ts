import { describe, expect, it } from 'vitest';
import { fold } from '../../corpus/normalise';
import { testApp } from '../test-support/test-app';
import { givesAway, makeQuiz, makeQuizRound, quizRequest, tellingPhrases } from './quiz';

const words = (s: string) => fold(s).split(/[^a-z0-9]+/).filter(Boolean);
const has = (hay: string[], needle: string[]) => hay.some((_, i) => needle.length > 0 && needle.every((w, j) => hay[i + j] === w));

/** The quiz sampled as a trainer would use it: many questions, every one checked. */
describe('quiz', () => {
  it('asks whole tasks or whole clauses in the plan\'s (restored) words, never gives the answer away, and explains it', async () => {
    const app = await testApp();
    const engine = app.engine;
    const seen = new Set<string>();
    for (let seed = 1; seed <= 800; seed++) {
      const q = app.assistant.quiz(seed)!;
      seen.add(q.question);
      const { assignment: a, plan } = engine.assignments.get(q.assignmentId)!;
      expect(q.question.length).toBeLessThanOrEqual(300);
      expect(q.question).not.toMatch(/…|\.\.\./); // never cut mid-phrase
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options).size).toBe(4);
      for (const o of q.options) expect(o.length).toBeLessThanOrEqual(100);
      const right = q.options[q.correctIndex]!;
      expect(right).toBe(engine.agencies.get(a.lead[0]!.agencyId)!.name);
      // not the name, an alias, the plan's own words for it, nor a telling pair of its words no wrong option shares
      const asked = words(q.question);
      const lead = engine.agencies.get(a.lead[0]!.agencyId)!;
      for (const n of [lead.name, ...lead.aliases, ...a.lead.map((m) => m.text)]) expect(has(asked, words(n))).toBe(false);
      const wrong = q.options.filter((_, i) => i !== q.correctIndex).map(words);
      const w = words(lead.name).filter((x) => !['so', 'tinh', 'va', 'ban', 'hoi'].includes(x));
      for (let i = 0; i + 1 < w.length; i++) if (!wrong.some((o) => has(o, [w[i]!, w[i + 1]!]))) expect(has(asked, [w[i]!, w[i + 1]!])).toBe(false);
      // the task as the plan words it: the whole task, or its first clauses marked "(trích)"
      // (a scan's restored words with its specks and stray capitals mended: "về,tác hại", "xử Lý")
      const same = (x: string) => (plan.plan.scanned ? x.toLowerCase().replace(/(\p{L})[,;](?=\p{L})/gu, '$1 ') : x);
      const task = same(a.taskRestored ?? a.task);
      const body = same(q.question.slice(q.question.indexOf('? ') + 2));
      if (body.endsWith(' (trích)')) expect(task.startsWith(body.slice(0, -' (trích)'.length).replace(/\.$/, ''))).toBe(true);
      else expect(body).toBe(task);
      if (plan.plan.scanned) expect(q.question).not.toMatch(/\p{L}[,;]\p{L}|xử Lý|tỷ Lệ/u);
      // a scan is asked in its restored words, never the raw OCR, and never with a stray OCR mark
      if (plan.plan.scanned) {
        expect(q.question).not.toContain(a.task.slice(0, 30));
        expect(q.question).not.toMatch(/[{}|<>@#$^*~\\]/);
      }
      // a province that was inferred keeps its mark, as answers do
      if (plan.plan.provinceInferred) expect(q.question).toMatch(/^Đắk Lắk \(tỉnh suy ra/);
      // why: the lead, the task, the plan and section, not only a citation
      expect(q.explanation.length).toBeLessThanOrEqual(200);
      expect(q.explanation.split('\n').length).toBeLessThanOrEqual(3);
      expect(q.explanation).toContain(`${right} chủ trì việc “`);
      expect(q.explanation).toContain(a.source.ref);
      expect(q.explanation).toContain(plan.plan.documentNumber ?? 'không ghi số');
      const quoted = same(/“([^”]+)”/.exec(q.explanation)![1]!.replace(/…$/, ''));
      expect(task.startsWith(quoted)).toBe(true);
      expect(quoted.length).toBeGreaterThanOrEqual(10);
    }
    expect(seen.size).toBeGreaterThan(30);
  });

  it('is the same quiz for the same seed, and a round asks each task once', async () => {
    const { engine } = await testApp();
    expect(makeQuiz(engine, 42)).toEqual(makeQuiz(engine, 42));
    expect(makeQuizRound(engine, 5, 7)).toEqual(makeQuizRound(engine, 5, 7));
    const round = makeQuizRound(engine, 10, 3);
    expect(round).toHaveLength(10);
    expect(new Set(round.map((q) => q.assignmentId)).size).toBe(10);
    // a province with few askable tasks gives what it has, each once
    const sonLa = makeQuizRound(engine, 50, 1, 'Sơn La');
    expect(sonLa.length).toBeGreaterThanOrEqual(5);
    expect(new Set(sonLa.map((q) => q.assignmentId)).size).toBe(sonLa.length);
  });

  it('keeps to one province when asked', async () => {
    const app = await testApp();
    for (let seed = 1; seed <= 50; seed++) expect(app.assistant.quiz(seed, 'Quảng Ngãi')!.question.startsWith('Quảng Ngãi:')).toBe(true);
    for (let seed = 1; seed <= 50; seed++) expect(app.assistant.quiz(seed, 'Sơn La')!.explanation).toMatch(/khôi phục dấu từ bản quét|54\/KH-UBND/);
    expect(app.assistant.quiz(1, 'Hà Giang')).toBeNull();
  });

  it('sees the answer given away by a telling pair of words, an alias or an abbreviation', async () => {
    const { engine } = await testApp();
    const justice = tellingPhrases(engine.agencies.get('so-tu-phap')!);
    expect(givesAway('bảo đảm tư pháp thân thiện với trẻ em', justice)).toBe(true);
    expect(givesAway('phổ biến pháp luật cho trẻ em', justice)).toBe(false);
    const labour = tellingPhrases(engine.agencies.get('so-ldtbxh')!);
    expect(givesAway('Phối hợp với Sở LĐTBXH tổ chức…', labour)).toBe(true);
    expect(givesAway('phòng, chống lao động trẻ em', labour)).toBe(true);
    // "Ủy ban nhân dân", "Việt Nam", "tỉnh" tell nothing
    const front = tellingPhrases(engine.agencies.get('mttq-tinh')!);
    expect(givesAway('trẻ em Việt Nam được bảo vệ trong tỉnh', front)).toBe(false);
    expect(givesAway('phát huy vai trò của Mặt trận', front)).toBe(true);
  });
});

describe('quizRequest: a chat message asking for a quiz', () => {
  const provinces = ['Quảng Ngãi', 'Bình Thuận', 'Sơn La', 'Đắk Lắk'];
  it('reads the count and the province, with or without diacritics', () => {
    expect(quizRequest('cho tôi 5 câu hỏi trắc nghiệm', provinces)).toEqual({ count: 5, province: null, unknownPlace: null });
    expect(quizRequest('cho toi 5 cau hoi trac nghiem', provinces)).toEqual({ count: 5, province: null, unknownPlace: null });
    expect(quizRequest('quiz', provinces)).toEqual({ count: 5, province: null, unknownPlace: null });
    expect(quizRequest('Câu đố', provinces)).toEqual({ count: 5, province: null, unknownPlace: null });
    expect(quizRequest('trắc nghiệm về Sơn La', provinces)).toEqual({ count: 5, province: 'Sơn La', unknownPlace: null });
    expect(quizRequest('trac nghiem ve son la', provinces)).toEqual({ count: 5, province: 'Sơn La', unknownPlace: null });
    expect(quizRequest('cho mình 3 câu đố về Quảng Ngãi nhé', provinces)).toEqual({ count: 3, province: 'Quảng Ngãi', unknownPlace: null });
    expect(quizRequest('ba câu trắc nghiệm', provinces)!.count).toBe(3);
    expect(quizRequest('mười câu đố vui', provinces)!.count).toBe(10);
    expect(quizRequest('give me a quiz on Dak Lak', provinces)).toEqual({ count: 5, province: 'Đắk Lắk', unknownPlace: null });
  });

  it('keeps the count between 1 and 10', () => {
    expect(quizRequest('cho tôi 50 câu trắc nghiệm', provinces)!.count).toBe(10);
    expect(quizRequest('0 câu đố', provinces)!.count).toBe(1);
  });

  it('names back a place that has no plan', () => {
    expect(quizRequest('trắc nghiệm về Atlantis', provinces)).toEqual({ count: 5, province: null, unknownPlace: 'Atlantis' });
    expect(quizRequest('cho tôi câu đố ở Hà Giang?', provinces)).toEqual({ count: 5, province: null, unknownPlace: 'Hà Giang' });
    // a word that is not a place is not named back
    expect(quizRequest('cho tôi 5 câu trắc nghiệm khó', provinces)).toEqual({ count: 5, province: null, unknownPlace: null });
  });

  it('leaves real questions alone', () => {
    expect(quizRequest('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', provinces)).toBeNull();
    expect(quizRequest('ai chủ trì tổ chức thi trắc nghiệm về an toàn giao thông?', provinces)).toBeNull();
    expect(quizRequest('câu đó nghĩa là sao', provinces)).toBeNull(); // "câu đó" (that sentence), not "câu đố"
    expect(quizRequest('Trả lời câu đó giúp tôi', provinces)).toBeNull();
    expect(quizRequest('quiz gì nữa, bé nhà hàng xóm đang bị đánh', provinces)).toBeNull();
    expect(quizRequest('cau do: hang xom danh be', provinces)).toBeNull(); // a report, whatever it starts with
    expect(quizRequest('kế hoạch có tổ chức hội thi trắc nghiệm tìm hiểu luật trẻ em cho học sinh các trường không', provinces)).toBeNull();
  });
});
