import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAgencyMatcher } from './agency-matcher';
import { buildCorpus } from './build-corpus';
import { AGENCIES } from './data/agencies';
import { CorpusParseError, ManifestError } from './errors';
import { parseManifest, type ManifestEntry } from './manifest';
import { parsePlan } from './parse-plan';
import { unregisteredId } from './unregistered';
import { strictMatcher } from './test-support/strict-matcher';

const seeds = resolve(import.meta.dirname, '../seeds');
const read = (f: string) => readFileSync(resolve(seeds, f), 'utf8');
const manifest = parseManifest(read('manifest.json'), 'seeds/manifest.json');
const entry = (id: string): ManifestEntry => manifest.plans.find((p) => p.id === id)!;
const matcher = createAgencyMatcher(AGENCIES);
const QN = read('quang-ngai-2025-kh-29.txt');
const DL = read('dak-lak-2014-qd-2130.txt');

function parseError(fn: () => unknown): CorpusParseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CorpusParseError) return e;
    throw e;
  }
  throw new Error('expected a CorpusParseError');
}

describe('parsePlan on layouts the seeds do not have', () => {
  it('reads a single "thực hiện" column whose cell marks the lead "(chủ trì)"', async () => {
    const oneColumn = QN.replace('TT\tNhiệm vụ thực hiện các nội dung khuyến nghị\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện', 'TT\tNhiệm vụ thực hiện các nội dung khuyến nghị\tCơ quan thực hiện\t\tThời gian thực hiện')
      .replace('\tBan Dân tộc – Tôn giáo\t', '\tBan Dân tộc – Tôn giáo (chủ trì); Sở Y tế, Hội Liên hiệp Phụ nữ tỉnh\t\t');
    expect(oneColumn).not.toBe(QN);
    const { assignments } = parsePlan({ file: 'x.txt', content: oneColumn }, entry('quang-ngai-2025'), await strictMatcher(), { checkManifest: false });
    const row = assignments.find((a) => a.source.lineStart === 107)!;
    expect(row.lead.map((m) => m.agencyId)).toEqual(['ban-dan-toc-ton-giao']);
    expect(row.coordinating.map((m) => m.agencyId)).toEqual(['so-y-te', 'hoi-lhpn-tinh']);
    expect(row.notes.join(' ')).toMatch(/\(chủ trì\)/);
  });
});

