/**
 * Golden expected values for the seed parsers, written by reading the raw seed texts in
 * `seeds/` by hand (not derived from parser output). One entry per assignment unit.
 */
export interface GoldenAssignment {
  /** exact source reference string, formats below */
  ref: string;
  /** first and last physical line (1-based) of the unit in the seed file, including continuation lines after page breaks */
  lineStart: number;
  lineEnd: number;
  /** 1-3 short distinctive phrases (5-12 words) copied verbatim from the unit's task text, see "text form" below */
  taskIncludes: string[];
  /** canonical agency ids, in the order the text names them */
  lead: string[];
  coordinating: string[];
  /** timeframe text exactly as the table gives it (e.g. 'Thường xuyên trong năm', '2014-2020'), or for a prose unit the time phrase its sentence gives (restored for the scan), or null where none */
  timeframe: string | null;
  /** UN recommendation numbers (Đắk Lắk appendix only), else [] */
  recommendations: number[];
}
