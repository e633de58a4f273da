import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../bot/app';
import { parseConfig } from '../bot/config';
import { startServices, type Services } from '../bot/services';
import { openSharedState } from '../bot/state/open-state';
import { httpRequest } from '../bot/test-support/http';
import { redisBin, startRedis } from '../bot/test-support/redis-server';

/**
 * Answers per second over HTTP on loopback: one instance with its state in memory, then two
 * instances sharing one redis-server (requests alternate between them), 8 clients at a time.
 * Both instances run in this one process, so on 2 cores this measures Redis's cost, not scaling.
 */
export async function benchInstances(questions: string[], seedsDir: string): Promise<{ one: number; two: number | null; requests: number }> {
  const tmp = mkdtempSync(join(tmpdir(), 'qte-bench-inst-'));
  const start = async (env: Record<string, string>) => {
    const config = parseConfig({ SEEDS_DIR: resolve(seedsDir), INDEX_DIR: join(tmp, 'index'), PLANS_DIR: join(tmp, 'plans'), PORT: '0', LOG_QUESTIONS: 'off', ...env });
    const app = await createApp(config, () => {});
    const shared = await openSharedState(config, app, () => {});
    const services = await startServices(app, () => {}, { assistant: shared.assistant, state: shared.state, webRate: { capacity: 1e9, perSecond: 1e9 } });
    return { services, close: async () => (await services.stop(), await shared.state.close()) };
  };
  const load = async (targets: Services[]) => {
    const requests = questions.slice(0, 400);
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: 8 }, async (_, client) => {
        while (next < requests.length) {
          const k = next++;
          const s = targets[k % targets.length]!;
          const r = await httpRequest(`${s.url}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: requests[k], session: `bench${client}` }) });
          if (r.status !== 200) throw new Error(`bench: ${r.status} ${r.body.slice(0, 80)}`);
        }
      }),
    );
    return { rate: requests.length / ((performance.now() - t0) / 1000), requests: requests.length };
  };
  const one = await start({});
  const single = await load([one.services]);
  await one.close();
  if (!redisBin()) return { one: single.rate, two: null, requests: single.requests };
  const redis = await startRedis();
  try {
    const a = await start({ REDIS_URL: redis.url });
    const b = await start({ REDIS_URL: redis.url });
    const pair = await load([a.services, b.services]);
    await a.close();
    await b.close();
    return { one: single.rate, two: pair.rate, requests: single.requests };
  } finally {
    await redis.stop();
  }
}
