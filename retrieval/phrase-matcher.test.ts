import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPhraseMatcher, diacriticMarks, type PhraseEntry } from './phrase-matcher';
import { analyse } from './text-analysis';

const ENTRIES: PhraseEntry[] = [
  { id: 'topic:moi-truong', phrase: 'môi trường', lang: 'vi' },
  { id: 'topic:moi-truong-mang', phrase: 'môi trường mạng', lang: 'vi' },
  { id: 'topic:tao-hon', phrase: 'tảo hôn', lang: 'vi' },
  { id: 'topic:tao-hon', phrase: 'early marriage', lang: 'en' },
  { id: 'topic:thong-ke', phrase: 'thống kê', lang: 'vi' },
  { id: 'topic:xam-hai', phrase: 'xâm hại', lang: 'vi' },
  { id: 'province:Long An', phrase: 'Long An', lang: 'vi', fuzzy: false },
  { id: 'province:Sơn La', phrase: 'Sơn La', lang: 'vi', fuzzy: false },
];

// The words a dictionary built from the accented plans would know (see known-words.ts).
const KNOWN = new Set(
  analyse(
    'Phòng, chống xâm hại trẻ em trên môi trường mạng. Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống. ' +
      'Tăng cường chất lượng thống kê, theo dõi tình hình trẻ em trong kế hoạch. Công an tỉnh Sơn La.',
  ).folded,
);
const known = (w: string) => KNOWN.has(w);

const matcher = createPhraseMatcher(ENTRIES, known);
const ids = (text: string, opts?: { english?: boolean; fuzzy?: boolean }) => matcher.match(analyse(text), opts).map((m) => m.id);

