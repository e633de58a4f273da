/**
 * Text normalisation shared by every layer. Two forms:
 * - `normaliseText`: NFC, one dash, one pair of quotes, no invisible characters, single spaces.
 *   This is the form records are stored and displayed in.
 * - `fold`: `normaliseText`, lower case, diacritics removed and đ → d. Used only for matching,
 *   because users often type without diacritics and the Sơn La scan lost most of them.
 */

// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4\uFF07]/g;
// Zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks and embeddings.
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Canonical display form of a piece of text (one line or a cell). Idempotent. */
export function normaliseText(input: string): string {
  return input
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '–')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(SPACES, ' ')
    .replace(/ -(?= )/g, ' –') // a spaced hyphen is a dash: "Lao động - Thương binh"
    .trim()
    .normalize('NFC');
}

/** Like `normaliseText` but keeps tabs and leading structure: used on whole raw lines before cell splitting. */
export function normaliseLine(input: string): string {
  return input
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '–')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(/[ \u00A0\u2000-\u200A\u202F\u205F\u3000\r\f\v]+/g, ' ')
    .replace(/ -(?= )/g, ' –')
    .replace(/ *\t */g, '\t')
    .replace(/ +$/, '')
    .normalize('NFC');
}

const COMBINING = /[\u0300-\u036f]/g;

/** Diacritic-folded, lower-case form for matching ("Sở Tư pháp" → "so tu phap"). Idempotent. */
export function fold(input: string): string {
  return normaliseText(input)
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(COMBINING, '')
    .normalize('NFC');
}

/** Dash form used inside folded text; exported so patterns can refer to it. */
export const DASH = '–';
