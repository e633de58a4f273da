import type { Corpus, ParsedPlan, Section, SectionKind } from '../corpus/schema';
import { analyse, type Analysed } from './text-analysis';
import type { TopicAnnotator } from './topic-annotator';

/**
 * What the index holds: one document per assignment (task, group heading, agency names) and one
 * per section a general question may need (purpose, tasks, funding, organisation, reporting), with
 * the thesaurus topics each mentions.
 */
export interface IndexDoc {
  id: string;
  kind: 'assignment' | 'section';
  planId: string;
  province: string;
  /** main text: the task, or the section's text */
  body: string;
  /** group heading or section title */
  heading: string;
  /** agency names: lead, then coordinating */
  leadNames: string;
  coordNames: string;
  leadIds: string[];
  coordIds: string[];
  topics: string[];
  sectionKind: SectionKind | null;
}

const SECTION_KINDS: ReadonlySet<SectionKind> = new Set(['purpose', 'tasks', 'funding', 'organisation', 'reporting']);

function sectionBody(section: Section, all: Section[]): string {
  const children = all.filter((s) => s.parentId === section.id);
  const own = section.textRestored ? `${section.text}\n${section.textRestored}` : section.text;
  return [own, ...children.map((c) => sectionBody(c, all))].join('\n');
}

export function buildDocuments(corpus: Corpus, annotator: TopicAnnotator): IndexDoc[] {
  const names = new Map(corpus.agencies.map((a) => [a.id, a.name] as const));
  return corpus.plans.flatMap((p) => planDocuments(p, names, annotator));
}

/** One plan's documents (a rebuild reuses those of plans that did not change). */
/** `analysis` lets a build share one analysis of a text between topics and terms. */
export function planDocuments({ plan, sections, assignments }: ParsedPlan, names: ReadonlyMap<string, string>, annotator: TopicAnnotator, analysis: (text: string) => Analysed = analyse): IndexDoc[] {
  const docs: IndexDoc[] = [];
  {
    for (const a of assignments) {
      // a scanned plan is searchable by its raw text and by the restored one
      const body = a.taskRestored ? `${a.task}\n${a.taskRestored}` : a.task;
      docs.push({
        id: a.id,
        kind: 'assignment',
        planId: plan.id,
        province: plan.province,
        body,
        heading: a.group ?? '',
        leadNames: a.lead.map((m) => names.get(m.agencyId) ?? m.text).join('; '),
        coordNames: a.coordinating.map((m) => names.get(m.agencyId) ?? m.text).join('; '),
        leadIds: a.lead.map((m) => m.agencyId),
        coordIds: a.coordinating.map((m) => m.agencyId),
        // topics come from the task itself: a group heading ("V. … cơ sở dữ liệu") describes its neighbours too
        topics: annotator.topics(analysis(body)),
        sectionKind: null,
      });
    }
    for (const s of sections) {
      if (!SECTION_KINDS.has(s.kind) || s.level < 1 || s.level > 2) continue;
      const body = sectionBody(s, sections);
      docs.push({
        id: s.id,
        kind: 'section',
        planId: plan.id,
        province: plan.province,
        body,
        heading: s.title,
        leadNames: '',
        coordNames: '',
        leadIds: [],
        coordIds: [],
        topics: annotator.topics(analysis(body)),
        sectionKind: s.kind,
      });
    }
  }
  return docs;
}
