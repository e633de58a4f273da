import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodePgm, parsePgm, type GrayImage } from '../corpus/pdf/gray-image';
import { gridsFromRules, type Grid } from '../corpus/pdf/grid';
import { blankGrids, buildMosaic, cellRects, wordsFromMosaic } from '../corpus/pdf/mosaic';
import { parsePdfTsv, type PdfWord } from '../corpus/pdf/pdf-layout';
import { splitGlued } from '../corpus/pdf/ocr-clean';
import { eraseRules, findRules, type Rules } from '../corpus/pdf/rules';
import { estimateSkew, rotate } from '../corpus/pdf/skew';

/**
 * The edge to poppler and Tesseract (Debian: poppler-utils, tesseract-ocr, tesseract-ocr-vie; run
 * locally, nothing downloaded): a PDF's pages as greyscale rasters, their ruling lines, and for a
 * scan the words Tesseract's Vietnamese model reads, with boxes and confidences. A scanned page is
 * straightened first and its rules wiped out, so the boxes line up with the rules and no border is
 * read as "|".
 */
export type Run = (cmd: string, args: string[], options?: { env?: NodeJS.ProcessEnv; timeout?: number }) => Promise<string>;

export const run: Run = (cmd, args, options = {}) =>
  new Promise((resolve, reject) => {
    execFile(cmd, args, { maxBuffer: 256 * 1024 * 1024, timeout: options.timeout ?? 120_000, env: options.env ?? process.env, encoding: 'utf8' }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });

/** `pdftoppm -gray` pages as PGM files in `dir`, in page order. */
export async function renderPages(pdfPath: string, dpi: number, dir: string, exec: Run = run): Promise<string[]> {
  await exec('pdftoppm', ['-r', String(dpi), '-gray', pdfPath, join(dir, 'page')], { timeout: 300_000 });
  const files = (await readdir(dir)).filter((f) => /^page-\d+\.pgm$/.test(f));
  return files.sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0])).map((f) => join(dir, f));
}

/** Ruled tables of the pages of a PDF with a text layer, in its words' units (points). */
export async function textLayerGrids(pages: string[], dpi: number, unit: number): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const [k, path] of pages.entries()) grids.push(...gridsFromRules(findRules(parsePgm(await readFile(path)), dpi), k + 1, 72 / dpi, unit));
  return grids;
}

/** Why OCR cannot run here, in words for the officer's administrator; null when it can. */
export async function ocrUnavailable(exec: Run = run): Promise<string | null> {
  let langs: string;
  try {
    langs = await exec('tesseract', ['--list-langs'], { timeout: 20_000 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'máy chủ chưa cài công cụ nhận dạng chữ (OCR). Quản trị viên cài các gói Debian tesseract-ocr, tesseract-ocr-vie và poppler-utils (apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils)';
    return `không chạy được công cụ nhận dạng chữ tesseract (${String((e as Error).message).split('\n')[0]!.slice(0, 120)})`;
  }
  if (!/^vie$/m.test(langs)) return 'công cụ nhận dạng chữ đã cài nhưng thiếu mô hình tiếng Việt. Quản trị viên cài gói Debian tesseract-ocr-vie (apt-get install tesseract-ocr-vie)';
  return null;
}

export interface OcrPage {
  words: PdfWord[];
  grids: Grid[];
  /** the angle the page was straightened by (degrees) */
  skew: number;
  seconds: number;
}

/** One scanned page: straightened, rules found and wiped, read by Tesseract (one thread: pages run side by side). */
/** Tesseract's TSV as words with their confidence, without what is left of a border, a stamp's ring or a speck (no letter or digit). */
export function ocrWords(tsv: string): PdfWord[] {
  return parsePdfTsv(tsv)
    .filter((w) => /[\p{L}\p{N}]/u.test(w.text))
    .map((w) => ({ ...w, conf: w.conf ?? 100 }));
}

/** A glued word split back into syllables (ocr-clean.ts), its box shared out by letters. */
export function unglue(words: PdfWord[], known: ReadonlySet<string>): PdfWord[] {
  if (known.size === 0) return words;
  return words.flatMap((w) => {
    const parts = splitGlued(w.text, known).split(' ');
    if (parts.length < 2) return [w];
    const letters = parts.reduce((n, p) => n + p.length, 0);
    const per = (w.x1 - w.x0) / letters;
    let x = w.x0;
    return parts.map((text) => {
      const x0 = x;
      x += per * text.length;
      return { ...w, text, x0, x1: x - per * 0.3 };
    });
  });
}

export async function ocrPage(img: GrayImage, page: number, dpi: number, scratch: string, exec: Run = run, known: ReadonlySet<string> = new Set()): Promise<OcrPage> {
  const t0 = performance.now();
  const skew = estimateSkew(img);
  // under 0.1° (4 pixels over an A4 line at 300 dpi) is within the estimate's own error: left as it is
  const straight = Math.abs(skew) >= 0.1 ? rotate(img, skew) : img;
  const rules: Rules = findRules(straight, dpi);
  const clean = eraseRules(straight, rules, dpi);
  // a 12–13 pt line is about a sixth of an inch: the grid's tolerances before any word is read
  const grids = gridsFromRules(rules, page, 1, dpi * 0.17);
  const tesseract = async (image: GrayImage, name: string) => {
    const path = join(scratch, `${name}-${page}.pgm`);
    await writeFile(path, encodePgm(image));
    return ocrWords(await exec('tesseract', [path, '-', '-l', 'vie', '--psm', '6', '--dpi', String(dpi), 'tsv'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, timeout: 300_000 }));
  };
  let read: PdfWord[];
  if (grids.length === 0) read = await tesseract(clean, 'page');
  else {
    // the tables cell by cell (stacked in a mosaic), the rest of the page with its tables blanked
    const { image, tiles } = buildMosaic(clean, cellRects(grids, Math.max(2, Math.round(dpi / 60))), Math.round(dpi / 5));
    const [rest, cells] = await Promise.all([tesseract(blankGrids(clean, grids, dpi / 50), 'page'), tiles.length > 0 ? tesseract(image, 'cells') : Promise.resolve([])]);
    read = [...rest, ...wordsFromMosaic(cells, tiles)];
  }
  const words = unglue(read.map((w) => ({ ...w, page, flow: `${page}:${w.flow}` })), known);
  return { words, grids, skew: straight === img ? 0 : skew, seconds: (performance.now() - t0) / 1000 };
}

/** Every page, two at a time (this kind of machine has two cores), with a progress line per page. */
export async function ocrPages(pages: string[], dpi: number, scratch: string, onProgress: (line: string) => void = () => {}, exec: Run = run, known: ReadonlySet<string> = new Set()): Promise<OcrPage[]> {
  const done: OcrPage[] = new Array(pages.length);
  let next = 0;
  let finished = 0;
  const worker = async () => {
    while (next < pages.length) {
      const k = next++;
      const img = parsePgm(await readFile(pages[k]!));
      done[k] = await ocrPage(img, k + 1, dpi, scratch, exec, known);
      finished++;
      onProgress(`OCR: trang ${k + 1}/${pages.length} xong (${done[k]!.seconds.toFixed(1)} s, ${done[k]!.words.length} từ${Math.abs(done[k]!.skew) >= 0.05 ? `, đã chỉnh nghiêng ${done[k]!.skew}°` : ''}) — ${finished}/${pages.length}`);
    }
  };
  await Promise.all([worker(), worker()]);
  return done;
}
