/**
 * A plan that abbreviates agencies in its table ("Sở GDĐT", "CA tỉnh", "BĐBP tỉnh") and explains them
 * in a legend ("Ghi chú: chữ viết tắt" then "- CA tỉnh: Công an tỉnh;" lines). The legend is the
 * document's own definition: each abbreviation of a body (its full form starts with a capital) is
 * read as that full name everywhere else in the text, so the registry resolves it and answers name
 * the body in full. Lower-case expansions ("BHYT: bảo hiểm y tế") are words, not bodies: left alone.
 */
const LEGEND_HEAD = /(?:chữ|từ)\s+viết\s+tắt|viết\s+tắt\s*:/iu;
const ENTRY = /^\s*[-–•*+]?\s*([^:;]{1,40}?)\s*(?::|=|–|-\s)\s*(.+?)\s*[;.,]?\s*$/u;

export interface Legend {
  /** abbreviation → full name */
  entries: Map<string, string>;
  /** 0-based indexes of the legend's lines (never rewritten) */
  lines: Set<number>;
}

export function readLegend(lines: readonly string[]): Legend {
  const entries = new Map<string, string>();
  const own = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!LEGEND_HEAD.test(lines[i]!)) continue;
    const found: Array<[number, string, string]> = [];
    // entries on the head line itself ("Ghi chú: CA tỉnh: Công an tỉnh; …") or on the lines after it
    for (let j = i + 1; j < lines.length && j <= i + 80; j++) {
      const m = ENTRY.exec(lines[j]!.replace(/\t/g, ' '));
      if (!m || !/\p{Lu}/u.test(m[1]!) || m[1]!.split(/\s+/).length > 5) break;
      found.push([j, m[1]!.trim(), m[2]!.replace(/\s*\([^)]*\)\s*$/u, '').trim()]);
    }
    if (found.length < 2) continue;
    own.add(i);
    for (const [j, abbr, full] of found) {
      own.add(j);
      // a body's name starts with a capital and is longer than its abbreviation
      if (/^\p{Lu}/u.test(full) && full.length > abbr.length && !entries.has(abbr)) entries.set(abbr, full);
    }
  }
  return { entries, lines: own };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text with each legend abbreviation of a body written out, and the legend's own lines left
 * blank (they define names, they assign nothing: "- CA tỉnh: Công an tỉnh;" is not a duty of the
 * police). The line count is unchanged, so every citation still points at the document's line.
 */
export function expandLegend(content: string): string {
  const lines = content.split('\n');
  const legend = readLegend(lines);
  if (legend.entries.size === 0) return content;
  const abbrs = [...legend.entries.keys()].sort((a, b) => b.length - a.length);
  // "KH-UBND", "TB&XH": an abbreviation inside a document number or another abbreviation is not the body
  const re = new RegExp(`(?<![\\p{L}\\d&/-])(?:${abbrs.map(escape).join('|')})(?![\\p{L}\\d&/-])`, 'gu');
  return lines.map((l, i) => (legend.lines.has(i) ? '' : l.replace(re, (a) => legend.entries.get(a) ?? a))).join('\n');
}
