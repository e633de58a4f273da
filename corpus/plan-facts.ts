import type { AgencyMatcher } from './agency-matcher';
import { fold } from './normalise';
import type { AgencyMention, PartialDate } from './schema';

/**
 * Plan-level facts read from the text itself (never from file names): document number and date,
 * the decision implemented, the period, the province named in the header, the focal agency that
 * receives reports, the reporting rule and the funding sources. The Sơn La scan is read through
 * folded text and patterns loose enough for its OCR ("QPb- TTg" for "QĐ-TTg", "86:" for "Số:").
 */

export interface DocumentNumber {
  number: string | null;
  /** The text has a "Số: …/KH-UBND" line whose number was left blank. */
  blank: boolean;
  line: number | null;
}

export interface TextLine {
  no: number;
  text: string;
}

const NUMBER = /(\d+)\s*\/\s*(kh|qd)\s*[-–]\s*ubnd\b/;

export function findDocumentNumber(lines: TextLine[]): DocumentNumber {
  for (const l of lines) {
    const m = NUMBER.exec(fold(l.text));
    if (m) return { number: `${m[1]}/${m[2] === 'kh' ? 'KH' : 'QĐ'}-UBND`, blank: false, line: l.no };
  }
  for (const l of lines) {
    if (/^so:?\s*\/?\s*(kh|qd)\s*[-–]\s*ubnd\b/.test(fold(l.text))) return { number: null, blank: true, line: l.no };
  }
  return { number: null, blank: false, line: null };
}

export interface PlaceDate {
  place: string | null;
  date: PartialDate;
  line: number;
}

/** "Quảng Ngãi, ngày 10 tháng 02 năm 2025"; the day may be blank ("ngày tháng 4 năm 2025"). */
export function findPlaceDate(lines: TextLine[]): PlaceDate | null {
  for (const l of lines) {
    const f = fold(l.text);
    const m = /(?:^|\s)([a-z ]+?),?\s+ngay\s*(\d{1,2})?\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/.exec(f);
    if (!m) continue;
    // Recover the place in its written form from the same offsets of the original text.
    const start = f.indexOf(m[1]!);
    const place = l.text.slice(start, start + m[1]!.length).trim();
    return {
      place: place || null,
      date: { year: Number(m[4]), month: Number(m[3]), day: m[2] ? Number(m[2]) : null },
      line: l.no,
    };
  }
  return null;
}

/** "Quyết định số 2130/QĐ - UBND ngày 17/9/2014": the date that follows the document number. */
export function findDateAfterNumber(text: string): PartialDate | null {
  const m = /(\d+)\s*\/\s*(kh|qd)\s*[-–]\s*ubnd\s*,?\s*ngay\s*(\d{1,2})\s*(?:\/|thang)\s*(\d{1,2})\s*(?:\/|nam)\s*(\d{4})/.exec(fold(text));
  return m ? { year: Number(m[5]), month: Number(m[4]), day: Number(m[3]) } : null;
}

export interface Implements {
  number: string;
  date: string | null;
}

const pad = (n: string) => n.padStart(2, '0');

export function findImplements(text: string): Implements | null {
  const f = fold(text);
  const m = /(\d+)\s*\/\s*q\S{0,2}\s*[-–]?\s*ttg\b[,\s]*(?:ngay\s*(\d{1,2})\s*(?:\/|thang)\s*(\d{1,2})\s*(?:\/|nam)\s*(\d{4}))?/.exec(f);
  if (!m) return null;
  return { number: `${m[1]}/QĐ-TTg`, date: m[4] ? `${m[4]}-${pad(m[3]!)}-${pad(m[2]!)}` : null };
}

export function findPeriod(text: string): string | null {
  const m = /giai doan\s*(\d{4})\s*[-–]\s*(\d{4})/.exec(fold(text));
  return m ? `${m[1]}-${m[2]}` : null;
}

/** Agencies named as the channel for reports: "(qua Sở …)", "gửi về Sở …". */
export function reportChannels(text: string, matcher: AgencyMatcher): AgencyMention[] {
  const out: AgencyMention[] = [];
  const f = fold(text);
  const re = /\((?:\*|thong )?qua\s+|gui ve\s+/g;
  for (const m of f.matchAll(re)) {
    const rest = text.slice((m.index ?? 0) + m[0].length);
    const found = matcher.resolvePrefix(rest.slice(0, 120));
    if (found && found.mentions[0]) out.push(found.mentions[0]);
  }
  return out;
}

export interface ReportingFacts {
  frequency: string | null;
  deadline: string | null;
}

export function reportingFacts(sentence: string): ReportingFacts {
  const f = fold(sentence);
  // loose enough for the scan: "trude ngay 30/11 hang niam", "Pinh ky hang nim"
  const deadline = /tr[a-z]{2,4}\s+ngay\s*(\d{1,2}\s*\/\s*\d{1,2})(\s*h[a-z]ng n[a-z]*m)?/.exec(f);
  let frequency: string | null = null;
  if (/h[a-z]ng n[a-z]*m/.test(f)) frequency = 'hằng năm';
  else if (/[dp]inh ky/.test(f)) frequency = 'định kỳ';
  return {
    frequency,
    deadline: deadline ? `trước ngày ${deadline[1]!.replace(/\s+/g, '')}${deadline[2] ? ' hằng năm' : ''}` : null,
  };
}

/**
 * How strongly a sentence reads as the plan's reporting rule: 0 when it is not about sending
 * reports; more when it names results, a period, or the channel ("qua Sở …", "gửi về …").
 */
export function reportingScore(sentence: string): number {
  const f = fold(sentence);
  if (!/b[a-z]o c[a-z]o/.test(f)) return 0;
  let score = 0;
  if (/\((thong )?qua\s|gui ve|gui bao cao/.test(f)) score += 1;
  if (/k[a-z]t qua/.test(f)) score += 1;
  if (/[dp]inh ky|h[a-z]ng n[a-z]*m/.test(f)) score += 1;
  if (/kho khan|vuong mac/.test(f)) score -= 2; // "nếu có khó khăn … báo cáo" is not the reporting rule
  return score;
}

const FUNDING_SOURCES: Array<[RegExp, string]> = [
  [/ngan sach/, 'Ngân sách nhà nước (dự toán hằng năm của các cơ quan, địa phương)'],
  [/tai tro|vien tro/, 'Tài trợ, viện trợ'],
  [/huy dong|van dong xa hoi|van dong tai tro/, 'Huy động, vận động xã hội'],
  [/hop phap khac|nguon hop phap/, 'Các nguồn hợp pháp khác'],
];

export function fundingSources(text: string): string[] {
  const f = fold(text);
  return FUNDING_SOURCES.filter(([re]) => re.test(f)).map(([, label]) => label);
}

/** Sentences of a paragraph (the seeds end sentences with "." or ";"). */
export function sentences(text: string): string[] {
  return text
    .split(/\n|(?<=[.;])\s+(?=\p{Lu})/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
