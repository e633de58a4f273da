import { beforeAll, describe, expect, it } from 'vitest';
import { AGENCIES } from '../corpus/data/agencies';
import { seedCorpus } from '../corpus/test-support/seed-corpus';
import { buildKnownWords } from './known-words';
import { createUnderstander, type QuestionUnderstander, type Understanding } from './understand';

const PLAN_PROVINCES = ['Quảng Ngãi', 'Bình Thuận', 'Sơn La', 'Đắk Lắk'];

let understander: QuestionUnderstander;
beforeAll(async () => {
  const known = buildKnownWords(await seedCorpus());
  understander = createUnderstander(AGENCIES, PLAN_PROVINCES, (w) => known.has(w));
});
const u = (q: string): Understanding => understander.understand(q);
const named = (q: string) => u(q).provinces.map((p) => p.named);

describe('buildKnownWords', () => {
  it('knows the accented plans\' words and the thesaurus, not the Sơn La scan\'s damage', async () => {
    const known = buildKnownWords(await seedCorpus());
    for (const w of ['tao', 'hon', 'trong', 'thong', 'ke', 'hoach', 'phoi', 'hop']) expect(known.has(w), w).toBe(true);
    expect(known.has('hen')).toBe(false); // "tao hén" (seeds/son-la-2025-kh-54.txt line 178)
  });
});

describe('provinces', () => {
  it('finds a province written with or without diacritics', () => {
    expect(named('Ai chủ trì giảm tảo hôn ở Quảng Ngãi?')).toEqual(['Quảng Ngãi']);
    expect(named('ai chu tri giam tao hon o quang ngai')).toEqual(['Quảng Ngãi']);
    expect(named('Ở Đắk Lắk ai lo việc tảo hôn?')).toEqual(['Đắk Lắk']);
    expect(named('o dak lak ai lo viec tao hon')).toEqual(['Đắk Lắk']);
    expect(named('Ai chủ trì giảm tảo hôn?')).toEqual([]);
  });

  it('reads capitalised abbreviations but not a lower-case "sl"', () => {
    expect(named('QN ai chủ trì tảo hôn')).toEqual(['Quảng Ngãi']);
    expect(named('SL ai chủ trì tảo hôn')).toEqual(['Sơn La']);
    expect(named('sl ai chủ trì tảo hôn')).toEqual([]);
  });

  it('answers a 2025 province name with the plan province merged into it, with a merge note', () => {
    const [ld] = u('Lâm Đồng ai chủ trì tảo hôn').provinces;
    expect(ld).toBeDefined();
    expect(ld!.named).toBe('Lâm Đồng');
    expect(ld!.planProvinces).toEqual(['Bình Thuận']);
    expect(ld!.merge).toMatchObject({ former: 'Bình Thuận', now: 'Lâm Đồng', effective: '2025-07-01' });
  });

  it('gives no plan for a former province without one, and a note naming where it went', () => {
    const [kt] = u('Kon Tum ai chủ trì tảo hôn').provinces;
    expect(kt!.named).toBe('Kon Tum');
    expect(kt!.planProvinces).toEqual([]);
    expect(kt!.merge).toMatchObject({ former: 'Kon Tum', now: 'Quảng Ngãi' });
  });

  it('keeps a plan province as its own plan', () => {
    const [sl] = u('Ai chủ trì tảo hôn ở Sơn La?').provinces;
    expect(sl).toMatchObject({ named: 'Sơn La', planProvinces: ['Sơn La'], merge: null });
  });
});

