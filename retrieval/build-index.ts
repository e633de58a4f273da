import type { Corpus, ParsedPlan } from '../corpus/schema';
import { planDocuments, type IndexDoc } from './documents';
import { buildKnownWords, planKnownWords } from './known-words';
import type { Embedder } from './embedder';
import { documentTerms, LexicalIndex, type WeightedTerms } from './lexical-index';
import { DocEvidence } from './doc-evidence';
import { planRanges } from './plan-ranges';
import type { IndexMemo, RetrievalIndex } from './search';
import { analyse, type Analysed } from './text-analysis';
import { createTopicAnnotator } from './topic-annotator';
import { VectorIndex } from './vector-index';

/**
 * Build both channels from a corpus (pure apart from CPU; saving is index-store's job). With
 * `previous`, every document identical to one of the previous index (same text, names, topics)
 * reuses its analysis and vector, so adding a plan to a running service costs about that plan's
 * documents; BM25 statistics and the HNSW graph are rebuilt from them.
 */
export async function buildRetrievalIndex(corpus: Corpus, embedder: Embedder, previous?: RetrievalIndex): Promise<RetrievalIndex> {
  // a plan object the library did not re-parse is the same object: what it contributed is reused
  const memo: IndexMemo = previous?.memo ?? { knownOf: new WeakMap(), docsOf: new WeakMap() };
  const known = buildKnownWords(corpus, (plan) => memo.knownOf.get(plan) ?? memo.knownOf.set(plan, planKnownWords(plan)).get(plan)!);
  // words whose "known" status changed since the previous build (a plan added or removed) change how
  // fuzzy topic matching reads a document containing them: only those documents are annotated again
  const changed = new Set<string>();
  if (previous?.known) {
    for (const w of known) if (!previous.known.has(w)) changed.add(w);
    for (const w of previous.known) if (!known.has(w)) changed.add(w);
  }
  const annotator = createTopicAnnotator((w) => known.has(w));
  const names = new Map(corpus.agencies.map((a) => [a.id, a.name] as const));
  const freshTerms = new Map<IndexDoc, WeightedTerms>();
  const docs = corpus.plans.flatMap((plan) => {
    const nameKey = nameSignature(plan, names);
    const hit = previous?.known ? memo.docsOf.get(plan) : undefined;
    if (hit && hit.names === nameKey && ![...changed].some((w) => hit.words.has(w))) return hit.docs;
    // one analysis per distinct text of this plan (bodies, repeated headings and agency names),
    // shared by topics, terms and the plan's word list; dropped when the plan is done
    const seen = new Map<string, Analysed>();
    const analysis = (text: string) => seen.get(text) ?? seen.set(text, analyse(text)).get(text)!;
    const planDocs = planDocuments(plan, names, annotator, analysis);
    for (const d of planDocs) freshTerms.set(d, documentTerms(d, analysis));
    const words = new Set<string>();
    for (const d of planDocs) for (const t of [d.heading, d.body]) for (const w of analysis(t).folded) words.add(w);
    memo.docsOf.set(plan, { docs: planDocs, words, names: nameKey });
    return planDocs;
  });
  const prevByKey = new Map<string, number>();
  if (previous && previous.embedder.id === embedder.id) previous.docs.forEach((d, i) => prevByKey.set(docKey(d), i));
  const reuse = docs.map((d) => prevByKey.get(docKey(d)) ?? -1);

  const terms: WeightedTerms[] = docs.map((d, i) => (reuse[i]! >= 0 && previous?.terms?.[reuse[i]!]) || freshTerms.get(d) || documentTerms(d));
  const lexical = LexicalIndex.build(docs, (_d, i) => terms[i]!);
  const fresh = docs.map((_, i) => i).filter((i) => reuse[i]! < 0 || !previous!.vector.vectorOf(reuse[i]!));
  const embedded = fresh.length > 0 ? await embedder.embed(fresh.map((i) => `${docs[i]!.heading}\n${docs[i]!.body}`), 'passage') : [];
  const vectors: Float32Array[] = docs.map((_, i) => (reuse[i]! >= 0 ? previous!.vector.vectorOf(reuse[i]!) : undefined) ?? new Float32Array(0));
  fresh.forEach((i, k) => (vectors[i] = embedded[k]!));
  const vector = VectorIndex.build(vectors, embedder.dimension);
  return {
    docs,
    lexical,
    vector,
    embedder,
    evidence: new DocEvidence(docs, () => lexical.foldedWords(), previous ? { from: previous.evidence, map: reuse } : undefined),
    ranges: planRanges(docs),
    terms,
    known,
    memo,
  };
}

/** The display names a plan's documents carry (they change when the registry renames a body). */
const nameSignature = (plan: ParsedPlan, names: ReadonlyMap<string, string>) =>
  [...new Set(plan.assignments.flatMap((a) => [...a.lead, ...a.coordinating].map((m) => m.agencyId)))].map((id) => names.get(id) ?? '').join('|');

const docKey = (d: IndexDoc) => JSON.stringify([d.id, d.body, d.heading, d.leadNames, d.coordNames, d.leadIds, d.coordIds, d.topics, d.sectionKind, d.province]);
