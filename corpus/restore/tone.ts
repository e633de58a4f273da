/**
 * Vietnamese tone-mark placement. The same syllable is written "hoà" or "hòa", "thuỷ" or "thủy"
 * depending on the convention; the seeds put the tone on the first vowel of an open "oa/oe/uy"
 * ("hòa nhập", "khỏe"), the dictionary on the second. `canonicalTone` rewrites any syllable to the
 * seeds' convention so the two sources agree.
 */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VOWELS = 'aăâeêioôơuưy';
const HATTED = 'ăâêôơư';

export function toneOf(syllable: string): string | null {
  const m = syllable.normalize('NFD').match(TONE_MARKS);
  return m ? m[0]! : null;
}

export function stripTone(syllable: string): string {
  return syllable.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}

/** Index (in the tone-less NFC string) of the vowel that carries the tone. */
export function toneIndex(base: string): number {
  const lower = base.toLowerCase();
  let start = 0;
  // "qu" and "gi" + vowel: the u / i belongs to the initial
  if (lower.startsWith('qu')) start = 2;
  else if (lower.startsWith('gi') && lower.length > 2 && VOWELS.includes(lower[2]!)) start = 2;
  let i = start;
  while (i < lower.length && !VOWELS.includes(lower[i]!)) i++;
  const vStart = i;
  while (i < lower.length && VOWELS.includes(lower[i]!)) i++;
  const vEnd = i;
  if (vStart >= vEnd) {
    // "gì", "gìn": the i of gi is the vowel
    return lower.startsWith('gi') ? 1 : -1;
  }
  const cluster = lower.slice(vStart, vEnd);
  const closed = vEnd < lower.length;
  // a hatted or horned vowel takes the tone (ươ → ơ)
  if (cluster.includes('ươ')) return vStart + cluster.indexOf('ươ') + 1;
  for (let k = cluster.length - 1; k >= 0; k--) if (HATTED.includes(cluster[k]!)) return vStart + k;
  if (cluster.length === 1) return vStart;
  if (closed) return vEnd - 1; // hoàng, toán, thuyết
  if (cluster.length === 3) return vStart + 1; // ngoài, xoáy, khuya
  return vStart; // hòa, khỏe, thủy, mái, mùa
}

export function canonicalTone(syllable: string): string {
  const nfc = syllable.normalize('NFC');
  const tone = toneOf(nfc);
  if (!tone) return nfc;
  const base = stripTone(nfc);
  const at = toneIndex(base);
  if (at < 0) return nfc;
  return (base.slice(0, at) + (base[at]! + tone).normalize('NFC') + base.slice(at + 1)).normalize('NFC');
}

