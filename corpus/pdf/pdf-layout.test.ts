import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutToText, parsePdfTsv, type PdfWord } from './pdf-layout';

/** Words laid out as a page would hold them: x from the column, y from the line. */
function page(rows: Array<Array<[number, string]>>, lineHeight = 14): PdfWord[] {
  const out: PdfWord[] = [];
  rows.forEach((cells, r) => {
    for (const [x, text] of cells) {
      let at = x;
      for (const word of text.split(' ')) {
        const width = word.length * 6;
        out.push({ page: 1, x0: at, y0: 100 + r * lineHeight, x1: at + width, y1: 100 + r * lineHeight + 12, text: word, flow: `1:${r}:${x}` });
        at += width + 4;
      }
    }
  });
  return out;
}

describe('layoutToText', () => {
  it('rebuilds a table from word positions: columns from the header, wrapped cells joined, rows at their number', () => {
    const words = page([
      [[60, 'KẾ HOẠCH']],
      [[40, 'STT'], [90, 'Nhiệm vụ'], [300, 'Chủ trì'], [400, 'Phối hợp'], [500, 'Thời gian']],
      [[45, '1'], [90, 'Rà soát văn bản về'], [300, 'Sở Tư pháp'], [400, 'Sở Y tế;'], [500, 'Năm 2025-']],
      [[90, 'trẻ em.'], [400, 'Công an tỉnh'], [500, '2026']],
      [[45, '2'], [90, 'Dạy bơi cho trẻ em.'], [300, 'Sở Văn hóa'], [400, 'UBND các xã'], [500, 'Hằng năm']],
      [[40, 'III. TỔ CHỨC THỰC HIỆN']],
      [[40, 'Sở Y tế theo dõi, tổng hợp và báo cáo kết quả thực hiện kế hoạch hằng năm về UBND tỉnh.']],
    ]);
    const lines = layoutToText(words).text.split('\n').filter(Boolean);
    expect(lines).toEqual([
      'KẾ HOẠCH',
      'STT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời gian',
      '1\tRà soát văn bản về trẻ em.\tSở Tư pháp\tSở Y tế; Công an tỉnh\tNăm 2025-2026',
      '2\tDạy bơi cho trẻ em.\tSở Văn hóa\tUBND các xã\tHằng năm',
      'III. TỔ CHỨC THỰC HIỆN',
      'Sở Y tế theo dõi, tổng hợp và báo cáo kết quả thực hiện kế hoạch hằng năm về UBND tỉnh.',
    ]);
  });

  it('splits the letterhead\'s two columns into lines of their own', () => {
    const lines = layoutToText(page([[[40, 'ỦY BAN NHÂN DÂN'], [330, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]])).text.split('\n');
    expect(lines).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });

  it('never throws, whatever the words', () => {
    const word = fc.record({ page: fc.integer({ min: 1, max: 3 }), x0: fc.double({ min: 0, max: 600, noNaN: true }), y0: fc.double({ min: 0, max: 800, noNaN: true }), text: fc.string({ minLength: 1, maxLength: 8 }) });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), (ws) => {
        const words = ws.map((w) => ({ ...w, x1: w.x0 + 20, y1: w.y0 + 12, flow: '' }));
        expect(typeof layoutToText(words).text).toBe('string');
      }),
    );
  });
});

describe('parsePdfTsv', () => {
  it('keeps the words (level 5) with their boxes and ignores everything else', () => {
    const tsv = 'level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n1\t1\t0\t0\t0\t0\t0\t0\t595\t842\t-1\t###PAGE###\n5\t1\t0\t2\t28\t0\t120.10\t505.95\t14.14\t14.30\t100\tRà\nbroken line\n';
    expect(parsePdfTsv(tsv)).toEqual([{ page: 1, x0: 120.1, y0: 505.95, x1: 120.1 + 14.14, y1: 505.95 + 14.3, text: 'Rà', flow: '1:0:2:28' }]);
  });
});
