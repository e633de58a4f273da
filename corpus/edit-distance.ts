/**
 * Character edit distance with an OCR confusion model: substituting characters the scanner
 * confuses (o/6/0/¢, u/w, l/1/i, g/9/o…) costs less than an arbitrary substitution, and a vowel
 * for another vowel (the scan often drops or mangles the diacritic that told them apart) costs 0.6.
 */
// 'pd': the scan reads Đ as P ("Pau tu" = Đầu tư, "Pé nghi" = Đề nghị)
const LOOKALIKE_PAIRS = ['o6', 'o0', 'o¢', 'e¢', 'c¢', 'l1', 'i1', 'il', 'uw', 'o9', 'g9', 'go', 'o&', 'a&', 'e&', 'a4', 'do', 'rt', 'cg', 'pd'];
const LOOKALIKE = new Set(LOOKALIKE_PAIRS.flatMap(([a, b]) => [`${a}${b}`, `${b}${a}`]));
const VOWELS = new Set([...'aeiouy']);

export function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (LOOKALIKE.has(a + b)) return 0.3;
  if (VOWELS.has(a) && VOWELS.has(b)) return 0.6;
  return 1;
}

/** Weighted Levenshtein distance between two folded strings. */
export function charDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const ca = a[i - 1]!;
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1]! + substitutionCost(ca, b[j - 1]!);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = Math.min(sub, del, ins);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[n]!;
}

/** Distance between two syllables scaled to 0..1 by the longer one. */
export function syllableDistance(a: string, b: string): number {
  if (a === b) return 0;
  return Math.min(1, charDistance(a, b) / Math.max(a.length, b.length));
}
