import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

/**
 * `npm start` as a supervisor runs it: the SIGTERM goes to npm, not to the node process under it.
 * The script must hand the signal on (`exec tsx …`: no shell between npm and tsx that would swallow
 * it), and the service must stop with the Bot API unreachable. The test asserts that it exits, not how fast.
 */
describe('npm start and SIGTERM', () => {
  it('stops when npm receives SIGTERM, with the Telegram Bot API unreachable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qte-start-'));
    const child = spawn('npm', ['start'], {
      cwd: root,
      env: { ...process.env, PORT: '0', INDEX_DIR: join(dir, 'index'), LOG_QUESTIONS: 'off', TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_API_ROOT: 'http://127.0.0.1:9', TELEGRAM_WEBHOOK_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (out += String(d)));
    await new Promise<void>((ok, fail) => {
      const timer = setInterval(() => {
        if (/Web chat: http/.test(out)) {
          clearInterval(timer);
          ok();
        }
      }, 100);
      child.on('exit', () => fail(new Error(`npm start exited before serving:\n${out}`)));
    });
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    child.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<'still running'>((ok) => setTimeout(() => ok('still running'), 20_000))]);
    if (code === 'still running') child.kill('SIGKILL');
    expect(code, out).not.toBe('still running');
    expect(out).toMatch(/SIGTERM: shutting down/);
  }, 60_000);
});
