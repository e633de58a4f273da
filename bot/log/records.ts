/** What the question log keeps of one answer: no raw personal data (see scrub.ts and DESIGN.md). */
export interface QuestionRecord {
  answerId: string;
  /** ms since the epoch */
  at: number;
  channel: string;
  /** the asker as a salted hash of their session id: counts users, names none */
  userHash: string;
  /** scrubbed; a danger message keeps no text at all */
  question: string;
  intent: string;
  provinces: string[];
  topics: string[];
  /** assignment ids of the tasks answered with */
  matched: string[];
  abstained: boolean;
  danger: boolean;
  latencyMs: number;
}

export type Verdict = 'up' | 'down';

export interface FeedbackRecord {
  answerId: string;
  at: number;
  verdict: Verdict;
  /** scrubbed, at most 500 characters */
  comment: string;
}

export interface LoggedQuestion extends QuestionRecord {
  feedback: FeedbackRecord[];
}

/** The one small interface the log is stored behind (SQLite by default). */
export interface LogStore {
  readonly kind: string;
  addQuestion(r: QuestionRecord): Promise<void>;
  /** false when the answer id is not in the log (never logged, or purged) */
  addFeedback(f: FeedbackRecord): Promise<boolean>;
  /** questions asked in [from, to), with their feedback, oldest first */
  questions(from: number, to: number): Promise<LoggedQuestion[]>;
  /** deletes questions and feedback older than `before`; how many questions went */
  purge(before: number): Promise<number>;
  /** a value kept with the log (the salt) */
  meta(key: string, make: () => string): Promise<string>;
  close(): Promise<void>;
}

/** A row of the `questions` table, from either store (lists as JSON text in SQLite, JSONB in PostgreSQL). */
export function rowToRecord(row: Record<string, unknown>): QuestionRecord {
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : JSON.parse(String(v)) as string[]);
  return {
    answerId: String(row.answer_id),
    at: Number(row.at),
    channel: String(row.channel),
    userHash: String(row.user_hash),
    question: String(row.question),
    intent: String(row.intent),
    provinces: list(row.provinces),
    topics: list(row.topics),
    matched: list(row.matched),
    abstained: Boolean(row.abstained),
    danger: Boolean(row.danger),
    latencyMs: Number(row.latency_ms),
  };
}
