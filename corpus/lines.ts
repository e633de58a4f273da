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
