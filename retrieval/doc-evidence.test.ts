import { describe, expect, it } from 'vitest';
import { syllableDistance } from '../corpus/edit-distance';
import { DocEvidence, documentVocab } from './doc-evidence';
import type { IndexDoc } from './documents';

const doc = (body: string) => ({ id: body, kind: 'assignment', planId: 'p', province: '', body, heading: '', leadNames: 'Sở Y tế', coordNames: '', leadIds: [], coordIds: [], topics: [], sectionKind: null }) as IndexDoc;

describe('DocEvidence', () => {
  const docs = ['Phòng, chống đuối nước cho trẻ em', 'Ngbiên cứu, rà soát chính sách (OCR)', 'Giảm thiểu tình trạng tảo hôn'].map(doc);
  const words = () => new Set(docs.flatMap((d) => [...documentVocab(d)]));
  const evidence = new DocEvidence(docs, words);

  it('finds a word, or a fuzzy neighbour of it, as a scan of the document vocabulary would', () => {
    for (const w of ['duoi', 'nghien', 'tao', 'hon', 'dươi', 'xyz', 'soat', 'sat', 'chinh']) {
      for (let i = 0; i < docs.length; i++) {
        const vocab = documentVocab(docs[i]!);
        const scan = vocab.has(w) ? 1 : w.length >= 3 && [...vocab].some((v) => Math.abs(v.length - w.length) <= 1 && syllableDistance(v, w) <= 0.34) ? 0.8 : 0;
        expect(evidence.has(i, w), `${w} in doc ${i}`).toBe(scan);
      }
    }
    expect(evidence.has(1, 'nghien')).toBe(0.8); // "Ngbiên" read by OCR
  });

  it('makes the same sets as documentVocab and documentPairs', async () => {
    const { documentPairs } = await import('./doc-evidence');
    const named = [{ ...docs[0]!, heading: 'II. Nhiệm vụ - giải pháp', coordNames: 'Sở Tư pháp; UBND các xã, phường' }, ...docs];
    const e = new DocEvidence(named, words);
    named.forEach((d, i) => {
      expect(e.vocab(i)).toEqual(documentVocab(d));
      expect(e.pairs(i)).toEqual(documentPairs(d));
    });
  });

  it('computes a document only when asked, and reuses a previous index by document number', () => {
    const fresh = new DocEvidence(docs, words);
    fresh.vocab(2);
    fresh.pairs(2);
    const seeded = new DocEvidence([docs[2]!], words, { from: fresh, map: [2] });
    expect(seeded.vocab(0)).toBe(fresh.vocab(2));
    expect(seeded.pairs(0).has('tao_hon')).toBe(true);
  });
});
