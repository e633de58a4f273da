import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createClient } from 'redis';

/** A real redis-server for a test file (Debian's `redis-server`), on a free loopback port, no persistence. */
export function redisBin(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) if (existsSync(join(dir, 'redis-server'))) return join(dir, 'redis-server');
  return null;
}

export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const bin = redisBin();
  if (!bin) throw new Error('redis-server is not installed: apt-get install -y redis-server');
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
  const proc: ChildProcess = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const c = createClient({ url, socket: { reconnectStrategy: false } });
    c.on('error', () => {});
    try {
      await c.connect();
      await c.ping();
      await c.close();
      break;
    } catch {
      c.destroy();
      if (proc.exitCode !== null || Date.now() > deadline) throw new Error('redis-server did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    async stop() {
      if (proc.exitCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    },
  };
}
