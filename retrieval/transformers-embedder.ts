import type { Embedder } from './embedder';

/**
 * A transformers.js feature-extraction model (e.g. multilingual-e5-small) loaded from a local
 * directory, never downloaded at run time. The pipeline factory is injected so tests can pass a
 * fake one and the library is imported only when a model directory is configured.
 */
export type FeaturePipeline = (
  texts: string[],
  options: { pooling: 'mean'; normalize: true },
) => Promise<{ tolist(): number[][] } | { data: Float32Array; dims: number[] }>;

export type PipelineFactory = (modelDir: string) => Promise<FeaturePipeline>;

export class TransformersEmbedder implements Embedder {
  readonly id: string;
  private pipe: FeaturePipeline | null = null;

  constructor(
    private readonly modelDir: string,
    readonly dimension: number,
    private readonly factory: PipelineFactory,
    /** e5 models expect "query: " / "passage: " prefixes */
    private readonly prefixes: { query: string; passage: string } = { query: 'query: ', passage: 'passage: ' },
  ) {
    this.id = `transformers:${modelDir.split(/[\\/]/).filter(Boolean).pop() ?? modelDir}:${dimension}`;
  }

  async embed(texts: string[], role: 'passage' | 'query'): Promise<Float32Array[]> {
    this.pipe ??= await this.factory(this.modelDir);
    const prefix = role === 'query' ? this.prefixes.query : this.prefixes.passage;
    const out = await this.pipe(texts.map((t) => prefix + t), { pooling: 'mean', normalize: true });
    const rows: number[][] =
      'tolist' in out ? out.tolist() : Array.from({ length: out.dims[0]! }, (_, i) => Array.from(out.data.slice(i * out.dims[1]!, (i + 1) * out.dims[1]!)));
    return rows.map((r) => {
      if (r.length !== this.dimension) {
        throw new Error(`embedding model ${this.id} returned dimension ${r.length}, expected ${this.dimension}; set EMBEDDING_DIMENSION to match the model`);
      }
      return Float32Array.from(r);
    });
  }
}

/** The real factory: imports @huggingface/transformers lazily and loads only local files. */
export const transformersPipelineFactory: PipelineFactory = async (modelDir) => {
  const moduleName = '@huggingface/transformers';
  const lib = (await import(moduleName)) as {
    env: { allowRemoteModels: boolean; allowLocalModels: boolean; localModelPath: string };
    pipeline: (task: string, model: string) => Promise<FeaturePipeline>;
  };
  lib.env.allowRemoteModels = false;
  lib.env.allowLocalModels = true;
  return lib.pipeline('feature-extraction', modelDir);
};