describe('createPhraseMatcher', () => {
  it('takes the longest phrase and never overlaps ("môi trường mạng" over "môi trường")', () => {
    // seeds/quang-ngai-2025-kh-29.txt line 110
    const m = matcher.match(analyse('Phòng, chống xâm hại trẻ em trên môi trường mạng.'));
    expect(m.map((x) => x.id)).toEqual(['topic:xam-hai', 'topic:moi-truong-mang']);
    const env = m[1]!;
    expect([env.start, env.end, env.cost]).toEqual([7, 10, 0]);
    // the short phrase still matches where the long one does not
    expect(ids('bảo vệ môi trường sống')).toEqual(['topic:moi-truong']);
  });

  it('reports token spans in order and without overlap', () => {
    const m = matcher.match(analyse('tảo hôn và xâm hại trên môi trường mạng, môi trường học đường'));
    expect(m.map((x) => [x.id, x.start, x.end])).toEqual([
      ['topic:tao-hon', 0, 2],
      ['topic:xam-hai', 3, 5],
      ['topic:moi-truong-mang', 6, 9],
      ['topic:moi-truong', 9, 11],
    ]);
  });

  it('matches unaccented and accented text alike', () => {
    expect(ids('giam tinh trang tao hon')).toEqual(['topic:tao-hon']);
    expect(ids('TẢO HÔN')).toEqual(['topic:tao-hon']);
  });

  it('forgives an unknown (OCR-damaged) syllable: "tao hén" is tảo hôn', () => {
    // seeds/son-la-2025-kh-54.txt line 178
    const m = matcher.match(analyse('giam thiéu tinh trang tao hén, hdn nhan can huyét thong.'));
    const hit = m.find((x) => x.id === 'topic:tao-hon');
    expect(hit).toBeDefined();
    expect(hit!.cost).toBeGreaterThan(0);
    // with fuzzy matching off it is not found
    expect(ids('tinh trang tao hén', { fuzzy: false })).toEqual([]);
  });

  it('never corrects a known word into another one ("trong kế hoạch" is not "thống kê")', () => {
    expect(KNOWN.has('trong')).toBe(true);
    expect(ids('Nhiệm vụ trong kế hoạch')).toEqual([]);
    expect(ids('nhiem vu trong ke hoach')).toEqual([]);
    // the same text typed without diacritics and no dictionary would be "corrected": the predicate is what protects it
    const naive = createPhraseMatcher(ENTRIES);
    expect(naive.match(analyse('nhiem vu trong ke hoach')).map((x) => x.id)).toEqual(['topic:thong-ke']);
    // a real known word of the phrase matches exactly
    expect(ids('số liệu thống kê')).toEqual(['topic:thong-ke']);
  });

  it('never reads a word typed with other diacritics as a folded homograph ("Đồng Kỵ thì" is not "kỳ thị")', () => {
    const m = createPhraseMatcher([{ id: 'topic:ky-thi', phrase: 'kỳ thị', lang: 'vi' }, { id: 'topic:bhyt', phrase: 'bảo hiểm y tế', lang: 'vi' }]);
    const idsOf = (t: string) => m.match(analyse(t)).map((x) => x.id);
    expect(idsOf('làng nghề Đồng Kỵ thì Sở Nội vụ')).toEqual([]);
    // typed without diacritics, or with the phrase's own (tone mark placed either way), it is the phrase
    expect(idsOf('dong ky thi so noi vu')).toEqual(['topic:ky-thi']);
    expect(idsOf('chống kỳ thị trẻ em')).toEqual(['topic:ky-thi']);
    // one slipped accent among several syllables is a typo of the phrase, not another word
    expect(idsOf('cấp thẻ bảo hiễm y tế')).toEqual(['topic:bhyt']);
  });

  it('compares diacritics wherever the tone mark sits', () => {
    expect(diacriticMarks('hoà')).toBe(diacriticMarks('hòa'));
    expect(diacriticMarks('kỵ')).not.toBe(diacriticMarks('kỳ'));
    expect(diacriticMarks('đo')).not.toBe(diacriticMarks('do'));
    // the same word in composed or decomposed Unicode has the same marks
    const syllable = fc.constantFrom(...'aăâeêioôơuưyđ'.split('')).chain((v) => fc.constantFrom('', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323').map((t) => `ng${v}${t}`));
    fc.assert(fc.property(syllable, (s) => diacriticMarks(s.normalize('NFC')) === diacriticMarks(s.normalize('NFD'))));
  });

  // (A line break is not tested: tokenize() collapses it to a space before it looks for breaks; see the report.)
  it('never lets a phrase cross a full stop, a semicolon, a colon or brackets', () => {
    expect(ids('Trẻ em bị tảo. Hôn nhân cận huyết')).toEqual([]);
    expect(ids('tảo: hôn')).toEqual([]);
    expect(ids('môi (trường mạng)')).toEqual([]);
    expect(ids('môi trường; mạng xã hội')).toEqual(['topic:moi-truong']);
    expect(ids('Sơn. La')).toEqual([]);
    // a comma is not a break
    expect(ids('môi trường, mạng')).toEqual(['topic:moi-truong-mang']);
  });

  it('matches English phrases on Porter stems, only when asked to', () => {
    expect(ids('Who prevents early marriages?', { english: true })).toEqual(['topic:tao-hon']);
    expect(ids('early marriage', { english: true })).toEqual(['topic:tao-hon']);
    expect(ids('early marriages', { english: false, fuzzy: false })).toEqual([]);
  });

  it('needs exact words for non-fuzzy entries ("Long An" is not a typo of "công an")', () => {
    expect(ids('Công an tỉnh Sơn La')).toEqual(['province:Sơn La']);
    expect(ids('Cong an tinh Son La')).toEqual(['province:Sơn La']);
    expect(ids('Long An')).toEqual(['province:Long An']);
    // one letter off: matched when fuzzy, not when the entry is fuzzy: false
    const lax = createPhraseMatcher([{ id: 'province:Long An', phrase: 'Long An', lang: 'vi' }]);
    expect(lax.match(analyse('Lomg An')).map((x) => x.id)).toEqual(['province:Long An']);
    expect(ids('Lomg An')).toEqual([]);
  });

  it('property: matches are within bounds, ordered and never overlap', () => {
    const words = ['môi', 'trường', 'mạng', 'tảo', 'hôn', 'hén', 'thống', 'kê', 'trong', 'xâm', 'hại', 'early', 'marriages', 'Long', 'An', 'Sơn', 'La', '.', ';', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 25 }), fc.boolean(), (ws, english) => {
        const a = analyse(ws.join(' '));
        const m = createPhraseMatcher(ENTRIES, known).match(a, { english });
        let last = 0;
        for (const x of m) {
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(x.end).toBeGreaterThan(x.start);
          expect(x.end).toBeLessThanOrEqual(a.folded.length);
          for (let k = x.start + 1; k < x.end; k++) expect(a.tokens[k]!.breakBefore).toBe(false);
          last = x.end;
        }
      }),
    );
  });
});
