import { isTableHeader } from './table-header';
import { splitLines } from './lines';

/**
 * Word documents put the letterhead in a two-column table ("ỦY BAN NHÂN DÂN TỈNH …" beside "CỘNG
 * HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: …" beside "<Tỉnh>, ngày …") and the signature block in
 * another. Those are layout, not assignment tables: each of their cells becomes a line of its own
 * (row by row, left to right), so the parser reads them as the text export of a plan shows them.
 * Tables whose first row is an assignment header stay tab-separated.
 */
export function flattenLayoutTables(text: string): string {
  const lines = splitLines(text);
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!lines[i]!.raw.includes('\t')) {
      out.push(lines[i]!.raw);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]!.raw.includes('\t')) j++;
    const block = lines.slice(i, j);
    if (block.some((l) => isTableHeader(l))) {
      out.push(...block.map((l) => l.raw));
    } else {
      for (const l of block) for (const cell of l.raw.split('\t')) if (cell.trim()) out.push(cell.trim());
    }
    i = j;
  }
  return out.join('\n');
}
