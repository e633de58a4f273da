import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ManifestError } from './errors';
import { parseManifest, type Manifest } from './manifest';
import type { SeedDocument } from './parse-plan';

/** Read seeds/manifest.json and every .txt seed beside it. I/O lives here, not in the parsers. */
export async function loadSeeds(dir: string): Promise<{ manifest: Manifest; docs: SeedDocument[] }> {
  const manifestPath = join(dir, 'manifest.json');
  let json: string;
  try {
    json = await readFile(manifestPath, 'utf8');
  } catch {
    throw new ManifestError(manifestPath, 'cannot be read', 'Run from the project root, or create seeds/manifest.json listing each seed.');
  }
  const manifest = parseManifest(json, manifestPath);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const docs = await Promise.all(files.map(async (file) => ({ file, content: await readFile(join(dir, file), 'utf8') })));
  return { manifest, docs };
}
