import { z } from 'zod';

/** Where a record comes from: the file, a reference a person can find in the document, and line numbers. */
export const SourceRefSchema = z.object({
  file: z.string().min(1),
  ref: z.string().min(1), // e.g. "Phụ lục, mục IV.5", "Mục IV.9 (gạch đầu dòng thứ 2)"
  lineStart: z.number().int().positive(),
  lineEnd: z.number().int().positive(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** An agency as one document names it, resolved to a canonical agency id. */
export const AgencyMentionSchema = z.object({
  agencyId: z.string().min(1),
  text: z.string().min(1), // the words in the document (normalised), e.g. "Sở LĐTBXH", "Sé Tw phap"
});
export type AgencyMention = z.infer<typeof AgencyMentionSchema>;

export const SuccessorSchema = z.object({
  /** Canonical agency id of the successor where it is in the registry, otherwise null. */
  agencyId: z.string().nullable(),
  name: z.string().min(1),
  /** What moved: "công tác trẻ em", "toàn bộ"... */
  scope: z.string().min(1),
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  basis: z.string().min(1),
  /** Provinces the change is known to apply to; null means every province. */
  provinces: z.array(z.string()).nullable(),
  source: z.string().min(1),
  /** The body itself remains and only this part of its work moved (Sở Nội vụ's religious affairs): said when asked, not under every answer. */
  remains: z.boolean().optional(),
});
export type Successor = z.infer<typeof SuccessorSchema>;

export const AgencySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /**
   * A group ("Các sở, ngành liên quan") is kept as a group, never expanded into members. An
   * unregistered agency is a name a plan uses that the registry does not know: kept in the plan's
   * own words (answers still name it) and listed in the review report for a maintainer.
   */
  kind: z.enum(['agency', 'group', 'unregistered']),
  aliases: z.array(z.string()),
  successors: z.array(SuccessorSchema),
});
export type Agency = z.infer<typeof AgencySchema>;

export const SectionKindSchema = z.enum([
  'preamble',
  'decision',
  'purpose',
  'tasks',
  'funding',
  'organisation',
  'reporting',
  'appendix',
  'closing',
  'other',
]);
export type SectionKind = z.infer<typeof SectionKindSchema>;

/** One node of a plan's heading tree (I., 1., a), dash bullets) with its own text and the lines it spans. */
export const SectionSchema = z.object({
  id: z.string().min(1),
  planId: z.string().min(1),
  parentId: z.string().nullable(),
  kind: SectionKindSchema,
  /** Marker path from the root, e.g. ["IV", "1", "-2"]; a dash bullet is "-k" (k-th bullet). */
  path: z.array(z.string()),
  level: z.number().int().min(0),
  title: z.string(),
  /** This node's own text (hard-wrapped lines joined), without its children. */
  text: z.string(),
  /** The text with diacritics restored, for a scanned plan; null otherwise. */
  textRestored: z.string().nullable(),
  lineStart: z.number().int().positive(),
  lineEnd: z.number().int().positive(),
});
export type Section = z.infer<typeof SectionSchema>;

/** One unit of "who does what". */
export const AssignmentSchema = z.object({
  id: z.string().min(1),
  planId: z.string().min(1),
  /** appendix: a table row; agency-section: an item under an agency's name; prose: a task whose sentence names its lead */
  origin: z.enum(['appendix', 'agency-section', 'prose']),
  task: z.string().min(1),
  /** For a scan that lost its diacritics: the task with diacritics restored (for display and search); null otherwise. */
  taskRestored: z.string().nullable(),
  /** Runs of the restored task the restorer is unsure of, with the scan's letters: shown beside them, never as a confident word. */
  restoredUnsure: z.array(z.object({ text: z.string(), scan: z.string() })).optional(),
  /** Empty only for a table row whose lead cell is blank with no row above to inherit from (noted). */
  lead: z.array(AgencyMentionSchema),
  coordinating: z.array(AgencyMentionSchema),
  timeframe: z.string().nullable(),
  /** UN Committee recommendation numbers (2014 plan's appendix). */
  recommendations: z.array(z.number().int().positive()),
  /** Group heading the unit sits under, e.g. "IV. Triển khai dịch vụ…" or "IV.1 Sở Lao động…". */
  group: z.string().nullable(),
  source: SourceRefSchema,
  /** Judgement calls the parser made (merged cell inherited, shifted cells, continuation joined). */
  notes: z.array(z.string()),
  /** Table columns beyond task/lead/coordinating/timeframe (Sản phẩm, Kinh phí, Ghi chú…), as the header names them. */
  extra: z.array(z.object({ label: z.string(), value: z.string() })).default([]),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

export const PartialDateSchema = z.object({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
});
export type PartialDate = z.infer<typeof PartialDateSchema>;

export const PlanSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  province: z.string().min(1),
  provinceInferred: z.boolean(),
  documentKind: z.enum(['Kế hoạch', 'Quyết định']),
  documentNumber: z.string().nullable(),
  issuedDate: PartialDateSchema,
  period: z.string().nullable(),
  implements: z.object({ number: z.string(), date: z.string().nullable() }),
  title: z.string(),
  /** A scan's title, reporting rule and funding text with diacritics restored (shown instead of the raw OCR); absent otherwise. */
  restored: z.object({ title: z.string(), reportingRule: z.string().nullable(), funding: z.string().nullable(), unsure: z.record(z.enum(['title', 'reportingRule', 'funding']), z.array(z.object({ text: z.string(), scan: z.string() }))) }).optional(),
  focalAgency: AgencyMentionSchema.nullable(),
  focalSource: SourceRefSchema.nullable(),
  reportingRule: z
    .object({
      text: z.string(),
      frequency: z.string().nullable(),
      deadline: z.string().nullable(),
      recipient: AgencyMentionSchema.nullable(),
      source: SourceRefSchema,
    })
    .nullable(),
  funding: z.object({ text: z.string(), sources: z.array(z.string()), source: SourceRefSchema }).nullable(),
  appendix: z.object({ referenced: z.boolean(), present: z.boolean() }),
  /** Who signed, as the text writes it (the scan's spelling kept), with the signing title where given. */
  signer: z.object({ name: z.string(), title: z.string().nullable(), line: z.number().int().positive() }).nullable(),
  /** The text is a scan that lost its diacritics (share of syllables with diacritics below 30 %). */
  scanned: z.boolean(),
  file: z.string().min(1),
});
export type Plan = z.infer<typeof PlanSchema>;

/** A line of a seed that no record holds, with the reason; the corpus summary prints every one. */
export const UnplacedLineSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  text: z.string(),
  reason: z.string(),
  /** True when the line looks like it carries a task (an agency or a task verb): must be zero. */
  carriesTask: z.boolean(),
});
export type UnplacedLine = z.infer<typeof UnplacedLineSchema>;

export const ParsedPlanSchema = z.object({
  plan: PlanSchema,
  sections: z.array(SectionSchema),
  assignments: z.array(AssignmentSchema),
  unplaced: z.array(UnplacedLineSchema),
});
export type ParsedPlan = z.infer<typeof ParsedPlanSchema>;

export const CorpusSchema = z.object({
  formatVersion: z.literal(2),
  corpusHash: z.string(),
  plans: z.array(ParsedPlanSchema),
  agencies: z.array(AgencySchema),
});
export type Corpus = z.infer<typeof CorpusSchema>;