describe('agencies and intent', () => {
  it('"Công an tỉnh Sơn La làm gì" asks for the tasks of Công an tỉnh in Sơn La, not about Long An', () => {
    const r = u('Công an tỉnh Sơn La làm gì');
    expect(r.agencies).toEqual(['cong-an-tinh']);
    expect(r.intent).toBe('agency-tasks');
    expect(r.provinces.map((p) => p.named)).toEqual(['Sơn La']);
    expect(r.provinces.map((p) => p.named)).not.toContain('Long An');
  });

  it('who leads', () => {
    const r = u('Ai chủ trì giảm tảo hôn ở Quảng Ngãi?');
    expect(r.intent).toBe('who-leads');
    expect(r.factKind).toBeNull();
    expect(r.english).toBe(false);
  });

  it('who coordinates, also as an elliptic follow-up', () => {
    const r = u('Ai phối hợp?');
    expect(r.intent).toBe('who-coordinates');
    expect(r.elliptic).toBe(true);
    expect(r.content).toEqual([]);
    const full = u('Ai phối hợp phòng chống tảo hôn ở Sơn La?');
    expect(full.intent).toBe('who-coordinates');
    expect(full.elliptic).toBe(false);
  });

  it('when, also elliptic', () => {
    const r = u('Thời gian?');
    expect(r.intent).toBe('when');
    expect(r.elliptic).toBe(true);
  });

  it('greeting', () => {
    const r = u('xin chào');
    expect(r.intent).toBe('greeting');
    expect(r.topics).toEqual([]);
  });
});

describe('plan facts', () => {
  it('number: "kế hoạch QN số mấy" (and that is no quantity question)', () => {
    const r = u('kế hoạch QN số mấy');
    expect(r.intent).toBe('plan-facts');
    expect(r.factKind).toBe('number');
    expect(r.quantity).toBe(false);
    expect(r.provinces.map((p) => p.named)).toEqual(['Quảng Ngãi']);
  });

  it('funding: "Kinh phí lấy từ đâu?"', () => {
    expect(u('Kinh phí lấy từ đâu?')).toMatchObject({ intent: 'plan-facts', factKind: 'funding' });
  });

  it('report deadline: "Hạn báo cáo của Sơn La là khi nào?" is the report, not the date', () => {
    const r = u('Hạn báo cáo của Sơn La là khi nào?');
    expect(r).toMatchObject({ intent: 'plan-facts', factKind: 'report' });
    expect(r.provinces.map((p) => p.named)).toEqual(['Sơn La']);
  });

  it('focal agency: "Sở nào chủ trì kế hoạch ở Bình Thuận?"', () => {
    const r = u('Sở nào chủ trì kế hoạch ở Bình Thuận?');
    expect(r).toMatchObject({ intent: 'plan-facts', factKind: 'focal' });
    expect(r.provinces.map((p) => p.named)).toEqual(['Bình Thuận']);
  });

  it('a task question that mentions "kinh phí" is not the plan\'s funding', () => {
    const r = u('Sở nào tổng hợp dự toán kinh phí thực hiện quyền trẻ em?');
    expect(r.factKind).not.toBe('funding');
  });
});

