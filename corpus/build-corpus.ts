import { createHash } from 'node:crypto';
import { createAgencyMatcher, type AgencyMatcher } from './agency-matcher';
import { AGENCIES } from './data/agencies';
import { ManifestError } from './errors';
import type { Manifest } from './manifest';
import { parsePlan, type SeedDocument } from './parse-plan';
import { CorpusSchema, type Agency, type Corpus } from './schema';

export const CORPUS_FORMAT_VERSION = 1 as const;

/** Hash of everything the corpus is built from: seed texts, manifest and agency registry. */
export function corpusHash(docs: SeedDocument[], manifest: Manifest, agencies: readonly Agency[]): string {
  const h = createHash('sha256');
  h.update(`v${CORPUS_FORMAT_VERSION}\n`);
  h.update(JSON.stringify(manifest));
  h.update(JSON.stringify(agencies));
  for (const d of [...docs].sort((a, b) => a.file.localeCompare(b.file))) {
    h.update(`\n--${d.file}\n`);
    h.update(d.content);
  }
  return h.digest('hex');
}

/** Parse every seed listed in the manifest; pure (the caller reads the files). */
export function buildCorpus(
  docs: SeedDocument[],
  manifest: Manifest,
  agencies: readonly Agency[] = AGENCIES,
  matcher: AgencyMatcher = createAgencyMatcher(agencies),
): Corpus {
  const byFile = new Map(docs.map((d) => [d.file, d] as const));
  for (const d of docs) {
    if (!manifest.plans.some((p) => p.file === d.file)) {
      throw new ManifestError('seeds/manifest.json', `seed file ${d.file} is not listed`, 'Add an entry for it (province, number, date…) or remove the file.');
    }
  }
  const plans = manifest.plans.map((entry) => {
    const doc = byFile.get(entry.file);
    if (!doc) throw new ManifestError('seeds/manifest.json', `${entry.file} (${entry.id}) is listed but missing`, 'Restore the seed file or remove its entry.');
    return parsePlan(doc, entry, matcher);
  });
  return CorpusSchema.parse({
    formatVersion: CORPUS_FORMAT_VERSION,
    corpusHash: corpusHash(docs, manifest, agencies),
    plans,
    agencies: [...agencies],
  });
}
