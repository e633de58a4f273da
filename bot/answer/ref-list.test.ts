import { describe, expect, it } from 'vitest';
import { compactRefs } from './ref-list';

describe('compactRefs', () => {
  it('collapses consecutive items under one parent and keeps the prefix once', () => {
    const refs = ['III.3', 'III.4', 'III.5', 'IV.1', 'IV.2', 'IV.3', 'V.1', 'V.2', 'VII'].map((k) => `Phụ lục, mục ${k}`);
    expect(compactRefs(refs)).toBe('Phụ lục, mục III.3–5, IV.1–3, V.1–2, VII');
  });
  it('does not join numbers that skip', () => {
    expect(compactRefs(['Phụ lục, mục I.1', 'Phụ lục, mục I.3'])).toBe('Phụ lục, mục I.1, I.3');
  });
  it('keeps references of another shape as written, in order', () => {
    const refs = ['Mục IV.18, gạch đầu dòng thứ 1', 'Phụ lục, mục II.1', 'Phụ lục, mục II.2', 'Mục III.2.a'];
    expect(compactRefs(refs)).toBe('Mục IV.18, gạch đầu dòng thứ 1; Phụ lục, mục II.1–2; Mục III.2.a');
  });
  it('loses no reference: every key of the input is in the output or inside a run', () => {
    const keys = ['I.1', 'I.2', 'II.4', 'II.5', 'II.6', 'III', 'B.9', 'C.17'];
    const out = compactRefs(keys.map((k) => `Phụ lục, mục ${k}`));
    for (const k of ['I.1', 'II.4', 'III', 'B.9', 'C.17']) expect(out).toContain(k);
    expect(out).toBe('Phụ lục, mục I.1–2, II.4–6, III, B.9, C.17');
  });
  it('returns an empty string for no references', () => {
    expect(compactRefs([])).toBe('');
  });
});
