import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The `ask` contract, run as a real process the way outside checks run it. */
const root = resolve(import.meta.dirname, '..');
const env = { ...process.env, INDEX_DIR: join(mkdtempSync(join(tmpdir(), 'qte-ask-')), 'index') };
const ask = (args: string[], input?: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'bot/ask-cli.ts', ...args], { cwd: root, env, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

describe('ask CLI', () => {
  it('prints the answer text', () => {
    const out = ask(['Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?']);
    expect(out).toContain('Ban Dân tộc – Tôn giáo');
    expect(out).toContain('Phụ lục, mục IV.5');
  });

  it('prints one JSON object with --json', () => {
    const obj = JSON.parse(ask(['--json', 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?']));
    expect(obj).toMatchObject({ question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', abstained: false });
    expect(obj.matches[0]).toMatchObject({
      province: 'Quảng Ngãi',
      plan: '29/KH-UBND',
      lead: ['Ban Dân tộc – Tôn giáo'],
      coordinating: ['Các sở, ngành, hội đoàn thể liên quan', 'UBND các huyện, thị xã, thành phố'],
      timeframe: 'Thường xuyên trong năm',
      source: 'Phụ lục, mục IV.5',
    });
    expect(typeof obj.matches[0].task).toBe('string');
  });

  it('answers a batch in order, echoing ids, with sessions as conversations', () => {
    const input = [
      { id: 'a1', question: 'Ai chủ trì phòng chống mua bán trẻ em ở Quảng Ngãi?', session: 's1' },
      { id: 'b1', question: 'Ai phối hợp?' },
      { id: 'a2', question: 'Còn ở Sơn La thì sao?', session: 's1' },
      'not json',
      { id: 'c1', question: 'Kinh phí kế hoạch Sơn La lấy từ đâu?' },
    ]
      .map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))
      .join('\n');
    const lines = ask(['--json', '--batch'], `${input}\n`).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a1', 'b1', 'a2', null, 'c1']);
    expect(lines[1].abstained).toBe(true); // no session: nothing to follow up on
    expect(lines[2].matches[0].province).toBe('Sơn La');
    expect(lines[3].error).toMatch(/line 4/);
    expect(lines[4].text).toMatch(/Ngân sách nhà nước/);
  });
});
