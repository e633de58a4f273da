import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * evals/BENCH.md is written by two commands: `npm run bench` (the main tables) and `npm run soak`
 * (a section between markers). Each rewrites only its own part, atomically.
 */
const START = '<!-- soak -->';
const END = '<!-- /soak -->';

export function soakSection(path: string): string {
  if (!existsSync(path)) return '';
  const text = readFileSync(path, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  return a >= 0 && b > a ? text.slice(a, b + END.length) : '';
}

export function writeBench(path: string, main: string, soak: string): void {
  const body = soak ? `${main.trimEnd()}\n\n${soak}\n` : `${main.trimEnd()}\n`;
  writeFileSync(`${path}.tmp`, body);
  renameSync(`${path}.tmp`, path);
}

export function replaceSoak(path: string, soakMarkdown: string): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const old = soakSection(path);
  const main = old ? current.replace(old, '') : current;
  writeBench(path, main, `${START}\n${soakMarkdown.trimEnd()}\n${END}`);
}
