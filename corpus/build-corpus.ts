import { createHash } from 'node:crypto';
import { createAgencyMatcher, type AgencyMatcher } from './agency-matcher';
import provincesJson from './data/provinces.json';
import { fold } from './normalise';
import { AGENCIES } from './data/agencies';
import { CorpusParseError, ManifestError } from './errors';
import type { Manifest, ManifestEntry } from './manifest';
import { diacriticShare, parsePlan, type ParseOptions, type PlanMatchers, type SeedDocument } from './parse-plan';
import { buildRestoreModel, restoreWithConfidence, type RestoreModel } from './restore/model';
import { unsureSpans, type UnsureSpan } from './restore/unsure';
import { z } from 'zod';
import { AgencySchema, ParsedPlanSchema, type Agency, type Corpus, type ParsedPlan } from './schema';
import { findTimeframe } from './timeframe';
import { isUnregistered, unregisteredAgency } from './unregistered';

export const CORPUS_FORMAT_VERSION = 2 as const;

/** Province names (folded): after an agency's name they qualify it ("Tỉnh đoàn Hà Tĩnh"). */
export const PLACE_NAMES: ReadonlySet<string> = new Set([...provincesJson.before2025, ...provincesJson.after2025.map((p) => p.name)].map((n) => fold(n)));
/**
 * Bump whenever parsing or restoration changes what records come out of the same seeds: the
 * corpus hash includes it, so cached corpora and indexes built from older records are rebuilt.
 */
export const PARSER_VERSION = 6;

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
   * that are scans without diacritics get restored text beside the raw text, and accented plans
   * are matched strictly against the registry (a real word is never read as another).
   */
  lexicon?: readonly string[];
  /** Accented plan texts the restorer learns wording from (default: the accented plans being built). */
  restoreFrom?: readonly string[];
}

/**
 * Parses plans one at a time with the same registry, matchers and restoration model, so a
 * deployment can re-parse only the plan that changed.
 */
export interface PlanParser {
  agencies: readonly Agency[];
  parse(doc: SeedDocument, entry: ManifestEntry, options?: ParseOptions): ParsedPlan;
}

export function createPlanParser(options: BuildOptions & { restoreFrom?: readonly string[] } = {}): PlanParser {
  const agencies = options.agencies ?? AGENCIES;
  const scanned = options.matcher ?? createAgencyMatcher(agencies);
  const lexicon = options.lexicon ?? [];
  let accented = scanned;
  if (!options.matcher && lexicon.length > 0) {
    const known = new Set(lexicon.map((w) => w.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd')));
    accented = createAgencyMatcher(agencies, { known: (w) => known.has(w), knownWordCost: Infinity, placeNames: PLACE_NAMES });
  }
  const matchers: PlanMatchers = { accented, scanned };
  let model: RestoreModel | null = null;
  const restoreFrom = options.restoreFrom ?? [];
  return {
    agencies,
    parse(doc, entry, parseOptions) {
      const parsed = ParsedPlanSchema.parse(parsePlan(doc, entry, matchers, parseOptions));
      if (parsed.plan.scanned && lexicon.length > 0) {
        model ??= buildRestoreModel(lexicon, restoreFrom);
        // a bullet is both a section and an assignment: restore each distinct text once
        const done = new Map<string, { text: string; unsure: UnsureSpan[] }>();
        const restoreFull = (text: string) => {
          let r = done.get(text);
          if (!r) {
            const x = restoreWithConfidence(model!, text);
            r = { text: x.text, unsure: unsureSpans(x.text, x.words) };
            done.set(text, r);
          }
          return r;
        };
        const restore = (text: string) => restoreFull(text).text;
        for (const a of parsed.assignments) {
          const r = restoreFull(a.task);
          a.taskRestored = r.text;
          a.restoredUnsure = r.unsure;
          // a prose timeframe read from the scan would show its OCR damage ("trude ngay"): read it from the restored text
          if (a.origin !== 'appendix') a.timeframe = findTimeframe(a.taskRestored)?.text ?? null;
        }
        for (const s of parsed.sections) s.textRestored = s.text ? restore(s.text) : null;
        const pl = parsed.plan;
        const parts = [pl.title, pl.reportingRule?.text, pl.funding?.text].map((t) => (t ? restoreFull(t) : null));
        pl.restored = { title: parts[0]!.text, reportingRule: parts[1]?.text ?? null, funding: parts[2]?.text ?? null, unsure: { title: parts[0]!.unsure, reportingRule: parts[1]?.unsure ?? [], funding: parts[2]?.unsure ?? [] } };
      }
      return parsed;
    },
  };
}

/** The corpus from parsed plans: the registry plus every unregistered name the plans use, as its own entry. */
export function assembleCorpus(plans: ParsedPlan[], agencies: readonly Agency[], hash: string): Corpus {
  const extra = new Map<string, Agency>();
  for (const p of plans) {
    for (const a of p.assignments) {
      for (const m of [...a.lead, ...a.coordinating]) {
        if (isUnregistered(m.agencyId) && !extra.has(m.agencyId)) extra.set(m.agencyId, unregisteredAgency(m.agencyId, m.text));
      }
    }
  }
  // plans are validated when parsed (parser.parse); keeping the same objects lets a rebuild recognise
  // the plans that did not change (a zod parse would copy every one of them)
  return { formatVersion: CORPUS_FORMAT_VERSION, corpusHash: hash, plans, agencies: z.array(AgencySchema).parse([...agencies, ...extra.values()]) };
}

function checkFiles(docs: SeedDocument[], manifest: Manifest, manifestFile: string): void {
  for (const d of docs) {
    if (!manifest.plans.some((p) => p.file === d.file)) {
      throw new ManifestError(manifestFile, `seed file ${d.file} is not listed`, 'Add an entry for it (province, number, date…) or remove the file.');
    }
  }
}

/** Parse every seed listed in the manifest; pure (the caller reads the files). The first bad plan throws. */
export function buildCorpus(docs: SeedDocument[], manifest: Manifest, options: BuildOptions = {}): Corpus {
  checkFiles(docs, manifest, 'seeds/manifest.json');
  const byFile = new Map(docs.map((d) => [d.file, d] as const));
  const parser = createPlanParser({ ...options, restoreFrom: options.restoreFrom ?? accentedTexts(docs) });
  const plans = manifest.plans.map((entry) => {
    const doc = byFile.get(entry.file);
    if (!doc) throw new ManifestError('seeds/manifest.json', `${entry.file} (${entry.id}) is listed but missing`, 'Restore the seed file or remove its entry.');
    return parser.parse(doc, entry);
  });
  return assembleCorpus(plans, parser.agencies, corpusHash(docs, manifest, parser.agencies, options.lexicon ?? []));
}

/** A plan that could not be read: skipped, reported (log, /healthz, review report), never fatal. */
export interface PlanFailure {
  planId: string;
  file: string;
  line: number | null;
  message: string;
}

export function failureOf(entry: { id: string; file: string }, err: unknown): PlanFailure {
  if (err instanceof CorpusParseError) return { planId: entry.id, file: entry.file, line: err.line, message: err.message };
  if (err instanceof ManifestError) return { planId: entry.id, file: entry.file, line: null, message: err.message };
  return { planId: entry.id, file: entry.file, line: null, message: `unexpected error: ${(err as Error)?.message ?? String(err)}` };
}

/** Texts with diacritics (share ≥ 30 %): what the restorer learns the plans' wording from. */
export function accentedTexts(docs: SeedDocument[]): string[] {
  return docs.filter((d) => diacriticShare(d.content) >= 0.3).map((d) => d.content);
}
