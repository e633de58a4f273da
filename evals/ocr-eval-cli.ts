/**
 * `npm run eval:ocr`: plans as provinces publish them. Each source PDF (LibreOffice's export of a
 * plan's Word file) is read as it is (text layer) and as scans made from it (pdftoppm at 300 and
 * 150 dpi; straight, and turned by a fraction of a degree per page with 0.2% speckle), through
 * add-plan alone. Reported: the OCR text against the text layer's (characters, syllables), the
 * records against the Word file's (exact lead, coordinating, timeframe), and seconds per page.
 * Writes its section of evals/REPORT.md. Needs poppler-utils, tesseract-ocr, tesseract-ocr-vie.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addPlan, type AddPlanInput } from '../bot/add-plan';
import { pdfToText } from '../bot/pdf-text';
import { scanOf, type ScanOptions } from '../bot/test-support/scan-fixture';
import { AGENCIES } from '../corpus/data/agencies';
import { loadLexicon } from '../corpus/load-lexicon';
import { knownSyllables } from '../corpus/pdf/ocr-clean';
import { ALL_PROVINCES } from '../retrieval/thesaurus/province-list';
import { replaceSection } from './bench-sections';
import { charAccuracy, compareRecords, syllableAccuracy, type RecordScore } from './ocr-scoring';

const here = import.meta.dirname;
const SOURCES = [
  { name: 'Khánh Hòa 215/KH-UBND (top-aligned cells, 3 pages)', pdf: resolve(here, '../bot/test-support/plans/khanh-hoa-libreoffice.pdf'), docx: resolve(here, '../corpus/fixtures/plans/blind/bl-h/plan.docx') },
  { name: 'Gia Lai (vertically centred cells, 5 pages)', pdf: resolve(here, '../bot/test-support/plans/gia-lai-centred-libreoffice.pdf'), docx: resolve(here, '../bot/test-support/plans/gia-lai-libreoffice.docx') },
];
const VARIANTS: Array<{ label: string; scan: ScanOptions | null }> = [
  { label: 'PDF, text layer', scan: null },
  { label: 'scan 300 dpi, straight', scan: { dpi: 300 } },
  { label: 'scan 300 dpi, turned 0.3–0.7°, speckled', scan: { dpi: 300, angles: [0.7, -0.45, 0.3], noise: 0.002, seed: 11 } },
  { label: 'scan 150 dpi, turned 0.3–0.7°, speckled', scan: { dpi: 150, angles: [0.7, -0.45, 0.3], noise: 0.002, seed: 11 } },
];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const share = (n: number, of: number) => `${n}/${of} (${pct(of === 0 ? 1 : n / of)})`;

async function main(): Promise<void> {
  const lexicon = await loadLexicon();
  const known = knownSyllables(lexicon);
  const dir = await mkdtemp(join(tmpdir(), 'qte-ocr-eval-'));
  const base = (fileName: string, data: Uint8Array, ocrDpi?: number): AddPlanInput => ({
    fileName, data, province: null, plansDir: join(dir, 'plans'), seedsDir: resolve(here, '../seeds'), agencies: AGENCIES, lexicon, provinces: ALL_PROVINCES, write: false, ...(ocrDpi ? { ocrDpi } : {}),
  });
  const rows: string[] = [];
  const misses: string[] = [];
  const totals = new Map<string, RecordScore & { chars: number[]; syllables: number[]; seconds: number; pages: number }>();
  try {
    for (const src of SOURCES) {
      const truth = await addPlan(base('truth.docx', await readFile(src.docx)));
      if (!truth.parsed) throw new Error(`${src.docx}: ${truth.verdict.reasons.join(' ')}`);
      const layer = await pdfToText(await readFile(src.pdf), 'source.pdf', { known });
      if (!layer.ok) throw new Error(`${src.pdf}: ${layer.reason}`);
      for (const v of VARIANTS) {
        let data: Uint8Array = await readFile(src.pdf);
        if (v.scan) {
          const copy = join(dir, 'source.pdf');
          await writeFile(copy, data);
          data = (await scanOf(copy, v.scan)).pdf;
        }
        const t0 = performance.now();
        const r = await addPlan(base(v.scan ? 'scan.pdf' : 'plan.pdf', data, v.scan?.dpi));
        const seconds = (performance.now() - t0) / 1000;
        const pages = layer.pages;
        if (!r.parsed) {
          rows.push(`| ${src.name} | ${v.label} | refused: ${r.verdict.reasons.join(' ').slice(0, 80)} | | | | | | |`);
          continue;
        }
        const s = compareRecords(truth.parsed.assignments, r.parsed.assignments);
        let chars = 1;
        let syllables = 1;
        if (v.scan) {
          const text = (await readText(r)) ?? '';
          chars = charAccuracy(layer.text, text);
          syllables = syllableAccuracy(layer.text, text);
        }
        rows.push(`| ${src.name} | ${v.label} | ${v.scan ? pct(chars) : '–'} | ${v.scan ? pct(syllables) : '–'} | ${share(s.leadExact, s.tasks)} | ${share(s.coordinatingExact, s.tasks)} | ${share(s.timeframeExact, s.tasks)} | ${share(s.allExact, s.tasks)} | ${(seconds / pages).toFixed(1)} |`);
        for (const m of s.misses) misses.push(`- ${src.name}, ${v.label}: ${m}`);
        const t = totals.get(v.label) ?? { tasks: 0, found: 0, leadExact: 0, coordinatingExact: 0, timeframeExact: 0, allExact: 0, misses: [], chars: [], syllables: [], seconds: 0, pages: 0 };
        for (const k of ['tasks', 'found', 'leadExact', 'coordinatingExact', 'timeframeExact', 'allExact'] as const) t[k] += s[k];
        t.chars.push(chars);
        t.syllables.push(syllables);
        t.seconds += seconds;
        t.pages += pages;
        totals.set(v.label, t);
        console.error(`${src.name} · ${v.label}: lead ${s.leadExact}/${s.tasks}, all ${s.allExact}/${s.tasks}, chars ${pct(chars)}, ${(seconds / pages).toFixed(1)} s/page`);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const md = [
    '## Plans from PDF and from scans (`npm run eval:ocr`)',
    '',
    `Date: ${new Date().toISOString().slice(0, 10)} · Tesseract ${await tesseractVersion()} (Debian tesseract-ocr-vie) · this machine (2 cores; two pages OCR'd side by side)`,
    '',
    'Each source is LibreOffice\'s PDF export of a plan\'s Word file. The scans are made from it in the run',
    '(`bot/test-support/scan-fixture.ts`: pdftoppm, a turn per page, salt-and-pepper speckle, back to an image-only PDF) and',
    'go through `add-plan` alone. OCR text is compared with the text layer\'s text (whitespace collapsed); records with the',
    'Word file\'s (agencies by registry id, timeframes with case, accents and punctuation aside).',
    '',
    '| source | read as | characters | syllables | exact lead | coordinating | timeframe | all three | s/page |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    '| read as | characters | syllables | exact lead | all three | s/page |',
    '|---|---|---|---|---|---|',
    ...[...totals].map(([label, t]) => `| ${label} | ${label.startsWith('PDF') ? '–' : pct(mean(t.chars))} | ${label.startsWith('PDF') ? '–' : pct(mean(t.syllables))} | ${share(t.leadExact, t.tasks)} | ${share(t.allExact, t.tasks)} | ${(t.seconds / t.pages).toFixed(1)} |`),
    '',
    '### Differences',
    '',
    ...(misses.length > 0 ? misses : ['None.']),
  ].join('\n');
  replaceSection(resolve(here, 'REPORT.md'), 'ocr', md);
  console.log(md);
}

/** The text add-plan read (the review report lists the tasks; the text itself is what OCR gave). */
async function readText(r: Awaited<ReturnType<typeof addPlan>>): Promise<string | null> {
  return r.extractedText ?? null;
}

async function tesseractVersion(): Promise<string> {
  const { run } = await import('../bot/ocr');
  try {
    return (await run('tesseract', ['--version'])).split('\n')[0]!.replace(/^tesseract\s*/, '');
  } catch {
    return '(not installed)';
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
