import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { CORPUS_FORMAT_VERSION } from './build-corpus';
import type { Corpus } from './schema';

/**
 * The built corpus cached on disk, so start-up does not parse and restore the seeds again. Used only
 * when its format version and corpus hash (seeds, manifest, registry, lexicon) match; a truncated or
 * stale file is ignored and rebuilt. Written to a temp file, then renamed.
 */
export async function loadCachedCorpus(path: string, expectedHash: string): Promise<Corpus | null> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as Corpus;
    if (data.formatVersion !== CORPUS_FORMAT_VERSION || data.corpusHash !== expectedHash || !Array.isArray(data.plans)) return null;
    return data;
  } catch {
    return null;
  }
}

export async function saveCorpus(path: string, corpus: Corpus): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // a unique temp name: two saves in flight (a reload during a reload) never write into one file
  const tmp = `${path}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  await writeFile(tmp, JSON.stringify(corpus));
  await rename(tmp, path);
}
