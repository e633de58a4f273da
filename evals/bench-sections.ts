import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * evals/BENCH.md is written by two commands: `npm run bench` (the main tables) and `npm run soak`
 * (a section between markers); evals/REPORT.md by `npm run eval` and `npm run eval:ocr` (its section).
 * Each rewrites only its own part, atomically.
 */

/** The named section of a file (markers included), or '' */
export function keptSection(path: string, name: string): string {
  if (!existsSync(path)) return '';
  const text = readFileSync(path, 'utf8');
  const [start, end] = [`<!-- ${name} -->`, `<!-- /${name} -->`];
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  return a >= 0 && b > a ? text.slice(a, b + end.length) : '';
}

export const soakSection = (path: string): string => keptSection(path, 'soak');

/** Replace (or append) the named section, leaving the rest of the file as it is. */
export function replaceSection(path: string, name: string, markdown: string): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const old = keptSection(path, name);
  const main = old ? current.replace(old, '') : current;
  writeBench(path, main, `<!-- ${name} -->\n${markdown.trimEnd()}\n<!-- /${name} -->`);
}

export function writeBench(path: string, main: string, soak: string): void {
  const body = soak ? `${main.trimEnd()}\n\n${soak}\n` : `${main.trimEnd()}\n`;
  writeFileSync(`${path}.tmp`, body);
  renameSync(`${path}.tmp`, path);
}

export function replaceSoak(path: string, soakMarkdown: string): void {
  replaceSection(path, 'soak', soakMarkdown);
}
