import type { Understanding } from '../../retrieval/understand';

/** One assignment in an answer, as the `ask` contract shows it (plus ids for evals and channels). */
export interface AnswerMatch {
  province: string;
  plan: string;
  task: string;
  lead: string[];
  coordinating: string[];
  timeframe: string | null;
  source: string;
  /** extras beyond the contract's fields */
  planId: string;
  assignmentId: string;
  leadIds: string[];
  coordinatingIds: string[];
  lines: [number, number];
  file: string;
  /** table columns beyond the contract's fields (Sản phẩm, Kinh phí…) */
  extra: Array<{ label: string; value: string }>;
  /** a scanned plan: runs of the restored task the restorer is unsure of, with the scan's letters */
  unsure?: Array<{ text: string; scan: string }>;
}

export interface AnswerResult {
  question: string;
  text: string;
  abstained: boolean;
  matches: AnswerMatch[];
  /** what the engine understood (for logs, evals and /nguon) */
  intent: Understanding['intent'] | 'danger' | 'empty';
  provinces: string[];
  danger: boolean;
  /** the topics the question was read as (question log, report grouping) */
  topics?: string[];
  /** set by the logging wrapper: the id feedback buttons and the question log carry */
  answerId?: string;
  /** the source passage behind the answer, for "xem nguyên văn" */
  /** for a scanned plan, `restored` is the same passage with diacritics restored, shown beside the scan (never instead of it) */
  passages: Array<{ file: string; lineStart: number; lineEnd: number; ref: string; text: string; restored?: string }>;
}

export interface AskInput {
  question: string;
  session?: string;
  /** where the question came from (question log); read from the session's prefix when absent */
  channel?: string;
}
