import { describe, expect, it } from 'vitest';
import { seedCorpus, seedPlan } from './test-support/seed-corpus';
import { findImplements, findPlaceDate, reportingFacts } from './plan-facts';

describe('plan-level facts read from the seeds', () => {
  it('Quảng Ngãi: number from the appendix heading, date, focal agency, reporting channel', async () => {
    const { plan } = await seedPlan('quang-ngai-2025');
    expect(plan).toMatchObject({
      province: 'Quảng Ngãi',
      provinceInferred: false,
      documentKind: 'Kế hoạch',
      documentNumber: '29/KH-UBND',
      issuedDate: { year: 2025, month: 2, day: 10 },
      implements: { number: '27/QĐ-TTg', date: '2025-01-03' },
      period: null,
      appendix: { referenced: true, present: true },
    });
    expect(plan.focalAgency?.agencyId).toBe('so-ldtbxh');
    expect(plan.reportingRule?.source.lineStart).toBe(55);
    expect(plan.reportingRule?.recipient?.agencyId).toBe('so-ldtbxh');
    expect(plan.funding).toBeNull(); // no funding section in this plan
  });

  it('Bình Thuận: blank number, day left blank, Sở Y tế focal, appendix referenced but absent', async () => {
    const { plan } = await seedPlan('binh-thuan-2025');
    expect(plan.documentNumber).toBeNull();
    expect(plan.issuedDate).toEqual({ year: 2025, month: 4, day: null });
    expect(plan.focalAgency?.agencyId).toBe('so-y-te');
    expect(plan.appendix).toEqual({ referenced: true, present: false });
    expect(plan.reportingRule?.text).toBe('Báo cáo kết quả thực hiện gửi về Sở Y tế để tổng hợp báo cáo theo quy định.');
    expect(plan.funding?.source).toMatchObject({ ref: "Mục III", lineStart: 37, lineEnd: 39 });
    expect(plan.funding?.sources).toHaveLength(4);
  });

  it('Sơn La (OCR): number, date, the 30/11 annual report deadline through Sở LĐTBXH', async () => {
    const { plan } = await seedPlan('son-la-2025');
    expect(plan.documentNumber).toBe('54/KH-UBND');
    expect(plan.issuedDate).toEqual({ year: 2025, month: 2, day: 28 });
    expect(plan.implements).toEqual({ number: '27/QĐ-TTg', date: '2025-01-03' });
    expect(plan.focalAgency?.agencyId).toBe('so-ldtbxh');
    expect(plan.reportingRule).toMatchObject({ frequency: 'hằng năm', deadline: 'trước ngày 30/11 hằng năm' });
    expect(plan.reportingRule?.source.ref).toBe('Mục V');
    expect(plan.funding?.source).toMatchObject({ ref: 'Mục III', lineStart: 64, lineEnd: 71 });
    expect(plan.appendix.present).toBe(false);
  });

  it('Đắk Lắk 2014: inferred province, decision number and date, period, yearly reports', async () => {
    const { plan } = await seedPlan('dak-lak-2014');
    expect(plan).toMatchObject({
      province: 'Đắk Lắk',
      provinceInferred: true,
      documentKind: 'Quyết định',
      documentNumber: '2130/QĐ-UBND',
      issuedDate: { year: 2014, month: 9, day: 17 },
      implements: { number: '535/QĐ-TTg', date: '2014-04-14' },
      period: '2014-2020',
    });
    expect(plan.focalAgency?.agencyId).toBe('so-ldtbxh');
    expect(plan.reportingRule).toMatchObject({ frequency: 'hằng năm', deadline: null });
    // the funding text keeps IV.1 and leaves out IV.2, which is the period
    expect(plan.funding?.source).toMatchObject({ lineStart: 88, lineEnd: 88 });
  });

  it('reads the signer where the text has one, keeping the scan\'s spelling', async () => {
    const corpus = await seedCorpus();
    const signer = (id: string) => corpus.plans.find((p) => p.plan.id === id)!.plan.signer;
    expect(signer('binh-thuan-2025')).toEqual({ name: 'Nguyễn Minh', title: 'KT. Chủ tịch – Phó Chủ tịch', line: 77 });
    expect(signer('son-la-2025')).toMatchObject({ name: 'Trang Thi Xuan', title: 'KT. Chủ tịch – Phó Chủ tịch Thường trực', line: 257 });
    expect(signer('dak-lak-2014')).toMatchObject({ name: 'Mai Hoan Niê Kdăm', line: 41 });
    expect(signer('quang-ngai-2025')).toBeNull(); // the text has no signature block
  });

  it('places every line that carries a task, and says why any other line is unplaced', async () => {
    const corpus = await seedCorpus();
    for (const p of corpus.plans) {
      expect(p.unplaced.filter((u) => u.carriesTask), p.plan.id).toEqual([]);
      for (const u of p.unplaced) expect(u.reason).toMatch(/scan noise/);
    }
    expect(corpus.plans.find((p) => p.plan.id === 'son-la-2025')!.unplaced.map((u) => u.line)).toEqual([102, 103, 104]);
  });

  it('classifies the sections a general question needs', async () => {
    const { sections } = await seedPlan('son-la-2025');
    const kinds = (k: string) => sections.filter((s) => s.kind === k && s.level === 1).map((s) => s.path.join('.'));
    expect(kinds('purpose')).toEqual(['I']);
    expect(kinds('tasks')).toEqual(['II']);
    expect(kinds('funding')).toEqual(['III']);
    expect(kinds('organisation')).toEqual(['IV']);
    expect(kinds('reporting')).toEqual(['V']);
  });
});

describe('fact patterns', () => {
  it('read a blank day and OCR decision numbers', () => {
    expect(findPlaceDate([{ no: 5, text: 'Bình Thuận, ngày tháng 4 năm 2025' }])).toMatchObject({ place: 'Bình Thuận', date: { year: 2025, month: 4, day: null } });
    expect(findImplements('Thyc hién Quyet dinh s6 27/QPb- TTg ngay 03/01/2025 cua Thu tudng')).toEqual({ number: '27/QĐ-TTg', date: '2025-01-03' });
    expect(reportingFacts('báo cáo trước ngày 15/12 hằng năm')).toEqual({ frequency: 'hằng năm', deadline: 'trước ngày 15/12 hằng năm' });
  });
});
