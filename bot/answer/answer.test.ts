import { describe, expect, it } from 'vitest';
import { testApp } from '../test-support/test-app';
import { HOTLINE_LINE } from './safety';

describe('answer()', () => {
  it('answers the brief\'s example with the lead, coordinating agencies, timeframe, plan and source', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?' });
    expect(r.abstained).toBe(false);
    expect(r.matches[0]).toMatchObject({ province: 'Quảng Ngãi', plan: '29/KH-UBND', lead: ['Ban Dân tộc – Tôn giáo'], timeframe: 'Thường xuyên trong năm', source: 'Phụ lục, mục IV.5' });
    expect(r.text).toContain('Ban Dân tộc – Tôn giáo');
    expect(r.text).toContain('Phụ lục, mục IV.5');
    expect(r.text).toContain('29/KH-UBND');
  });

  it('gives the same answer without diacritics and in English (English framing, Vietnamese names)', async () => {
    const app = await testApp();
    const plain = await app.ask({ question: 'ai chu tri giam tao hon o quang ngai' });
    const en = await app.ask({ question: 'Who leads early-marriage reduction in Quang Ngai?' });
    expect(plain.matches[0]?.assignmentId).toBe('quang-ngai-2025:appendix:15');
    expect(en.matches[0]?.assignmentId).toBe('quang-ngai-2025:appendix:15');
    expect(en.text).toMatch(/Lead: Ban Dân tộc – Tôn giáo/);
  });

  it('says the plans carry no sums of money or phone numbers instead of answering with a task', async () => {
    const app = await testApp();
    const fine = await app.ask({ question: 'Kế hoạch của Quảng Ngãi có quy định mức phạt tiền đối với cha mẹ tổ chức tảo hôn cho con không?' });
    expect(fine.abstained).toBe(true);
    expect(fine.matches).toEqual([]);
    expect(fine.text).toMatch(/không ghi số tiền, mức phạt hay mức hỗ trợ/);
    const phone = await app.ask({ question: 'What is the phone number of the Son La justice department?' });
    expect(phone.abstained).toBe(true);
    expect(phone.text).toMatch(/phone numbers/);
    // the national hotline is not "a phone number the plans lack"
    expect((await app.ask({ question: 'Số điện thoại Tổng đài 111 ở Quảng Ngãi do ai truyền thông?' })).text).not.toMatch(/không ghi số điện thoại/);
  });

  it('answers from the OCR plan', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'Sơn La, trẻ bị xâm hại trên mạng thì sở nào phụ trách?' });
    expect(r.matches[0]?.leadIds).toEqual(['so-tttt']);
    expect(r.matches[0]?.source).toBe('Mục IV.7');
    expect(r.text).toMatch(/Sở Khoa học và Công nghệ/); // the 2025 successor note
  });

  it('follows up within a session: province switch, then who coordinates, then when', async () => {
    const app = await testApp();
    const s = 'test-follow-up';
    await app.ask({ question: 'Ai chủ trì phòng chống mua bán trẻ em ở Quảng Ngãi?', session: s });
    const sl = await app.ask({ question: 'Còn ở Sơn La thì sao?', session: s });
    expect(sl.matches[0]?.province).toBe('Sơn La');
    expect(sl.matches[0]?.leadIds).toEqual(['cong-an-tinh']);
    const coord = await app.ask({ question: 'Ai phối hợp?', session: s });
    expect(coord.matches[0]?.assignmentId).toBe(sl.matches[0]?.assignmentId);
    expect(coord.text.split('\n')[2]).toMatch(/^• Phối hợp/);
    const other = await app.ask({ question: 'Ai phối hợp?' }); // no session: nothing to follow
    expect(other.abstained).toBe(true);
  });

  it('abstains honestly: no plan, missing appendix, topic not in the plans, off-topic', async () => {
    const app = await testApp();
    const hanoi = await app.ask({ question: 'Ai chủ trì phòng chống tảo hôn ở Hà Nội?' });
    expect(hanoi).toMatchObject({ abstained: true, matches: [] });
    expect(hanoi.text).toMatch(/Chưa có kế hoạch của tỉnh Hà Nội/);
    const bt = await app.ask({ question: 'Ai chủ trì phòng chống tảo hôn ở Bình Thuận?' });
    expect(bt).toMatchObject({ abstained: true, matches: [] });
    expect(bt.text).toMatch(/không kèm phụ lục/);
    expect(bt.text).toMatch(/Sở Y tế/);
    const vaccine = await app.ask({ question: 'Ai chủ trì tiêm chủng cho trẻ ở Quảng Ngãi?' });
    expect(vaccine).toMatchObject({ abstained: true, matches: [] });
    const pho = await app.ask({ question: 'cách nấu phở bò ngon' });
    expect(pho).toMatchObject({ abstained: true, matches: [] });
  });

  it('puts the hotline first when a child is in danger', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'hàng xóm đánh con rất dã man, tôi phải làm gì' });
    expect(r.text.startsWith(HOTLINE_LINE)).toBe(true);
    expect(r.danger).toBe(true);
  });

  it('answers a new province name from the merged plan with a note', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'Lâm Đồng: Tòa án làm gì trong kế hoạch quyền trẻ em?' });
    expect(r.matches[0]?.province).toBe('Bình Thuận');
    expect(r.text).toMatch(/Bình Thuận sáp nhập vào tỉnh Lâm Đồng/);
  });

  it('survives hostile input', async () => {
    const app = await testApp();
    for (const q of ['', '   ', '😀😀😀', '\u200d\u200d', 'a'.repeat(100_000), '<script>alert(1)</script>', '\u202eai chủ trì', 'Ai chủ trì tảo hôn ở Quảng Ngãi?'.normalize('NFD')]) {
      const r = await app.ask({ question: q });
      expect(typeof r.text).toBe('string');
      expect(r.text.length).toBeGreaterThan(0);
    }
    const nfd = await app.ask({ question: 'Ai chủ trì tảo hôn ở Quảng Ngãi?'.normalize('NFD') });
    expect(nfd.matches[0]?.assignmentId).toBe('quang-ngai-2025:appendix:15');
  });
});

