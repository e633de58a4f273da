import { join, resolve } from 'node:path';
import type { PlanFailure } from '../corpus/build-corpus';
import { loadLexicon } from '../corpus/load-lexicon';
import { HashedNgramEmbedder, type Embedder } from '../retrieval/embedder';
import { buildRetrievalIndex } from '../retrieval/build-index';
import { openIndex, saveIndex } from '../retrieval/index-store';
import { TransformersEmbedder, transformersPipelineFactory } from '../retrieval/transformers-embedder';
import { SessionStore } from './answer/conversation';
import { createEngine, type Engine } from './answer/engine';
import type { AnswerResult, AskInput } from './answer/types';
import { createAssistant, type Assistant } from './assistant';
import type { Config } from './config';
import { createPlanLibrary, type LibrarySnapshot } from './plan-library';
import { loadRegistry } from './registry-files';

/** The application, built once from a parsed config and passed to every channel. */
export interface App {
  config: Config;
  /** the engine answering now; replaced atomically when plans are added (never mutated) */
  readonly engine: Engine;
  /** plans that could not be read: skipped, reported in the log and /healthz */
  readonly failures: PlanFailure[];
  /** conversation state for follow-ups (shared through SharedState by withSharedConversations) */
  sessions: SessionStore;
  /** the neutral interface the channels use */
  assistant: Assistant;
  ask(input: AskInput): Promise<AnswerResult>;
  /**
   * Re-read the plan folders; when anything changed, re-parse only the changed plans, rebuild the
   * index in memory (unchanged documents reused) and swap it in. Answers keep flowing from the old
   * engine until the new one is ready. Returns what changed.
   */
  reload(): Promise<{ changed: boolean; plans: number; failures: PlanFailure[]; ms: number }>;
}

export function embedderFor(config: Config): Embedder {
  return config.EMBEDDING_MODEL_DIR
    ? new TransformersEmbedder(config.EMBEDDING_MODEL_DIR, config.EMBEDDING_DIMENSION, transformersPipelineFactory)
    : new HashedNgramEmbedder();
}

export async function createApp(config: Config, log: (line: string) => void = (l) => console.error(l)): Promise<App> {
  const indexDir = resolve(config.INDEX_DIR);
  const plansDir = resolve(config.PLANS_DIR);
  const library = createPlanLibrary({
    seedsDir: resolve(config.SEEDS_DIR),
    plansDir,
    loadAgencies: () => loadRegistry(plansDir, log),
    lexicon: await loadLexicon(),
    // the parsed (and restored) corpus is cached beside the index; rebuilt when any input changed
    cachePath: join(indexDir, 'corpus.json'),
    log,
  });
  const embedder = embedderFor(config);
  const sessions = new SessionStore();
  let snapshot = await library.load();
  reportFailures(snapshot.failures, log);
  const { index } = await openIndex(indexDir, snapshot.corpus, embedder, log);
  let engine = createEngine(snapshot.corpus, index, snapshot.texts, sessions);
  let chain: Promise<unknown> = Promise.resolve();

  const reloadOnce = async () => {
    const started = performance.now();
    const next: LibrarySnapshot = await library.load();
    const loaded = performance.now();
    if (next.corpus.corpusHash === snapshot.corpus.corpusHash) return { changed: false, plans: next.corpus.plans.length, failures: next.failures, ms: performance.now() - started };
    reportFailures(next.failures, log);
    const nextIndex = await buildRetrievalIndex(next.corpus, embedder, engine.index);
    const indexed = performance.now();
    engine = createEngine(next.corpus, nextIndex, next.texts, sessions); // the swap: one assignment
    snapshot = next;
    const ms = performance.now() - started;
    log(`plans: ${next.corpus.plans.length} answered (${next.corpus.plans.map((p) => p.plan.province).join(', ')}), reloaded in ${ms.toFixed(0)} ms (plans ${(loaded - started).toFixed(0)}, index ${(indexed - loaded).toFixed(0)})`);
    // saved after the swap: answers never wait for the disk
    saveIndex(indexDir, nextIndex, next.corpus.corpusHash).catch((e: Error) => log(`index: not saved (${e.message.slice(0, 80)}); it is rebuilt at the next start`));
    return { changed: true, plans: next.corpus.plans.length, failures: next.failures, ms };
  };

  const assistant = createAssistant(() => engine);
  return {
    config,
    get engine() {
      return engine;
    },
    get failures() {
      return snapshot.failures;
    },
    sessions,
    assistant,
    ask: assistant.ask,
    reload() {
      // one reload at a time; a request during one waits for it and then runs again
      const run = chain.catch(() => undefined).then(reloadOnce);
      chain = run;
      return run;
    },
  };
}

function reportFailures(failures: PlanFailure[], log: (line: string) => void): void {
  for (const f of failures) log(`plan skipped: ${f.message}`);
}