describe('recommendations and comparisons', () => {
  it('reads recommendation numbers in Vietnamese and English', () => {
    expect(u('Khuyến nghị số 83, 84')).toMatchObject({ intent: 'recommendation', recommendations: [83, 84] });
    expect(u('Recommendations 83 and 84')).toMatchObject({ intent: 'recommendation', recommendations: [83, 84] });
    expect(u('Khuyến nghị số 48 ở Quảng Ngãi do ai chủ trì?').recommendations).toEqual([48]);
    expect(u('Ai chủ trì giảm tảo hôn?').recommendations).toEqual([]);
  });

  it('compare: "so sánh … các tỉnh"', () => {
    const r = u('So sánh việc phòng chống tảo hôn giữa các tỉnh');
    expect(r.intent).toBe('compare');
    expect(r.topics).toContain('tao-hon');
  });

  it('across provinces: "các tỉnh khác", "4 tỉnh", "other provinces", and not "tình dục" or "các tình huống"', () => {
    for (const q of ['So sánh với các tỉnh khác', 'con tinh khac thi sao', 'so sánh phòng chống tảo hôn 4 tỉnh', 'What about the other provinces?', 'tất cả các tỉnh thì sao']) {
      const r = u(q);
      expect(r.acrossProvinces, q).toBe(true);
      expect(r.content, q).not.toContain('khac');
    }
    expect(u('xâm hại tình dục ở Sơn La ai chủ trì').acrossProvinces).toBe(false);
    expect(u('các tình huống khẩn cấp thì ai lo').acrossProvinces).toBe(false);
    expect(u('So sánh Sơn La với các tỉnh khác').acrossProvinces).toBe(false); // a province is named: it is compared
  });

  it('existence: a yes/no question whether the plan has something, not "có phải … không" or "có cần … không"', () => {
    expect(u('Kế hoạch có giao cơ quan nào cấp học bổng đi du học nước ngoài cho học sinh giỏi không?').existence).toBe(true);
    expect(u('dien bien co xay trung tam bao tro moi khong, bao gio khoi cong?').existence).toBe(true);
    expect(u('xa toi o son la co phai tu lo kinh phi cho ke hoach khong').existence).toBe(false);
    expect(u('xã có cần lập kế hoạch riêng không?').existence).toBe(false);
    expect(u('Ai chủ trì phòng chống tảo hôn ở Quảng Ngãi?').existence).toBe(false);
    expect(u('Does the plan set up a new hotline?').existence).toBe(false); // English words are not the task's: topics decide
  });

  it('construction: building works asked about ("khởi công", "xây trung tâm", "làm lại đường"), not "xây dựng kế hoạch"', () => {
    expect(u('dien bien co xay trung tam bao tro tre mo coi moi khong, bao gio khoi cong?').detail).toBe('construction');
    expect(u('ai chiu trach nhiem lam lai duong lien thon den diem truong').detail).toBe('construction');
    expect(u('ai chủ trì xây dựng kế hoạch phòng chống đuối nước').detail).toBeNull();
    expect(u('ai chủ trì xây dựng trường học an toàn, thân thiện').detail).toBeNull();
  });

  it('"mấy việc … giờ ai làm?" after a body that is gone asks for its successor, not a count; "QĐ 2130 phê duyệt … giai đoạn nào" is a plan fact', () => {
    const r = u("Giờ không còn cấp huyện, vậy mấy việc kế hoạch giao cho 'UBND các huyện, thị xã, thành phố' thì ai làm?");
    expect(r.count).toBeNull();
    expect(r.asksSuccessor).toBe(true);
    expect(u('Phụ lục Quảng Ngãi có bao nhiêu nhiệm vụ?').count).toBe('tasks');
    expect(u('QĐ 2130 phê duyệt kế hoạch thực hiện trong giai đoạn nào, triển khai quyết định nào của Thủ tướng?').intent).toBe('plan-facts');
  });

  it('unintelligible: only unknown words and nothing understood', () => {
    expect(u('asdfgh ??? 123').unintelligible).toBe(true);
    expect(u('qwerty zxcv').unintelligible).toBe(true);
    expect(u('tao hon').unintelligible).toBe(false);
    expect(u('What is the exchange rate?').unintelligible).toBe(false); // English off-topic: said to be out of scope
  });
});

describe('topics', () => {
  it('tảo hôn, kết hôn sớm and early marriage are the same topic', () => {
    expect(u('Ai chủ trì giảm tảo hôn?').topics).toContain('tao-hon');
    expect(u('Ai lo việc kết hôn sớm?').topics).toContain('tao-hon');
    const en = u('Who leads work on early marriage in Quang Ngai?');
    expect(en.english).toBe(true);
    expect(en.topics).toContain('tao-hon');
    expect(en.intent).toBe('who-leads');
    expect(en.provinces.map((p) => p.named)).toEqual(['Quảng Ngãi']);
  });

  it('forgives OCR-like damage in a question ("tao hén")', () => {
    expect(u('Ai chủ trì tao hén ở Sơn La').topics).toContain('tao-hon');
  });

  it('"xâm hại trên mạng" is both abuse and the online environment', () => {
    const t = u('Ai phụ trách xâm hại trên mạng ở Sơn La?').topics;
    expect(t).toContain('xam-hai');
    expect(t).toContain('moi-truong-mang');
    expect(u('Ai phụ trách xâm hại ở Sơn La?').topics).not.toContain('moi-truong-mang');
  });
});

describe('content and quantity', () => {
  it('takes question words and province names out of the content', () => {
    const r = u('Ai chủ trì giảm tảo hôn ở Quảng Ngãi?');
    expect(r.content).toEqual(['giam', 'tao', 'hon']);
    expect(r.contentText).toBe('giảm tảo hôn');
  });

  it('flags a question asking for a quantity', () => {
    expect(u('Tỷ lệ tảo hôn giảm bao nhiêu phần trăm?').quantity).toBe(true);
    expect(u('How many child marriages are there in Son La?').quantity).toBe(true);
    expect(u('kế hoạch Sơn La số mấy').quantity).toBe(false);
    expect(u('Ai chủ trì giảm tảo hôn?').quantity).toBe(false);
    expect(u('Does the Quang Ngai plan set a target number of foster families by 2030?').quantity).toBe(true);
  });
});

