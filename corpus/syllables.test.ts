import { describe, expect, it } from 'vitest';
import { tokenize } from './syllables';

describe('tokenize', () => {
  it('marks punctuation and line breaks that no name may span', () => {
    expect(tokenize('tảo\nhôn').tokens.map((t) => t.breakBefore)).toEqual([false, true]);
    expect(tokenize('Sở Y tế) để').tokens.map((t) => t.breakBefore)).toEqual([false, false, false, true]);
    expect(tokenize('Sở Lao động – TB và XH').tokens.map((t) => t.breakBefore).some(Boolean)).toBe(false);
  });
  it('flags capital abbreviations and reads KH&ĐT as two abbreviations', () => {
    const t = tokenize('Sở KH&ĐT, Sở LĐTBXH').tokens;
    expect(t.map((x) => x.folded)).toEqual(['so', 'kh', 'dt', 'so', 'ldtbxh']);
    expect(t.map((x) => x.caps)).toEqual([false, true, true, false, true]);
  });
  it('keeps OCR symbols inside a token', () => {
    expect(tokenize("S6'Y té").tokens.map((t) => t.folded)).toEqual(['s6', 'y', 'te']);
    expect(tokenize('S¢ Lao').tokens[0]!.folded).toBe('s¢');
  });
});
