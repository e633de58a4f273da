import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { accentedTexts, createPlanParser, type PlanParser } from '../corpus/build-corpus';
import { emptyDeploymentManifest, parseDeploymentManifest, type AddedPlan, type DeploymentManifest } from '../corpus/deployment-manifest';
import { docxToText } from '../corpus/docx/read-docx';
import { draftEntry, slugify } from '../corpus/draft-entry';
import { CorpusParseError, ManifestError } from '../corpus/errors';
import { flattenLayoutTables } from '../corpus/layout-tables';
import { pipeTablesToTabs } from '../corpus/pipe-tables';
import type { ManifestEntry } from '../corpus/manifest';
import type { Agency, ParsedPlan } from '../corpus/schema';
import type { LowConfidenceWord } from '../corpus/pdf/pdf-layout';
import { knownSyllables } from '../corpus/pdf/ocr-clean';
import type { Run } from './ocr';
import { imageToText, pdfToText, type PdfText } from './pdf-text';
import { readPlanSources } from './plan-library';
import { reviewReport, type Verdict } from './review-report';

/**
 * Adding a province's plan without a developer: read the file (plain text or a Word .docx with
 * its real tables), draft the manifest entry from the text, parse it exactly as the service will,
 * and write a review report the officer can check line by line against their document. Nothing
 * is stored when the verdict is a refusal. When it is accepted, the original, the extracted text,
 * the report and (last, atomically) the manifest entry are written to the plans folder, which a
 * running service watches.
 */
export interface AddPlanInput {
  /** the file as given (its name is kept for the record) */
  fileName: string;
  data: Uint8Array;
  province: string | null;
  plansDir: string;
  seedsDir: string;
  agencies: readonly Agency[];
  lexicon: readonly string[];
  provinces: readonly string[];
  /** false: only report (dry run, or the officer declined) */
  write: boolean;
  /** how to run `pdftotext -tsv` on a file (tests inject a missing tool) */
  pdftotext?: (path: string) => Promise<string>;
  /** how to run pdftoppm and tesseract (tests inject missing tools) */
  exec?: Run;
  /** OCR raster resolution (default 300 dpi) */
  ocrDpi?: number;
  /** a progress line per scanned page (the CLI prints them) */
  onProgress?: (line: string) => void;
  /** the file's text when already extracted (extractPlanText) */
  extracted?: Extracted;
  now?: Date;
}

export interface AddPlanResult {
  verdict: Verdict;
  report: string;
  entry: ManifestEntry | null;
  parsed: ParsedPlan | null;
  written: boolean;
  /** where the report was written (when written) */
  reportPath: string | null;
  /** the text the plan was read from (what the OCR gave, for a scan) */
  extractedText?: string;
}

export type Extracted = { ok: true; text: string; format: 'txt' | 'docx' | 'pdf' | 'scan'; warnings: string[]; lowConfidence?: LowConfidenceWord[] } | { ok: false; reason: string };

const IMAGE = new Set(['.png', '.jpg', '.jpeg', '.tif', '.tiff']);

