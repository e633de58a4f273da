import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildCorpus, corpusHash } from '../corpus/build-corpus';
import { loadCachedCorpus, saveCorpus } from '../corpus/corpus-cache';
import { AGENCIES } from '../corpus/data/agencies';
import { loadLexicon } from '../corpus/load-lexicon';
import { loadSeeds } from '../corpus/load-seeds';
import { HashedNgramEmbedder, type Embedder } from '../retrieval/embedder';
import { openIndex } from '../retrieval/index-store';
import { TransformersEmbedder, transformersPipelineFactory } from '../retrieval/transformers-embedder';
import { createEngine, type Engine } from './answer/engine';
import type { AnswerResult, AskInput } from './answer/types';
import { createAssistant, type Assistant } from './assistant';
import type { Config } from './config';

/** The application, built once from a parsed config and passed to every channel. */
export interface App {
  config: Config;
  engine: Engine;
  /** the neutral interface the channels use */
  assistant: Assistant;
  ask(input: AskInput): Promise<AnswerResult>;
}

export function embedderFor(config: Config): Embedder {
  return config.EMBEDDING_MODEL_DIR
    ? new TransformersEmbedder(config.EMBEDDING_MODEL_DIR, config.EMBEDDING_DIMENSION, transformersPipelineFactory)
    : new HashedNgramEmbedder();
}

export async function createApp(config: Config, log: (line: string) => void = (l) => console.error(l)): Promise<App> {
  const seedsDir = resolve(config.SEEDS_DIR);
  const { manifest, docs } = await loadSeeds(seedsDir);
  const lexicon = await loadLexicon();
  // the parsed (and restored) corpus is cached beside the index; it is rebuilt when any input changed
  const cachePath = join(resolve(config.INDEX_DIR), 'corpus.json');
  let corpus = await loadCachedCorpus(cachePath, corpusHash(docs, manifest, AGENCIES, lexicon));
  if (!corpus) {
    corpus = buildCorpus(docs, manifest, { lexicon });
    await saveCorpus(cachePath, corpus);
  }
  const { index } = await openIndex(resolve(config.INDEX_DIR), corpus, embedderFor(config), log);
  const seedTexts = new Map(await Promise.all(manifest.plans.map(async (p) => [p.file, await readFile(join(seedsDir, p.file), 'utf8')] as const)));
  const engine = createEngine(corpus, index, seedTexts);
  const assistant = createAssistant(engine);
  return { config, engine, assistant, ask: assistant.ask };
}
