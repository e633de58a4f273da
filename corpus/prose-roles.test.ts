import { describe, expect, it } from 'vitest';
import { createAgencyMatcher } from './agency-matcher';
import { AGENCIES } from './data/agencies';
import { partnersIn, proseRoles } from './prose-roles';

/** Sentences trimmed from the plans in corpus/fixtures/plans (holdout, blind, blind2, blind3). */
const matcher = createAgencyMatcher(AGENCIES, { known: () => true, knownWordCost: Infinity });
const names = (ms: Array<{ text: string }> | undefined) => ms?.map((m) => m.text);

describe('proseRoles', () => {
  it('reads "… do X chủ trì thực hiện, phối hợp với Y" and a subject that "phối hợp với" others (blind9/b9-ac)', () => {
    const r = proseRoles('Việc rà soát các văn bản quy phạm pháp luật có liên quan đến trẻ em do Sở Tư pháp chủ trì thực hiện, phối hợp với Sở Lao động - Thương binh và Xã hội, thời gian: năm 2016.', matcher);
    expect(names(r?.lead)).toEqual(['Sở Tư pháp']);
    expect(r?.coordinating.map((m) => m.agencyId)).toEqual(['so-ldtbxh']);
    const s = proseRoles('Ban Dân tộc tỉnh phối hợp với Hội LHPN tỉnh tổ chức tuyên truyền, đối thoại chính sách với người có uy tín về tác hại của tảo hôn.', matcher);
    expect(names(s?.lead)).toEqual(['Ban Dân tộc tỉnh']);
    expect(names(s?.coordinating)).toEqual(['Hội LHPN tỉnh']);
    // "độ", "đỏ" are not "do"; a task that names its partners only has no lead
    expect(proseRoles('Nâng cao mức độ Sở Y tế tham gia.', matcher)).toBeNull();
    expect(proseRoles('Tuyên truyền về quyền trẻ em; các sở phối hợp thực hiện.', matcher)).toBeNull();
  });

  it('reads "Giao X chủ trì, phối hợp với Y và Z" with the names ending where the task starts', () => {
    const r = proseRoles('Giao Sở Tư pháp chủ trì, phối hợp với Sở Y tế và các cơ quan liên quan thực hiện thường xuyên.', matcher);
    expect(names(r?.lead)).toEqual(['Sở Tư pháp']);
    expect(names(r?.coordinating)).toEqual(['Sở Y tế', 'các cơ quan liên quan']);
  });

  it('does not read "giáo" (Giáo dục, Tôn giáo) as the request word "Giao"', () => {
    expect(names(proseRoles('Tuyên truyền phòng, chống tảo hôn. Giao Sở Dân tộc và Tôn giáo chủ trì thực hiện định kỳ hằng năm.', matcher)?.lead)).toEqual(['Sở Dân tộc và Tôn giáo']);
    expect(names(proseRoles('Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh', matcher)?.lead)).toEqual(['Sở Giáo dục và Đào tạo']);
  });

  it('keeps a body the registry does not know, ended at "tỉnh" or at the first word that is not a name', () => {
    const r = proseRoles('Sở Y tế chủ trì, phối hợp với Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh sàng lọc, phát hiện sớm trẻ em khuyết tật.', matcher);
    expect(names(r?.coordinating)).toEqual(['Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh']);
    const s = proseRoles('Giao Công an tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo phát hiện, ngăn chặn các hành vi xâm hại trẻ em trên mạng.', matcher);
    expect(names(s?.coordinating)).toEqual(['Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo']);
  });

  it('finds no lead in words about leading ("cơ quan chủ trì, cơ quan phối hợp … tại Phụ lục")', () => {
    expect(proseRoles('Nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện tại Phụ lục kèm theo.', matcher)).toBeNull();
  });
});

describe('partnersIn', () => {
  it('reads the partners a table row names inside its task', () => {
    expect(names(partnersIn('Đăng ký khai sinh quá hạn cho trẻ em vùng cao, phối hợp với Công an tỉnh, Bảo hiểm xã hội tỉnh.', matcher))).toEqual(['Công an tỉnh', 'Bảo hiểm xã hội tỉnh']);
    expect(partnersIn('Dạy bơi cho trẻ em.', matcher)).toEqual([]);
  });
});

describe('short labels and verbs after a partner (blind5)', () => {
  it('reads "(Chủ trì: …; phối hợp: …)" without "Cơ quan"', () => {
    const r = proseRoles('Tổ chức diễn đàn trẻ em cấp tỉnh. (Chủ trì: Tỉnh đoàn; phối hợp: Sở Nội vụ; thực hiện: hằng năm)', matcher);
    expect(names(r?.lead)).toEqual(['Tỉnh đoàn']);
    expect(names(r?.coordinating)).toEqual(['Sở Nội vụ']);
  });

  it('ends an unregistered partner before a two-word verb, never inside it', () => {
    const r = proseRoles('Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Khoa học và Công nghệ, Báo Hải Phòng định hướng các cơ quan báo chí trên địa bàn tuyên truyền về quyền trẻ em.', matcher);
    expect(names(r?.coordinating)).toEqual(['Sở Khoa học và Công nghệ', 'Báo Hải Phòng']);
  });
});
