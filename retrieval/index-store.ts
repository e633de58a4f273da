import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Corpus } from '../corpus/schema';
import { buildRetrievalIndex } from './build-index';
import type { IndexDoc } from './documents';
import type { Embedder } from './embedder';
import { LexicalIndex } from './lexical-index';
import { DocEvidence } from './doc-evidence';
import { planRanges } from './plan-ranges';
import type { RetrievalIndex } from './search';
import { ANALYSER_ID } from './text-analysis';
import { TOPICS } from './thesaurus/topics';
import { VectorIndex } from './vector-index';

/**
 * Index files on disk, as lunr and MiniSearch do it: a manifest records what built the index
 * (format version, analyser, thesaurus, embedder and its dimension, corpus hash) and a checksum of
 * every file. Each file is written to a temp name and renamed; the manifest goes last, so a
 * crashed build leaves checksums that do not match and the index is rebuilt, never half-loaded.
 */
// 2: lexical postings and vectors as binary typed arrays; the HNSW graph only for large corpora
export const INDEX_FORMAT_VERSION = 2;
const FILES = { docs: 'docs.json', lexical: 'lexical.bin', vectors: 'vectors.f32', graph: 'vectors.hnsw', known: 'known.json' } as const;

export const IndexManifestSchema = z.object({
  formatVersion: z.number().int(),
  analyser: z.string(),
  thesaurus: z.string(),
  embedder: z.string(),
  dimension: z.number().int().positive(),
  corpusHash: z.string(),
  documents: z.number().int().nonnegative(),
  checksums: z.record(z.string(), z.string()),
});
export type IndexManifest = z.infer<typeof IndexManifestSchema>;