export function extractText(fileName: string, data: Uint8Array): Extracted {
  const ext = extname(fileName).toLowerCase();
  const isZip = data[0] === 0x50 && data[1] === 0x4b;
  if (ext === '.docx' || (isZip && ext !== '.txt')) {
    try {
      const { text, warnings } = docxToText(data, fileName);
      return { ok: true, text: flattenLayoutTables(text), format: 'docx', warnings };
    } catch (e) {
      return { ok: false, reason: e instanceof CorpusParseError ? e.message : `không đọc được tệp Word: ${(e as Error).message}` };
    }
  }
  if (ext === '.doc') return { ok: false, reason: `${fileName}: tệp Word cũ (.doc) chưa đọc được. Mở tệp trong Word hoặc LibreOffice và lưu thành .docx, rồi thêm lại.` };
  if (data.includes(0)) return { ok: false, reason: `${fileName}: không phải tệp văn bản (có ký tự nhị phân). Dùng tệp .txt (UTF-8) hoặc .docx.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return { ok: false, reason: `${fileName}: tệp không ở mã UTF-8. Lưu lại tệp văn bản với mã hóa UTF-8 (Notepad: Save as… → Encoding: UTF-8), rồi thêm lại.` };
  }
  const plain = text.replace(/^\uFEFF/, '');
  const tabbed = pipeTablesToTabs(plain);
  return { ok: true, text: tabbed, format: 'txt', warnings: tabbed !== plain ? ['bảng có các ô ngăn bằng dấu "|" đã được đọc như bảng (các ô ngăn bằng Tab)'] : [] };
}

/**
 * The plan's text from its file, whatever the format (a scan is read by OCR, which takes seconds a
 * page: the CLI extracts once and passes the result to both the review and the write).
 */
export async function extractPlanText(input: Pick<AddPlanInput, 'fileName' | 'data' | 'pdftotext' | 'exec' | 'ocrDpi' | 'onProgress' | 'lexicon'>): Promise<Extracted> {
  const ext = extname(input.fileName).toLowerCase();
  const isPdf = ext === '.pdf' || (input.data[0] === 0x25 && input.data[1] === 0x50 && input.data[2] === 0x44 && input.data[3] === 0x46);
  const pdfOptions = { pdftotext: input.pdftotext, exec: input.exec, dpi: input.ocrDpi, onProgress: input.onProgress, known: knownSyllables(input.lexicon) };
  const fromPdf = (r: PdfText): Extracted => (r.ok ? { ok: true, text: r.text, format: r.scanned ? 'scan' : 'pdf', warnings: r.warnings, lowConfidence: r.lowConfidence } : r);
  if (isPdf) return fromPdf(await pdfToText(input.data, input.fileName, pdfOptions));
  if (IMAGE.has(ext)) return fromPdf(await imageToText(input.data, input.fileName, ext, pdfOptions));
  return extractText(input.fileName, input.data);
}

/** Parse errors in words an officer understands, with the technical detail kept for a developer. */
function explain(err: unknown, file: string): string {
  if (err instanceof CorpusParseError) {
    const where = err.line ? `${file}, dòng ${err.line}` : file;
    const p = err.problem;
    const vi = /no "KẾ HOẠCH" or "QUYẾT ĐỊNH"/.test(p)
      ? 'không thấy dòng tiêu đề "KẾ HOẠCH" hay "QUYẾT ĐỊNH": tệp có phải là kế hoạch của tỉnh không?'
      : /no assignments/.test(p)
        ? 'không tìm thấy nhiệm vụ nào có cơ quan chủ trì (không có bảng có cột "chủ trì", không có mục mở đầu bằng tên cơ quan, không có câu "… chủ trì")'
        : /appendix heading .* no table/.test(p)
          ? 'có tiêu đề PHỤ LỤC nhưng không thấy bảng dưới đó (các cột phải được ngăn bằng dấu Tab; dùng tệp .docx để giữ bảng)'
          : /no issue date/.test(p)
            ? 'không thấy ngày ban hành ("<Tỉnh>, ngày … tháng … năm …")'
            : /decision implemented/.test(p)
              ? 'không thấy quyết định được triển khai (…/QĐ-TTg)'
              : /empty/.test(p)
                ? 'tệp rỗng'
                : p;
    return `${where}: ${vi}. (Chi tiết: ${err.message})`;
  }
  if (err instanceof ManifestError) return `${file}: thông tin kế hoạch không khớp với văn bản. (Chi tiết: ${err.message})`;
  return `${file}: lỗi không mong đợi (${(err as Error)?.message ?? String(err)}).`;
}

export async function addPlan(input: AddPlanInput, parser?: PlanParser): Promise<AddPlanResult> {
  const refused = (reason: string, evidence: string[] = []): AddPlanResult => ({
    verdict: { ok: false, reasons: [reason], warnings: [] },
    report: reviewReport({ fileName: input.fileName, entry: null, parsed: null, evidence, verdict: { ok: false, reasons: [reason], warnings: [] }, extractionWarnings: [], agencies: input.agencies }),
    entry: null,
    parsed: null,
    written: false,
    reportPath: null,
  });
  const extracted = input.extracted ?? (await extractPlanText(input));
  if (!extracted.ok) return refused(extracted.reason);
  const planParser = parser ?? createPlanParser({ agencies: input.agencies, lexicon: input.lexicon, restoreFrom: await referenceTexts(input.seedsDir) });
  const provisional: ManifestEntry = {
    id: 'ke-hoach-moi',
    file: `${slugify(input.fileName) || 'ke-hoach'}.txt`,
    province: input.province ?? '(chưa rõ)',
    provinceInferred: true,
    provinceEvidence: 'bản nháp',
    documentKind: 'Kế hoạch',
    documentNumber: null,
    issuedDate: '2025',
    period: null,
    implements: { number: '27/QĐ-TTg', date: null },
  };
  let draftParse: ParsedPlan;
  try {
    draftParse = planParser.parse({ file: input.fileName, content: extracted.text, paragraphs: extracted.format === 'docx' }, provisional, { checkManifest: false });
  } catch (e) {
    return refused(explain(e, input.fileName));
  }
  const draft = draftEntry(extracted.text, draftParse, input.provinces, input.province);
  if (!draft.entry) return refused([...draft.problems, ...draft.missing].join(' '), draft.evidence);
  const entry = draft.entry;
  // the same parse the service will do, now checked against the drafted entry
  let parsed: ParsedPlan;
  try {
    parsed = planParser.parse({ file: entry.file, content: extracted.text, paragraphs: extracted.format === 'docx' }, entry);
  } catch (e) {
    return refused(explain(e, input.fileName), draft.evidence);
  }
  const existing = await readPlanSources({ seedsDir: input.seedsDir, plansDir: input.plansDir }).catch(() => ({ sources: [], failures: [] }));
  const clash = existing.sources.find((s) => s.collection === 'seed' && (s.entry.id === entry.id || s.entry.file === entry.file));
  if (clash) return refused(`Kế hoạch này trùng với kế hoạch mẫu ${clash.entry.id} đã có sẵn; không thêm lại.`, draft.evidence);
  const replaces = existing.sources.find((s) => s.collection === 'added' && s.entry.id === entry.id) ?? null;

  const kind = { pdf: 'PDF', scan: 'bản quét', docx: 'Word', txt: 'văn bản' }[extracted.format];
  const warnings: string[] = [...extracted.warnings.map((w) => `Khi đọc tệp ${kind}: ${w}`)];
  if (replaces) warnings.push(`Kế hoạch ${entry.id} đã được thêm trước đây; bản này sẽ thay thế bản cũ.`);
  const verdict: Verdict = { ok: true, reasons: [], warnings };
  const report = reviewReport({ fileName: input.fileName, entry, parsed, evidence: draft.evidence, verdict, extractionWarnings: extracted.warnings, agencies: input.agencies, lowConfidence: extracted.lowConfidence });
  if (!input.write) return { verdict, report, entry, parsed, written: false, reportPath: null, extractedText: extracted.text };

  const now = (input.now ?? new Date()).toISOString();
  const originalName = `${entry.id}${extname(input.fileName).toLowerCase() || (extracted.format === 'docx' ? '.docx' : '.txt')}`;
  await mkdir(join(input.plansDir, 'originals'), { recursive: true });
  await mkdir(join(input.plansDir, 'reports'), { recursive: true });
  await writeAtomic(join(input.plansDir, 'originals', originalName), input.data);
  await writeAtomic(join(input.plansDir, entry.file), extracted.text);
  const reportPath = join(input.plansDir, 'reports', `${entry.id}.md`);
  await writeAtomic(reportPath, report);
  const manifestPath = join(input.plansDir, 'manifest.json');
  let manifest: DeploymentManifest = emptyDeploymentManifest();
  try {
    manifest = parseDeploymentManifest(await readFile(manifestPath, 'utf8'), manifestPath);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const record: AddedPlan = { ...entry, original: `originals/${originalName}`, format: extracted.format, addedAt: now };
  manifest = { version: 1, plans: [...manifest.plans.filter((p) => p.id !== entry.id), record] };
  // the manifest goes last: a running service sees the plan only once its text is in place
  await writeAtomic(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { verdict, report, entry, parsed, written: true, reportPath, extractedText: extracted.text };
}

async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/** The accented seeds the diacritics restorer learns from (the same the service uses). */
async function referenceTexts(seedsDir: string): Promise<string[]> {
  const { sources } = await readPlanSources({ seedsDir, plansDir: join(seedsDir, '.none') });
  return accentedTexts(sources.map((s) => s.doc));
}
