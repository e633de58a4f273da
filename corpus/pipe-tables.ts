import { splitLines } from './lines';
import { isTableHeader } from './table-header';

/**
 * Tables written with "|" between cells (copied from a viewer, or typed so): each such table, from a
 * header row that names the columns (chủ trì…) to its last "|" row, becomes tab-separated like a Word
 * export, so the table parser reads it. Lines outside such tables are left as they are.
 */
const cellsOf = (raw: string) => raw.trim().replace(/^\|\s*/, '').replace(/\s*\|$/, '').split(/\s*\|\s*/);

export function pipeTablesToTabs(text: string): string {
  const lines = splitLines(text);
  const out = lines.map((l) => l.raw);
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.raw;
    const piped = raw.includes('|') && !raw.includes('\t');
    if (piped && !inTable) {
      const asTabs = cellsOf(raw).join('\t');
      if (cellsOf(raw).length >= 3 && isTableHeader({ ...lines[i]!, raw: asTabs, text: asTabs })) inTable = true;
    }
    if (inTable && piped) {
      out[i] = cellsOf(raw).join('\t');
      continue;
    }
    if (inTable && raw.trim() !== '') {
      // a line without "|" ends the table unless a "|" row follows within a few lines (a cell broken over lines)
      const ahead = lines.slice(i + 1, i + 4).some((l) => l.raw.includes('|'));
      if (!ahead) inTable = false;
    }
  }
  return out.join('\n');
}
