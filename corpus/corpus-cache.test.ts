import { mkdtempSync, readFileSync, truncateSync, statSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCachedCorpus, saveCorpus } from './corpus-cache';
import { seedCorpus } from './test-support/seed-corpus';

describe('corpus cache', () => {
  it('round-trips, and ignores a stale hash or a truncated file', async () => {
    const corpus = await seedCorpus();
    const dir = mkdtempSync(join(tmpdir(), 'qte-cc-'));
    const path = join(dir, 'corpus.json');
    await saveCorpus(path, corpus);
    expect(readdirSync(dir)).toEqual(['corpus.json']);
    const body = readFileSync(path, 'utf8').split('\n').slice(1).join('\n');
    expect(await loadCachedCorpus(path, corpus.corpusHash)).toEqual(JSON.parse(body));
    expect(await loadCachedCorpus(path, 'another-hash')).toBeNull();
    const reasons: string[] = [];
    truncateSync(path, Math.floor(statSync(path).size / 2));
    expect(await loadCachedCorpus(path, corpus.corpusHash, (r) => reasons.push(r))).toBeNull();
    expect(reasons[0]).toMatch(/checksum mismatch/);
    expect(await loadCachedCorpus(join(dir, 'missing.json'), corpus.corpusHash)).toBeNull();
  });

  it('detects one flipped bit in an agency name and reports it', async () => {
    const corpus = await seedCorpus();
    const dir = mkdtempSync(join(tmpdir(), 'qte-cc-'));
    const path = join(dir, 'corpus.json');
    await saveCorpus(path, corpus);
    const bytes = readFileSync(path);
    const at = bytes.indexOf(Buffer.from('Tôn giáo'));
    bytes[at + 6] = bytes[at + 6]! ^ 0x01; // "giáo" → "giá" + a neighbouring letter, still valid JSON
    writeFileSync(path, bytes);
    const reasons: string[] = [];
    expect(await loadCachedCorpus(path, corpus.corpusHash, (r) => reasons.push(r))).toBeNull();
    expect(reasons).toHaveLength(1);
  });
});
