import { fold, normaliseText } from './normalise';

/**
 * The timeframe a task written in prose gives, as the plan words it: "Thời gian thực hiện: năm
 * 2026" (labelled), or a time phrase in the sentence ("hoàn thành trong Quý IV/2025" → "Quý IV/2025",
 * "trước ngày 30/11 hằng năm", "thường xuyên", "định kỳ 6 tháng, hằng năm", "từ năm học 2025-2026").
 * A year inside a description ("kế hoạch 5 năm 2026 – 2030 của tỉnh") is not a timeframe: a phrase
 * counts only after a timing word (thực hiện, hoàn thành, trong, trước, từ, định kỳ…) or at the end
 * of a clause. The last such phrase wins: plans put the deadline at the end of the task.
 */
export interface FoundTimeframe {
  text: string;
  start: number;
  end: number;
  labelled: boolean;
}

const Y = '(?:19|20)\\d{2}';
const RANGE = `${Y}(?:\\s*[–-]\\s*${Y})?`;
const QUARTER = `quy\\s+(?:i{1,3}|iv|[1-4])(?:\\s*(?:/|nam)\\s*${Y})?`;
const DAY = `ngay\\s+\\d{1,2}(?:\\s*/\\s*\\d{1,2}(?:\\s*/\\s*${Y})?|\\s+thang\\s+\\d{1,2}(?:\\s+nam\\s+${Y})?)`;
const MONTH = `thang\\s+\\d{1,2}(?:\\s*/\\s*${Y}|\\s+nam\\s+${Y})?`;
const YEAR = `(?:nam\\s+hoc\\s+${RANGE}|(?:cac\\s+)?nam\\s+${RANGE}|giai\\s+doan\\s+${RANGE}|${Y}\\s*[–-]\\s*${Y})`;
const EVERY = `(?:hang|moi)\\s+(?:nam(?:\\s+hoc)?(?:\\s+moi)?|quy|thang|tuan)|dinh\\s+ky\\s+(?:\\d+\\s+thang|(?:hang|moi)\\s+(?:nam|quy|thang))(?:\\s*,?\\s*(?:hang|moi)\\s+(?:nam|quy|thang))?|thuong\\s+xuyen(?:\\s+(?:trong|hang)\\s+nam)?|lien\\s+tuc|khi\\s+phat\\s+sinh(?:\\s+vu\\s+viec)?|\\d{1,2}\\s+nam\\s*(?:/\\s*lan|(?:to\\s+chuc\\s+)?mot\\s+lan)`;
/** a date written without "ngày" ("hoàn thành trước 30/6/2026"): only after "trước"/"đến"/"từ"/"sau" (checked in findTimeframe) */
const DATE = `\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*${Y}`;
const CORE = `(?:${QUARTER}|${DAY}|${MONTH}|${YEAR}|${EVERY}|${DATE})`;
/** cores joined into one phrase: "định kỳ 6 tháng, hằng năm", "Quý IV/2025 và hằng năm", "tháng 6 hằng năm" */
const PHRASE = new RegExp(`(?<![\\p{L}\\d])(?:(?:truoc|tu|den|sau)\\s+)?${CORE}(?:(?:\\s*,\\s*|\\s+(?:va|den|tro di|trong)\\s+|\\s+)(?:(?:truoc|tu|den)\\s+)?${CORE})*(?![\\p{L}\\d])`, 'gu');
/** words right before a phrase that make it the task's timing */
const CUE = /(?:thuc hien|hoan thanh|phan dau|trien khai|to chuc|xong|trong|truoc|tu|den|bao cao(?: ket qua)?|ket qua|cap nhat|vao|;|:|\(|–)\s*$/;
const VERB_CUE = /(?:thuc hien|trien khai|to chuc|bao cao|vao|cap nhat)\s*$/;
const LABEL = /(?:^|[.;:\n(]\s*|\s)(?:thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: hoan thanh)?|tien do(?: thuc hien)?)\s*:\s*/g;

export function findTimeframe(input: string): FoundTimeframe | null {
  const text = normaliseText(input);
  const folded = fold(text);
  if (folded.length !== text.length) return null; // offsets would not line up: do not guess
  // a label says it outright
  let labelled: FoundTimeframe | null = null;
  for (const m of folded.matchAll(LABEL)) {
    const from = m.index + m[0].length;
    const rest = folded.slice(from);
    const end = /[;)\n]|\.(?:\s|$)/.exec(rest)?.index ?? rest.length;
    const value = text.slice(from, from + end).trim();
    if (value) labelled = { text: value.replace(/[.,]$/, ''), start: from, end: from + end, labelled: true };
  }
  if (labelled) return labelled;
  let best: FoundTimeframe | null = null;
  for (const m of folded.matchAll(PHRASE)) {
    // a bare date is a deadline only with its preposition ("trước 30/6/2026"); alone it is a document's date
    if (/^\d{1,2}\s*\/\s*\d{1,2}\s*\//.test(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = folded.slice(Math.max(0, start - 40), start);
    const after = folded.slice(end);
    const atClauseEnd = /^\s*(?:[;.)]|$)/.test(after);
    const leading = /^(?:truoc|tu|sau|dinh ky|thuong xuyen)/.test(m[0]);
    // a comma ends a clause only when the phrase follows a timing word or another clause mark
    const cued = CUE.test(before) || /,\s*$/.test(before);
    if (/^(?:hang|moi|dinh ky|thuong xuyen|lien tuc|khi phat sinh|\d)/.test(m[0])) {
      // a frequency is the task's timing at a clause end, after the verb of doing, or opening a clause
      // ("; định kỳ hằng năm gửi báo cáo", "Thường xuyên rà soát…"); inside a noun phrase it is not ("chế độ hằng năm")
      if (!(atClauseEnd || VERB_CUE.test(before) || /(?:^|[;:,(]|[.]\s)\s*$/.test(before))) continue;
    } else if (!(cued || atClauseEnd || (leading && /\s$/.test(before)) || start === 0)) continue;
    // "giai đoạn đến năm 2025, tầm nhìn…", "dự toán ngân sách hằng năm để…": a time qualifying a noun
    if (/(?:giai doan|tam nhin|du toan|ngan sach|ke hoach|chuong trinh|de an)\s+$/.test(before) && !/^\s*[;.]|^\s*$/.test(after)) continue;
    // "năm 2026" of "5 năm 2026 – 2030 của tỉnh": a number right before it makes it a description
    if (/\d\s*$/.test(before) && !atClauseEnd) continue;
    // "trước mùa nước nổi hằng năm", "theo kế hoạch thanh tra hằng năm": a recurring time with its occasion
    let from = start;
    const occasion = /^(?:hang|moi|dinh ky)/.test(m[0])
      ? /(?:^|[\s(])((?:truoc|theo|vao|sau|dip|mua)\s+(?:[^\s,;.:]+\s+){0,4})$/.exec(before)
      : /(?:^|[\s(])((?:dip|mua)\s+(?:[^\s,;.:]+\s+){1,2})$/.exec(before); // "dịp hè năm 2026"
    if (occasion && !/(?:^|\s)(?:chu tri|phoi hop|thuc hien|va)\s/.test(` ${occasion[1]}`)) from = start - occasion[1]!.length;
    best = { text: text.slice(from, end).trim(), start: from, end, labelled: false };
  }
  return best;
}
