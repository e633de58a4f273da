import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CORPUS_FORMAT_VERSION } from './build-corpus';
import type { Corpus } from './schema';

/**
 * The built corpus cached on disk, so start-up does not parse and restore the seeds again. The file
 * is a checksum line ("sha256:<hex>") and the JSON: a flipped bit or a truncated file is detected,
 * reported and rebuilt, never answered from. Used only when its format version and corpus hash
 * (seeds, manifest, registry, lexicon) match. Written to a temp file, then renamed.
 */
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export async function loadCachedCorpus(path: string, expectedHash: string, onReject: (reason: string) => void = () => {}): Promise<Corpus | null> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return null; // no cache yet: nothing to report
  }
  const nl = raw.indexOf('\n');
  const head = nl < 0 ? '' : raw.slice(0, nl);
  const body = raw.slice(nl + 1);
  if (!head.startsWith('sha256:') || sha256(body) !== head.slice(7)) {
    onReject(`${path} is damaged or from an older version (checksum mismatch); rebuilding it`);
    return null;
  }
  try {
    const data = JSON.parse(body) as Corpus;
    if (data.formatVersion !== CORPUS_FORMAT_VERSION || data.corpusHash !== expectedHash || !Array.isArray(data.plans)) return null;
    return data;
  } catch {
    onReject(`${path} is unreadable; rebuilding it`);
    return null;
  }
}

export async function saveCorpus(path: string, corpus: Corpus): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // a unique temp name: two saves in flight (a reload during a reload) never write into one file
  const tmp = `${path}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  const body = JSON.stringify(corpus);
  await writeFile(tmp, `sha256:${sha256(body)}\n${body}`);
  await rename(tmp, path);
}
