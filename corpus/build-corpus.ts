import { createHash } from 'node:crypto';
import { createAgencyMatcher, type AgencyMatcher } from './agency-matcher';
import { AGENCIES } from './data/agencies';
import { ManifestError } from './errors';
import type { Manifest } from './manifest';
import { parsePlan, type SeedDocument } from './parse-plan';
import { buildRestoreModel, restoreText } from './restore/model';
import { CorpusSchema, type Agency, type Corpus, type ParsedPlan } from './schema';

export const CORPUS_FORMAT_VERSION = 1 as const;
/**
 * Bump whenever parsing or restoration changes what records come out of the same seeds: the
 * corpus hash includes it, so cached corpora and indexes built from older records are rebuilt.
 */
export const PARSER_VERSION = 3;

/** Hash of everything the corpus is built from: seed texts, manifest, agency registry, lexicon. */
export function corpusHash(docs: SeedDocument[], manifest: Manifest, agencies: readonly Agency[], lexicon: readonly string[] = []): string {
  const h = createHash('sha256');
  h.update(`v${CORPUS_FORMAT_VERSION}.${PARSER_VERSION}\n`);
  h.update(JSON.stringify(manifest));
  h.update(JSON.stringify(agencies));
  h.update(lexicon.join('\n'));
  for (const d of [...docs].sort((a, b) => a.file.localeCompare(b.file))) {
    h.update(`\n--${d.file}\n`);
    h.update(d.content);
  }
  return h.digest('hex');
}

export interface BuildOptions {
  agencies?: readonly Agency[];
  matcher?: AgencyMatcher;
  /**
   * A Vietnamese syllable list (dictionary-vi, read at the edge by `loadLexicon`). With it, plans
   * that are scans without diacritics get restored text beside the raw text.
   */
  lexicon?: readonly string[];
}

/** Parse every seed listed in the manifest; pure (the caller reads the files). */
export function buildCorpus(docs: SeedDocument[], manifest: Manifest, options: BuildOptions = {}): Corpus {
  const agencies = options.agencies ?? AGENCIES;
  const matcher = options.matcher ?? createAgencyMatcher(agencies);
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
  if (options.lexicon && options.lexicon.length > 0) restoreScans(plans, docs, options.lexicon);
  return CorpusSchema.parse({
    formatVersion: CORPUS_FORMAT_VERSION,
    corpusHash: corpusHash(docs, manifest, agencies, options.lexicon ?? []),
    plans,
    agencies: [...agencies],
  });
}

/** Restore the diacritics of scanned plans from the lexicon and the accented plans' wording. */
function restoreScans(plans: ParsedPlan[], docs: SeedDocument[], lexicon: readonly string[]): void {
  const scanned = plans.filter((p) => p.plan.scanned);
  if (scanned.length === 0) return;
  const accentedTexts = plans.filter((p) => !p.plan.scanned).map((p) => docs.find((d) => d.file === p.plan.file)!.content);
  const model = buildRestoreModel(lexicon, accentedTexts);
  // a bullet is both a section and an assignment: restore each distinct text once
  const done = new Map<string, string>();
  const restore = (text: string) => done.get(text) ?? done.set(text, restoreText(model, text)).get(text)!;
  for (const p of scanned) {
    for (const a of p.assignments) a.taskRestored = restore(a.task);
    for (const s of p.sections) s.textRestored = s.text ? restore(s.text) : null;
  }
}
