import pg from 'pg';
import { rowToRecord, type FeedbackRecord, type LoggedQuestion, type LogStore, type QuestionRecord } from './records';

/**
 * The log in PostgreSQL (`DATABASE_URL`), for a deployment that already runs one or several
 * instances. Same interface and the same numbered migrations as SQLite, applied once each under an
 * advisory lock, so two instances starting together do not both migrate.
 */
export const POSTGRES_MIGRATIONS: string[] = [
  `CREATE TABLE questions (
     answer_id TEXT PRIMARY KEY, at BIGINT NOT NULL, channel TEXT NOT NULL, user_hash TEXT NOT NULL,
     question TEXT NOT NULL, intent TEXT NOT NULL, provinces JSONB NOT NULL, topics JSONB NOT NULL,
     matched JSONB NOT NULL, abstained BOOLEAN NOT NULL, danger BOOLEAN NOT NULL, latency_ms REAL NOT NULL);
   CREATE INDEX questions_at ON questions(at);
   CREATE TABLE feedback (
     answer_id TEXT NOT NULL REFERENCES questions(answer_id) ON DELETE CASCADE, at BIGINT NOT NULL,
     verdict TEXT NOT NULL CHECK (verdict IN ('up','down')), comment TEXT NOT NULL);
   CREATE INDEX feedback_answer ON feedback(answer_id);
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
];
const LOCK = 7_262_013; // any constant: the advisory lock key of these migrations

export async function openPostgresStore(url: string): Promise<LogStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const [i, sql] of POSTGRES_MIGRATIONS.entries()) {
      if (applied.has(i + 1)) continue;
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [i + 1, Date.now()]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK]).catch(() => undefined);
    client.release();
  }
  return {
    kind: 'postgres',
    async addQuestion(r: QuestionRecord) {
      await pool.query(
        `INSERT INTO questions (answer_id, at, channel, user_hash, question, intent, provinces, topics, matched, abstained, danger, latency_ms)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) ON CONFLICT (answer_id) DO NOTHING`,
        [r.answerId, r.at, r.channel, r.userHash, r.question, r.intent, JSON.stringify(r.provinces), JSON.stringify(r.topics), JSON.stringify(r.matched), r.abstained, r.danger, r.latencyMs],
      );
    },
    async addFeedback(f: FeedbackRecord) {
      const r = await pool.query('INSERT INTO feedback (answer_id, at, verdict, comment) SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM questions WHERE answer_id = $1)', [f.answerId, f.at, f.verdict, f.comment]);
      return (r.rowCount ?? 0) > 0;
    },
    async questions(from: number, to: number): Promise<LoggedQuestion[]> {
      const rows = (await pool.query('SELECT * FROM questions WHERE at >= $1 AND at < $2 ORDER BY at, answer_id', [from, to])).rows as Array<Record<string, unknown>>;
      const fbRows = (await pool.query('SELECT f.* FROM feedback f JOIN questions q ON q.answer_id = f.answer_id WHERE q.at >= $1 AND q.at < $2 ORDER BY f.at', [from, to])).rows as Array<{ answer_id: string; at: string; verdict: 'up' | 'down'; comment: string }>;
      const fb = new Map<string, FeedbackRecord[]>();
      for (const f of fbRows) fb.set(f.answer_id, [...(fb.get(f.answer_id) ?? []), { answerId: f.answer_id, at: Number(f.at), verdict: f.verdict, comment: f.comment }]);
      return rows.map((row) => ({ ...rowToRecord(row), feedback: fb.get(String(row.answer_id)) ?? [] }));
    },
    async purge(before: number) {
      await pool.query('DELETE FROM feedback WHERE at < $1', [before]);
      return (await pool.query('DELETE FROM questions WHERE at < $1', [before])).rowCount ?? 0;
    },
    async meta(key: string, make: () => string) {
      await pool.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, make()]);
      return String((await pool.query('SELECT value FROM meta WHERE key = $1', [key])).rows[0].value);
    },
    async close() {
      await pool.end();
    },
  };
}
