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
