import { describe, expect, it } from 'vitest';
import { reportsChildInDanger } from './safety';

describe('reportsChildInDanger', () => {
  it('recognises reports of a child in danger, with or without diacritics, and in English', () => {
    for (const m of [
      'Hàng xóm đánh con rất dã man, tôi phải làm gì?',
      'hang xom danh con rat da man',
      'em bé bị xâm hại, tôi phải làm gì',
      'cháu tôi vừa bị bắt cóc',
      'A child is being beaten next door in Son La',
      'my daughter was molested, what should I do',
      // asking whom to tell is a report, even worded like a plan question
      'be bi xam hai tinh duc o son la thi bao cho co quan nao',
      'Cháu bị bạo hành ở trường thì tố giác ở đâu?',
      'a boy was abused by his uncle, who do I report to?',
      'Hàng xóm hành hạ đứa bé suốt, cứu với',
    ]) expect(reportsChildInDanger(m), m).toBe(true);
  });
  it('leaves questions about the plans alone', () => {
    for (const m of [
      'Sơn La, trẻ bị xâm hại trên mạng thì sở nào phụ trách?',
      'Ai chủ trì phòng chống bạo lực, xâm hại trẻ em ở Quảng Ngãi?',
      'Who leads the prevention of child abuse in Quang Ngai?',
      'Kinh phí thực hiện kế hoạch lấy từ đâu?',
      // a hotline operator looking up who handles a kind of case
      'Tổng đài 111: trẻ bị xâm hại trên mạng ở Sơn La thì cơ quan nào phụ trách xử lý?',
      'tre bi bao hanh o quang ngai thi so nao chu tri',
      'Sơn La: ai phòng chống xâm hại trẻ em trên mạng?',
      'Xử lý, truy tố kẻ xâm hại trẻ em qua mạng ở Sơn La là việc của ai?',
      'phòng chống xâm hại trẻ em trên mạng ở Quảng Ngãi làm khi nào?',
    ]) expect(reportsChildInDanger(m), m).toBe(false);
  });
});
