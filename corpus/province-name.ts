import { fold } from './normalise';

/**
 * The key two spellings of one province share. A province's administrative prefix ("Tỉnh",
 * "Thành phố", "TP.", "TP") is not part of its name: a centrally-run city dates its plans
 * "Thành phố Hồ Chí Minh, ngày …" or "TP. Hải Phòng, ngày …" while the province list and a manifest
 * write "TP Hồ Chí Minh" / "Hải Phòng". Comparing keys lets the drafted entry and the text agree.
 */
export function provinceKey(name: string): string {
  return fold(name)
    .replace(/[.,:;]+$/, '')
    .trim()
    .replace(/^(?:tinh|thanh pho|tp\.?)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when both name the same province, whatever prefix each writes. */
export function sameProvince(a: string, b: string): boolean {
  return provinceKey(a) === provinceKey(b);
}
