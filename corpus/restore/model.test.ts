import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../load-lexicon';
import { syllableAccuracy, synthesiseScan } from './evaluate';
import { buildRestoreModel, pieces, restoreText, type RestoreModel } from './model';

const seeds = resolve(import.meta.dirname, '../../seeds');
const read = (f: string) => readFileSync(resolve(seeds, f), 'utf8');
let model: RestoreModel;
let lexicon: string[];

beforeAll(async () => {
  lexicon = await loadLexicon();
  model = buildRestoreModel(lexicon, ['quang-ngai-2025-kh-29.txt', 'binh-thuan-2025-kh.txt', 'dak-lak-2014-qd-2130.txt'].map(read));
});

describe('pieces', () => {
  it('separates words (with the scan\'s letter-like symbols) from numbers and punctuation', () => {
    const words = (t: string) => pieces(t).filter((p) => p.word).map((p) => p.text);
    expect(words("2.S6'Y té: vé,téc hai")).toEqual(['S6', 'Y', 'té', 'vé', 'téc', 'hai']);
    expect(words('ngay 03/01/2025 HIV/AIDS')).toEqual(['ngay', 'HIV', 'AIDS']);
    expect(words('giam ty 16 tir vong ¢ tré')).toEqual(['giam', 'ty', '16', 'tir', 'vong', '¢', 'tré']);
    expect(pieces('a, b').map((p) => p.text).join('')).toBe('a, b');
  });
});

describe('restoreText on trimmed lines of the Sơn La scan', () => {
  it('restores agency names and common phrases', () => {
    // seeds/son-la-2025-kh-54.txt lines 152, 177-178
    expect(restoreText(model, 'Sé Tw phap')).toBe('Sở Tư pháp');
    expect(restoreText(model, 'Ban Dan tgc: Truyén thdng nang cao nhan thir vé,téc hai cua tinh trang tao hon; giam thiéu tinh trang tao hén, hdn nhan can huyét thong.'))
      .toBe('Ban Dân tộc: Truyền thông nâng cao nhận thức về,tác hại của tình trạng tảo hôn; giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống.');
  });
  it('keeps numbers, codes and punctuation as scanned', () => {
    expect(restoreText(model, 'Quyet dinh s6 27/QPb- TTg ngay 03/01/2025')).toMatch(/27\/.*03\/01\/2025$/);
    expect(restoreText(model, '(HIV/AIDS).')).toBe('(HIV/AIDS).');
  });
  it('is deterministic and leaves accented text mostly as it is', () => {
    const t = 'Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống';
    expect(restoreText(model, t)).toBe(restoreText(model, t));
    expect(syllableAccuracy(restoreText(model, t), t).accuracy).toBe(1);
  });
});

describe('accuracy bars (also reported by npm run eval:restore)', () => {
  it('≥ 95% of syllables right on the hand-restored gold passage of the Sơn La scan', () => {
    const gold = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../evals/data/son-la-gold.json'), 'utf8')) as { passages: Array<{ ocr: string; gold: string }> };
    let correct = 0;
    let total = 0;
    for (const p of gold.passages) {
      const acc = syllableAccuracy(restoreText(model, p.ocr), p.gold);
      correct += acc.correct;
      total += acc.total;
    }
    expect(total).toBeGreaterThanOrEqual(300);
    expect(correct / total).toBeGreaterThanOrEqual(0.95);
  });

  it('restores a synthetic scan of a plan the model never saw (held out) well above chance', () => {
    const held = read('binh-thuan-2025-kh.txt');
    const m = buildRestoreModel(lexicon, [read('quang-ngai-2025-kh-29.txt'), read('dak-lak-2014-qd-2130.txt')]);
    const scan = synthesiseScan(held, 3);
    const before = syllableAccuracy(scan, held).accuracy;
    const after = syllableAccuracy(restoreText(m, scan), held).accuracy;
    expect(before).toBeLessThan(0.5); // the scan lost most diacritics
    expect(after).toBeGreaterThan(0.85);
  });
});
