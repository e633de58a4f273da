import { fold, normaliseText } from './normalise';
import type { Line } from './lines';
import { DITTO } from './docx/read-docx';

/**
 * An assignment table's header, understood by meaning rather than position: any column order and
 * the wordings provinces use (TT/STT/Số khuyến nghị; Nhiệm vụ/Nội dung/Hoạt động/Công việc; Cơ
 * quan/Đơn vị chủ trì; phối hợp; Thời gian/Thời hạn/Tiến độ/hoàn thành). Every other column
 * (Sản phẩm, Kinh phí, Ghi chú…) is kept as an extra column under its own label. A header may take
 * two rows ("Cơ quan thực hiện" over "Chủ trì | Phối hợp"), and a row numbering the columns
 * ("(1) (2) (3)…") may follow it.
 */
export type Role = 'key' | 'task' | 'lead' | 'coordinating' | 'timeframe' | 'timeframeEnd';

export interface TableHeader {
  /** index of the header's first line in the lines array, and of the first data line */
  start: number;
  dataStart: number;
  /** line numbers the header takes (one or two rows, plus a numbering row) */
  lines: number[];
  roles: Partial<Record<Role, number>>;
  /** columns beyond the known roles: index → label */
  extras: Array<{ index: number; label: string }>;
  width: number;
  keyKind: 'ordinal' | 'recommendation';
  notes: string[];
}

// a header cell merged down from the row above (〃) is the label above, already read
const cellsOf = (line: Line) => line.text.split('\t').map((c) => (c === DITTO ? '' : normaliseText(c)));

function roleOf(folded: string): Role | null {
  const f = folded.replace(/[()*:.]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!f) return null;
  if (/^(s?tt|so tt|so thu tu|so khuyen nghi|khuyen nghi so|khuyen nghi|ma so|so)$/.test(f)) return 'key';
  if (/chu tri/.test(f)) return 'lead';
  if (/phoi hop/.test(f)) return 'coordinating';
  // "Lộ trình thực hiện" (the roadmap) is when, as "Thời gian"/"Tiến độ" are
  if (/thoi gian|thoi han|tien do|hoan thanh|moc thoi gian|lo trinh|bat dau|ket thuc/.test(f)) return 'timeframe';
  if (/nhiem vu|noi dung|hoat dong|cong viec|giai phap|ten (de an|nhiem vu)/.test(f)) return 'task';
  return null;
}

/** "Cơ quan thực hiện", "Đơn vị thực hiện", "Trách nhiệm thực hiện": an agency column (the lead, unless split below). */
const ACTOR = /(co quan|don vi|trach nhiem)( thuc hien)?$/;

function headerRoles(cells: string[]): { roles: Partial<Record<Role, number>>; actor: number | null } {
  const roles: Partial<Record<Role, number>> = {};
  let actor: number | null = null;
  cells.forEach((cell, i) => {
    const f = fold(cell).trim();
    const role = roleOf(f);
    if (role && roles[role] === undefined) roles[role] = i;
    else if (!role && actor === null && ACTOR.test(f.replace(/[()*:.]/g, '').trim())) actor = i;
  });
  // "Thời gian thực hiện" over "Bắt đầu | Hoàn thành": the row's time is both cells, start - end
  const times = cells.map((c, i) => ({ i, f: fold(c) })).filter((c) => roleOf(c.f) === 'timeframe');
  const start = times.find((c) => /bat dau|\btu\b/.test(c.f));
  const end = times.find((c) => start && c.i > start.i && /hoan thanh|ket thuc|\bden\b/.test(c.f) && !/bat dau/.test(c.f));
  if (start && end) {
    roles.timeframe = start.i;
    roles.timeframeEnd = end.i;
  }
  return { roles, actor };
}

const isNumberingRow = (cells: string[]) => {
  const filled = cells.filter((c) => c !== '');
  return filled.length >= 2 && filled.every((c) => /^\(?\d{1,2}\)?$|^\(?[a-z]\)?$/i.test(c));
};

/** The header starting at lines[i], or null when that line is not one. */
export function readTableHeader(lines: Line[], i: number): TableHeader | null {
  const line = lines[i];
  if (!line || !line.text.includes('\t')) return null;
  const first = cellsOf(line);
  // header cells are short labels; a data row whose cell says "Tỉnh đoàn (chủ trì)" is not a header
  if (first.some((c) => c.length > 60)) return null;
  const { roles, actor } = headerRoles(first);
  const hasLead = roles.lead !== undefined || actor !== null;
  if (roles.task === undefined || !hasLead) return null;
  const notes: string[] = [];
  const headerLines = [line.no];
  let merged = first;
  let dataStart = i + 1;
  // a second header row splitting "Cơ quan thực hiện" into "Chủ trì | Phối hợp"
  const next = lines[i + 1];
  if (next && next.text.includes('\t')) {
    const second = cellsOf(next);
    const r2 = headerRoles(second);
    if ((r2.roles.lead !== undefined || r2.roles.coordinating !== undefined) && r2.roles.task === undefined && second.filter(Boolean).every((c) => roleOf(fold(c)) !== null)) {
      // a Word or PDF table writes a spanning cell once: "STT | Nhiệm vụ | Cơ quan thực hiện | Thời gian"
      // over " | | Chủ trì | Phối hợp | ". The spanning cell stands over as many columns as the second row has more.
      let top = first;
      if (second.length > first.length) {
        const firstSplit = second.findIndex((c) => c !== '');
        const span = first.findIndex((c) => ACTOR.test(fold(c).replace(/[()*:.]/g, '').trim()));
        const at = span >= 0 ? span : Math.min(Math.max(firstSplit, 0), first.length - 1);
        top = [...first.slice(0, at + 1), ...Array<string>(second.length - first.length).fill(first[at] ?? ''), ...first.slice(at + 1)];
        notes.push(`dòng ${line.no}: ô "${first[at]}" trải trên ${second.length - first.length + 1} cột của dòng dưới`);
      }
      const width = Math.max(top.length, second.length);
      merged = Array.from({ length: width }, (_, k) => [top[k] ?? '', second[k] ?? ''].filter(Boolean).join(' '));
      headerLines.push(next.no);
      dataStart = i + 2;
      notes.push(`dòng ${line.no}–${next.no}: tiêu đề bảng hai dòng, đã ghép theo cột`);
    }
  }
  const final = headerRoles(merged.map((c) => c));
  // "Cơ quan thực hiện" without a separate lead column is the lead
  if (final.roles.lead === undefined && final.actor !== null) {
    final.roles.lead = final.actor;
    notes.push(`dòng ${line.no}: cột "${merged[final.actor]}" được hiểu là cơ quan chủ trì`);
  }
  const numbering = lines[dataStart];
  if (numbering && numbering.text.includes('\t') && isNumberingRow(cellsOf(numbering))) {
    headerLines.push(numbering.no);
    dataStart += 1;
  }
  const used = new Set(Object.values(final.roles));
  const extras = merged.map((label, index) => ({ index, label })).filter((c) => !used.has(c.index) && c.label !== '');
  const keyCell = final.roles.key !== undefined ? fold(merged[final.roles.key] ?? '') : '';
  return {
    start: i,
    dataStart,
    lines: headerLines,
    roles: final.roles,
    extras,
    width: merged.length,
    keyKind: keyCell.includes('khuyen nghi') ? 'recommendation' : 'ordinal',
    notes,
  };
}

/** True for a line that starts an assignment table. */
export function isTableHeader(line: Line): boolean {
  return readTableHeader([line], 0) !== null;
}
