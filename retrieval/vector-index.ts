import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;

/** The vector channel: an HNSW index (hnswlib-node, cosine space) over document embeddings. */
export interface VectorHit {
  doc: number;
  similarity: number;
}

export class VectorIndex {
  private constructor(
    private readonly index: InstanceType<typeof HierarchicalNSW>,
    readonly dimension: number,
    readonly count: number,
  ) {}

  static build(vectors: Float32Array[], dimension: number): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimension);
    index.initIndex(Math.max(1, vectors.length), 16, 200, 42);
    vectors.forEach((v, i) => index.addPoint(Array.from(v), i));
    index.setEf(Math.min(400, Math.max(64, vectors.length)));
    return new VectorIndex(index, dimension, vectors.length);
  }

  static read(path: string, dimension: number): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimension);
    index.readIndexSync(path);
    const count = index.getCurrentCount();
    index.setEf(Math.min(400, Math.max(64, count)));
    return new VectorIndex(index, dimension, count);
  }

  write(path: string): void {
    this.index.writeIndexSync(path);
  }

  search(query: Float32Array, k: number, filter: ((doc: number) => boolean) | null): VectorHit[] {
    if (this.count === 0) return [];
    const n = Math.min(k, this.count);
    const res = filter ? this.index.searchKnn(Array.from(query), n, filter) : this.index.searchKnn(Array.from(query), n);
    return res.neighbors.map((doc, i) => ({ doc, similarity: 1 - res.distances[i]! }));
  }
}
