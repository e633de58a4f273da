import { normaliseLine } from './normalise';

/** One physical line of a seed: 1-based number, the raw text, and its normalised form. */
export interface Line {
  no: number;
  raw: string;
  text: string;
}

export function splitLines(content: string): Line[] {
  return content.split(/\r\n|\n|\r/).map((raw, i) => ({ no: i + 1, raw, text: normaliseLine(raw) }));
}

export const isBlank = (line: Line): boolean => line.text.trim() === '';

/** Lines the scanner added that are not part of the document (Sơn La has source URLs between pages). */
export const isScanNoise = (line: Line): boolean => /^\s*https?:\/\/\S+\s*$/.test(line.text);

/**
 * Is each line a whole paragraph (text copied out of a word processor), rather than hard-wrapped
 * at a fixed width? A wrapped text never has lines much longer than its width; when a fifth of the
 * lines run past 160 characters, no width was applied, and consecutive lines are separate paragraphs.
 */
export function linesAreParagraphs(lines: readonly Line[]): boolean {
  const text = lines.filter((l) => !isBlank(l));
  if (text.length < 10) return false;
  return text.filter((l) => l.text.trim().length > 160).length / text.length >= 0.2;
}
