import type { ParsedPlan } from '../corpus/schema';
import type { DocEvidence } from './doc-evidence';
import type { IndexDoc } from './documents';
import type { Embedder } from './embedder';
import { LEXICAL_STOPWORDS, queryTerms, type LexicalIndex } from './lexical-index';
import { rangesOf, type DocRange } from './plan-ranges';
import { TopK } from './ranked';
import { analyse } from './text-analysis';
import { topicHeadword } from './topic-annotator';
import { TOPICS } from './thesaurus/topics';
import type { Understanding } from './understand';
import type { VectorIndex } from './vector-index';

/**
 * Two channels fused by reciprocal rank fusion (RRF, k = 60: score = Σ 1/(k + rank)), after a
 * hard filter by plan (province) and document kind. RRF needs no score calibration between BM25
 * and cosine similarity. Structured evidence is added on top: shared thesaurus topics and, when
 * the question names an agency, that agency being the lead.
 */
export const RRF_K = 60;
const TOPIC_BONUS = 0.012;
const AGENCY_BONUS = 0.02;
const COVERAGE_WEIGHT = 0.008;
/** each pair of question words found side by side in the task ("đội ngũ nhân viên"), up to three */
const PAIR_BONUS = 0.004;
const BROAD: ReadonlySet<string> = new Set(TOPICS.filter((t) => t.broad).map((t) => t.id));
const VECTOR_CANDIDATES = 40;
/** word evidence (coverage, pairs) is computed for this many best-fused candidates; the bonuses it adds are small */
const EVIDENCE_CANDIDATES = 60;

export interface RetrievalIndex {
  docs: IndexDoc[];
  lexical: LexicalIndex;
  vector: VectorIndex;
  embedder: Embedder;
  /** each document's vocabulary and syllable pairs, computed when a search first needs them */
  evidence: DocEvidence;
  /** each plan's runs of documents, so a query about one province reads only those */
  ranges: ReadonlyMap<string, readonly DocRange[]>;
  /** in memory only: per-document work arrays a search reuses instead of allocating (see search) */
  scratch?: { lexRank: Int32Array };
  /** in memory only: each document's topics as small integers, for the fusion loop (see topicTable) */
  topics?: TopicTable;
  /** the words known to be real (plans with diacritics + thesaurus), shared with question understanding */
  known?: ReadonlySet<string>;
  /** in memory only: what each parsed plan contributed, so adding a plan re-analyses that plan alone */
  memo?: IndexMemo;
}

export interface IndexMemo {
  knownOf: WeakMap<ParsedPlan, readonly string[]>;
  docsOf: WeakMap<ParsedPlan, { docs: IndexDoc[]; words: ReadonlySet<string>; names: string }>;
}

/**
 * Words of the plans' boilerplate ("tăng cường", "bảo đảm", "thực hiện"…): everywhere, so they
 * say nothing about whether a document answers the question.
 */
/** compounds of common syllables that name a thing, not a way of doing: bố trí, công chức, cơ sở (dữ liệu) */
const CONTENT_PAIRS = new Set(['bo_tri', 'cong_chuc', 'co_so', 'dich_vu']);

const GENERIC = new Set([
  'phong', 'chong', 'tang', 'cuong', 'bao', 'dam', 'thuc', 'hien', 'trien', 'khai', 'nang', 'cao', 'giam', 'thieu', 'day', 'manh',
  'hoat', 'dong', 'cong', 'tac', 'van', 'de', 'viec', 'nhiem', 'vu', 'giai', 'phap', 'quyen', 'tre', 'em', 've', 'lien', 'quan',
  'chu', 'tri', 'so', 'nganh', 'tinh', 'ke', 'hoach', 'lo', 'lam', 'ai', 'nao', 'gi', 'giao', 'cho', 'dich', 'chuong', 'trinh',
  'xay', 'dung', 'to', 'chuc', 'ho', 'tro', 'can', 'bo', 'co', 'quan', 'don', 'vi', 'tham', 'gia', 'nguoi', 'nam', 'sao', 'phai',
]);

/** Documents' topics as numbers: the fusion loop runs over every candidate of a wide question. */
export interface TopicTable {
  idOf: Map<string, number>;
  /** document d's topic ids are ids[offsets[d] … offsets[d + 1]) */
  offsets: Uint32Array;
  ids: Uint16Array;
  /** 1 for a broad topic */
  broad: Uint8Array;
  /** how many of a document's topics are not broad */
  specific: Uint16Array;
  /** 0 for an assignment, 1 for a section */
  kind: Uint8Array;
}

