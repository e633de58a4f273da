import { diacriticMarks } from '../phrase-matcher';
import type { Analysed } from '../text-analysis';

/** Words a question is not searched by: question words, particles, pronouns, the plan's own words. */
export const STOP = new Set([
  'ai', 'nao', 'gi', 'la', 'cua', 'o', 'tai', 've', 'cho', 'thi', 'sao', 'vay', 'a', 'ah', 'nhi', 'nhe', 'khong', 'co', 'duoc', 'the',
  'tinh', 'bi', 'ke', 'hoach', 'trong', 'voi', 'va', 'cac', 'nhung', 'mot', 'viec', 'van', 'de', 'con', 'thi', 'vu', 'nay',
  'do', 'lam', 'ben', 'nguoi', 'ong', 'ba', 'anh', 'chi', 'em', 'oi', 'minh', 'toi', 'ban', 'hoi', 'cho', 'biet', 'xin',
  'who', 'what', 'which', 'does', 'do', 'is', 'are', 'in', 'of', 'for', 'and', 'to', 'how', 'when', 'where', 'on', 'an', 'by', 'with',
  'about', 'province', 'plan', 'me', 'please', 'tell', 'can', 'you', 'there', 'this', 'that', 'it', 'from', 'i', 'my', 'be', 'its',
  'lead', 'leads', 'responsible', 'agency', 'department', 'under', 's',
]);
const ENGLISH_ONLY_STOP = ['who', 'what', 'which', 'does', 'is', 'are', 'in', 'of', 'for', 'and', 'to', 'how', 'when', 'where', 'on', 'an', 'by', 'with', 'about', 'province', 'plan', 'me', 'please', 'tell', 'can', 'you', 'there', 'this', 'that', 'it', 'from', 'i', 'my', 'be', 'its', 'lead', 'leads', 'responsible', 'agency', 'department', 'under'];
// Vietnamese questions keep words that only look like English ones (tổ, thể, an toàn, bé)
export const STOP_VI = new Set([...STOP].filter((w) => !ENGLISH_ONLY_STOP.includes(w) && w !== 'the' && w !== 'an'));
/**
 * The function-word spellings of the folded stop words. Typed with other diacritics the syllable is a
 * content word that folds the same ("tài liệu", "văn bản", "đề xuất", "thẻ BHYT", "ủy ban"): it is kept.
 * A stop word missing here is always dropped.
 */
const FUNCTION_FORMS: Readonly<Record<string, readonly string[]>> = {
  ai: ['ai'], nao: ['nào'], gi: ['gì'], la: ['là'], cua: ['của'], o: ['ở'], tai: ['tại'], ve: ['về'], cho: ['cho'], thi: ['thì'],
  sao: ['sao'], vay: ['vậy'], a: ['à', 'ạ', 'a'], nhi: ['nhỉ'], nhe: ['nhé', 'nhe'], khong: ['không'], co: ['có'], duoc: ['được'],
  tinh: ['tỉnh'], bi: ['bị'], ke: ['kế'], hoach: ['hoạch'], trong: ['trong'], voi: ['với'], va: ['và'], cac: ['các'],
  nhung: ['những', 'nhưng'], mot: ['một'], viec: ['việc'], van: ['vẫn'], de: ['để'], con: ['còn', 'con'], vu: ['vụ'], nay: ['này', 'nay'],
  do: ['do', 'đó'], lam: ['làm'], ben: ['bên'], nguoi: ['người'], ong: ['ông'], ba: ['bà'], anh: ['anh'], chi: ['chị'], em: ['em'],
  oi: ['ơi'], minh: ['mình'], toi: ['tôi', 'tới'], ban: ['bạn'], hoi: ['hỏi'], biet: ['biết'], xin: ['xin'],
};
const FUNCTION_MARKS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(FUNCTION_FORMS).map(([k, v]) => [k, new Set(v.map(diacriticMarks))] as const));
/** A stop word that, as typed, is another word: a syllable with diacritics none of its function spellings has. */
export function isStop(stop: ReadonlySet<string>, folded: string, accented: string, typedWithDiacritics: boolean): boolean {
  if (!stop.has(folded)) return false;
  const forms = FUNCTION_MARKS.get(folded);
  if (!forms || !typedWithDiacritics) return true;
  return forms.has(diacriticMarks(accented));
}

/**
 * Word pairs in which a plan writes a stop word's syllable as a content word ("tài liệu", "ủy ban",
 * "văn bản"), keyed "tai lieu": a question typed without diacritics keeps the syllable when it stands
 * in such a pair ("bo tai lieu tuyen truyen").
 */
export function contentPairsOfStopSyllables(a: Analysed): string[] {
  const out: string[] = [];
  for (let i = 0; i < a.folded.length; i++) {
    const f = a.folded[i]!;
    if (!STOP_VI.has(f) || !a.hasDiacritic[i] || isStop(STOP_VI, f, a.accented[i]!, true)) continue;
    const prev = a.folded[i - 1];
    const next = a.folded[i + 1];
    if (next !== undefined && !a.tokens[i + 1]!.breakBefore) out.push(`${f} ${next}`);
    if (prev !== undefined && !a.tokens[i]!.breakBefore) out.push(`${prev} ${f}`);
  }
  return out;
}
