import hnswlib from 'hnswlib-node';
import type { DocRange } from './plan-ranges';
import { TopK } from './ranked';

const { HierarchicalNSW } = hnswlib;
type Graph = InstanceType<typeof HierarchicalNSW>;

/**
 * The vector channel over document embeddings (unit length, cosine). Vectors live in one
 * contiguous Float32Array (saved as raw bytes: loading is one read). A filter that leaves few
 * documents (one province, or any corpus of up to EXACT_SCAN_LIMIT documents) is served by an
 * exact scan, which is both faster and exact there; an HNSW graph (hnswlib-node) is built only for
 * larger corpora, and read from disk the first time a wide search needs it.
 */
export interface VectorHit {
  doc: number;
  similarity: number;
}

/**
 * Up to this many allowed documents, an exact scan (≈ 3 ms for 5 000 × 384 on this machine's cores)
 * beats a filtered HNSW search, which must walk past every document the filter rejects.
 */
export const EXACT_SCAN_LIMIT = 5000;

export class VectorIndex {
  private graph: Graph | null;
  private norms: Float64Array | null = null;

  private constructor(
    readonly dimension: number,
    readonly count: number,
    /** count × dimension, document by document */
    private readonly data: Float32Array,
    graph: Graph | null,
    /** where the graph is on disk when it is not read yet */
    private readonly graphPath: string | null,
  ) {
    this.graph = graph;
  }

  /** true when the corpus is large enough to have an HNSW graph */
  get hasGraph(): boolean {
    return this.graph !== null || this.graphPath !== null;
  }

  static build(vectors: Float32Array[], dimension: number): VectorIndex {
    const data = new Float32Array(vectors.length * dimension);
    vectors.forEach((v, i) => data.set(v.subarray(0, dimension), i * dimension));
    return VectorIndex.fromData(data, dimension);
  }

  /** Over vectors already laid out document by document (count × dimension); the graph is built when the corpus is large. */
  static fromData(data: Float32Array, dimension: number): VectorIndex {
    const count = data.length / dimension;
    let graph: Graph | null = null;
    if (count > EXACT_SCAN_LIMIT) {
      graph = new HierarchicalNSW('cosine', dimension);
      // efConstruction 64 (hnswlib's example uses 200): a third of the build time; searches run with
      // ef = 400, which keeps recall against an exact scan near 1 (measured in the bench)
      graph.initIndex(count, 16, 64, 42);
      for (let i = 0; i < count; i++) graph.addPoint(Array.from(data.subarray(i * dimension, (i + 1) * dimension)), i);
      graph.setEf(Math.min(400, Math.max(64, count)));
    }
    return new VectorIndex(dimension, count, data, graph, null);
  }

  /** Vectors saved by `vectorBytes`, and the graph file when the index has one (read when needed). */
  static open(bytes: Buffer, dimension: number, graphPath: string | null): VectorIndex {
    if (bytes.length % (4 * dimension) !== 0) throw new Error(`vector file is not a whole number of ${dimension}-dimension vectors`);
    // a view on the file's own buffer when aligned (a large file read whole is), a copy otherwise
    const aligned = bytes.byteOffset % 4 === 0;
    const data = aligned ? new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4) : new Float32Array(bytes.length / 4);
    if (!aligned) new Uint8Array(data.buffer).set(bytes);
    return new VectorIndex(dimension, data.length / dimension, data, null, graphPath);
  }

  /** the stored (unit-length) vector of a document, for reuse when the index is rebuilt */
  vectorOf(doc: number): Float32Array | undefined {
    return doc < this.count ? this.data.subarray(doc * this.dimension, (doc + 1) * this.dimension) : undefined;
  }

  vectorBytes(): Buffer {
    return Buffer.from(this.data.buffer, this.data.byteOffset, this.data.byteLength);
  }

  writeGraph(path: string): boolean {
    const g = this.loadedGraph();
    if (!g) return false;
    g.writeIndexSync(path);
    return true;
  }

  private loadedGraph(): Graph | null {
    if (!this.graph && this.graphPath) {
      const g = new HierarchicalNSW('cosine', this.dimension);
      g.readIndexSync(this.graphPath);
      if (g.getCurrentCount() !== this.count) throw new Error('vector graph and vectors disagree');
      g.setEf(Math.min(400, Math.max(64, this.count)));
      this.graph = g;
    }
    return this.graph;
  }

  private normOf(doc: number): number {
    if (!this.norms) {
      this.norms = new Float64Array(this.count);
      for (let d = 0; d < this.count; d++) {
        let s = 0;
        for (let i = d * this.dimension; i < (d + 1) * this.dimension; i++) s += this.data[i]! * this.data[i]!;
        this.norms[d] = Math.sqrt(s) || 1;
      }
    }
    return this.norms[doc]!;
  }

  private exact(query: Float32Array, k: number, allowed: Iterable<number>): VectorHit[] {
    const norm = Math.sqrt(query.reduce((s, x) => s + x * x, 0)) || 1;
    const dim = this.dimension;
    // the best k kept in a heap, in the order a full sort gives (similarity, then document)
    const top = new TopK(k);
    for (const doc of allowed) {
      let dot = 0;
      for (let i = 0, at = doc * dim; i < dim; i++, at++) dot += this.data[at]! * query[i]!;
      top.push(doc, dot / (norm * this.normOf(doc)));
    }
    return top.sorted().map(({ i, score }) => ({ doc: i, similarity: score }));
  }

  /** `ranges`: the runs of documents the filter can allow at all (one province's), or null for all. */
  search(query: Float32Array, k: number, filter: ((doc: number) => boolean) | null, ranges: readonly DocRange[] | null = null): VectorHit[] {
    if (this.count === 0) return [];
    if (filter || !this.hasGraph) {
      const allowed: number[] = [];
      for (const [start, end] of ranges ?? [[0, this.count] as const]) {
        for (let i = start; i < end && allowed.length <= EXACT_SCAN_LIMIT; i++) if (!filter || filter(i)) allowed.push(i);
      }
      if (allowed.length <= EXACT_SCAN_LIMIT || !this.hasGraph) return this.exact(query, k, allowed.length <= EXACT_SCAN_LIMIT ? allowed : allOf(this.count, filter));
    }
    const graph = this.loadedGraph()!;
    const n = Math.min(k, this.count);
    const res = filter ? graph.searchKnn(Array.from(query), n, filter) : graph.searchKnn(Array.from(query), n);
    return res.neighbors.map((doc, i) => ({ doc, similarity: 1 - res.distances[i]! }));
  }
}

function* allOf(count: number, filter: ((doc: number) => boolean) | null): Generator<number> {
  for (let i = 0; i < count; i++) if (!filter || filter(i)) yield i;
}
