import { describe, expect, it } from 'vitest';
import { CorpusParseError } from '../errors';
import { makeDocx, NUMBERING_XML, zip } from '../test-support/make-docx';
import { docxToText } from './read-docx';

describe('docxToText', () => {
  it('reads paragraphs as lines and a table row as tab-separated cells', () => {
    const docx = makeDocx([
      { p: 'KẾ HOẠCH' },
      { p: 'Thực hiện Quyết định số 27/QĐ-TTg' },
      {
        table: [
          ['TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian'],
          [{ text: 'I. TRUYỀN THÔNG', span: 5 }],
          ['1', { text: ['Truyền thông về quyền trẻ em;', 'tổ chức diễn đàn trẻ em.'] }, 'Sở Y tế', 'Tỉnh đoàn; Sở Giáo dục và Đào tạo', 'Hằng năm'],
          ['2', 'Phòng, chống đuối nước', { text: 'Sở Văn hóa, Thể thao và Du lịch', vMerge: 'restart' }, 'UBND các xã', 'Quý II/2026'],
          ['3', 'Dạy bơi an toàn', { text: '', vMerge: 'continue' }, 'Sở Giáo dục và Đào tạo', '2026'],
        ],
      },
      { p: 'Nơi nhận:' },
    ]);
    const { text } = docxToText(docx, 'ke-hoach.docx');
    expect(text.split('\n')).toEqual([
      'KẾ HOẠCH',
      'Thực hiện Quyết định số 27/QĐ-TTg',
      'TT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời gian',
      'I. TRUYỀN THÔNG\t\t\t\t',
      '1\tTruyền thông về quyền trẻ em; tổ chức diễn đàn trẻ em.\tSở Y tế\tTỉnh đoàn; Sở Giáo dục và Đào tạo\tHằng năm',
      '2\tPhòng, chống đuối nước\tSở Văn hóa, Thể thao và Du lịch\tUBND các xã\tQuý II/2026',
      '3\tDạy bơi an toàn\t\u3003\tSở Giáo dục và Đào tạo\t2026',
      'Nơi nhận:',
    ]);
  });

  it('draws Word automatic numbering and bullets back into the text', () => {
    const docx = makeDocx(
      [
        { p: 'MỤC ĐÍCH, YÊU CẦU', numId: 1, ilvl: 0 },
        { p: 'Mục đích', numId: 1, ilvl: 1 },
        { p: 'Yêu cầu', numId: 1, ilvl: 1 },
        { p: 'TỔ CHỨC THỰC HIỆN', numId: 1, ilvl: 0 },
        { p: 'Sở Y tế:', numId: 1, ilvl: 1 },
        { p: 'Chủ trì theo dõi việc thực hiện.', numId: 2 },
        { p: 'rà soát', numId: 1, ilvl: 2 },
      ],
      { numbering: NUMBERING_XML },
    );
    const r = docxToText(docx, 'a.docx');
    expect(r.text.split('\n')).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '2. Yêu cầu', 'II. TỔ CHỨC THỰC HIỆN', '1. Sở Y tế:', '- Chủ trì theo dõi việc thực hiện.', 'a) rà soát']);
    expect(r.warnings.join(' ')).toMatch(/đánh số tự động/);
  });

  it('leaves deleted tracked text out, keeps inserted text, and reads a text box once', () => {
    const xml = `<?xml version="1.0"?><w:document xmlns:w="w" xmlns:mc="mc"><w:body>
<w:p><w:r><w:t>Sở </w:t></w:r><w:del><w:r><w:delText>Lao động</w:delText></w:r></w:del><w:ins><w:r><w:t>Y tế</w:t></w:r></w:ins><w:r><w:tab/><w:t>chủ trì &amp; theo dõi</w:t></w:r></w:p>
<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>Hộp chữ</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>Hộp chữ</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
</w:body></w:document>`;
    const r = docxToText(zip({ 'word/document.xml': xml }), 'a.docx');
    expect(r.text).toBe('Sở Y tế chủ trì & theo dõi\nHộp chữ');
    expect(r.warnings.join(' ')).toMatch(/Track Changes/);
  });

  it('refuses what is not a Word document, naming the file', () => {
    expect(() => docxToText(new TextEncoder().encode('PK not really a zip'), 'hong.docx')).toThrow(CorpusParseError);
    expect(() => docxToText(new TextEncoder().encode('PK not really a zip'), 'hong.docx')).toThrow(/hong\.docx: not a readable Word document/);
    expect(() => docxToText(zip({ 'content.xml': '<x/>' }), 'bang.odt')).toThrow(/no word\/document\.xml/);
    expect(() => docxToText(makeDocx([{ p: '' }]), 'rong.docx')).toThrow(/has no text/);
  });

  it('never throws anything but CorpusParseError on damaged bytes', () => {
    const good = makeDocx([{ p: 'KẾ HOẠCH' }, { table: [['TT', 'Nhiệm vụ', 'Chủ trì']] }]);
    for (let i = 0; i < 200; i++) {
      const bad = good.slice();
      const at = (i * 7919) % bad.length;
      bad[at] = bad[at]! ^ 0xff;
      try {
        docxToText(bad.slice(0, bad.length - (i % 3) * 10), 'x.docx');
      } catch (e) {
        expect(e).toBeInstanceOf(CorpusParseError);
      }
    }
  });
});
