import { describe, expect, it } from 'vitest';
import type { IndexDoc } from './documents';
import { documentTerms, LexicalIndex, queryTerms, TOPIC_WEIGHT } from './lexical-index';
import { analyse } from './text-analysis';

function doc(id: string, body: string, topics: string[] = [], extra: Partial<IndexDoc> = {}): IndexDoc {
  return {
    id,
    kind: 'assignment',
    planId: 'quang-ngai-2025',
    province: 'Quảng Ngãi',
    body,
    heading: '',
    leadNames: '',
    coordNames: '',
    leadIds: [],
    coordIds: [],
    topics,
    sectionKind: null,
    ...extra,
  };
}

// Task texts trimmed from seeds/quang-ngai-2025-kh-29.txt (appendix lines 99, 107, 110, 116).
const DOCS: IndexDoc[] = [
  doc('qn-107', 'Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống; truyền thông nâng cao nhận thức về tác hại của tình trạng tảo hôn.', ['tao-hon'], {
    heading: 'IV. Nhóm khuyến nghị về môi trường gia đình',
    leadNames: 'Ban Dân tộc – Tôn giáo',
  }),
  doc('qn-110', 'Phòng, chống xâm hại trẻ em trên môi trường mạng.', ['xam-hai', 'moi-truong-mang'], { leadNames: 'Sở Thông tin và Truyền thông' }),
  doc('qn-099', 'Nâng cao kiến thức, kỹ năng về bảo vệ trẻ em trên môi trường mạng.', ['moi-truong-mang'], { leadNames: 'Sở Khoa học và Công nghệ' }),
  doc('qn-116', 'Tăng cường chất lượng thống kê, theo dõi tình hình trẻ em.', ['thong-ke'], { leadNames: 'Sở Kế hoạch và Đầu tư' }),
];
const index = LexicalIndex.build(DOCS);
const q = (text: string, topics: string[] = []) => queryTerms(analyse(text), topics);

