import { beforeAll, describe, expect, it } from 'vitest';
import { AGENCIES } from '../../corpus/data/agencies';
import type { Agency, Plan } from '../../corpus/schema';
import { seedPlan } from '../../corpus/test-support/seed-corpus';
import { datesInTask, formatDate, planLabel, planNumber, provinceLabel, snippet, successorNotes, withScan } from './compose';

const names: ReadonlyMap<string, Agency> = new Map(AGENCIES.map((a) => [a.id, a] as const));
const plans: Record<string, Plan> = {};
beforeAll(async () => {
  for (const id of ['quang-ngai-2025', 'binh-thuan-2025', 'son-la-2025', 'dak-lak-2014']) plans[id] = (await seedPlan(id)).plan;
});

describe('formatDate', () => {
  it('writes a full date with two-digit day and month', () => {
    expect(formatDate({ year: 2025, month: 2, day: 10 })).toBe('10/02/2025');
    expect(formatDate({ year: 2014, month: 9, day: 17 })).toBe('17/09/2014');
    expect(formatDate({ year: 2025, month: 12, day: 31 })).toBe('31/12/2025');
  });
  it('writes month and year when the day is blank (Bình Thuận)', () => {
    expect(formatDate({ year: 2025, month: 4, day: null })).toBe('04/2025');
  });
  it('writes the year alone when the month is blank', () => {
    expect(formatDate({ year: 2025, month: null, day: null })).toBe('2025');
  });
});

describe('planLabel and provinceLabel on the seed plans', () => {
  it('Quảng Ngãi and Sơn La: number and full date', () => {
    expect(planLabel(plans['quang-ngai-2025']!, 'vi')).toBe('Kế hoạch 29/KH-UBND ngày 10/02/2025');
    expect(planLabel(plans['quang-ngai-2025']!, 'en')).toBe('Plan 29/KH-UBND of 10/02/2025');
    expect(planLabel(plans['son-la-2025']!, 'vi')).toBe('Kế hoạch 54/KH-UBND ngày 28/02/2025');
    expect(provinceLabel(plans['son-la-2025']!, 'vi')).toBe('Sơn La');
  });

  it('Bình Thuận: the number is shown as left blank and the date as a month', () => {
    const bt = plans['binh-thuan-2025']!;
    expect(bt.documentNumber).toBeNull();
    expect(planLabel(bt, 'vi')).toBe('Kế hoạch (không ghi số) tháng 04/2025');
    expect(planLabel(bt, 'en')).toContain('(number left blank)');
    expect(planLabel(bt, 'en')).toContain('04/2025');
    expect(planNumber(bt)).toBe('KH-UBND (không ghi số)');
    expect(provinceLabel(bt, 'vi')).toBe('Bình Thuận');
  });

  it('Đắk Lắk: a decision with a period, and a province label saying it is inferred', () => {
    const dl = plans['dak-lak-2014']!;
    expect(planLabel(dl, 'vi')).toBe('Quyết định 2130/QĐ-UBND ngày 17/09/2014, giai đoạn 2014-2020');
    expect(planLabel(dl, 'en')).toBe('Decision 2130/QĐ-UBND of 17/09/2014, period 2014-2020');
    expect(provinceLabel(dl, 'vi')).toBe('Đắk Lắk (tỉnh suy ra, văn bản không ghi tên tỉnh)');
    expect(provinceLabel(dl, 'en')).toBe('Đắk Lắk (province inferred: the text does not name it)');
  });

  it('only Đắk Lắk is marked as inferred', () => {
    for (const id of ['quang-ngai-2025', 'binh-thuan-2025', 'son-la-2025']) {
      expect(provinceLabel(plans[id]!, 'vi')).toBe(plans[id]!.province);
      expect(provinceLabel(plans[id]!, 'en')).toBe(plans[id]!.province);
    }
  });
});

