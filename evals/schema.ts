import { z } from 'zod';

/**
 * One eval item (a line of evals/questions.jsonl). Expected answers are written by reading the
 * seed plans by hand; agency ids and source refs are those of corpus/data/agencies.ts and of the
 * hand-written golden files in corpus/golden/.
 */
export const CATEGORIES = [
  'who-leads', // "Ai chủ trì …?"
  'who-coordinates', // "Ai phối hợp …?"
  'when', // timeframe
  'agency-tasks', // "Sở Tư pháp làm gì …?"
  'plan-facts', // number, date, focal agency, report deadline, funding, purpose
  'recommendation', // 2014 plan's UN recommendation numbers
  'compare', // across provinces, or no province named
  'follow-up', // second and later turns of a session
  'abstain', // no plan for that province, per-task leads Bình Thuận lacks, topic not in the plans
  'off-topic', // not about the plans at all
  'danger', // a child in danger: hotline first
] as const;

export const TAGS = [
  'no-diacritics',
  'typo',
  'english',
  'paraphrase',
  'ocr-plan', // answered from the Sơn La scan
  'merged-cell', // a 2014 row whose lead or number comes from a merged cell
  'continuation', // a row split by a page break
  'abbreviation', // agency or province written short (LĐTBXH, QN…)
  'new-province-name', // asks with a 2025 province name (Lâm Đồng, …)
  'successor', // should mention a 2025 successor agency
] as const;

export const RefSchema = z.object({
  /** a plan id of the corpus (seeds/manifest.json or the added plans' manifest) */
  plan: z.string().regex(/^[a-z0-9-]+$/),
  /** exact source.ref of an assignment, e.g. "Phụ lục, mục IV.5", "Mục IV.9", "Mục IV.1, gạch đầu dòng thứ 2" */
  ref: z.string().min(1),
});
export type Ref = z.infer<typeof RefSchema>;

export const EvalItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  question: z.string().min(1),
  /** Province the question is about as the plan names it (after 2025 renames: the plan's province), or null. */
  province: z.string().nullable(),
  category: z.enum(CATEGORIES),
  tags: z.array(z.enum(TAGS)),
  /** Items sharing a session are one conversation, asked in `turn` order. */
  session: z.string().optional(),
  turn: z.number().int().positive().optional(),
  expect: z.object({
    /** The answer must abstain (say the corpus has no answer) and name no invented agency. */
    abstain: z.boolean(),
    /** Lead agency ids of the best match (set equality, order free). */
    lead: z.array(z.string()).optional(),
    coordinating: z.array(z.string()).optional(),
    timeframe: z.string().optional(),
    /** Assignments that answer it; recall@k counts a hit when any of them is in the top k. */
    refs: z.array(RefSchema).optional(),
    /** For comparisons: each province's expected lead ids. */
    byProvince: z.array(z.object({ province: z.string(), lead: z.array(z.string()) })).optional(),
    /** Case- and diacritic-insensitive substrings the answer text must contain. */
    mustInclude: z.array(z.string()).optional(),
    /** The text must start with the hotline line (Tổng đài 111). */
    hotlineFirst: z.boolean().optional(),
  }),
  /** Where in the raw seed the expected answer was checked, e.g. "quang-ngai-2025-kh-29.txt:107". */
  checked: z.string().min(1),
  note: z.string().optional(),
});
export type EvalItem = z.infer<typeof EvalItemSchema>;