describe('LexicalIndex', () => {
  it('ranks the document with the topic and the words first, and leaves out documents that share nothing', () => {
    const hits = index.search(q('giảm tảo hôn', ['tao-hon']), null);
    expect(hits[0]!.doc).toBe(0);
    expect(hits.map((h) => h.doc)).toEqual([0]);
    expect(hits[0]!.score).toBeGreaterThan(0);
  });

  it('scores the doc with topic and words above one that has only the words', () => {
    const twins = LexicalIndex.build([
      doc('words-only', 'Truyền thông về tác hại của tảo hôn trong cộng đồng.'),
      doc('topic-and-words', 'Truyền thông về tác hại của tảo hôn trong cộng đồng.', ['tao-hon']),
      doc('other', 'Tăng cường chất lượng thống kê, theo dõi tình hình trẻ em.', ['thong-ke']),
    ]);
    const hits = twins.search(q('tảo hôn', ['tao-hon']), null);
    expect(hits.map((h) => h.doc)).toEqual([1, 0]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    // without the topic in the query the twins tie and the earlier one comes first
    const plain = twins.search(q('tảo hôn'), null);
    expect(plain[0]!.score).toBeCloseTo(plain[1]!.score, 10);
    expect(plain.map((h) => h.doc)).toEqual([0, 1]);
  });

  it('ranks by the evidence: two query words beat one', () => {
    const hits = index.search(q('xâm hại môi trường mạng', ['xam-hai', 'moi-truong-mang']), null);
    expect(hits.map((h) => h.doc).slice(0, 2)).toEqual([1, 2]);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('excludes what the filter rejects', () => {
    const all = index.search(q('môi trường mạng', ['moi-truong-mang']), null).map((h) => h.doc);
    expect(all).toEqual(expect.arrayContaining([1, 2]));
    const filtered = index.search(q('môi trường mạng', ['moi-truong-mang']), (d) => d !== 1).map((h) => h.doc);
    expect(filtered).not.toContain(1);
    expect(filtered).toContain(2);
    expect(index.search(q('môi trường mạng'), () => false)).toEqual([]);
  });

  it('gives an unseen term the highest idf, and rarer terms a higher idf', () => {
    const unseen = index.idf('f:khongcotu');
    for (const term of index.data.terms) expect(index.idf(term)).toBeLessThan(unseen);
    expect(unseen).toBeCloseTo(Math.log(1 + (DOCS.length + 0.5) / 0.5), 10);
    // "mạng" is in two documents, "tảo" in one
    expect(index.idf('f:tao')).toBeGreaterThan(index.idf('f:mang'));
  });

  it('ranks an exact-diacritic query above a folded-only twin (the a: terms)', () => {
    // seeds/son-la-2025-kh-54.txt line 178 lost its diacritics; the accented twin is the plan text
    const twins = LexicalIndex.build([
      doc('scan', 'giam thieu tinh trang tao hon, hon nhan can huyet thong'),
      doc('accented', 'giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống'),
    ]);
    const accented = twins.search(q('tảo hôn'), null);
    expect(accented.map((h) => h.doc)).toEqual([1, 0]);
    expect(accented[0]!.score).toBeGreaterThan(accented[1]!.score);
    // a folded query cannot tell them apart
    const folded = twins.search(q('tao hon'), null);
    expect(folded[0]!.score).toBeCloseTo(folded[1]!.score, 10);
  });

  it('builds query terms from folded syllables, bigrams, accented forms and topics, without stopwords', () => {
    const t = q('tảo hôn của trẻ em', ['tao-hon']);
    expect(t.get('f:tao')).toBe(1);
    expect(t.get('a:tảo')).toBeGreaterThan(0);
    expect(t.has('a:tao')).toBe(false);
    expect(t.has('b:tao_hon')).toBe(true);
    expect(t.has('f:cua')).toBe(false);
    expect(t.has('f:tre')).toBe(false);
    expect(t.get('t:tao-hon')).toBe(TOPIC_WEIGHT);
  });

  it('weights the body above heading, lead and coordinating names', () => {
    const { terms } = documentTerms(doc('x', 'tảo hôn', [], { heading: 'cận huyết', leadNames: 'Ban Dân tộc', coordNames: 'Sở Tư pháp' }));
    const f = (w: string) => terms.get(`f:${w}`) ?? 0;
    expect(f('tao')).toBeGreaterThan(f('dan'));
    expect(f('dan')).toBeGreaterThan(f('can'));
    expect(f('can')).toBeGreaterThan(f('phap'));
    expect(f('phap')).toBeGreaterThan(0);
  });

  it('survives a round trip through its binary file, and refuses a truncated one', () => {
    const again = LexicalIndex.deserialise(index.serialise());
    expect(again.data).toEqual(index.data);
    const whole = index.serialise();
    for (const cut of [3, 40, whole.length - 16]) expect(() => LexicalIndex.deserialise(whole.subarray(0, cut))).toThrow(/truncated/);
    const terms = q('xâm hại trên môi trường mạng', ['xam-hai']);
    expect(again.search(terms, null)).toEqual(index.search(terms, null));
  });
});

describe('LexicalIndex.search over plan ranges', () => {
  it('scores exactly as the filter alone does, reading only the runs asked about', async () => {
    const { LexicalIndex } = await import('./lexical-index');
    const { planRanges, rangesOf } = await import('./plan-ranges');
    const bodies = ['tảo hôn ở vùng cao', 'phòng chống tảo hôn', 'đuối nước trẻ em', 'tảo hôn và hôn nhân cận huyết', 'bơi an toàn', 'tảo hôn'];
    const docs: IndexDoc[] = bodies.map((body, i) => ({ id: `d${i}`, kind: 'assignment', planId: i < 2 || i === 5 ? 'p1' : 'p2', province: '', body, heading: '', leadNames: '', coordNames: '', leadIds: [], coordIds: [], topics: [], sectionKind: null }));
    const index = LexicalIndex.build(docs);
    const terms = new Map([['f:tao', 1], ['f:hon', 1], ['b:tao_hon', 1]]);
    const ranges = planRanges(docs);
    const inP1 = (d: number) => docs[d]!.planId === 'p1';
    expect(index.search(terms, inP1, rangesOf(ranges, ['p1']))).toEqual(index.search(terms, inP1));
    expect(index.search(terms, inP1, rangesOf(ranges, ['p1'])).map((h) => h.doc).sort()).toEqual([0, 1, 5]);
  });
});
