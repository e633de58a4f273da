import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { rowToRecord, type FeedbackRecord, type LoggedQuestion, type LogStore, type QuestionRecord } from './records';

/**
 * The default log store: one SQLite file under the data folder, created on first start (no server).
 * Migrations are numbered and applied once each, in order, recorded in `schema_migrations`.
 */
export const SQLITE_MIGRATIONS: string[] = [
  `CREATE TABLE questions (
     answer_id TEXT PRIMARY KEY, at INTEGER NOT NULL, channel TEXT NOT NULL, user_hash TEXT NOT NULL,
     question TEXT NOT NULL, intent TEXT NOT NULL, provinces TEXT NOT NULL, topics TEXT NOT NULL,
     matched TEXT NOT NULL, abstained INTEGER NOT NULL, danger INTEGER NOT NULL, latency_ms REAL NOT NULL);
   CREATE INDEX questions_at ON questions(at);
   CREATE TABLE feedback (
     answer_id TEXT NOT NULL REFERENCES questions(answer_id) ON DELETE CASCADE, at INTEGER NOT NULL,
     verdict TEXT NOT NULL CHECK (verdict IN ('up','down')), comment TEXT NOT NULL);
   CREATE INDEX feedback_answer ON feedback(answer_id);
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
];

export function openSqliteStore(file: string): LogStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version));
  SQLITE_MIGRATIONS.forEach((sql, i) => {
    if (applied.has(i + 1)) return;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(i + 1, Date.now());
    })();
  });
  const insertQ = db.prepare(
    `INSERT OR REPLACE INTO questions (answer_id, at, channel, user_hash, question, intent, provinces, topics, matched, abstained, danger, latency_ms)
     VALUES (@answerId, @at, @channel, @userHash, @question, @intent, @provinces, @topics, @matched, @abstained, @danger, @latencyMs)`,
  );
  const hasQ = db.prepare('SELECT 1 FROM questions WHERE answer_id = ?');
  const insertF = db.prepare('INSERT INTO feedback (answer_id, at, verdict, comment) VALUES (?, ?, ?, ?)');
  const range = db.prepare('SELECT * FROM questions WHERE at >= ? AND at < ? ORDER BY at, rowid');
  const fbRange = db.prepare('SELECT f.* FROM feedback f JOIN questions q ON q.answer_id = f.answer_id WHERE q.at >= ? AND q.at < ? ORDER BY f.at');
  const purge = db.prepare('DELETE FROM questions WHERE at < ?');
  const purgeF = db.prepare('DELETE FROM feedback WHERE at < ?');
  const getMeta = db.prepare('SELECT value FROM meta WHERE key = ?');
  const setMeta = db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)');
  return {
    kind: 'sqlite',
    async addQuestion(r: QuestionRecord) {
      insertQ.run({ ...r, provinces: JSON.stringify(r.provinces), topics: JSON.stringify(r.topics), matched: JSON.stringify(r.matched), abstained: r.abstained ? 1 : 0, danger: r.danger ? 1 : 0 });
    },
    async addFeedback(f: FeedbackRecord) {
      if (!hasQ.get(f.answerId)) return false;
      insertF.run(f.answerId, f.at, f.verdict, f.comment);
      return true;
    },
    async questions(from: number, to: number): Promise<LoggedQuestion[]> {
      const fb = new Map<string, FeedbackRecord[]>();
      for (const f of fbRange.all(from, to) as Array<{ answer_id: string; at: number; verdict: 'up' | 'down'; comment: string }>)
        fb.set(f.answer_id, [...(fb.get(f.answer_id) ?? []), { answerId: f.answer_id, at: f.at, verdict: f.verdict, comment: f.comment }]);
      return (range.all(from, to) as Array<Record<string, unknown>>).map((row) => ({ ...rowToRecord(row), feedback: fb.get(String(row.answer_id)) ?? [] }));
    },
    async purge(before: number) {
      purgeF.run(before);
      return purge.run(before).changes;
    },
    async meta(key: string, make: () => string) {
      const got = getMeta.get(key) as { value: string } | undefined;
      if (got) return got.value;
      setMeta.run(key, make());
      return (getMeta.get(key) as { value: string }).value;
    },
    async close() {
      db.close();
    },
  };
}
