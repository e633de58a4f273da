import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../retrieval/search';
import type { Understanding } from '../../retrieval/understand';
import { isConfident } from './answer';

// trimmed from a plan never tuned on (Bắc Ninh, "Kiểm tra việc sử dụng lao động là người chưa thành niên tại các làng nghề…")
const hit = (over: Partial<SearchHit>): SearchHit => ({
  doc: { id: 'd', kind: 'assignment', planId: 'p', province: 'Bắc Ninh', body: '', heading: '', leadNames: '', coordNames: '', leadIds: ['so-noi-vu'], coordIds: [], topics: ['thanh-tra-kiem-tra'], sectionKind: null },
  index: 0, score: 0.06, lexicalRank: 0, vectorRank: null, vectorSimilarity: 0, sharedTopics: ['thanh-tra-kiem-tra'], coverage: 1, pairs: 7,
  ...over,
});
const question = { topics: ['thanh-tra-kiem-tra', 'boc-lot'], agencies: [], content: ['kiem', 'tra', 'lao', 'dong', 'chua', 'thanh', 'nien', 'lang', 'nghe'], english: false } as unknown as Understanding;

describe('isConfident', () => {
  it('takes a task holding every word of the question, in the same pairs, even when a topic of the question is not on it', () => {
    expect(isConfident(hit({}), question)).toBe(true);
  });
  it('still wants the specific topic when the words are only partly there', () => {
    expect(isConfident(hit({ coverage: 0.7, pairs: 1 }), question)).toBe(false);
    expect(isConfident(hit({ coverage: 1, pairs: 1 }), question)).toBe(false);
  });
});
