import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Grid } from '../corpus/pdf/grid';
import { a4Dpi, imagePdf, jpegPdf, pngToGray } from '../corpus/pdf/image-pdf';
import { mendQuarters } from '../corpus/pdf/ocr-clean';
import { layoutToText, parsePdfTsv, type LowConfidenceWord, type PdfWord } from '../corpus/pdf/pdf-layout';
import { ocrPages, ocrUnavailable, ocrWords, renderPages, run as defaultRun, textLayerGrids, unglue, type Run } from './ocr';

/**
 * A PDF's text as the plan parser reads it. With a text layer: the words and their positions
 * (poppler's `pdftotext -tsv`) and the ruling lines of its tables (a 150 dpi raster of each page),
 * rebuilt by corpus/pdf/pdf-layout.ts. Without one (a scan): every page rasterised at 300 dpi and
 * read by Tesseract's Vietnamese model (bot/ocr.ts), then rebuilt the same way, with the words it
 * was unsure of listed for the officer. Photos (.png/.jpg/.tif) go straight to Tesseract.
 */
export type PdfText =
  | { ok: true; text: string; warnings: string[]; pages: number; scanned: boolean; lowConfidence: LowConfidenceWord[]; seconds: number }
  | { ok: false; reason: string };

export interface PdfTextOptions {
  /** how to run `pdftotext -tsv` on a file (tests inject a missing tool) */
  pdftotext?: (path: string) => Promise<string>;
  /** how to run pdftoppm and tesseract */
  exec?: Run;
  /** raster resolution for OCR (default 300) */
  dpi?: number;
  onProgress?: (line: string) => void;
  /** the dictionary's syllables (lower case): glued OCR words are split back into them */
  known?: ReadonlySet<string>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0]!.slice(0, 160);

