import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { accentedTexts, assembleCorpus, createPlanParser, failureOf, PARSER_VERSION, type PlanFailure, type PlanParser } from '../corpus/build-corpus';
import { loadCachedCorpus, saveCorpus } from '../corpus/corpus-cache';
import { emptyDeploymentManifest, parseDeploymentManifest } from '../corpus/deployment-manifest';
import { ManifestError } from '../corpus/errors';
import { parseManifest, type ManifestEntry } from '../corpus/manifest';
import type { SeedDocument } from '../corpus/parse-plan';
import type { Agency, Corpus, ParsedPlan } from '../corpus/schema';

/**
 * Every plan the assistant answers from: the reference seeds (seeds/, with their golden tests) and
 * the plans a deployment added (PLANS_DIR, written by `npm run add-plan`). Each plan is parsed on
 * its own and cached by a hash of its text, manifest entry, registry and parser version, so a
 * change re-parses only that plan; a plan that fails is skipped and reported, never fatal.
 */
export interface PlanSource {
  entry: ManifestEntry;
  doc: SeedDocument;
  collection: 'seed' | 'added';
}

export interface LibrarySnapshot {
  corpus: Corpus;
  failures: PlanFailure[];
  /** raw text of each plan file, for showing source passages */
  texts: Map<string, string>;
  /** plan id → hash of what it was parsed from */
  planHashes: Map<string, string>;
}

export interface LibraryOptions {
  seedsDir: string;
  plansDir: string;
  /** the registry, read again at every load so a maintainer's additions take effect without a restart */
  loadAgencies: () => Promise<readonly Agency[]>;
  lexicon: readonly string[];
  /** where the assembled corpus is cached for a fast start (null: no cache) */
  cachePath: string | null;
  log?: (line: string) => void;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export async function readPlanSources(opts: Pick<LibraryOptions, 'seedsDir' | 'plansDir'>): Promise<{ sources: PlanSource[]; failures: PlanFailure[] }> {
  const sources: PlanSource[] = [];
  const failures: PlanFailure[] = [];
  const seedManifestPath = join(opts.seedsDir, 'manifest.json');
  let seedJson: string;
  try {
    seedJson = await readFile(seedManifestPath, 'utf8');
  } catch {
    throw new ManifestError(seedManifestPath, 'cannot be read', 'Run from the project root, or set SEEDS_DIR to the folder holding manifest.json and the seed plans.');
  }
  const seedManifest = parseManifest(seedJson, seedManifestPath);
  const seedFiles = new Set((await readdir(opts.seedsDir)).filter((f) => f.endsWith('.txt')));
  for (const f of seedFiles) {
    if (!seedManifest.plans.some((p) => p.file === f)) {
      failures.push({ planId: f, file: f, line: null, message: `${seedManifestPath}: seed file ${f} is not listed. Add an entry for it or remove the file.` });
    }
  }
  for (const entry of seedManifest.plans) {
    try {
      const content = await readFile(join(opts.seedsDir, entry.file), 'utf8');
      sources.push({ entry, doc: { file: entry.file, content }, collection: 'seed' });
    } catch {
      failures.push({ planId: entry.id, file: entry.file, line: null, message: `${entry.file} is listed in ${seedManifestPath} but cannot be read` });
    }
  }
  const addedPath = join(opts.plansDir, 'manifest.json');
  let added = emptyDeploymentManifest();
  try {
    added = parseDeploymentManifest(await readFile(addedPath, 'utf8'), addedPath);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      failures.push({ planId: '(added plans)', file: addedPath, line: null, message: (e as Error).message });
    }
  }
  const ids = new Set(sources.map((s) => s.entry.id));
  const files = new Set(sources.map((s) => s.entry.file));
  for (const entry of added.plans) {
    if (ids.has(entry.id) || files.has(entry.file)) {
      failures.push({ planId: entry.id, file: entry.file, line: null, message: `${addedPath}: plan id or file ${entry.id} is already used by another plan; give it its own id` });
      continue;
    }
    try {
      const content = await readFile(join(opts.plansDir, entry.file), 'utf8');
      sources.push({ entry, doc: { file: entry.file, content, paragraphs: entry.format === 'docx' }, collection: 'added' });
      ids.add(entry.id);
      files.add(entry.file);
    } catch {
      failures.push({ planId: entry.id, file: entry.file, line: null, message: `${entry.file} is listed in ${addedPath} but cannot be read; add the plan again with npm run add-plan` });
    }
  }
  return { sources, failures };
}