describe('successorNotes', () => {
  it('Sở LĐTBXH: names Sở Y tế for child work and the date 1/3/2025', () => {
    const [note, ...rest] = successorNotes(['so-ldtbxh'], 'Quảng Ngãi', names, 'vi');
    expect(rest).toEqual([]);
    expect(note).toContain('Từ 1/3/2025');
    expect(note).toContain('Sở Lao động – Thương binh và Xã hội');
    expect(note).toContain('Sở Y tế (công tác trẻ em');
    expect(note).toContain('Nghị định 45/2025/NĐ-CP');
    const [en] = successorNotes(['so-ldtbxh'], 'Quảng Ngãi', names, 'en');
    expect(en).toMatch(/^ℹ️ Since 1\/3\/2025, Sở Lao động – Thương binh và Xã hội has been reorganised: Sở Y tế/);
  });

  it('Ban Dân tộc: a note for Sơn La, none for Đắk Lắk', () => {
    const sl = successorNotes(['ban-dan-toc'], 'Sơn La', names, 'vi');
    expect(sl).toHaveLength(1);
    expect(sl[0]).toContain('Sở Dân tộc và Tôn giáo');
    expect(successorNotes(['ban-dan-toc'], 'Đắk Lắk', names, 'vi')).toEqual([]);
    expect(successorNotes(['ban-dan-toc'], 'Đắk Lắk', names, 'en')).toEqual([]);
  });

  it('UBND các huyện: the district level is gone, the commune level takes over', () => {
    const [vi] = successorNotes(['nhom-ubnd-huyen'], 'Đắk Lắk', names, 'vi');
    expect(vi).toContain('Từ 1/7/2025 không còn cấp huyện');
    expect(vi).toContain('cấp xã');
    expect(vi).toContain('Nghị quyết 202/2025/QH15');
    const [en] = successorNotes(['nhom-ubnd-huyen'], 'Đắk Lắk', names, 'en');
    expect(en).toContain('commune-level');
  });

  it('says nothing for agencies without a successor or unknown ids, and each agency once', () => {
    expect(successorNotes(['so-y-te', 'cong-an-tinh', 'no-such-agency'], 'Sơn La', names, 'vi')).toEqual([]);
    expect(successorNotes(['so-ldtbxh', 'so-ldtbxh'], 'Sơn La', names, 'vi')).toHaveLength(1);
  });

  it('keeps the order of the agencies and at most three notes', () => {
    const notes = successorNotes(['nhom-ubnd-huyen', 'so-ldtbxh', 'ban-dan-toc', 'so-khdt'], 'Sơn La', names, 'vi');
    expect(notes).toHaveLength(3);
    expect(notes[0]).toContain('cấp huyện');
    expect(notes[1]).toContain('Sở Lao động');
    expect(notes[2]).toContain('Ban Dân tộc');
  });
});

describe('planLabel with a year-only date (regression)', () => {
  it('says "năm" when neither day nor month is given', async () => {
    const { seedPlan } = await import('../../corpus/test-support/seed-corpus');
    const { planLabel } = await import('./compose');
    const bt = (await seedPlan('binh-thuan-2025')).plan;
    expect(planLabel({ ...bt, issuedDate: { year: 2025, month: null, day: null } }, 'vi')).toMatch(/ năm 2025$/);
    expect(planLabel(bt, 'en')).toMatch(/of 04\/2025$/);
  });
});