describe('2025 reorganisation notes', () => {
  it('notes the successor of a reorganised agency, with date and source, and keeps the plan\'s agency as the answer', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'Ai chủ trì thanh tra việc thực hiện quyền trẻ em ở Quảng Ngãi?' });
    expect(r.matches[0]?.lead).toEqual(['Sở Lao động – Thương binh và Xã hội']);
    expect(r.text).toMatch(/ℹ️ Từ 1\/3\/2025, Sở Lao động – Thương binh và Xã hội đã được sắp xếp lại: Sở Y tế/);
    expect(r.text).toMatch(/nguồn: .*nhandan\.vn/);
  });

  it('notes Ban Dân tộc → Sở Dân tộc và Tôn giáo for Sơn La only', async () => {
    const app = await testApp();
    const sl = await app.ask({ question: 'Sơn La ai lo phòng chống tảo hôn?' });
    expect(sl.text).toMatch(/Sở Dân tộc và Tôn giáo/);
    const dl = await app.ask({ question: 'Đắk Lắk: phổ biến Công ước tới dân tộc ít người, cơ quan nào phối hợp?' });
    expect(dl.matches[0]?.coordinating).toContain('Ban Dân tộc');
    expect(dl.text).not.toMatch(/Sở Dân tộc và Tôn giáo/);
  });

  it('says the district level was abolished when UBND các huyện is named', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'UBND huyện ở Sơn La phải làm gì?' });
    expect(r.text).toMatch(/không còn cấp huyện/);
    expect(r.text).toMatch(/cấp xã/);
  });

  it('answers Lâm Đồng from the former Bình Thuận\'s plan; abstains for Kon Tum and Phú Yên with the merger note', async () => {
    const app = await testApp();
    const kt = await app.ask({ question: 'Kon Tum ai chủ trì phòng chống tảo hôn?' });
    expect(kt).toMatchObject({ abstained: true, matches: [] });
    expect(kt.text).toMatch(/Kon Tum đã sáp nhập vào tỉnh Quảng Ngãi/);
    const py = await app.ask({ question: 'Phú Yên ai chủ trì phòng chống mua bán trẻ em?' });
    expect(py).toMatchObject({ abstained: true, matches: [] });
    expect(py.text).toMatch(/Phú Yên đã sáp nhập vào tỉnh Đắk Lắk/);
    const ld = await app.ask({ question: 'Ở Lâm Đồng, sở nào là đầu mối kế hoạch quyền trẻ em?' });
    expect(ld.text).toMatch(/Sở Y tế/);
    expect(ld.text).toMatch(/Bình Thuận sáp nhập vào tỉnh Lâm Đồng/);
  });

  it('shows Sơn La tasks with restored diacritics, marked, with the raw scan one tap away', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'Sơn La ai lo phòng chống tảo hôn?', session: 'restore-test' });
    expect(r.matches[0]?.task).toContain('giảm thiểu tình trạng tảo hôn');
    expect(r.text).toMatch(/khôi phục dấu từ bản quét/);
    expect(app.assistant.lastPassages('restore-test')[0]?.text).toContain('tao hén'); // the raw OCR line
  });
});

