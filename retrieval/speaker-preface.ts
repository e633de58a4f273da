import type { Analysed } from './text-analysis';

/**
 * How many leading tokens of a question only say who is asking: "Tổng đài 111 cần tra giúp: …",
 * "Em ở tổng đài 111, …", "Bên tổng đài nhờ tra: …". Hotline staff open with the name of their
 * service; it is the asker, not the topic (the question is about child marriage, not the hotline).
 * The preface must end in a colon or comma within its first ten words, and hold a request or
 * self-introduction word, so "tổng đài 111 do ai vận hành?" keeps its topic.
 */
const SELF = new Set(['em', 'minh', 'toi', 'chung', 'ben', 'o', 'la', 'thuoc', 'lam', 'cho', 'day']);
const REQUEST = new Set(['can', 'xin', 'nho', 'hoi', 'tra', 'giup', 'dang', 'day', 'a', 'oi']);
const MAX_PREFACE = 10;

export function speakerPreface(a: Analysed): number {
  const f = a.folded;
  const service = f.findIndex((w, i) => w === 'tong' && f[i + 1] === 'dai');
  if (service < 0 || service > 3) return 0;
  if (!f.slice(0, service).every((w) => SELF.has(w))) return 0;
  for (let end = service + 2; end < Math.min(f.length, MAX_PREFACE); end++) {
    const gap = a.text.slice(a.tokens[end - 1]!.end, a.tokens[end]!.start);
    if (!/[:,]/.test(gap)) continue;
    const words = f.slice(service + 2, end).filter((w) => !/^\d+$/.test(w) && w !== 'vien');
    const introduces = service > 0 || words.some((w) => REQUEST.has(w));
    return introduces && words.every((w) => REQUEST.has(w) || SELF.has(w) || w === 'quoc' || w === 'gia') ? end : 0;
  }
  return 0;
}