function topicTable(docs: readonly IndexDoc[]): TopicTable {
  const idOf = new Map<string, number>();
  const offsets = new Uint32Array(docs.length + 1);
  let n = 0;
  docs.forEach((d, i) => {
    offsets[i] = n;
    n += d.topics.length;
    for (const t of d.topics) if (!idOf.has(t)) idOf.set(t, idOf.size);
  });
  offsets[docs.length] = n;
  const ids = new Uint16Array(n);
  const broad = new Uint8Array(idOf.size);
  for (const [t, k] of idOf) broad[k] = BROAD.has(t) ? 1 : 0;
  const specific = new Uint16Array(docs.length);
  docs.forEach((d, i) => {
    d.topics.forEach((t, k) => (ids[offsets[i]! + k] = idOf.get(t)!));
    specific[i] = d.topics.filter((t) => !BROAD.has(t)).length;
  });
  const kind = Uint8Array.from(docs, (d) => (d.kind === 'assignment' ? 0 : 1));
  return { idOf, offsets, ids, broad, specific, kind };
}

export interface SearchOptions {
  planIds: readonly string[] | null;
  kinds: ReadonlyArray<IndexDoc['kind']>;
  /** boost (or, with `requireAgency`, keep only) documents this agency leads */
  agencies?: readonly string[];
  requireAgency?: boolean;
  limit?: number;
}

export interface SearchHit {
  doc: IndexDoc;
  index: number;
  score: number;
  lexicalRank: number | null;
  vectorRank: number | null;
  vectorSimilarity: number;
  sharedTopics: string[];
  /** share of the question's content syllables found in the document (fuzzy, for OCR) */
  coverage: number;
  /** adjacent content-word pairs of the question found adjacent in the document */
  pairs: number;
}

/** How many adjacent pairs of the question's content words sit side by side in the document. */
function sharedPairs(content: string[], pairs: Set<string>): number {
  let n = 0;
  for (let i = 0; i + 1 < content.length; i++) {
    // "thực hiện", "tổ chức" prove nothing; "bố trí công chức" does, though each syllable is common
    if (GENERIC.has(content[i]!) && GENERIC.has(content[i + 1]!) && !CONTENT_PAIRS.has(`${content[i]}_${content[i + 1]}`)) continue;
    if (pairs.has(`${content[i]}_${content[i + 1]}`)) n += 1;
  }
  return n;
}

/** The question's words that can tell one task from another (no boilerplate, no stop words). */
export function informativeWords(content: readonly string[]): string[] {
  return content.filter((w) => !LEXICAL_STOPWORDS.has(w) && !GENERIC.has(w));
}

/**
 * Share of the question's informative words found in a document, weighted by how rare each word
 * is in the plans (a word no plan uses, like "phở", weighs most); a word found only fuzzily (typo,
 * OCR) counts 0.8.
 */
function coverage(content: string[], evidence: DocEvidence, doc: number, idf: (w: string) => number): number {
  const words = informativeWords(content);
  if (words.length === 0) return 0;
  let hit = 0;
  let total = 0;
  for (const w of words) {
    const weight = idf(w);
    total += weight;
    const found = evidence.has(doc, w);
    if (found === 1) hit += weight;
    else if (found > 0) hit += 0.8 * weight;
  }
  return total === 0 ? 0 : hit / total;
}

/** The text the vector channel embeds for a question: its content words and its topics' Vietnamese names. */
export function vectorQueryText(u: Understanding): string {
  const heads = u.topics.map(topicHeadword).filter((h): h is string => h !== null);
  return [u.contentText, ...heads].join(' ').trim();
}

