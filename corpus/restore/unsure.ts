import type { RestoredWord } from './model';

/** Below this posterior a restored word is shown with the scan beside it (chosen on synthetic scans of the accented plans: see evals/RESTORE.md). */
export const UNSURE_BELOW = 0.8;

/** A run of restored words the decoder is unsure of, and the scan's letters for it. */
export interface UnsureSpan {
  text: string;
  scan: string;
}

/**
 * The runs of unsure words in a restored text: neighbours separated only by spaces are one run
 * ("bạo lực" for "bao luu"), and so are two runs with one word between them ("điều khoan bạo lực",
 * not "điều [?] khoan bạo lực [?]"), so a reader sees the whole doubtful phrase with the scan beside it.
 */
export function unsureSpans(restored: string, words: readonly RestoredWord[], below = UNSURE_BELOW): UnsureSpan[] {
  const out: UnsureSpan[] = [];
  const spaced = (i: number) => /^ +$/.test(restored.slice(words[i]!.end, words[i + 1]!.start));
  let i = 0;
  while (i < words.length) {
    if (words[i]!.confidence >= below) {
      i++;
      continue;
    }
    let end = i;
    for (;;) {
      const next = end + 1;
      if (next < words.length && words[next]!.confidence < below && spaced(end)) end = next;
      else if (next + 1 < words.length && words[next + 1]!.confidence < below && spaced(end) && spaced(next)) end = next + 1;
      else break;
    }
    const run = words.slice(i, end + 1);
    out.push({ text: restored.slice(run[0]!.start, run[run.length - 1]!.end), scan: run.map((w) => w.scan).join(' ') });
    i = end + 1;
  }
  return out;
}