describe('stop words', () => {
  it('drops a function word, keeps a content word typed with other diacritics that folds the same', () => {
    expect(u('Bộ tài liệu tuyên truyền về khuyến nghị phải có khi nào?').content).toContain('tai');
    expect(u('Ai rà soát văn bản ở Sơn La?').content).toContain('van');
    expect(u('Ai làm việc tại trường ở Sơn La?').content).not.toContain('tai');
    // typed without diacritics, a pair the plans write as content words keeps it ("tài liệu"); elsewhere it is the stop word
    expect(u('ai to chuc tu van tam ly cho tre o quang ngai').content).toContain('van');
    expect(u('ai van chua trien khai o quang ngai').content).not.toContain('van');
    // kept as content, it does not turn a question about the plan itself into a task question
    expect(u('QN ban hanh ke hoach ngay nao').intent).toBe('plan-facts');
  });
});

describe('which body a question asks about', () => {
  it('is not the one reported to, nor the place of the work', () => {
    expect(u('xa phuong o quang ngai phai bao cao ket qua ve so y te truoc ngay nao').agencies).toEqual(['nhom-ubnd-xa']);
    expect(u('Sở Y tế Sơn La phải báo cáo lên UBND tỉnh trước ngày nào?').agencies).toEqual(['so-y-te']);
    expect(u('Việc chăm sóc trẻ tại Trung tâm Công tác xã hội tỉnh ở Sơn La làm khi nào?').agencies).toEqual([]);
    // only the body reported to is named: no lead is asked about, and its name stays a word of the task
    const r = u('kiem tra tre em lam viec tren tau ca o son la thi bao cao ve ubnd tinh khi nao');
    expect(r.agencies).toEqual([]);
    expect(r.content).toContain('ubnd');
  });

  it('reads "đầu mối" of a named task as its lead, of the plan as the plan\'s focal agency', () => {
    const task = u('Quảng Ngãi: cấp thẻ BHYT cho trẻ dưới 6 tuổi thì cơ quan nào làm đầu mối chủ trì ạ?');
    expect(task.intent).not.toBe('plan-facts');
    expect(task.intents).toContain('who-leads');
    expect(u('Cơ quan đầu mối thực hiện kế hoạch của Quảng Ngãi là cơ quan nào?').factKind).toBe('focal');
  });

  it('reads an agency\'s own reporting deadline as a task question, the plan\'s reporting rule otherwise', () => {
    expect(u('xa phuong o quang ngai phai bao cao ket qua ve so y te truoc ngay nao').intent).toBe('when');
    expect(u('Kế hoạch Quảng Ngãi yêu cầu báo cáo trước ngày nào?').intent).toBe('plan-facts');
  });

  it('finds a body whose name holds a province name', () => {
    const withProvince = [...AGENCIES, { id: 'chua-dang-ky-lang-tre-em-sos-son-la', name: 'Làng trẻ em SOS Sơn La', kind: 'unregistered' as const, aliases: [], successors: [] }];
    const local = createUnderstander(withProvince, PLAN_PROVINCES);
    const r = local.understand('Làng trẻ em SOS Sơn La được giao nhiệm vụ gì?');
    expect(r.agencies).toEqual(['chua-dang-ky-lang-tre-em-sos-son-la']);
    expect(r.provinces.map((p) => p.named)).toEqual(['Sơn La']);
  });

  it('asks for a sum of money or a phone number, which the plans do not give', () => {
    expect(u('Kế hoạch Sơn La có quy định mức phạt tiền với cha mẹ tổ chức tảo hôn không?').detail).toBe('money');
    expect(u('What budget does the Son La plan set aside for the children forum?').detail).toBe('money');
    expect(u('số điện thoại của Sở Tư pháp Sơn La là gì?').detail).toBe('phone');
    expect(u('số điện thoại tổng đài 111 là gì?').detail).toBeNull();
    expect(u('Kinh phí thực hiện kế hoạch Sơn La lấy từ đâu?').detail).toBeNull();
  });
});
