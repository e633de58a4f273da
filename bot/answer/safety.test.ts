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
    ]) expect(reportsChildInDanger(m), m).toBe(true);
  });
  it('leaves questions about the plans alone', () => {
    for (const m of [
      'Sơn La, trẻ bị xâm hại trên mạng thì sở nào phụ trách?',
      'Ai chủ trì phòng chống bạo lực, xâm hại trẻ em ở Quảng Ngãi?',
      'Who leads the prevention of child abuse in Quang Ngai?',
      'Kinh phí thực hiện kế hoạch lấy từ đâu?',
    ]) expect(reportsChildInDanger(m), m).toBe(false);
  });
});
