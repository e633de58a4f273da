import { describe, expect, it } from 'vitest';
import { testApp } from '../test-support/test-app';

// Kinds of question a held-out set found (evals/data/questions-kinds-3.jsonl), each checked against the seed text.
describe('conversation particles and references', () => {
  it('reads "thế còn Sơn La?" after a follow-up as the first question asked of Sơn La', async () => {
    const app = await testApp();
    const session = 'web:particles';
    await app.ask({ question: 'Quảng Ngãi ai lo bồi dưỡng giáo viên trường phổ thông và trung tâm GDTX làm tư vấn cho học sinh, học viên?', session });
    await app.ask({ question: 'còn ai phối hợp?', session });
    const r = await app.ask({ question: 'thế còn Sơn La?', session });
    // seeds/son-la-2025-kh-54.txt lines 125-128: Sở GD&ĐT, bullet 2 of item IV.3
    expect(r.matches[0]).toMatchObject({ province: 'Sơn La', source: 'Mục IV.3, gạch đầu dòng thứ 2' });
  });

  it('compares across provinces though the message ends in "xem", and "sở đó" is the body of the last answer', async () => {
    const app = await testApp();
    const session = 'web:that-body';
    await app.ask({ question: 'Sơn La ai chủ trì phòng chống tai nạn, thương tích cho trẻ em?', session });
    const cmp = await app.ask({ question: 'so sánh với các tỉnh khác xem', session });
    expect(cmp.abstained).toBe(false);
    expect(new Set(cmp.matches.map((m) => m.province))).toEqual(new Set(['Sơn La', 'Quảng Ngãi']));
    const succ = await app.ask({ question: 'sở đó giờ còn không, ai làm thay?', session });
    expect(succ.text).toMatch(/^Sở Lao động – Thương binh và Xã hội không còn từ 1\/3\/2025: nay là Sở Y tế/);
  });
});

describe('2025 changes asked inside a task question', () => {
  it('gives the note of a coordinating body or a ministry the question asks about, and a body that remains with the part that moved', async () => {
    const app = await testApp();
    const tttt = await app.ask({ question: 'Ở Đắk Lắk, hoạt động phổ biến Công ước bằng tiếng dân tộc có Sở TT và Truyền thông phối hợp; giờ sở đó nhập vào đâu rồi?' });
    expect(tttt.text).toMatch(/Sở Thông tin và Truyền thông đã được sắp xếp lại: Sở Khoa học và Công nghệ/);
    const ministry = await app.ask({ question: 'Kế hoạch 2014 ghi báo cáo ghép định kỳ làm theo chỉ đạo của Bộ LĐTBXH, mà bộ đó giờ không còn, vậy giờ mảng trẻ em thuộc bộ nào?' });
    expect(ministry.text).toMatch(/Bộ Y tế \(Cục Bà mẹ và Trẻ em\)/);
    const remains = await app.ask({ question: 'son la giao so noi vu bao dam quyen tu do tin nguong ton giao cua tre, nghe noi mang ton giao chuyen di roi, gio hoi so nao' });
    expect(remains.text).toMatch(/Sở Nội vụ vẫn còn; .*Sở Dân tộc và Tôn giáo/);
    // not said under an ordinary answer about Sở Nội vụ
    const plain = await app.ask({ question: 'Sơn La giao Sở Nội vụ việc gì về tín ngưỡng, tôn giáo của trẻ em?' });
    expect(plain.text).not.toMatch(/Sở Nội vụ vẫn còn/);
  });
});

describe('the plan named by its decision', () => {
  it('says a province has no such plan, which it has, and where one is', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'Quảng Ngãi có kế hoạch giai đoạn 2014-2020 triển khai Quyết định 535 không?' });
    expect(r.abstained).toBe(true);
    expect(r.text).toMatch(/Kho không có kế hoạch như vậy của Quảng Ngãi\. Kế hoạch của Quảng Ngãi trong kho: Kế hoạch 29\/KH-UBND/);
    expect(r.text).toMatch(/Quyết định 2130\/QĐ-UBND/);
    // a decision that is the task's subject is not the plan being read (seeds/dak-lak-2014-qd-2130.txt: Công an tỉnh, KN 71)
    const task = await app.ask({ question: 'Ở Đắk Lắk ai chủ trì xây dựng kế hoạch thực hiện Quyết định 605/QĐ-TTg về phòng chống buôn bán người?' });
    expect(task.abstained).toBe(false);
  });

  it("quotes a decision's article on when it takes effect and who executes it (seeds/dak-lak-2014-qd-2130.txt lines 23, 25)", async () => {
    const app = await testApp();
    const effect = await app.ask({ question: 'Quyết định 2130 có hiệu lực từ ngày nào vậy?' });
    expect(effect.text).toMatch(/có hiệu lực thi hành kể từ ngày ký ban hành/);
    expect(effect.text).toMatch(/Ngày ký: 17\/09\/2014/);
    const who = await app.ask({ question: 'Quyết định 2130 giao những ai chịu trách nhiệm thi hành quyết định?' });
    expect(who.text).toMatch(/Sở Ngoại vụ/);
    expect(who.text).toMatch(/dòng 23/);
  });
});