describe('parsePlan on malformed documents', () => {
  it('keeps an agency the registry does not know in the plan\'s own words, with a note naming the line', async () => {
    const broken = QN.replace('5\tGiảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống; truyền thông nâng cao nhận thức về tác hại của tình trạng tảo hôn.\tBan Dân tộc – Tôn giáo',
      '5\tGiảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống; truyền thông nâng cao nhận thức về tác hại của tình trạng tảo hôn.\tHội Bảo trợ người tàn tật và trẻ mồ côi tỉnh');
    expect(broken).not.toBe(QN);
    const { assignments } = parsePlan({ file: 'x.txt', content: broken }, entry('quang-ngai-2025'), await strictMatcher());
    const row = assignments.find((a) => a.source.lineStart === 107)!;
    expect(row.lead).toEqual([{ agencyId: unregisteredId('Hội Bảo trợ người tàn tật và trẻ mồ côi tỉnh'), text: 'Hội Bảo trợ người tàn tật và trẻ mồ côi tỉnh' }]);
    expect(row.notes.join(' ')).toMatch(/dòng 107.*Hội Bảo trợ người tàn tật và trẻ mồ côi tỉnh.*chưa có trong danh mục/);
  });

  it('keeps the text of a row with more cells than the header, as an extra cell with a note', () => {
    const broken = QN.replace('6\tBảo đảm quyền tự do tín ngưỡng', '6\tBảo đảm\tquyền tự do tín ngưỡng');
    const { assignments } = parsePlan({ file: 'qn.txt', content: broken }, entry('quang-ngai-2025'), matcher);
    const row = assignments.find((a) => a.source.lineStart === 108)!;
    expect(row.notes.join(' ')).toMatch(/dòng 108: hàng có 6 ô/);
    expect(row.extra.map((x) => x.label)).toContain('Ô thừa');
  });

  it('rejects an appendix heading whose table lost its tabs', () => {
    const broken = QN.replace(/\t/g, '    ');
    const err = parseError(() => parsePlan({ file: 'qn.txt', content: broken }, entry('quang-ngai-2025'), matcher));
    expect(err.line).toBe(79);
    expect(err.message).toMatch(/PHỤ LỤC/);
  });

  it('rejects a document that is not a plan', () => {
    const err = parseError(() => parsePlan({ file: 'note.txt', content: '\n\nBiên bản họp giao ban tuần\nNội dung: trao đổi công việc.\n' }, entry('quang-ngai-2025'), matcher));
    expect(err.file).toBe('note.txt');
    expect(err.line).toBe(3);
    expect(err.message).toMatch(/unknown document/);
  });

  it('rejects an empty document', () => {
    expect(parseError(() => parsePlan({ file: 'e.txt', content: '\n  \n' }, entry('quang-ngai-2025'), matcher)).message).toMatch(/empty/);
  });

  it('keeps a first table row with an empty lead (nothing above to inherit), flagged for review', () => {
    const broken = DL.replace('Số 12\tNghiên cứu, xây dựng cơ chế phối hợp và nguồn nhân lực để thực hiện các vấn đề về trẻ em của tỉnh.\tSở Lao động – Thương binh và Xã hội',
      'Số 12\tNghiên cứu, xây dựng cơ chế phối hợp và nguồn nhân lực để thực hiện các vấn đề về trẻ em của tỉnh.\t');
    const { assignments } = parsePlan({ file: 'dl.txt', content: broken }, entry('dak-lak-2014'), matcher);
    const row = assignments.find((a) => a.source.lineStart === 101)!;
    expect(row.lead).toEqual([]);
    expect(row.notes.join(' ')).toMatch(/dòng 101: ô cơ quan chủ trì trống.*cần kiểm tra/);
  });

  it('holds the manifest to what the text says', () => {
    const wrong = { ...entry('quang-ngai-2025'), documentNumber: '30/KH-UBND' };
    expect(() => parsePlan({ file: 'qn.txt', content: QN }, wrong, matcher)).toThrow(ManifestError);
    const wrongProvince = { ...entry('quang-ngai-2025'), province: 'Kon Tum' };
    expect(() => parsePlan({ file: 'qn.txt', content: QN }, wrongProvince, matcher)).toThrow(/Quảng Ngãi/);
    const notInferred = { ...entry('dak-lak-2014'), provinceInferred: false };
    expect(() => parsePlan({ file: 'dl.txt', content: DL }, notInferred, matcher)).toThrow(/never names its province/);
  });

  it('fails on seeds missing from the manifest or manifest entries without a seed', () => {
    expect(() => buildCorpus([{ file: 'extra.txt', content: QN }], manifest)).toThrow(/not listed/);
    expect(() => buildCorpus([], manifest)).toThrow(/missing/);
  });
});

describe('parsePlan is independent of how the text arrives', () => {
  it('gives identical records for NFD input', () => {
    const nfc = parsePlan({ file: 'qn.txt', content: QN }, entry('quang-ngai-2025'), matcher);
    const nfd = parsePlan({ file: 'qn.txt', content: QN.normalize('NFD') }, entry('quang-ngai-2025'), matcher);
    expect(nfd).toEqual(nfc);
  });

  it('gives identical records for Windows line endings', () => {
    const lf = parsePlan({ file: 'dl.txt', content: DL }, entry('dak-lak-2014'), matcher);
    const crlf = parsePlan({ file: 'dl.txt', content: DL.replace(/\n/g, '\r\n') }, entry('dak-lak-2014'), matcher);
    expect(crlf).toEqual(lf);
  });

  it('does not depend on the file name', () => {
    const a = parsePlan({ file: 'quang-ngai-2025-kh-29.txt', content: QN }, entry('quang-ngai-2025'), matcher);
    const b = parsePlan({ file: '000_f9d3a948cc970d4a.txt', content: QN }, entry('quang-ngai-2025'), matcher);
    const strip = (p: typeof a) => JSON.parse(JSON.stringify(p).replaceAll(p.plan.file, 'FILE'));
    expect(strip(b)).toEqual(strip(a));
  });
});

describe('parseManifest', () => {
  it('rejects malformed JSON and missing fields with the file name', () => {
    expect(() => parseManifest('{', 'm.json')).toThrow(/m\.json: not valid JSON/);
    expect(() => parseManifest('{"version":1,"plans":[{"id":"x"}]}', 'm.json')).toThrow(/plans\.0\./);
    const inferredNoEvidence = JSON.parse(read('manifest.json'));
    inferredNoEvidence.plans[3].provinceEvidence = null;
    expect(() => parseManifest(JSON.stringify(inferredNoEvidence), 'm.json')).toThrow(/provinceEvidence/);
  });
});
