import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePgm } from '../corpus/pdf/gray-image';
import { pngToGray } from '../corpus/pdf/image-pdf';
import { imageToText } from './pdf-text';

/** Photos of a plan's page: the Khánh Hòa plan's appendix page as pdftoppm writes it in PNG and JPEG. */
const plan = resolve(import.meta.dirname, 'test-support/plans/khanh-hoa-libreoffice.pdf');
const hasPoppler = () => spawnSync('pdftoppm', ['-v']).error === undefined;
const hasOcr = () => hasPoppler() && (spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout ?? '').includes('vie');
const page = (format: '-png' | '-jpeg' | '-gray', dpi: number, extra: string[] = []) => {
  const dir = mkdtempSync(join(tmpdir(), 'qte-photo-'));
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', '2', '-l', '2', format, ...extra, plan, join(dir, 'p')]);
  return readFileSync(join(dir, readdirSync(dir)[0]!));
};

describe('photos of a page', () => {
  it('decodes a PNG to the same grey pixels poppler writes as PGM', (ctx) => {
    if (!hasPoppler()) {
      if (process.env.REQUIRE_PDFTOTEXT) throw new Error('poppler-utils is required here');
      ctx.skip();
    }
    const png = pngToGray(page('-png', 100, ['-gray']));
    const pgm = parsePgm(page('-gray', 100));
    expect([png.width, png.height]).toEqual([pgm.width, pgm.height]);
    expect(Buffer.from(png.data).equals(Buffer.from(pgm.data))).toBe(true);
    // colour PNG: grey by luminance, close to poppler's own grey
    const colour = pngToGray(page('-png', 100));
    const diff = colour.data.reduce((n, v, k) => n + (Math.abs(v - pgm.data[k]!) > 8 ? 1 : 0), 0);
    expect(diff / pgm.data.length).toBeLessThan(0.01);
  });

  it('reads a JPEG photo of the appendix page with its table rows rebuilt from the rules', { timeout: 120_000 }, async (ctx) => {
    if (!hasOcr()) {
      if (process.env.REQUIRE_TESSERACT) throw new Error('tesseract-ocr-vie and poppler-utils are required here');
      ctx.skip();
    }
    const r = await imageToText(page('-jpeg', 250), 'trang-2.jpg', '.jpg');
    expect(r.ok, r.ok ? '' : r.reason).toBe(true);
    if (!r.ok) return;
    const rows = r.text.split('\n').filter((l) => l.includes('\t'));
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(rows.some((l) => /^7\t.*dạy bơi.*\tS\S{1,2} Văn hóa, Th\S{1,3} thao và Du lịch\t/.test(l))).toBe(true);
    expect(r.warnings.join(' ')).toMatch(/250 dpi: 1 trang/);
  });
});
