import { redact } from '../channels/redact';

/**
 * What the question log keeps of a message: no phone number, e-mail address or ID-card number
 * (`redact`), and nothing after a name is given ("tên là …", "tên tôi là …", "my name is …") up to
 * the end of that clause. Applied before anything is written; idempotent.
 */
export const NAME_MASK = '[tên]';

// matched on the text folded character by character (diacritics off, same length), so "ten la",
// "tên là" and "TÊN LÀ" are one marker and the offsets hold in the original text
const NAME_MARKER = /\b(?:(?:toi|em|chau|con|be|minh|ban)\s+)?ten\s+(?:(?:toi|em|chau|con|be|minh|ban|that|day du|khai sinh)\s+)?(?:la|:)\s*|\b(?:toi|em|chau|minh)\s+ten\s+|\bmy name is\s+|\bi am called\s+|\bi'm called\s+|\bname\s*:\s*/giu;
// "tên là gì?" asks; it gives no name
const QUESTION_WORD = /^(?:gi|j|ai|nao|sao|what|who)\b/u;
const CLAUSE_END = /[.,;!?\n()]/u;

export function maskNames(text: string): string {
  const folded = foldSameLength(text);
  let out = '';
  let from = 0;
  NAME_MARKER.lastIndex = 0;
  for (let m = NAME_MARKER.exec(folded); m; m = NAME_MARKER.exec(folded)) {
    const start = m.index + m[0].length;
    if (start < from) continue;
    let end = start;
    while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
    // a marker with nothing after it ("tên là?") masks nothing
    const rest = text.slice(start, end).trim();
    if (rest === '' || rest === NAME_MASK || QUESTION_WORD.test(folded.slice(start, end).trim())) continue;
    out += `${text.slice(from, start)}${NAME_MASK}${/\s$/.test(text.slice(start, end)) ? ' ' : ''}`;
    from = end;
    NAME_MARKER.lastIndex = end;
  }
  return out + text.slice(from);
}

/** lower case without diacritics, one UTF-16 unit for one: a unit that would not fold to one stays */
function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = ch.toLowerCase().replace('đ', 'd').normalize('NFD').replace(/\p{M}/gu, '');
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

export function scrub(text: string, limit = 2000): string {
  return maskNames(redact(text, limit));
}
