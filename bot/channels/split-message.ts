/**
 * Split a reply into messages of at most `maxUnits` UTF-16 code units (Telegram counts 4096 of
 * them; Zalo allows 2000 characters). Splits on line boundaries; a line too long on its own is cut
 * at the last space, else at the last grapheme boundary, so no surrogate pair or emoji sequence is
 * ever broken.
 */
const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });

function cutPoint(line: string, max: number): number {
  // last grapheme boundary at or before max
  let boundary = 0;
  for (const { index } of segmenter.segment(line)) {
    if (index > max) break;
    boundary = index;
  }
  if (boundary === 0) {
    // a single grapheme longer than max (absurd ZWJ chains): fall back to code points
    let i = 0;
    for (const ch of line) {
      if (i + ch.length > max) break;
      i += ch.length;
    }
    boundary = Math.max(1, i);
  }
  const space = line.lastIndexOf(' ', boundary);
  return space > boundary * 0.6 ? space + 1 : boundary;
}

export function splitMessage(text: string, maxUnits: number): string[] {
  if (maxUnits < 2) throw new RangeError('maxUnits must be at least 2');
  if (text.length <= maxUnits) return [text];
  const parts: string[] = [];
  let current = '';
  const flush = () => {
    if (current.length > 0) parts.push(current);
    current = '';
  };
  for (let line of text.split('\n')) {
    while (line.length > maxUnits) {
      flush();
      const cut = cutPoint(line, maxUnits);
      parts.push(line.slice(0, cut).trimEnd() || line.slice(0, cut));
      line = line.slice(cut);
    }
    const candidate = current.length === 0 ? line : `${current}\n${line}`;
    if (candidate.length > maxUnits) {
      flush();
      current = line;
    } else current = candidate;
  }
  flush();
  return parts.filter((p) => p.trim().length > 0);
}
