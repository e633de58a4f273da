import { describe, expect, it } from 'vitest';
import { TransformersEmbedder, type FeaturePipeline, type PipelineFactory } from './transformers-embedder';

/** A fake feature-extraction pipeline: records what it was given and returns `dim`-long rows. */
function fake(dim: number, shape: 'tolist' | 'tensor') {
  const calls: { factory: string[]; texts: string[][] } = { factory: [], texts: [] };
  const pipe: FeaturePipeline = async (texts, options) => {
    expect(options).toEqual({ pooling: 'mean', normalize: true });
    calls.texts.push(texts);
    const rows = texts.map((t, i) => Array.from({ length: dim }, (_, k) => (k === 0 ? t.length : i + k / 10)));
    if (shape === 'tolist') return { tolist: () => rows };
    return { data: Float32Array.from(rows.flat()), dims: [rows.length, dim] };
  };
  const factory: PipelineFactory = async (dir) => {
    calls.factory.push(dir);
    return pipe;
  };
  return { calls, factory };
}

describe('TransformersEmbedder', () => {
  it('applies the e5 prefixes for queries and passages', async () => {
    const { calls, factory } = fake(4, 'tolist');
    const e = new TransformersEmbedder('/models/multilingual-e5-small', 4, factory);
    await e.embed(['Ai chủ trì giảm tảo hôn?'], 'query');
    await e.embed(['Giảm thiểu tình trạng tảo hôn', 'Phòng, chống xâm hại trẻ em'], 'passage');
    expect(calls.texts).toEqual([
      ['query: Ai chủ trì giảm tảo hôn?'],
      ['passage: Giảm thiểu tình trạng tảo hôn', 'passage: Phòng, chống xâm hại trẻ em'],
    ]);
  });

  it('uses custom prefixes when given', async () => {
    const { calls, factory } = fake(2, 'tolist');
    const e = new TransformersEmbedder('/m', 2, factory, { query: 'Q> ', passage: '' });
    await e.embed(['a'], 'query');
    await e.embed(['b'], 'passage');
    expect(calls.texts).toEqual([['Q> a'], ['b']]);
  });

  it('loads the pipeline lazily, once, from the model directory', async () => {
    const { calls, factory } = fake(3, 'tolist');
    const e = new TransformersEmbedder('/models/e5/', 3, factory);
    expect(calls.factory).toEqual([]);
    await e.embed(['một'], 'query');
    await e.embed(['hai'], 'passage');
    await e.embed(['ba'], 'query');
    expect(calls.factory).toEqual(['/models/e5/']);
  });

  it('names itself after the model directory and the dimension', () => {
    expect(new TransformersEmbedder('/models/multilingual-e5-small/', 384, fake(384, 'tolist').factory).id).toBe('transformers:multilingual-e5-small:384');
    expect(new TransformersEmbedder('C:\\models\\e5', 8, fake(8, 'tolist').factory).id).toBe('transformers:e5:8');
  });

  it('reads both tolist() and {data, dims} outputs into the same vectors', async () => {
    const texts = ['tảo hôn', 'xâm hại trên mạng', 'thống kê'];
    const a = await new TransformersEmbedder('/m', 5, fake(5, 'tolist').factory).embed(texts, 'passage');
    const b = await new TransformersEmbedder('/m', 5, fake(5, 'tensor').factory).embed(texts, 'passage');
    expect(a).toHaveLength(3);
    expect(b).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      expect(a[i]).toBeInstanceOf(Float32Array);
      expect(b[i]).toBeInstanceOf(Float32Array);
      expect(Array.from(b[i]!)).toEqual(Array.from(a[i]!));
      expect(a[i]![0]).toBe(`passage: ${texts[i]}`.length);
      expect(a[i]![1]).toBeCloseTo(i + 0.1, 5);
    }
  });

  it('throws an error naming EMBEDDING_DIMENSION when the model gives another dimension', async () => {
    for (const shape of ['tolist', 'tensor'] as const) {
      const e = new TransformersEmbedder('/models/e5', 384, fake(768, shape).factory);
      await expect(e.embed(['tảo hôn'], 'query')).rejects.toThrow(/EMBEDDING_DIMENSION/);
      await expect(e.embed(['tảo hôn'], 'query')).rejects.toThrow(/768.*384/);
    }
  });
});
