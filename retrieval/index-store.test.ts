import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCorpus } from '../corpus/test-support/seed-corpus';
import type { Corpus } from '../corpus/schema';
import { buildRetrievalIndex } from './build-index';
import { HashedNgramEmbedder, type Embedder } from './embedder';
import { IndexLoadError, INDEX_FORMAT_VERSION, loadIndex, openIndex, saveIndex, type IndexManifest } from './index-store';
import type { RetrievalIndex } from './search';
import { ANALYSER_ID } from './text-analysis';

const embedder = new HashedNgramEmbedder();
let corpus: Corpus;
let index: RetrievalIndex;

const dirs: string[] = [];
function freshDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'index-store-test-'));
  dirs.push(d);
  return d;
}
/** A directory holding a freshly saved index of the seed corpus. */
async function savedDir(): Promise<string> {
  const d = freshDir();
  await saveIndex(d, index, corpus.corpusHash);
  return d;
}
const readManifest = (dir: string): IndexManifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as IndexManifest;
const writeManifest = (dir: string, m: unknown) => writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
const truncateHalf = (path: string) => truncateSync(path, Math.floor(statSync(path).size / 2));

/** The IndexLoadError loadIndex throws (fails the test if it resolves or throws anything else). */
async function loadError(dir: string, hash = corpus.corpusHash, e: Embedder = embedder): Promise<IndexLoadError> {
  const err = await loadIndex(dir, hash, e).then(
    () => null,
    (x: unknown) => x,
  );
  expect(err).toBeInstanceOf(IndexLoadError);
  const le = err as IndexLoadError;
  expect(le.dir).toBe(dir);
  expect(le.message).toBe(`index in ${dir}: ${le.reason}`);
  return le;
}

