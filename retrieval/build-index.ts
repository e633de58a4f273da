import type { Corpus, ParsedPlan } from '../corpus/schema';
import { DocEvidence } from './doc-evidence';
import { planDocuments, type IndexDoc } from './documents';
import type { Embedder } from './embedder';
import { buildKnownWords, planKnownWords } from './known-words';
import { documentTerms, LexicalBuilder } from './lexical-index';
import { planRanges } from './plan-ranges';
import type { IndexMemo, RetrievalIndex } from './search';
import { analyse, type Analysed } from './text-analysis';
import { createTopicAnnotator } from './topic-annotator';
import { VectorIndex } from './vector-index';

/** Passages embedded per call: the embedder's output goes straight into the index's one vector buffer. */
const EMBED_BATCH = 512;

/**
 * Build both channels from a corpus (pure apart from CPU; saving is index-store's job). Documents
 * stream into the lexical builder in index order, each term map dropped once added. With
 * `previous`, every document identical to one of the previous index (same text, names, topics)
 * takes its terms (read back from the previous postings) and its vector instead of being analysed
 * and embedded again, so adding a plan to a running service costs about that plan's documents; BM25
 * statistics and the HNSW graph are rebuilt from them.
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
  const prevByKey = new Map<string, number>();
  if (previous && previous.embedder.id === embedder.id) previous.docs.forEach((d, i) => prevByKey.set(docKey(d), i));

  const docs: IndexDoc[] = [];
  const reuse: number[] = [];
  const lexical = new LexicalBuilder();
  for (const plan of corpus.plans) {
    const nameKey = nameSignature(plan, names);
    const hit = previous?.known ? memo.docsOf.get(plan) : undefined;
    let planDocs: IndexDoc[];
    // one analysis per distinct text of this plan (bodies, repeated headings and agency names),
    // shared by topics, terms and the plan's word list; dropped when the plan is done
    const seen = new Map<string, Analysed>();
    const analysis = (text: string) => seen.get(text) ?? seen.set(text, analyse(text)).get(text)!;
    if (hit && hit.names === nameKey && ![...changed].some((w) => hit.words.has(w))) planDocs = hit.docs;
    else {
      planDocs = planDocuments(plan, names, annotator, analysis);
      const words = new Set<string>();
      for (const d of planDocs) for (const t of [d.heading, d.body]) for (const w of analysis(t).folded) words.add(w);
      memo.docsOf.set(plan, { docs: planDocs, words, names: nameKey });
    }
    for (const d of planDocs) {
      const j = prevByKey.size > 0 ? (prevByKey.get(docKey(d)) ?? -1) : -1;
      lexical.add(j >= 0 ? previous!.lexical.termsOfDoc(j) : documentTerms(d, analysis));
      reuse.push(j);
      docs.push(d);
    }
  }
  const lexicalIndex = lexical.finish();

  const dim = embedder.dimension;
  const data = new Float32Array(docs.length * dim);
  const fresh: number[] = [];
  docs.forEach((_, i) => {
    const old = reuse[i]! >= 0 ? previous!.vector.vectorOf(reuse[i]!) : undefined;
    if (old && old.length === dim) data.set(old, i * dim);
    else fresh.push(i);
  });
  for (let k = 0; k < fresh.length; k += EMBED_BATCH) {
    const batch = fresh.slice(k, k + EMBED_BATCH);
    const vectors = await embedder.embed(batch.map((i) => `${docs[i]!.heading}\n${docs[i]!.body}`), 'passage');
    batch.forEach((i, b) => data.set(vectors[b]!.subarray(0, dim), i * dim));
  }
  const vector = VectorIndex.fromData(data, dim);
  return {
    docs,
    lexical: lexicalIndex,
    vector,
    embedder,
    evidence: new DocEvidence(docs, () => lexicalIndex.foldedWords(), previous ? { from: previous.evidence, map: reuse } : undefined),
    ranges: planRanges(docs),
    known,
    memo,
  };
}

/** The display names a plan's documents carry (they change when the registry renames a body). */
const nameSignature = (plan: ParsedPlan, names: ReadonlyMap<string, string>) =>
  [...new Set(plan.assignments.flatMap((a) => [...a.lead, ...a.coordinating].map((m) => m.agencyId)))].map((id) => names.get(id) ?? '').join('|');

const docKey = (d: IndexDoc) => JSON.stringify([d.id, d.body, d.heading, d.leadNames, d.coordNames, d.leadIds, d.coordIds, d.topics, d.sectionKind, d.province]);
