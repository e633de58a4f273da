import { describe, expect, it } from 'vitest';
import { createAgencyMatcher } from './agency-matcher';
import { AGENCIES } from './data/agencies';
import { proseRoles } from './prose-roles';
import { responsibilityIn } from './responsibility';

/** "Trách nhiệm: …" lines trimmed from corpus/fixtures/plans/blind8/b8-aa/plan.txt (a blind plan). */
const matcher = createAgencyMatcher(AGENCIES, { known: () => true, knownWordCost: Infinity });
const read = (text: string) => {
  const r = responsibilityIn(text, matcher);
  return r && { lead: r.lead.map((m) => m.text), coordinating: r.coordinating.map((m) => m.text) };
};

describe('responsibilityIn', () => {
  it('reads "X chủ trì; Y, Z phối hợp" and stops at the next label', () => {
    expect(read('Trách nhiệm: Sở Y tế chủ trì; Sở Tư pháp, Sở Nội vụ và UBND các xã, phường phối hợp. Thời hạn: Quý II/2026.')).toEqual({
      lead: ['Sở Y tế'], coordinating: ['Sở Tư pháp', 'Sở Nội vụ', 'UBND các xã, phường'],
    });
    expect(read('Trách nhiệm: Tỉnh đoàn chủ trì, phối hợp với Sở Y tế, Sở Giáo dục và Đào tạo. Thời gian: Tháng 6 hằng năm.')).toEqual({
      lead: ['Tỉnh đoàn'], coordinating: ['Sở Y tế', 'Sở Giáo dục và Đào tạo'],
    });
  });
  it('reads a lead marked "(chủ trì)" in a list without "phối hợp": the others help', () => {
    expect(read('Trách nhiệm: Công an tỉnh (chủ trì), Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh. Thời gian: thường xuyên.')).toEqual({
      lead: ['Công an tỉnh'], coordinating: ['Viện kiểm sát nhân dân tỉnh', 'Tòa án nhân dân tỉnh'],
    });
  });
  it('reads co-leads ("đồng chủ trì")', () => {
    expect(read('Trách nhiệm: Sở Y tế, Sở Giáo dục và Đào tạo đồng chủ trì; Tỉnh đoàn, UBND các xã, phường phối hợp. Thời gian: từ năm học 2025-2026.')).toEqual({
      lead: ['Sở Y tế', 'Sở Giáo dục và Đào tạo'], coordinating: ['Tỉnh đoàn', 'UBND các xã, phường'],
    });
  });
  it('keeps a lower-case tail that narrows a body in its name ("UBND các xã có hộ di cư tự do")', () => {
    expect(read('Trách nhiệm: Sở Nông nghiệp và Môi trường chủ trì; Công an tỉnh, Sở Tư pháp, Sở Dân tộc và Tôn giáo và UBND các xã có hộ di cư tự do phối hợp.')?.coordinating).toEqual([
      'Công an tỉnh', 'Sở Tư pháp', 'Sở Dân tộc và Tôn giáo', 'UBND các xã có hộ di cư tự do',
    ]);
  });
  it('is what proseRoles reads for a numbered task followed by its "Trách nhiệm:" line', () => {
    const item = '4.3. Phòng, chống mua bán trẻ em qua biên giới.\n\tTrách nhiệm: Bộ Chỉ huy Bộ đội Biên phòng tỉnh (chủ trì), Công an tỉnh, Sở Y tế. Thời gian: thường xuyên.';
    expect(proseRoles(item, matcher)?.lead.map((m) => m.text)).toEqual(['Bộ Chỉ huy Bộ đội Biên phòng tỉnh']);
    expect(proseRoles(item, matcher)?.coordinating.map((m) => m.text)).toEqual(['Công an tỉnh', 'Sở Y tế']);
  });
  it('says nothing without the label', () => {
    expect(read('Sở Y tế chủ trì; Sở Tư pháp phối hợp.')).toBeNull();
  });
});