describe('plan facts and years', () => {
  it('answers who signed, and says when the text has no signature', async () => {
    const app = await testApp();
    expect((await app.ask({ question: 'Kế hoạch Đắk Lắk do ai ký?' })).text).toMatch(/Người ký: Mai Hoan Niê Kdăm/);
    expect((await app.ask({ question: 'Kế hoạch Quảng Ngãi do ai ký?' })).text).toMatch(/không có phần chữ ký/);
  });
  it('uses a year in the question as evidence ("báo cáo … năm 2027")', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'Quảng Ngãi năm 2027 phải báo cáo gì?' });
    expect(r.matches[0]?.source).toBe('Phụ lục, mục V.1');
  });

  it('asks which task a first message means when it names none ("Ai phối hợp?"), and answers it as a follow-up', async () => {
    const app = await testApp();
    const first = await app.ask({ question: 'Ai phối hợp?', session: 'clarify' });
    expect(first.abstained).toBe(true);
    expect(first.text).toMatch(/^Bạn muốn hỏi ai phối hợp trong nhiệm vụ nào\?/);
    expect(first.text).not.toMatch(/ngoài phạm vi/);
    expect((await app.ask({ question: 'When?' })).text).toMatch(/^Which task do you mean\?/);
    await app.ask({ question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', session: 'clarify' });
    const follow = await app.ask({ question: 'Ai phối hợp?', session: 'clarify' });
    expect(follow.abstained).toBe(false);
    expect(follow.matches[0]?.assignmentId).toBe('quang-ngai-2025:appendix:15');
  });

  it('a follow-up across provinces ("So sánh với các tỉnh khác") compares the last topic in every plan and names the plans without it', async () => {
    const app = await testApp();
    await app.ask({ question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', session: 'across' });
    const r = await app.ask({ question: 'So sánh với các tỉnh khác', session: 'across' });
    expect(r.abstained).toBe(false);
    expect(r.provinces).toEqual([]);
    expect(new Set(r.matches.map((m) => m.province))).toEqual(new Set(['Quảng Ngãi', 'Sơn La']));
    expect(r.text).toMatch(/Không thấy nhiệm vụ này trong kế hoạch của: (Bình Thuận, Đắk Lắk|Đắk Lắk, Bình Thuận)\./);
    // "xâm hại tình dục" is not "hai tỉnh", "các tình huống" not "các tỉnh"
    const sexual = await app.ask({ question: 'Điều tra thân thiện với trẻ em trong các vụ xâm hại tình dục ở Quảng Ngãi, cơ quan nào chủ trì?', session: 'across-2' });
    expect(sexual.provinces).toEqual(['Quảng Ngãi']);
  });

  it('answers gibberish after a question with the help, not as a follow-up of that question', async () => {
    const app = await testApp();
    await app.ask({ question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', session: 'gibberish' });
    const r = await app.ask({ question: 'asdfgh ??? 123', session: 'gibberish' });
    expect(r.abstained).toBe(true);
    expect(r.text).toMatch(/^Tôi chưa hiểu câu hỏi này\./);
    expect(r.text).not.toMatch(/Quảng Ngãi \(Kế hoạch/);
    // the conversation is still there for a real follow-up
    const follow = await app.ask({ question: 'Ai phối hợp?', session: 'gibberish' });
    expect(follow.matches[0]?.assignmentId).toBe('quang-ngai-2025:appendix:15');
  });

  it('reads "cán bộ xã", "xã cần làm gì" as the commune asking about its own tasks, not "công tác xã hội"', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'Tôi là cán bộ xã ở Sơn La, xã cần làm gì?' });
    expect(r.abstained).toBe(false);
    expect(r.matches[0]?.source).toMatch(/^Mục IV\.18/);
    expect(r.text).toMatch(/không còn cấp huyện/);
    const social = await app.ask({ question: 'Ai chủ trì phát triển công tác xã hội ở Sơn La?' });
    expect(social.matches[0]?.source).not.toMatch(/^Mục IV\.18/);
  });

  it('shows a scan\'s doubtful restored words with the scan beside them, and quotes the restored text, never the raw OCR', async () => {
    const app = await testApp();
    const r = await app.ask({ question: 'Sơn La ai chủ trì rà soát rút bảo lưu điều khoản của Công ước?' });
    expect(r.matches[0]?.source).toBe('Mục IV.8');
    expect(r.text).toMatch(/\[bản quét: [^\]]*bao luu[^\]]*\]/);
    // the source view: the scan as it is, and the restored reading beside it
    expect(r.passages[0]?.text).toMatch(/bao luu/);
    expect(r.passages[0]?.restored).toMatch(/^Nghiên cứu, rà soát/);
    expect((await app.ask({ question: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?' })).passages[0]?.restored).toBeUndefined();
    const title = await app.ask({ question: 'Kế hoạch Sơn La tên là gì?' });
    expect(title.intent).toBe('plan-facts');
    expect(title.text).toMatch(/Tên: Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em/);
    expect(title.text).not.toMatch(/Thue hién|Khuyén/);
    const report = await app.ask({ question: 'Sơn La báo cáo định kỳ khi nào?' });
    expect(report.text).toMatch(/"Định kỳ hằng năm/);
    expect(report.text).not.toMatch(/Pinh ky hang nim/);
  });

  it('counts the groups when asked ("mấy nhóm nhiệm vụ"), and lists a year\'s task for "có giao riêng việc gì cho năm 2025"', async () => {
    const app = await testApp();
    expect((await app.ask({ question: 'ke hoach quang ngai co may nhom nhiem vu' })).text).toMatch(/• \d+ nhiệm vụ trong \d+ nhóm/);
    const y = await app.ask({ question: 'Bình Thuận có giao riêng việc gì cho năm 2025 không?' });
    expect(y.matches[0]?.source).toBe('Mục IV.2');
  });

  it('lists the tasks of a year ("Những nhiệm vụ nào … có thời hạn năm 2027?"), the deadline in the task\'s words included, and says how the plan writes its timeframes when none', async () => {
    const app = await testApp();
    const y2027 = await app.ask({ question: 'Những nhiệm vụ nào ở Quảng Ngãi có thời hạn năm 2027?' });
    expect(y2027.abstained).toBe(false);
    expect(y2027.text).toMatch(/1 nhiệm vụ có thời hạn trong năm 2027/);
    expect(y2027.text).toContain('năm 2027');
    const y2025 = await app.ask({ question: 'Những nhiệm vụ nào ở Quảng Ngãi có thời hạn năm 2025?' });
    expect(y2025.abstained).toBe(true);
    expect(y2025.text).toMatch(/Không nhiệm vụ nào ghi thời hạn năm 2025\. Thời gian kế hoạch ghi nhiều nhất: Thường xuyên trong năm \(\d+\)/);
    // a span holds the years inside it (Đắk Lắk 2014: "2014-2016")
    const span = await app.ask({ question: 'nhung viec nao o dak lak phai xong nam 2015' });
    expect(span.abstained).toBe(false);
    expect(span.matches.every((m) => /2014|2015|2016|2020/.test(m.timeframe ?? ''))).toBe(true);
  });

  it('says the plans fund no building works when asked who builds a new hospital or road, unless the plan does', async () => {
    const app = await testApp();
    for (const q of ['Kế hoạch của Quảng Ngãi có xây bệnh viện nhi mới không, ai làm chủ đầu tư?', 'When will Quang Ngai open a new children\'s hospital?', 'ai chiu trach nhiem lam lai duong den diem truong o son la']) {
      const r = await app.ask({ question: q });
      expect(r.abstained, q).toBe(true);
      expect(r.matches, q).toEqual([]);
      expect(r.text, q).toMatch(/công trình xây dựng hay đầu tư|building works or investment/);
    }
    // a task on schools that is not about building one is still answered
    expect((await app.ask({ question: 'Ai chủ trì phòng, chống bạo lực học đường ở Quảng Ngãi?' })).abstained).toBe(false);
  });
});

