import { describe, expect, it } from 'vitest';
import { testApp } from '../test-support/test-app';

/** Questions answered from the records as a whole, and by the plan's own number or year (issue 10). */
describe('structural questions', () => {
  it('counts tasks and agencies from the records instead of refusing a "figure"', async () => {
    const app = await testApp();
    const appendix = await app.ask({ question: 'Phụ lục Quảng Ngãi có bao nhiêu nhiệm vụ?' });
    expect(appendix.abstained).toBe(false);
    expect(appendix.text).toMatch(/• 23 nhiệm vụ \(23 hàng trong phụ lục\)/);
    const bodies = await app.ask({ question: 'son la co bao nhieu co quan duoc giao nhiem vu' });
    expect(bodies.text).toMatch(/giao việc theo 18 mục cơ quan/);
    const one = await app.ask({ question: 'Sở Tư pháp Quảng Ngãi chủ trì mấy nhiệm vụ?' });
    expect(one.text).toMatch(/Sở Tư pháp: chủ trì \d+ nhiệm vụ, phối hợp \d+ nhiệm vụ/);
    // a plan whose appendix is not in the library: nothing to count, said so
    const none = await app.ask({ question: 'Bình Thuận phụ lục có mấy nhiệm vụ?' });
    expect(none.abstained).toBe(true);
    expect(none.text).toMatch(/không có phụ lục/);
  });

  it('answers a task aim worded as a rate ("giảm tỷ lệ…") with its task, and still refuses a figure', async () => {
    const app = await testApp();
    const task = await app.ask({ question: 'Ở Quảng Ngãi ai chủ trì giảm tỷ lệ tử vong trẻ sơ sinh?' });
    expect(task.abstained).toBe(false);
    expect(task.matches[0]?.source).toBe('Phụ lục, mục IV.3');
    const figure = await app.ask({ question: 'tỷ lệ tiêm chủng ở Sơn La là bao nhiêu' });
    expect(figure.abstained).toBe(true);
  });

  it('says what a body or a province became in 2025, first and briefly', async () => {
    const app = await testApp();
    const dept = await app.ask({ question: 'Sở LĐTBXH giờ là sở nào?' });
    expect(dept.text.split('\n')[0]).toMatch(/^Sở Lao động – Thương binh và Xã hội không còn từ 1\/3\/2025: nay là Sở Y tế/);
    expect(dept.text.length).toBeLessThan(700);
    const province = await app.ask({ question: 'Kon Tum giờ thuộc tỉnh nào?' });
    expect(province.abstained).toBe(false);
    expect(province.text).toMatch(/Kon Tum đã sáp nhập vào tỉnh Quảng Ngãi/);
    // asked together with the tasks: the tasks, with the note
    const both = await app.ask({ question: 'Sở KH&ĐT Sơn La được giao gì? Sở đó giờ nhập vào đâu rồi?' });
    expect(both.matches.length).toBeGreaterThan(0);
  });

  it('takes the plan a question names by number, year or decision', async () => {
    const app = await testApp();
    const byNumber = await app.ask({ question: 'Kế hoạch 54/KH-UBND giao ai chủ trì phòng chống tảo hôn?' });
    expect(byNumber.matches[0]?.province).toBe('Sơn La');
    const byYear = await app.ask({ question: 'Sở Y tế Đắk Lắk chịu trách nhiệm gì theo kế hoạch 2014?' });
    expect(byYear.abstained).toBe(false);
    expect(byYear.matches[0]?.source).toMatch(/Khuyến nghị số 59/);
    const byDecision = await app.ask({ question: 'theo kế hoạch năm 2014, Sở Y tế được giao việc gì?' });
    expect(new Set(byDecision.matches.map((m) => m.province))).toEqual(new Set(['Đắk Lắk']));
  });

  it('answers "what must my commune do" with the district-level tasks now the communes\' and the 2025 note', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'UBND xã làm gì theo kế hoạch Sơn La?' });
    expect(r.abstained).toBe(false);
    expect(r.text).toMatch(/UBND các huyện, thị xã, thành phố chủ trì 4 nhiệm vụ/);
    expect(r.text).toMatch(/không còn cấp huyện/);
    const mine = await app.ask({ question: 'xa toi o quang ngai can lam gi theo ke hoach' });
    expect(mine.text).toMatch(/Mục III\.2\.a/);
  });
});

describe('notes once per conversation', () => {
  it('gives a 2025 note (here the Kon Tum merger) once in a conversation, then only points back to it', async () => {
    const app = await testApp();
    const first = await app.ask({ question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', session: 'notes-1' });
    expect(first.text).toMatch(/ℹ️ Từ 1\/7\/2025, tỉnh Kon Tum sáp nhập vào tỉnh Quảng Ngãi/);
    const second = await app.ask({ question: 'Ai chủ trì phòng chống xâm hại trẻ em trên mạng ở Quảng Ngãi?', session: 'notes-1' });
    expect(second.text).not.toMatch(/Kon Tum sáp nhập/);
    expect(second.text).toMatch(/đã nêu ở câu trả lời trước/);
    // another conversation gets it in full
    const other = await app.ask({ question: 'Ai chủ trì phòng chống xâm hại trẻ em trên mạng ở Quảng Ngãi?', session: 'notes-2' });
    expect(other.text).toMatch(/Kon Tum sáp nhập/);
  });
});

describe('asksAppendix', () => {
  it('knows the appendix by the name plans give it', async () => {
    const { asksAppendix } = await import('./structure');
    expect(asksAppendix('Bảng phân công của Quảng Ngãi có mấy cơ quan chủ trì?')).toBe(true);
    expect(asksAppendix('phu luc co bao nhieu nhiem vu')).toBe(true);
    expect(asksAppendix('Quảng Ngãi có bao nhiêu nhiệm vụ?')).toBe(false);
  });
});