export async function pdfToText(data: Uint8Array, fileName: string, options: PdfTextOptions = {}): Promise<PdfText> {
  const exec = options.exec ?? defaultRun;
  const pdftotext = options.pdftotext ?? ((path: string) => exec('pdftotext', ['-tsv', '-enc', 'UTF-8', path, '-'], { timeout: 120_000 }));
  const t0 = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'qte-pdf-'));
  try {
    const path = join(dir, 'plan.pdf');
    await writeFile(path, data);
    let tsv: string;
    try {
      tsv = await pdftotext(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        return { ok: false, reason: `${fileName}: máy chủ chưa cài công cụ đọc PDF (pdftotext). Quản trị viên cài gói Debian poppler-utils (apt-get install poppler-utils), hoặc gửi bản .docx của kế hoạch.` };
      }
      return { ok: false, reason: `${fileName}: không đọc được tệp PDF (${firstLine(e)}). Kiểm tra tệp có mở được không, hoặc gửi bản .docx.` };
    }
    const words = parsePdfTsv(tsv);
    if (words.length > 0) {
      const pages = new Set(words.map((w) => w.page)).size;
      const warnings: string[] = [];
      let grids: Grid[] = [];
      try {
        grids = await textLayerGrids(await renderPages(path, 150, dir, exec), 150, median(words.map((w) => w.y1 - w.y0)) || 10);
      } catch (e) {
        warnings.push(`không dựng được đường kẻ bảng (${firstLine(e)}); bảng được dựng lại theo vị trí chữ`);
      }
      const laid = layoutToText(words, { grids });
      const how = grids.length > 0 ? `bảng được dựng lại theo đường kẻ (${grids.length} phần bảng)` : 'bảng được dựng lại theo vị trí chữ — kiểm tra kỹ các ô nhiều dòng';
      return { ok: true, text: laid.text, warnings: [...laid.warnings, ...warnings, `đọc từ lớp chữ của PDF (${pages} trang); ${how}`], pages, scanned: false, lowConfidence: [], seconds: (performance.now() - t0) / 1000 };
    }
    // no text layer: a scan
    const missing = await ocrUnavailable(exec);
    if (missing) return { ok: false, reason: `${fileName}: tệp PDF không có lớp chữ (là bản quét) và ${missing}. Hoặc gửi bản .docx hay bản PDF xuất từ Word.` };
    const dpi = options.dpi ?? 300;
    let pagePaths: string[];
    try {
      pagePaths = await renderPages(path, dpi, dir, exec);
    } catch (e) {
      return { ok: false, reason: `${fileName}: không đọc được tệp PDF (${firstLine(e)}). Kiểm tra tệp có mở được không, hoặc gửi bản .docx.` };
    }
    if (pagePaths.length === 0) return { ok: false, reason: `${fileName}: tệp PDF không có trang nào.` };
    options.onProgress?.(`OCR: ${pagePaths.length} trang ở ${dpi} dpi (tiếng Việt)…`);
    return scanned(await ocrPages(pagePaths, dpi, dir, options.onProgress, exec, options.known), dpi, t0, 'tệp PDF quét');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A photo or scanned image of a page. JPEG and PNG become a one-page image PDF at the resolution an
 * A4 page would have (corpus/pdf/image-pdf.ts), so they are straightened and their tables read by
 * their rules like a scanned PDF; a TIFF (often several pages) goes to Tesseract as it is.
 */
export async function imageToText(data: Uint8Array, fileName: string, ext: string, options: PdfTextOptions = {}): Promise<PdfText> {
  const exec = options.exec ?? defaultRun;
  const t0 = performance.now();
  const missing = await ocrUnavailable(exec);
  if (missing) return { ok: false, reason: `${fileName}: ảnh quét cần nhận dạng chữ, nhưng ${missing}. Hoặc gửi bản .docx hay bản PDF xuất từ Word.` };
  if (ext === '.jpg' || ext === '.jpeg' || ext === '.png') {
    let pdf: Uint8Array;
    let dpi: number;
    try {
      if (ext === '.png') {
        const img = pngToGray(data);
        dpi = a4Dpi(img.width, img.height);
        pdf = imagePdf([img], dpi);
      } else ({ pdf, dpi } = jpegPdf(data, a4Dpi));
    } catch (e) {
      return { ok: false, reason: `${fileName}: không đọc được ảnh (${firstLine(e)}). Gửi ảnh JPEG hoặc PNG, hoặc bản PDF quét.` };
    }
    const dir = await mkdtemp(join(tmpdir(), 'qte-img-'));
    try {
      const path = join(dir, 'photo.pdf');
      await writeFile(path, pdf);
      let pages: string[];
      try {
        pages = await renderPages(path, dpi, dir, exec);
      } catch (e) {
        return { ok: false, reason: `${fileName}: không đọc được ảnh (${firstLine(e)}). Gửi ảnh JPEG hoặc PNG rõ nét.` };
      }
      const r = scanned(await ocrPages(pages, dpi, dir, options.onProgress, exec, options.known), dpi, t0, 'ảnh');
      if (r.ok && dpi < 200) r.warnings.push(`ảnh có độ phân giải thấp (khoảng ${dpi} dpi cho một trang A4): chụp hoặc quét lại ở 300 dpi để đọc chính xác hơn`);
      return r;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'qte-img-'));
  try {
    const path = join(dir, `page${ext}`);
    await writeFile(path, data);
    let tsv: string;
    try {
      tsv = await exec('tesseract', [path, '-', '-l', 'vie', 'tsv'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, timeout: 300_000 });
    } catch (e) {
      return { ok: false, reason: `${fileName}: không đọc được ảnh (${firstLine(e)}). Gửi ảnh PNG/JPEG rõ nét, hoặc bản .docx.` };
    }
    const words: PdfWord[] = unglue(ocrWords(tsv), options.known ?? new Set());
    const pages = [{ words, grids: [], skew: 0, seconds: (performance.now() - t0) / 1000 }];
    const r = scanned(pages, 0, t0, 'ảnh');
    if (r.ok) r.warnings.push('ảnh TIFF được đọc không qua bước chỉnh nghiêng và dò đường kẻ bảng: kiểm tra kỹ các hàng của bảng (bản PDF quét, JPEG hoặc PNG cho kết quả tốt hơn)');
    return r;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function scanned(pages: Array<{ words: PdfWord[]; grids: Grid[]; skew: number; seconds: number }>, dpi: number, t0: number, what: string): PdfText {
  const words = pages.flatMap((p) => p.words);
  if (words.length === 0) return { ok: false, reason: `${what} không có chữ nào đọc được (trang trắng, hoặc ảnh quá mờ). Quét lại ở 300 dpi, hoặc gửi bản .docx.` };
  const laid = layoutToText(words, { grids: pages.flatMap((p) => p.grids) });
  const seconds = (performance.now() - t0) / 1000;
  const meanConf = words.reduce((s, w) => s + (w.conf ?? 100), 0) / words.length;
  const turned = pages.map((p, k) => (Math.abs(p.skew) >= 0.05 ? `trang ${k + 1}: ${p.skew}°` : '')).filter(Boolean);
  const warnings = [
    ...laid.warnings,
    `đọc bằng nhận dạng chữ (OCR, Tesseract tiếng Việt)${dpi ? ` ở ${dpi} dpi` : ''}: ${pages.length} trang, ${seconds.toFixed(0)} giây (${(seconds / pages.length).toFixed(1)} giây/trang); độ tin cậy trung bình ${meanConf.toFixed(0)}%`,
    ...(turned.length > 0 ? [`đã chỉnh nghiêng: ${turned.join(', ')}`] : []),
    ...(laid.lowConfidence.length > 0 ? [`${laid.lowConfidence.length} từ đọc chưa chắc (xem mục "Chữ cần kiểm tra"): kiểm tra trước các dòng đó, nhất là tên cơ quan`] : []),
  ];
  return { ok: true, text: mendQuarters(laid.text), warnings, pages: pages.length, scanned: true, lowConfidence: laid.lowConfidence, seconds };
}
