import { mkdtempSync, readFileSync, truncateSync, statSync, readdirSync } from 'node:fs';
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
    expect(await loadCachedCorpus(path, corpus.corpusHash)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    expect(await loadCachedCorpus(path, 'another-hash')).toBeNull();
    truncateSync(path, Math.floor(statSync(path).size / 2));
    expect(await loadCachedCorpus(path, corpus.corpusHash)).toBeNull();
    expect(await loadCachedCorpus(join(dir, 'missing.json'), corpus.corpusHash)).toBeNull();
  });
});
