import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { parseConfig } from '../config';
import { startServices } from '../services';
import { httpRequest } from '../test-support/http';
import { postgresBin, startPostgres, type PostgresServer } from '../test-support/postgres-server';
import { testApp } from '../test-support/test-app';
import { openQuestionLog } from './open-log';
import { openPostgresStore } from './postgres-store';
import { withQuestionLog } from './question-log';

/**
 * The log in a real PostgreSQL server (no mock). CI installs postgresql and sets REQUIRE_POSTGRES=1,
 * so there a missing server fails instead of skipping.
 */
const available = Boolean(postgresBin('initdb') && postgresBin('postgres'));
if (!available && process.env.REQUIRE_POSTGRES) throw new Error('REQUIRE_POSTGRES is set but PostgreSQL is not installed: apt-get install -y postgresql');
if (!available) console.warn('postgres-store.test: PostgreSQL not found, skipped (apt-get install -y postgresql)');

describe.skipIf(!available)('question log in PostgreSQL', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('migrates once (two instances opening together), logs scrubbed questions, takes feedback, purges', async () => {
    const [a, b] = await Promise.all([openPostgresStore(server.url), openPostgresStore(server.url)]);
    try {
      const ql = withQuestionLog((await testApp()).assistant, a, await a.meta('salt', () => 'pg-salt'));
      const r = await ql.assistant.ask({ question: 'Tên tôi là Hà, số 0987 654 321. Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', session: 'zalo:9' });
      expect(await ql.assistant.feedback(r.answerId!, 'down', 'thiếu phối hợp')).toBe(true);
      expect(await ql.assistant.feedback('nope', 'up')).toBe(false);
      // the second instance reads what the first wrote
      const [q] = await b.questions(0, Date.now() + 1);
      expect(q).toMatchObject({ answerId: r.answerId, channel: 'zalo', provinces: ['Quảng Ngãi'], abstained: false, feedback: [{ verdict: 'down', comment: 'thiếu phối hợp' }] });
      expect(q!.question).not.toMatch(/Hà|0987/);
      expect(await b.meta('salt', () => 'other')).toBe('pg-salt');
      expect(await b.purge(Date.now() + 1)).toBe(1);
      expect(await a.questions(0, Date.now() + 1)).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('the running service with DATABASE_URL: a web 👎 lands in PostgreSQL', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'qte-pgsvc-'));
    const config = parseConfig({ SEEDS_DIR: resolve(import.meta.dirname, '../../seeds'), INDEX_DIR: join(tmp, 'index'), PLANS_DIR: join(tmp, 'plans'), PORT: '0', DATABASE_URL: server.url });
    const app = await createApp(config, () => {});
    const ql = (await openQuestionLog(config, app.assistant, () => {}))!;
    const s = await startServices(app, () => {}, { assistant: ql.assistant });
    try {
      expect(ql.store.kind).toBe('postgres');
      const post = (path: string, body: unknown) => httpRequest(`${s.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const a = JSON.parse((await post('api/ask', { question: 'Ai chủ trì phòng chống tảo hôn ở Sơn La?' })).body) as { answerId: string };
      expect((await post('api/feedback', { answerId: a.answerId, verdict: 'up' })).status).toBe(200);
      const rows = await ql.store.questions(0, Date.now() + 1);
      expect(rows.find((q) => q.answerId === a.answerId)?.feedback).toMatchObject([{ verdict: 'up' }]);
    } finally {
      await s.stop();
      await ql.close();
    }
  });
});