describe('snippet', () => {
  const task = 'Tăng cường tiếp cận các dịch vụ y tế có chất lượng; phòng, chống suy dinh dưỡng, thúc đẩy nuôi con bằng sữa mẹ; giảm tỷ lệ tử vong ở trẻ sơ sinh; dự phòng, điều trị HIV/AIDS, bệnh lao, bệnh phong ở trẻ em; chống kỳ thị trẻ em bị nhiễm, ảnh hưởng bởi HIV/AIDS.';
  it('shows the part of a long task the question matched, marked as cut', () => {
    const s = snippet(task, ['ky', 'thi', 'hiv'], 100);
    expect(s.startsWith('…')).toBe(true);
    expect(s).toContain('chống kỳ thị trẻ em');
    expect(s.length).toBeLessThanOrEqual(101);
  });
  it('keeps the opening when the match is there, or nothing matched, and a short task whole', () => {
    expect(snippet(task, ['tiep', 'can'], 100).startsWith('Tăng cường tiếp cận')).toBe(true);
    expect(snippet(task, ['pho'], 100).startsWith('Tăng cường')).toBe(true);
    expect(snippet('Dạy bơi cho trẻ em.', ['boi'], 100)).toBe('Dạy bơi cho trẻ em.');
  });
});

describe('datesInTask', () => {
  it('gives a deadline the task\'s words hold and its timeframe does not', () => {
    // trimmed from seeds/quang-ngai-2025-kh-29.txt line 115
    const task = 'Thực hiện chế độ báo cáo về thực hiện Công ước của Liên hợp quốc về quyền trẻ em vào năm 2027.';
    expect(datesInTask({ task, timeframe: 'Thường xuyên trong năm' }, 'vi')).toBe(' (nội dung nhiệm vụ ghi: vào năm 2027)');
    expect(datesInTask({ task, timeframe: 'Năm 2027' }, 'vi')).toBe('');
    expect(datesInTask({ task: 'Tuyên truyền Luật Trẻ em.', timeframe: null }, 'en')).toBe('');
  });
});


describe('toMatch: agency names in a centrally-run city', () => {
  it("keeps a city's own spelling of a registered body, and the registry's name elsewhere", async () => {
    const { toMatch } = await import('./compose');
    const names = new Map(AGENCIES.map((a) => [a.id, a] as const));
    const plan = (await seedPlan('quang-ngai-2025')).plan;
    const assignment = (await seedPlan('quang-ngai-2025')).assignments[0]!;
    const a = {
      ...assignment,
      lead: [{ agencyId: 'tinh-doan', text: 'Thành đoàn' }],
      coordinating: [{ agencyId: 'cong-an-tinh', text: 'Công an Thành phố' }, { agencyId: 'nhom-ubnd-xa', text: 'UBND các phường, xã, đặc khu' }, { agencyId: 'so-y-te', text: 'So Y te' }],
    };
    const city = toMatch(a, { ...plan, province: 'TP Hồ Chí Minh' }, names);
    expect(city.lead).toEqual(['Thành đoàn']);
    // an OCR-like spelling is not a registered one: the registry's name
    expect(city.coordinating).toEqual(['Công an Thành phố', 'UBND các phường, xã, đặc khu', 'Sở Y tế']);
    const province = toMatch(a, plan, names);
    expect(province.lead).toEqual([names.get('tinh-doan')!.name]);
  });
});

describe('withScan', () => {
  const unsure = [{ text: 'điều khoan bạo lực', scan: 'diéu khoan bao luu' }, { text: 'nít', scan: 'nit' }];
  it('puts the scan beside each doubtful run shown whole, in order', () => {
    expect(withScan('sửa đổi điều khoan bạo lực đối với phụ nít có thai', unsure, 'vi')).toBe('sửa đổi điều khoan bạo lực [bản quét: diéu khoan bao luu] đối với phụ nít [bản quét: nit] có thai');
    expect(withScan('phụ nít có thai', unsure, 'en')).toBe('phụ nít [scan: nit] có thai');
  });
  it('leaves a run a snippet cut, a word inside another word, and text without runs as they are', () => {
    expect(withScan('…khoan bạo lực đối với', unsure, 'vi')).toBe('…khoan bạo lực đối với');
    expect(withScan('các nítơ', unsure, 'vi')).toBe('các nítơ');
    expect(withScan('trẻ em', undefined, 'vi')).toBe('trẻ em');
  });
});