/** The index on disk does not fit this build (stale or different settings) or is damaged. */
export class IndexLoadError extends Error {
  override readonly name = 'IndexLoadError';
  constructor(readonly dir: string, readonly reason: string) {
    super(`index in ${dir}: ${reason}`);
  }
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
export const thesaurusHash = (): string => sha256(JSON.stringify(TOPICS)).slice(0, 16);

async function writeAtomic(path: string, data: Buffer | string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

export async function saveIndex(dir: string, index: RetrievalIndex, corpusHash: string): Promise<IndexManifest> {
  await mkdir(dir, { recursive: true });
  const docs = Buffer.from(JSON.stringify(index.docs));
  const lexical = index.lexical.serialise();
  const vectors = index.vector.vectorBytes();
  // the words known to be real: rebuilding them means analysing the whole corpus (seconds at 100 000 tasks)
  const known = Buffer.from(JSON.stringify([...(index.known ?? [])].sort()));
  const graphTmp = join(dir, `${FILES.graph}.${process.pid}.tmp`);
  const graph = index.vector.writeGraph(graphTmp) ? await readFile(graphTmp) : null;
  const manifest: IndexManifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    analyser: ANALYSER_ID,
    thesaurus: thesaurusHash(),
    embedder: index.embedder.id,
    dimension: index.embedder.dimension,
    corpusHash,
    documents: index.docs.length,
    checksums: { [FILES.docs]: sha256(docs), [FILES.lexical]: sha256(lexical), [FILES.vectors]: sha256(vectors), ...(index.known ? { [FILES.known]: sha256(known) } : {}), ...(graph ? { [FILES.graph]: sha256(graph) } : {}) },
  };
  // remove the old manifest first: until the new one lands, the directory is "no index", not "old index"
  await rm(join(dir, 'manifest.json'), { force: true });
  await writeAtomic(join(dir, FILES.docs), docs);
  await writeAtomic(join(dir, FILES.lexical), lexical);
  await writeAtomic(join(dir, FILES.vectors), vectors);
  if (index.known) await writeAtomic(join(dir, FILES.known), known);
  else await rm(join(dir, FILES.known), { force: true });
  if (graph) await rename(graphTmp, join(dir, FILES.graph));
  else await rm(join(dir, FILES.graph), { force: true });
  // files of the previous format, if any, are not this index's
  await rm(join(dir, 'lexical.json'), { force: true });
  await writeAtomic(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return manifest;
}

export async function loadIndex(dir: string, corpusHash: string, embedder: Embedder): Promise<RetrievalIndex> {
  let raw: string;
  try {
    raw = await readFile(join(dir, 'manifest.json'), 'utf8');
  } catch {
    throw new IndexLoadError(dir, 'no index yet');
  }
  let manifest: IndexManifest;
  try {
    manifest = IndexManifestSchema.parse(JSON.parse(raw));
  } catch {
    throw new IndexLoadError(dir, 'manifest is unreadable');
  }
  const expect: Array<[string, unknown, unknown]> = [
    ['format version', manifest.formatVersion, INDEX_FORMAT_VERSION],
    ['analyser', manifest.analyser, ANALYSER_ID],
    ['thesaurus', manifest.thesaurus, thesaurusHash()],
    ['embedder', manifest.embedder, embedder.id],
    ['vector dimension', manifest.dimension, embedder.dimension],
    ['corpus', manifest.corpusHash, corpusHash],
  ];
  for (const [what, have, want] of expect) {
    if (have !== want) throw new IndexLoadError(dir, `built for another ${what} (${String(have).slice(0, 24)} ≠ ${String(want).slice(0, 24)})`);
  }
  const read = async (name: string) => {
    let data: Buffer;
    try {
      data = await readFile(join(dir, name));
    } catch {
      throw new IndexLoadError(dir, `${name} is missing`);
    }
    if (sha256(data) !== manifest.checksums[name]) throw new IndexLoadError(dir, `${name} is damaged (checksum mismatch)`);
    return data;
  };
  let docs: IndexDoc[];
  let lexical: LexicalIndex;
  let vector: VectorIndex;
  let known: Set<string> | undefined;
  const docsData = await read(FILES.docs);
  const lexicalData = await read(FILES.lexical);
  const vectorData = await read(FILES.vectors);
  const knownData = FILES.known in manifest.checksums ? await read(FILES.known) : null;
  const hasGraph = FILES.graph in manifest.checksums;
  // the graph is verified here, before the native reader sees it, and read when a search needs it
  if (hasGraph) await read(FILES.graph);
  try {
    docs = JSON.parse(docsData.toString('utf8')) as IndexDoc[];
    lexical = LexicalIndex.deserialise(lexicalData);
    vector = VectorIndex.open(vectorData, manifest.dimension, hasGraph ? join(dir, FILES.graph) : null);
    if (knownData) known = new Set(JSON.parse(knownData.toString('utf8')) as string[]);
  } catch (e) {
    // a file whose checksum was rewritten to match damaged content still must not crash start-up
    throw new IndexLoadError(dir, `unreadable index file (${(e as Error).message.slice(0, 80)})`);
  }
  if (docs.length !== manifest.documents || vector.count !== docs.length || lexical.data.docCount !== docs.length) throw new IndexLoadError(dir, 'document counts disagree');
  return { docs, lexical, vector, embedder, evidence: new DocEvidence(docs, () => lexical.foldedWords()), ranges: planRanges(docs), ...(known ? { known } : {}) };
}

/** Load the index, or (re)build and save it with a one-line message saying why. */
export async function openIndex(
  dir: string,
  corpus: Corpus,
  embedder: Embedder,
  log: (line: string) => void,
): Promise<{ index: RetrievalIndex; rebuilt: boolean }> {
  try {
    return { index: await loadIndex(dir, corpus.corpusHash, embedder), rebuilt: false };
  } catch (e) {
    if (!(e instanceof IndexLoadError)) throw e;
    log(`index: ${e.reason}; building it in ${dir}`);
  }
  const index = await buildRetrievalIndex(corpus, embedder);
  try {
    await saveIndex(dir, index, corpus.corpusHash);
  } catch (e) {
    // a read-only build folder (a locked-down container) costs the fast start, not the service
    const err = e as NodeJS.ErrnoException;
    log(`index: cannot write ${dir} (${err.code ?? err.message.slice(0, 60)}); answering from the index in memory. Make the folder writable or set INDEX_DIR to keep it between starts.`);
  }
  return { index, rebuilt: true };
}