describe('everyday questions', () => {
  it('declines a civil servant\'s holiday question though "cán bộ" is a word of the plans', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'ad oi lich nghi tet am lich 2026 cua can bo cong chuc duoc may ngay vay' });
    expect(r.abstained).toBe(true);
    expect(r.matches).toEqual([]);
  });
});

describe('structure of a plan, answered from its records', () => {
  it('lists what a counted agency leads when asked which (seeds/quang-ngai-2025-kh-29.txt: V.2 and VII)', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'trong phụ lục kế hoạch của Quảng Ngãi, Sở Kế hoạch và Đầu tư chủ trì mấy nhiệm vụ, là những việc gì?' });
    expect(r.text).toMatch(/chủ trì 2 nhiệm vụ/);
    expect(r.matches.map((m) => m.source)).toEqual(['Phụ lục, mục V.2', 'Phụ lục, mục VII']);
  });

  it('lists the recommendation numbers an appendix is keyed by (seeds/dak-lak-2014-qd-2130.txt)', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'Phụ lục kế hoạch 2014-2020 của Đắk Lắk gồm những khuyến nghị số mấy?' });
    expect(r.text).toMatch(/14 khuyến nghị của Ủy ban: số 12, 22, 32, 36, 42, 48, 51, 55, 59, 67, 71, 78, 83, 84/);
  });

  it("tallies a plan's timeframes and names years written in the task text (Quảng Ngãi: every row 'Thường xuyên trong năm', V.1 says 2027)", async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'Phụ lục kế hoạch Quảng Ngãi có nhiệm vụ nào ghi hạn cụ thể theo năm không, hay cột thời gian đều là làm thường xuyên?' });
    expect(r.text).toMatch(/Thời gian của 23 nhiệm vụ: Thường xuyên trong năm \(23\)/);
    expect(r.text).toMatch(/năm 2027\. \(Phụ lục, mục V\.1\)/);
  });

  it("outlines a section's items with their bodies, and the ones only requested (Bình Thuận IV, Sơn La IV.15-17)", async () => {
    const app = await testApp();
    const bt = await app.ask({ question: 'kế hoạch bình thuận phần tổ chức thực hiện chia mấy mục, mỗi mục giao cho ai vậy' });
    expect(bt.text).toMatch(/Mục IV \(TỔ CHỨC THỰC HIỆN\) có 6 mục:/);
    expect(bt.text).toMatch(/5\. Viện Kiểm sát nhân dân tỉnh \(đề nghị\)/);
    const sl = await app.ask({ question: "ke hoach 54 cua son la, trong muc to chuc thuc hien co nhung co quan nao chi duoc 'de nghi'?" });
    expect(sl.text.split('\n').filter((l) => /^\d+\. /.test(l)).map((l) => l.split(' (')[0])).toEqual(['15. Tòa án nhân dân tỉnh', '16. Viện Kiểm sát nhân dân tỉnh', '17. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Các tổ chức chính trị – xã hội, đoàn thể']);
  });

  it("answers a commune's part in a named task, though it only coordinates (Quảng Ngãi IV.6)", async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'Xã tôi ở Quảng Ngãi, UBND xã có được giao gì trong việc bảo đảm quyền tự do tín ngưỡng, tôn giáo của trẻ em không?' });
    expect(r.matches[0]).toMatchObject({ source: 'Phụ lục, mục IV.6', lead: ['Ban Dân tộc – Tôn giáo'] });
    expect(r.text).toMatch(/không còn cấp huyện/);
  });

  it("reads '… báo cáo … gửi cho ai?' about a named body as its own reporting task (Sơn La IV.1, bullet 6)", async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'ở Sơn La, Sở LĐTBXH báo cáo kết quả thực hiện Công ước quyền trẻ em theo định kỳ hay khi nào, gửi cho ai?' });
    expect(r.matches[0]?.source).toBe('Mục IV.1, gạch đầu dòng thứ 6');
    expect(r.text).toMatch(/đột xuất/);
  });
});

describe('a reference with nothing before it', () => {
  it('asks which body "sở đó" is when the conversation has none', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'sở đó giờ còn không, ai làm thay?', session: 'telegram:-100:502' });
    expect(r.abstained).toBe(true);
    expect(r.text).toMatch(/^Bạn hỏi về cơ quan nào\?/);
  });
});
