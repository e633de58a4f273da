import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SHIPPED_REGISTRY } from '../corpus/data/agencies';
import { AGENCY_SUCCESSORS } from '../corpus/data/reorganisation-2025';
import { ManifestError } from '../corpus/errors';
import { buildRegistry, parseRegistryFile, type RegistryFile } from '../corpus/registry';
import type { Agency } from '../corpus/schema';
import { ALL_PROVINCES } from '../retrieval/thesaurus/province-list';

/**
 * The registry the service parses plans with: the shipped corpus/data/agencies.json plus a
 * deployment's own <PLANS_DIR>/agencies.json (bodies and spellings its plans use), read at every
 * load so a maintainer's addition takes effect without a restart. With `strict` (add-plan) a broken
 * deployment file is an error; otherwise it is logged and the shipped registry is used, so one bad
 * edit never stops the service.
 */
export async function loadRegistry(plansDir: string, log: (line: string) => void, strict = false): Promise<readonly Agency[]> {
  const shipped = { file: 'corpus/data/agencies.json', data: SHIPPED_REGISTRY };
  const path = join(plansDir, 'agencies.json');
  let own: RegistryFile | null = null;
  try {
    const text = await readFile(path, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new ManifestError(path, `not valid JSON (${(e as Error).message})`, 'Fix the JSON syntax; the shape is that of corpus/data/agencies.json.');
    }
    own = parseRegistryFile(json, path);
    return buildRegistry([shipped, { file: path, data: own }], AGENCY_SUCCESSORS);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return buildRegistry([shipped], AGENCY_SUCCESSORS);
    if (strict) throw e;
    log(`registry: ${(e as Error).message} Using the shipped registry until it is fixed.`);
    return buildRegistry([shipped], AGENCY_SUCCESSORS);
  }
}

/** Province names add-plan recognises in a plan's header (the 63 former and the 34 current). */
export async function loadProvinceNames(): Promise<readonly string[]> {
  return ALL_PROVINCES;
}