export async function search(index: RetrievalIndex, u: Understanding, opts: SearchOptions): Promise<SearchHit[]> {
  const plans = opts.planIds ? new Set(opts.planIds) : null;
  const kinds = new Set(opts.kinds);
  const agencies = new Set(opts.agencies ?? []);
  const table = (index.topics ??= topicTable(index.docs));
  // asked for every document a wide question touches: kinds by a number, the rest only when set
  const kindAllowed = Uint8Array.from([kinds.has('assignment') ? 1 : 0, kinds.has('section') ? 1 : 0]);
  const byAgency = Boolean(opts.requireAgency && agencies.size > 0);
  const allowed = (i: number) => {
    if (!kindAllowed[table.kind[i]!]) return false;
    if (!plans && !byAgency) return true;
    const d = index.docs[i]!;
    if (plans && !plans.has(d.planId)) return false;
    if (byAgency && !d.leadIds.some((id) => agencies.has(id))) return false;
    return true;
  };

  const ranges = rangesOf(index.ranges, opts.planIds);
  // the embedder may be asynchronous: everything after this await runs in one go, so the scratch
  // arrays below are never shared by two questions at once
  const vecText = vectorQueryText(u);
  const queryVector = vecText ? (await index.embedder.embed([vecText], 'query'))[0]! : null;
  const vector = queryVector ? index.vector.search(queryVector, VECTOR_CANDIDATES, allowed, ranges) : [];
  const lexical = index.lexical.ranked(queryTerms(analyse(u.contentText), u.topics), allowed, ranges);
  // ranks by document number in a typed array kept with the index (a question over every province
  // ranks tens of thousands); reset below for the documents this question touched
  const lexRankOf = (index.scratch ??= { lexRank: new Int32Array(index.docs.length).fill(-1) }).lexRank;
  lexical.docs.forEach((doc, r) => (lexRankOf[doc] = r));
  const vecRank = new Map(vector.map((h, r) => [h.doc, r] as const));
  const vecSim = new Map(vector.map((h) => [h.doc, h.similarity] as const));
  const lexRank = (i: number) => (lexRankOf[i]! >= 0 ? lexRankOf[i]! : undefined);

  const candidates: number[] = Array.from(lexical.docs);
  for (const h of vector) if (lexRankOf[h.doc]! < 0) candidates.push(h.doc);
  const idf = (w: string) => index.lexical.idf(`f:${w}`);
  // with an agency to list and nothing else to match on, every document it leads is a candidate
  if (opts.requireAgency && candidates.length === 0) for (const [start, end] of ranges ?? [[0, index.docs.length] as const]) for (let i = start; i < end; i++) if (allowed(i)) candidates.push(i);
  const qTopics = new Set(u.topics);
  const asked = new Uint8Array(table.idOf.size);
  for (const t of qTopics) {
    const k = table.idOf.get(t);
    if (k !== undefined) asked[k] = 1;
  }
  const withAgency = agencies.size > 0;
  // phase 1: rank fusion and topics for every candidate, keeping the best; phase 2: word evidence for those
  const top = new TopK(Math.max(EVIDENCE_CANDIDATES, opts.limit ?? 20));
  for (const i of candidates) {
    const r = lexRankOf[i]!;
    const lr = r >= 0 ? r : undefined;
    const vr = vector.length > 0 ? vecRank.get(i) : undefined;
    let shared = 0;
    let specificShared = 0;
    const specificDoc = table.specific[i]!;
    for (let k = table.offsets[i]!, end = table.offsets[i + 1]!; k < end; k++) {
      const t = table.ids[k]!;
      if (asked[t]) {
        shared++;
        if (!table.broad[t]) specificShared++;
      }
    }
    let score = (lr === undefined ? 0 : 1 / (RRF_K + lr + 1)) + (vr === undefined ? 0 : 1 / (RRF_K + vr + 1));
    // shared topics, and how much of the task is about them ("aboutness": a task on online abuse
    // beats one that lists online abuse among seven things)
    score += TOPIC_BONUS * (specificShared + 0.5 * (shared - specificShared));
    if (specificDoc > 0) score += (TOPIC_BONUS * specificShared) / specificDoc;
    if (withAgency && index.docs[i]!.leadIds.some((id) => agencies.has(id))) score += AGENCY_BONUS;
    top.push(i, score);
  }
  const pre = top.sorted().map(({ i, score }) => ({ i, score, shared: index.docs[i]!.topics.filter((t) => qTopics.has(t)), lexicalRank: lexRank(i) ?? null }));
  for (const doc of lexical.docs) lexRankOf[doc] = -1;
  const hits: SearchHit[] = [];
  for (const { i, score: base, shared, lexicalRank } of pre) {
    const cov = coverage(u.content, index.evidence, i, idf);
    const pairs = sharedPairs(u.content, index.evidence.pairs(i));
    hits.push({
      doc: index.docs[i]!,
      index: i,
      score: base + COVERAGE_WEIGHT * cov + PAIR_BONUS * Math.min(3, pairs),
      lexicalRank,
      vectorRank: vecRank.get(i) ?? null,
      vectorSimilarity: vecSim.get(i) ?? 0,
      sharedTopics: shared,
      coverage: cov,
      pairs,
    });
  }
  hits.sort((a, b) => b.score - a.score || a.index - b.index);
  return hits.slice(0, opts.limit ?? 20);
}
