import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HashedNgramEmbedder } from './embedder';

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);
const norm = (a: Float32Array) => Math.sqrt(cosine(a, a));

// seeds/quang-ngai-2025-kh-29.txt line 107 and its OCR-damaged form in seeds/son-la-2025-kh-54.txt line 178
const QN = 'Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống';
const SL = 'giam thiéu tinh trang tao hén, hdn nhan can huyét thong';
const OTHER = 'Phòng, chống xâm hại trẻ em trên môi trường mạng';

describe('HashedNgramEmbedder', () => {
  const e = new HashedNgramEmbedder();

  it('has the default dimension 384 and an id that names it', () => {
    expect(e.dimension).toBe(384);
    expect(e.id).toBe('hashed-ngram-v1-384');
    expect(e.embedOne(QN)).toHaveLength(384);
  });

  it('honours another dimension', async () => {
    const small = new HashedNgramEmbedder(64);
    expect(small.id).toBe('hashed-ngram-v1-64');
    const [v] = await small.embed([QN], 'passage');
    expect(v).toHaveLength(64);
    expect(norm(v!)).toBeCloseTo(1, 5);
  });

  it('returns unit vectors, one per text, in order', async () => {
    const vs = await e.embed([QN, SL, OTHER], 'passage');
    expect(vs).toHaveLength(3);
    for (const v of vs) expect(norm(v)).toBeCloseTo(1, 5);
    expect(vs[2]).toEqual(e.embedOne(OTHER));
  });

  it('is deterministic across instances and roles', async () => {
    const [q] = await new HashedNgramEmbedder().embed([QN], 'query');
    const [p] = await e.embed([QN], 'passage');
    expect(Array.from(q!)).toEqual(Array.from(p!));
  });

  it('ignores case and diacritics', () => {
    expect(Array.from(e.embedOne('TẢO HÔN'))).toEqual(Array.from(e.embedOne('tao hon')));
  });

  it('gives the zero vector for text without syllables (no NaN)', () => {
    const v = e.embedOne(' ,.; ');
    expect(v.every((x) => x === 0)).toBe(true);
  });

  it('puts OCR-damaged text closer to the clean phrase than an unrelated one', () => {
    const damaged = e.embedOne('tao hén');
    const clean = e.embedOne('tảo hôn');
    const unrelated = e.embedOne('môi trường mạng');
    expect(cosine(damaged, clean)).toBeGreaterThan(cosine(damaged, unrelated) + 0.2);
    // whole sentences too: the Sơn La scan is nearer the Quảng Ngãi task than an unrelated task
    expect(cosine(e.embedOne(SL), e.embedOne(QN))).toBeGreaterThan(cosine(e.embedOne(SL), e.embedOne(OTHER)));
  });

  it('property: every non-empty embedding has unit length and finite components', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 8, max: 128 }), (s, dim) => {
        const v = new HashedNgramEmbedder(dim).embedOne(s);
        expect(v).toHaveLength(dim);
        expect(v.every(Number.isFinite)).toBe(true);
        const n = norm(v);
        if (n !== 0) expect(n).toBeCloseTo(1, 4);
      }),
    );
  });
});

describe('HashedNgramEmbedder memo', () => {
  it('gives bit-for-bit the vectors of the plain feature loop', async () => {
    const { HashedNgramEmbedder } = await import('./embedder');
    const { fold } = await import('../corpus/normalise');
    const { tokenize } = await import('../corpus/syllables');
    const hash = (s: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      return h >>> 0;
    };
    const plain = (text: string, dim = 384) => {
      const v = new Float32Array(dim);
      const add = (f: string, w: number) => {
        const h = hash(f);
        v[h % dim]! += (h & 0x80000000 ? -1 : 1) * w;
      };
      const syl = tokenize(text).tokens.map((t) => fold(t.folded));
      syl.forEach((s, i) => {
        add(`s:${s}`, 1);
        const p = `#${s}#`;
        for (let k = 0; k + 3 <= p.length; k++) add(`c:${p.slice(k, k + 3)}`, 0.5);
        if (i + 1 < syl.length) add(`b:${s}_${syl[i + 1]}`, 0.8);
      });
      const n = Math.sqrt(v.reduce((a, x) => a + x * x, 0));
      return n > 0 ? v.map((x) => x / n) : v;
    };
    const e = new HashedNgramEmbedder();
    for (const t of ['Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống', 'tao hén tao hôn tảo hôn', 'Sở LĐTBXH; UBND các huyện', '']) {
      expect(Array.from(e.embedOne(t))).toEqual(Array.from(plain(t)));
      expect(Array.from(e.embedOne(t))).toEqual(Array.from(plain(t))); // memo warm
    }
  });
});
