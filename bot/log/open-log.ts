import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { Assistant } from '../assistant';
import type { Config } from '../config';
import { keepRetention, withQuestionLog } from './question-log';
import { openPostgresStore } from './postgres-store';
import type { LogStore } from './records';
import { openSqliteStore } from './sqlite-store';

/** PostgreSQL when DATABASE_URL is set, else the SQLite file LOG_DB. */
export async function openLogStore(config: Config): Promise<LogStore> {
  return config.DATABASE_URL ? openPostgresStore(config.DATABASE_URL) : openSqliteStore(resolve(config.LOG_DB));
}

/** The edge that opens the log from the config (main.ts); null when LOG_QUESTIONS=off. */
export async function openQuestionLog(config: Config, assistant: Assistant, log: (line: string) => void = (l) => console.error(l)) {
  if (config.LOG_QUESTIONS === 'off') return null;
  const store = await openLogStore(config);
  // the salt lives with the log, never in it: hashes of one deployment cannot be matched with another's
  const salt = await store.meta('salt', () => randomBytes(32).toString('base64url'));
  const wrapped = withQuestionLog(assistant, store, salt, log);
  const stopRetention = keepRetention(store, config.LOG_RETENTION_DAYS, log);
  return {
    store,
    assistant: wrapped.assistant,
    async close() {
      stopRetention();
      await wrapped.flush();
      await store.close();
    },
  };
}