beforeAll(async () => {
  corpus = await seedCorpus();
  index = await buildRetrievalIndex(corpus, embedder);
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('saveIndex / loadIndex', () => {
  it('saves a manifest describing the build and loads the same index back', async () => {
    const dir = freshDir();
    const manifest = await saveIndex(dir, index, corpus.corpusHash);
    expect(manifest).toMatchObject({
      formatVersion: INDEX_FORMAT_VERSION,
      analyser: ANALYSER_ID,
      embedder: embedder.id,
      dimension: 384,
      corpusHash: corpus.corpusHash,
      documents: index.docs.length,
    });
    expect(Object.keys(manifest.checksums).sort()).toEqual(['docs.json', 'known.json', 'lexical.bin', 'vectors.f32']);
    expect(readManifest(dir)).toEqual(manifest);

    const loaded = await loadIndex(dir, corpus.corpusHash, embedder);
    expect(loaded.docs).toEqual(index.docs);
    expect(loaded.lexical.data).toEqual(index.lexical.data);
    expect(loaded.vector.count).toBe(index.docs.length);
    expect(loaded.evidence.vocab(3)).toEqual(index.evidence.vocab(3));
    expect([...loaded.ranges]).toEqual([...index.ranges]);
    expect(loaded.known).toEqual(index.known);
    const [q] = await embedder.embed(['Giảm thiểu tình trạng tảo hôn'], 'query');
    expect(loaded.vector.search(q!, 5, null).map((h) => h.doc)).toEqual(index.vector.search(q!, 5, null).map((h) => h.doc));
  });

  it('leaves no *.tmp files behind, also when saving over an existing index', async () => {
    const dir = await savedDir();
    await saveIndex(dir, index, corpus.corpusHash);
    expect(readdirSync(dir).sort()).toEqual(['docs.json', 'known.json', 'lexical.bin', 'manifest.json', 'vectors.f32']);
  });

  it('says there is no index yet in an empty directory', async () => {
    expect((await loadError(freshDir())).reason).toBe('no index yet');
  });

  it('refuses an index built from another corpus', async () => {
    const err = await loadError(await savedDir(), 'another-corpus-hash');
    expect(err.reason).toMatch(/another corpus/);
  });

  it('refuses an index built with another embedder or dimension', async () => {
    const dir = await savedDir();
    expect((await loadError(dir, corpus.corpusHash, new HashedNgramEmbedder(64))).reason).toMatch(/another embedder/);
    // same id, other dimension: the dimension check speaks
    const sameIdOtherDim: Embedder = { id: embedder.id, dimension: 64, embed: async () => [] };
    expect((await loadError(dir, corpus.corpusHash, sameIdOtherDim)).reason).toMatch(/another vector dimension \(384 ≠ 64\)/);
  });

  it.each([
    ['formatVersion', INDEX_FORMAT_VERSION + 1, /another format version/],
    ['analyser', 'vi-syllable-v0', /another analyser/],
    ['thesaurus', '0000000000000000', /another thesaurus/],
    ['documents', 3, /document counts disagree/],
    ['dimension', 'many', /manifest is unreadable/],
  ] as const)('refuses a manifest whose %s was tampered with', async (field, value, reason) => {
    const dir = await savedDir();
    writeManifest(dir, { ...readManifest(dir), [field]: value });
    expect((await loadError(dir)).reason).toMatch(reason);
  });

  it('refuses a manifest that is not JSON', async () => {
    const dir = await savedDir();
    writeFileSync(join(dir, 'manifest.json'), '{"formatVersion": 1,');
    expect((await loadError(dir)).reason).toBe('manifest is unreadable');
  });

  it.each(['vectors.f32', 'docs.json', 'lexical.bin', 'known.json'])('refuses a truncated %s (checksum) before parsing it', async (name) => {
    const dir = await savedDir();
    truncateHalf(join(dir, name));
    expect((await loadError(dir)).reason).toBe(`${name} is damaged (checksum mismatch)`);
  });

  it('refuses damaged content even when its checksum was rewritten to match (regression)', async () => {
    const { createHash } = await import('node:crypto');
    for (const name of ['vectors.f32', 'lexical.bin', 'docs.json']) {
      const dir = await savedDir();
      truncateHalf(join(dir, name));
      const m = readManifest(dir);
      m.checksums[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
      writeManifest(dir, m);
      expect((await loadError(dir)).reason).toMatch(/^(unreadable index file|document counts disagree)/);
    }
  });

  it('refuses a missing data file', async () => {
    const dir = await savedDir();
    rmSync(join(dir, 'lexical.bin'));
    expect((await loadError(dir)).reason).toBe('lexical.bin is missing');
  });
});

describe('openIndex', () => {
  it('loads a good index without rebuilding or logging', async () => {
    const dir = await savedDir();
    const lines: string[] = [];
    const { index: opened, rebuilt } = await openIndex(dir, corpus, embedder, (l) => lines.push(l));
    expect(rebuilt).toBe(false);
    expect(lines).toEqual([]);
    expect(opened.docs).toHaveLength(index.docs.length);
  });

  it('rebuilds a damaged index with exactly one log line, after which it loads', async () => {
    const dir = await savedDir();
    truncateHalf(join(dir, 'vectors.f32'));
    const lines: string[] = [];
    const { rebuilt } = await openIndex(dir, corpus, embedder, (l) => lines.push(l));
    expect(rebuilt).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`index: vectors.f32 is damaged (checksum mismatch); building it in ${dir}`);
    expect(lines[0]).not.toContain('\n');
    const loaded = await loadIndex(dir, corpus.corpusHash, embedder);
    expect(loaded.docs).toEqual(index.docs);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('answers from memory with one clear warning when the build folder cannot be written', async () => {
    const parent = freshDir();
    writeFileSync(join(parent, 'not-a-dir'), 'x'); // as good as read-only, even for root
    const dir = join(parent, 'not-a-dir', 'index');
    const lines: string[] = [];
    const { index: opened, rebuilt } = await openIndex(dir, corpus, embedder, (l) => lines.push(l));
    expect(rebuilt).toBe(true);
    expect(opened.docs).toHaveLength(index.docs.length);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^index: cannot write .* \(ENOTDIR\); answering from the index in memory/);
  });

  it('builds into a directory that does not exist yet', async () => {
    const dir = join(freshDir(), 'nested', 'index');
    const lines: string[] = [];
    const { rebuilt } = await openIndex(dir, corpus, embedder, (l) => lines.push(l));
    expect(rebuilt).toBe(true);
    expect(lines).toEqual([`index: no index yet; building it in ${dir}`]);
    await expect(loadIndex(dir, corpus.corpusHash, embedder)).resolves.toBeDefined();
  });
});
