/**
 * A list of source references as a reader scans it: "Phụ lục, mục III.3; Phụ lục, mục III.4; Phụ lục,
 * mục III.5; Phụ lục, mục VII" becomes "Phụ lục, mục III.3–5, VII". References of another shape
 * ("Mục IV.18, gạch đầu dòng thứ 1") are kept as written, in order.
 */
export function compactRefs(refs: readonly string[]): string {
  const out: string[] = [];
  // runs of consecutive items under one parent, in first-seen order of their prefix
  let prefix: string | null = null;
  let keys: string[] = [];
  const flush = () => {
    if (prefix !== null && keys.length > 0) out.push(`${prefix}${collapse(keys)}`);
    prefix = null;
    keys = [];
  };
  for (const r of refs) {
    const m = /^(.*\b[Mm]ục )([0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)$/u.exec(r);
    if (!m) {
      flush();
      out.push(r);
      continue;
    }
    if (m[1] !== prefix) flush();
    prefix = m[1]!;
    keys.push(m[2]!);
  }
  flush();
  return out.join('; ');
}

/** "III.3, III.4, III.5, IV.1" → "III.3–5, IV.1" (a run needs consecutive numbers under one parent) */
function collapse(keys: readonly string[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < keys.length) {
    const k = keys[i]!;
    const cut = k.lastIndexOf('.');
    const parent = cut >= 0 ? k.slice(0, cut + 1) : '';
    const n = Number(k.slice(cut + 1));
    let j = i;
    if (Number.isInteger(n) && parent !== '') {
      while (j + 1 < keys.length && keys[j + 1] === `${parent}${n + (j + 1 - i)}`) j++;
    }
    parts.push(j > i ? `${k}–${n + (j - i)}` : k);
    i = j + 1;
  }
  return parts.join(', ');
}