export interface PlanLibrary {
  /** read the sources and build the corpus, reusing every plan whose inputs did not change */
  load(): Promise<LibrarySnapshot>;
  readonly current: LibrarySnapshot | null;
}

export function createPlanLibrary(opts: LibraryOptions): PlanLibrary {
  let agencies: readonly Agency[] = [];
  let registryHash = '';
  const lexiconHash = sha(opts.lexicon.join('\n')).slice(0, 16);
  let parser: PlanParser | null = null;
  let restoreKey = '';
  const parsed = new Map<string, { hash: string; plan: ParsedPlan }>();
  let current: LibrarySnapshot | null = null;
  let cacheTried = false;

  const planHash = (s: PlanSource) => sha(`${PARSER_VERSION}|${registryHash}|${lexiconHash}|${restoreKey}|${JSON.stringify(s.entry)}|${s.doc.content}`);

  return {
    get current() {
      return current;
    },
    async load() {
      const { sources, failures } = await readPlanSources(opts);
      // the restorer learns wording from the accented reference seeds only, so adding a plan never changes another plan's restored text
      const restoreFrom = accentedTexts(sources.filter((s) => s.collection === 'seed').map((s) => s.doc));
      agencies = await opts.loadAgencies();
      const key = sha(restoreFrom.join('\n')).slice(0, 16);
      const regHash = sha(JSON.stringify(agencies)).slice(0, 16);
      if (key !== restoreKey || regHash !== registryHash || !parser) {
        restoreKey = key;
        registryHash = regHash;
        parser = createPlanParser({ agencies, lexicon: opts.lexicon, restoreFrom });
        parsed.clear();
      }
      const hashes = new Map(sources.map((s) => [s.entry.id, planHash(s)] as const));
      const corpusHash = sha([...hashes].map(([id, h]) => `${id}:${h}`).join('\n'));
      const texts = new Map(sources.map((s) => [s.doc.file, s.doc.content] as const));

      if (!cacheTried && opts.cachePath) {
        cacheTried = true;
        const cached = (await loadCachedCorpus(opts.cachePath, corpusHash, (reason) => opts.log?.(`corpus cache: ${reason}`))) as (Corpus & { failures?: PlanFailure[] }) | null;
        if (cached) {
          for (const p of cached.plans) parsed.set(p.plan.id, { hash: hashes.get(p.plan.id)!, plan: p });
          current = { corpus: cached, failures: [...failures, ...(cached.failures ?? [])], texts, planHashes: hashes };
          return current;
        }
      }
      const plans: ParsedPlan[] = [];
      const planFailures: PlanFailure[] = [];
      for (const s of sources) {
        const h = hashes.get(s.entry.id)!;
        const hit = parsed.get(s.entry.id);
        if (hit && hit.hash === h) {
          plans.push(hit.plan);
          continue;
        }
        try {
          const plan = parser.parse(s.doc, s.entry);
          parsed.set(s.entry.id, { hash: h, plan });
          plans.push(plan);
        } catch (e) {
          parsed.delete(s.entry.id);
          planFailures.push(failureOf(s.entry, e));
        }
      }
      for (const id of [...parsed.keys()]) if (!hashes.has(id)) parsed.delete(id);
      const corpus = assembleCorpus(plans, agencies, corpusHash);
      if (opts.cachePath) {
        // written in the background: answers about a new plan never wait for the disk; a read-only
        // build folder only costs the fast start next time
        const path = opts.cachePath;
        saveCorpus(path, { ...corpus, failures: planFailures } as Corpus).catch((e: Error) =>
          opts.log?.(`corpus cache: cannot write ${path} (${e.message.slice(0, 80)}); continuing without it`),
        );
      }
      current = { corpus, failures: [...failures, ...planFailures], texts, planHashes: hashes };
      return current;
    },
  };
}
