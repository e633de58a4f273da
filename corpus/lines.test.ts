import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesAreParagraphs, splitLines } from './lines';

const read = (p: string) => splitLines(readFileSync(resolve(import.meta.dirname, p), 'utf8'));

describe('linesAreParagraphs', () => {
  it('is true for text pasted out of Word (one paragraph a line, no blank lines) and false for a hard-wrapped scan', () => {
    expect(linesAreParagraphs(read('fixtures/plans/blind9/b9-ac/plan.txt'))).toBe(true);
    expect(linesAreParagraphs(read('../seeds/son-la-2025-kh-54.txt'))).toBe(false);
  });
  it('needs enough lines to judge', () => {
    expect(linesAreParagraphs(splitLines(`${'x'.repeat(200)}\n${'y'.repeat(200)}`))).toBe(false);
  });
});
