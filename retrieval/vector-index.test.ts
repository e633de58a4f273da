import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HashedNgramEmbedder } from './embedder';
import { EXACT_SCAN_LIMIT, VectorIndex } from './vector-index';

// Task texts trimmed from seeds/quang-ngai-2025-kh-29.txt (appendix lines 99, 107, 110, 116).
const TEXTS = [
  'Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống',
  'Phòng, chống xâm hại trẻ em trên môi trường mạng',
  'Nâng cao kiến thức, kỹ năng về bảo vệ trẻ em trên môi trường mạng',
  'Tăng cường chất lượng thống kê, theo dõi tình hình trẻ em',
];
const embedder = new HashedNgramEmbedder(64);
const vectors = TEXTS.map((t) => embedder.embedOne(t));
const index = VectorIndex.build(vectors, 64);

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('VectorIndex', () => {
  it('returns the nearest document first, with its cosine similarity', () => {
    const hits = index.search(embedder.embedOne('tao hén cận huyết'), 4, null);
    expect(hits).toHaveLength(4);
    expect(hits[0]!.doc).toBe(0);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.similarity).toBeGreaterThanOrEqual(hits[i]!.similarity);
    // a stored vector finds itself with similarity 1
    const self = index.search(vectors[3]!, 1, null);
    expect(self[0]!.doc).toBe(3);
    expect(self[0]!.similarity).toBeCloseTo(1, 4);
  });

  it('never returns more than it holds, and nothing when empty', () => {
    expect(index.count).toBe(4);
    expect(index.search(vectors[0]!, 50, null)).toHaveLength(4);
    expect(VectorIndex.build([], 64).search(vectors[0]!, 5, null)).toEqual([]);
  });

  it('keeps only the documents the filter allows', () => {
    const q = embedder.embedOne('xâm hại trẻ em trên môi trường mạng');
    expect(index.search(q, 1, null)[0]!.doc).toBe(1);
    const hits = index.search(q, 2, (d) => d !== 1);
    expect(hits.map((h) => h.doc)).not.toContain(1);
    expect(hits[0]!.doc).toBe(2);
    expect(index.search(q, 3, (d) => d === 3).map((h) => h.doc)).toEqual([3]);
  });

  it('reads back what it wrote, with the same neighbours', () => {
    const again = VectorIndex.open(index.vectorBytes(), 64, null);
    expect(again.count).toBe(4);
    expect(again.dimension).toBe(64);
    for (const text of ['tảo hôn', 'môi trường mạng', 'thống kê số liệu']) {
      const q = embedder.embedOne(text);
      expect(again.search(q, 4, null)).toEqual(index.search(q, 4, null));
    }
    expect(() => VectorIndex.open(Buffer.alloc(10), 64, null)).toThrow(/whole number/);
  });

  it('builds an HNSW graph only above the exact-scan limit, saves it, and reads it when a wide search needs it', () => {
    const n = EXACT_SCAN_LIMIT + 200;
    const vectors = Array.from({ length: n }, (_, i) => embedder.embedOne(`nhiệm vụ số ${i} về ${['tảo hôn', 'đuối nước', 'xâm hại', 'bạo lực'][i % 4]} ${i % 7} ${i % 11}`));
    const big = VectorIndex.build(vectors, 64);
    expect(big.hasGraph).toBe(true);
    expect(index.hasGraph).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'vector-index-test-'));
    dirs.push(dir);
    const path = join(dir, 'vectors.hnsw');
    expect(big.writeGraph(path)).toBe(true);
    const again = VectorIndex.open(big.vectorBytes(), 64, path);
    const q = embedder.embedOne('đuối nước 3');
    // unfiltered: the graph (read from disk now); a filter leaving few: the exact scan
    expect(again.search(q, 10, null).map((h) => h.doc)).toEqual(big.search(q, 10, null).map((h) => h.doc));
    const few = (d: number) => d % 50 === 0;
    expect(again.search(q, 5, few)).toEqual(big.search(q, 5, few));
    // the graph's top 10 are those of an exact scan (recall on this set)
    const exact = VectorIndex.open(big.vectorBytes(), 64, null).search(q, 10, null);
    const found = big.search(q, 10, null).filter((h) => exact.some((e) => e.doc === h.doc)).length;
    expect(found).toBeGreaterThanOrEqual(9);
  });
});
