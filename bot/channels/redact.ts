/**
 * Chat logs never keep phone numbers, e-mail addresses or ID-card numbers.
 *
 * Linear time by construction (one pass over characters, no backtracking regex) and bounded: only
 * the first `limit` characters are scanned and kept, because a log line shows a prefix anyway and a
 * 2 MB message must not cost more than a short one.
 */
export const REDACT_LIMIT = 2000;

const isDigit = (c: string) => c >= '0' && c <= '9';
/** characters that may sit between the digits of one written number: "(+84) 912.345-678" */
const isJoiner = (c: string) => c === ' ' || c === '.' || c === '-' || c === '(' || c === ')' || c === '+' || c === '\u00a0';
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';

/** Mask e-mail addresses: a whitespace-free token with "@" and a dotted domain (any letters, Vietnamese too, in the local part). */
function maskEmails(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (isSpace(text[i]!)) {
      out += text[i++];
      continue;
    }
    let j = i;
    while (j < text.length && !isSpace(text[j]!)) j++;
    out += maskEmailToken(text.slice(i, j));
    i = j;
  }
  return out;
}

function maskEmailToken(token: string): string {
  const at = token.indexOf('@');
  if (at <= 0) return token;
  // the address proper: trailing punctuation ("…@gmail.com,") and leading quotes stay
  let start = 0;
  while (start < at && /[("'<[«“]/u.test(token[start]!)) start++;
  let end = token.length;
  while (end > at + 1 && /[)"'>\],.;:!?»”]/u.test(token[end - 1]!)) end--;
  const domain = token.slice(at + 1, end);
  if (start >= at || !/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(domain)) return token;
  return `${token.slice(0, start)}[email]${token.slice(end)}`;
}

/**
 * Mask long written numbers: a run of digits and joiners holding 9 or more digits is a phone number
 * ("0912 345 678", "09 1234 5678", "(+84) 912 345 678", two of them side by side) or, with exactly
 * 12 digits and no leading 0/84, a citizen ID number. Shorter numbers (111, 29/KH-UBND, 2025-2030) stay.
 */
function maskNumbers(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (!isDigit(c) && !((c === '+' || c === '(') && i + 1 < text.length && (isDigit(text[i + 1]!) || text[i + 1] === '+'))) {
      out += c;
      i++;
      continue;
    }
    // the span: digits and joiners, ending on a digit; a joiner run longer than 2 ends it
    let j = i;
    let lastDigitEnd = i;
    let digits = '';
    let joinerRun = 0;
    // where each group of digits ends, with the digits up to there: a number followed by a word glued
    // to its last group ("0912 345 678 0A") is still masked up to the group before
    const groupEnds: Array<{ end: number; digits: string }> = [];
    while (j < text.length) {
      const d = text[j]!;
      if (isDigit(d)) {
        digits += d;
        joinerRun = 0;
        lastDigitEnd = j + 1;
      } else if (isJoiner(d) && joinerRun < 2) {
        if (joinerRun === 0 && digits.length > 0) groupEnds.push({ end: lastDigitEnd, digits });
        joinerRun++;
      } else break;
      j++;
    }
    const wordChar = (k: number) => k >= 0 && k < text.length && /[\p{L}\p{N}_]/u.test(text[k]!);
    // glued to a word before it only when the span starts with a digit: "A(0912 345 678" is a number in brackets
    const gluedBefore = isDigit(c) && wordChar(i - 1);
    // a first group glued to a word before it ("A0 0912 345 678") is kept; the rest may still be a number
    if (gluedBefore && groupEnds.length > 0 && groupEnds[0]!.end > i) {
      out += text.slice(i, groupEnds[0]!.end);
      i = groupEnds[0]!.end;
      continue;
    }
    if (wordChar(lastDigitEnd) && !gluedBefore) {
      const earlier = groupEnds.filter((g) => g.digits.length >= 9 && !wordChar(g.end)).pop();
      if (earlier) {
        lastDigitEnd = earlier.end;
        digits = earlier.digits;
      }
    }
    const standalone = !gluedBefore && !wordChar(lastDigitEnd);
    if (standalone && digits.length >= 9) {
      const phone = /^(0|84)/.test(digits) || text[i] === '+' || digits.length !== 12;
      out += phone ? '[phone]' : '[id]';
      i = lastDigitEnd;
      continue;
    }
    // not a long number: keep this stretch as it is (its digits cannot start another match)
    const keep = Math.max(lastDigitEnd, i + 1);
    out += text.slice(i, keep);
    i = keep;
  }
  return out;
}

export function redact(text: string, limit = REDACT_LIMIT): string {
  const scanned = text.length > limit ? `${text.slice(0, limit)}…` : text;
  return maskNumbers(maskEmails(scanned));
}
