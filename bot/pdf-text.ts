import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutToText, parsePdfTsv } from '../corpus/pdf/pdf-layout';

/**
 * A PDF's text layer with word positions, read with poppler's `pdftotext -tsv` (Debian: poppler-utils;
 * run locally, nothing downloaded), rebuilt into the plan text by corpus/pdf/pdf-layout.ts.
 */
export type PdfText = { ok: true; text: string; warnings: string[]; pages: number } | { ok: false; reason: string };

export async function pdfToText(data: Uint8Array, fileName: string, run = runPdftotext): Promise<PdfText> {
  const dir = await mkdtemp(join(tmpdir(), 'qte-pdf-'));
  try {
    const path = join(dir, 'plan.pdf');
    await writeFile(path, data);
    let tsv: string;
    try {
      tsv = await run(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        return { ok: false, reason: `${fileName}: máy chủ chưa cài công cụ đọc PDF (pdftotext). Quản trị viên cài gói Debian poppler-utils (apt-get install poppler-utils), hoặc gửi bản .docx của kế hoạch.` };
      }
      return { ok: false, reason: `${fileName}: không đọc được tệp PDF (${String((e as Error).message).split('\n')[0]!.slice(0, 160)}). Kiểm tra tệp có mở được không, hoặc gửi bản .docx.` };
    }
    const words = parsePdfTsv(tsv);
    const pages = new Set(words.map((w) => w.page)).size;
    if (words.length === 0) {
      return { ok: false, reason: `${fileName}: tệp PDF không có lớp chữ (là bản quét). Chưa đọc được bản quét; gửi bản .docx hoặc bản PDF xuất từ Word.` };
    }
    const { text, warnings } = layoutToText(words);
    return { ok: true, text, warnings: [...warnings, `đọc từ lớp chữ của PDF (${pages} trang); bảng được dựng lại theo vị trí chữ — kiểm tra kỹ các ô nhiều dòng`], pages };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runPdftotext(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('pdftotext', ['-tsv', '-enc', 'UTF-8', path, '-'], { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}
