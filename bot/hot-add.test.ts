import { mkdtempSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../corpus/data/agencies';
import { loadLexicon } from '../corpus/load-lexicon';
import { ALL_PROVINCES } from '../retrieval/thesaurus/province-list';
import { addPlan } from './add-plan';
import { createApp } from './app';
import { parseConfig } from './config';

/**
 * A plan added while the service runs: answered after a reload without a restart, with answers
 * flowing during the reload; a plan that cannot be read is skipped and reported while every other
 * plan answers.
 */
const seedsDir = resolve(import.meta.dirname, '../seeds');
const NGHE_AN = readFileSync(resolve(import.meta.dirname, 'test-support/plans/nghe-an-85.txt'));

async function freshApp() {
  const root = mkdtempSync(join(tmpdir(), 'qte-hot-'));
  const plansDir = join(root, 'plans');
  const app = await createApp(parseConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: join(root, 'index'), PLANS_DIR: plansDir }), () => {});
  return { app, plansDir };
}

describe('adding plans to a running service', () => {
  it('answers about a plan added with add-plan after a reload, and never fails an answer meanwhile', async () => {
    const { app, plansDir } = await freshApp();
    const q = 'Ai chủ trì rà soát văn bản quy phạm pháp luật về trẻ em ở Nghệ An?';
    const before = await app.ask({ question: q });
    expect(before.abstained).toBe(true);
    const added = await addPlan({ fileName: 'ke-hoach-nghe-an.txt', data: NGHE_AN, province: null, plansDir, seedsDir, agencies: AGENCIES, lexicon: await loadLexicon(), provinces: ALL_PROVINCES, write: true });
    expect(added.verdict.ok).toBe(true);
    expect(added.entry?.id).toBe('nghe-an-2025-kh-85');
    // answers keep coming while the reload runs
    const during: Promise<unknown>[] = [];
    const reload = app.reload();
    for (let i = 0; i < 20; i++) during.push(app.ask({ question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?' }));
    const r = await reload;
    expect(r.changed).toBe(true);
    for (const d of await Promise.all(during)) expect((d as { abstained: boolean }).abstained).toBe(false);
    const after = await app.ask({ question: q });
    expect(after.abstained).toBe(false);
    expect(after.matches[0]!.province).toBe('Nghệ An');
    expect(after.matches[0]!.lead).toEqual(['Sở Tư pháp']);
    expect(app.assistant.provinces()).toContain('Nghệ An');
    expect(app.assistant.coverage().provinces).toMatch(/Nghệ An/);
    // the seeds answer as before
    expect((await app.ask({ question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?' })).matches[0]!.lead).toEqual(['Ban Dân tộc – Tôn giáo']);
  });

  it('skips a plan that cannot be read, reports it, and keeps answering about every other plan', async () => {
    const { app, plansDir } = await freshApp();
    await mkdir(plansDir, { recursive: true });
    await writeFile(join(plansDir, 'hong.txt'), 'Biên bản họp giao ban tuần\nNội dung: trao đổi công việc.\n');
    const entry = {
      id: 'hong-2025-kh-1', file: 'hong.txt', province: 'Hà Tĩnh', provinceInferred: true, provinceEvidence: 'test', documentKind: 'Kế hoạch',
      documentNumber: '1/KH-UBND', issuedDate: '2025', period: null, implements: { number: '27/QĐ-TTg', date: null }, original: 'originals/hong.txt', format: 'txt', addedAt: 'now',
    };
    await writeFile(join(plansDir, 'manifest.json'), JSON.stringify({ version: 1, plans: [entry] }));
    const r = await app.reload();
    expect(r.failures.map((f) => f.planId)).toContain('hong-2025-kh-1');
    expect(app.failures[0]!.message).toMatch(/hong\.txt:1: unknown document/);
    expect(app.engine.corpus.plans).toHaveLength(4);
    expect((await app.ask({ question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?' })).abstained).toBe(false);
  });

  it('refuses a plan it cannot read, with the reason, and writes nothing', async () => {
    const { plansDir } = await freshApp();
    const r = await addPlan({ fileName: 'bien-ban.txt', data: new TextEncoder().encode('Biên bản họp\nNội dung: trao đổi.\n'), province: null, plansDir, seedsDir, agencies: AGENCIES, lexicon: await loadLexicon(), provinces: ALL_PROVINCES, write: true });
    expect(r.verdict.ok).toBe(false);
    expect(r.written).toBe(false);
    expect(r.report).toMatch(/KHÔNG THÊM/);
    expect(r.report).toMatch(/bien-ban\.txt, dòng 1: không thấy dòng tiêu đề "KẾ HOẠCH"/);
  });
});
