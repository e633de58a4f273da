/**
 * `npm run soak [-- --minutes 10]`: the service as a separate process (`bot/main.ts`, default
 * settings) under mixed traffic from several loopback source addresses (127.0.0.2–9): eval questions,
 * follow-ups in sessions, hostile and oversized bodies, page and /healthz loads. Reports requests,
 * statuses, errors (a 5xx or a failed connection), p50/p99 latency of answered questions and the
 * service's RSS over time. Not part of `npm test`; its figures go in evals/BENCH.md.
 */
import { spawn } from 'node:child_process';
import { replaceSoak } from './bench-sections';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const minutes = Number(process.argv[process.argv.indexOf('--minutes') + 1]) || 10;
const PORT = 3000 + Math.floor(Math.random() * 2000) + 1000;
const root = resolve(import.meta.dirname, '..');
const questions = ['questions-tables.jsonl', 'questions-sections.jsonl'].flatMap((f) =>
  readFileSync(join(root, 'evals/data', f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { question: string }).question),
);
const hostile = ['{"question": ', '[]', '{"question": 42}', JSON.stringify({ question: 'a'.repeat(20_000) }), `\uFEFF${JSON.stringify({ question: 'tảo hôn' })}`, JSON.stringify({ question: 'x', session: '<script>' })];

function send(path: string, method: string, body: string | null, localAddress: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((res) => {
    const req = request({ host: '127.0.0.1', port: PORT, path, method, localAddress, headers: { Host: `127.0.0.1:${PORT}`, ...(body !== null ? { 'Content-Type': 'application/json' } : {}) } }, (r) => {
      r.resume();
      r.on('end', () => res({ status: r.statusCode ?? 0, ms: performance.now() - started }));
    });
    req.on('error', () => res({ status: 0, ms: performance.now() - started }));
    req.setTimeout(30_000, () => req.destroy());
    if (body !== null) req.write(body);
    req.end();
  });
}

const rss = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'qte-soak-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bot/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), INDEX_DIR: join(dir, 'index'), PLANS_DIR: join(dir, 'plans'), TELEGRAM_BOT_TOKEN: '', ZALO_APP_ID: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  for (let i = 0; i < 240; i++) {
    if ((await send('/healthz', 'GET', null, '127.0.0.1')).status === 200) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const statuses = new Map<number, number>();
  const answerMs: number[] = [];
  const samples: Array<{ t: number; rss: number; requests: number }> = [];
  let requests = 0;
  const started = Date.now();
  const end = started + minutes * 60_000;
  const sampler = setInterval(() => samples.push({ t: Math.round((Date.now() - started) / 1000), rss: rss(child.pid!), requests }), 30_000);
  samples.push({ t: 0, rss: rss(child.pid!), requests: 0 });

  const client = async (n: number) => {
    const addr = `127.0.0.${2 + (n % 8)}`;
    let i = n * 7;
    while (Date.now() < end) {
      i++;
      const kind = i % 10;
      let r: { status: number; ms: number };
      if (kind < 6) {
        r = await send('/api/ask', 'POST', JSON.stringify({ question: questions[i % questions.length], session: `soak-${n}-${Math.floor(i / 5)}` }), addr);
        if (r.status === 200) answerMs.push(r.ms);
      } else if (kind === 6) r = await send('/api/ask', 'POST', JSON.stringify({ question: 'Còn ở Sơn La thì sao?', session: `soak-${n}-${Math.floor(i / 5)}` }), addr);
      else if (kind === 7) r = await send('/api/ask', 'POST', hostile[i % hostile.length]!, addr);
      else if (kind === 8) r = await send('/', 'GET', null, addr);
      else r = await send('/healthz', 'GET', null, addr);
      requests++;
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      // people type: a few hundred ms between messages per client
      await new Promise((res) => setTimeout(res, 50 + (i % 5) * 50));
    }
  };
  await Promise.all(Array.from({ length: 16 }, (_, n) => client(n)));
  clearInterval(sampler);
  samples.push({ t: Math.round((Date.now() - started) / 1000), rss: rss(child.pid!), requests });
  child.kill('SIGTERM');
  const exitMs = await new Promise<number>((res) => {
    const t = Date.now();
    child.once('exit', () => res(Date.now() - t));
  });
  answerMs.sort((a, b) => a - b);
  const q = (p: number) => answerMs[Math.min(answerMs.length - 1, Math.floor(p * answerMs.length))]?.toFixed(0) ?? '–';
  const errors = [...statuses].filter(([s]) => s === 0 || s >= 500).reduce((a, [, c]) => a + c, 0);
  const out: string[] = [];
  const log = (l: string) => {
    out.push(l);
    console.log(l);
  };
  log(`## Soak (\`npm run soak\`, ${new Date().toISOString().slice(0, 10)}): ${minutes} min, 16 clients from 8 loopback addresses, default limits`);
  log('');
  log(`requests ${requests} · errors (5xx or failed connection) ${errors} · statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
  log('');
  log(`answered questions ${answerMs.length}: p50 ${q(0.5)} ms, p99 ${q(0.99)} ms · SIGTERM → exit ${exitMs} ms`);
  log('');
  log('429 is the per-address allowance (20 requests, then 1 every 2 s) doing its job, not an error.');
  log('');
  log('| t (s) | requests | service RSS (MiB) |\n|---|---|---|');
  for (const s of samples) log(`| ${s.t} | ${s.requests} | ${s.rss.toFixed(0)} |`);
  replaceSoak(join(root, 'evals/BENCH.md'), out.join('\n'));
  if (errors > 0) console.log(`service stderr (tail):\n${stderr}`);
}

void main();
