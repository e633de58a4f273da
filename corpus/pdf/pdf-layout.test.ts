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

describe('layoutToText with ruled tables', () => {
  const word = (x: number, y: number, text: string, conf?: number): PdfWord => ({ page: 1, x0: x, y0: y, x1: x + text.length * 6, y1: y + 12, text, flow: '', ...(conf !== undefined ? { conf } : {}) });
  const cells = (xs: number[], merged: boolean[] = []) => xs.slice(0, -1).map((x0, k) => ({ x0, x1: xs[k + 1]!, merged: merged[k] ?? false }));
  const xs = [40, 80, 300, 400, 520];
  const grid = {
    page: 1, x0: 40, y0: 100, x1: 520, y1: 260,
    bands: [
      { y0: 100, y1: 120, cells: cells(xs) },
      { y0: 120, y1: 190, cells: cells(xs) },
      { y0: 190, y1: 260, cells: cells(xs, [false, false, true, false]) },
    ],
  };

  it('reads rows between the rules whatever the vertical alignment, a merged lead cell once, and flags unsure OCR words', () => {
    const words = [
      word(60, 40, 'PHỤ'), word(90, 40, 'LỤC'),
      word(45, 104, 'TT'), word(90, 104, 'Nhiệm'), word(130, 104, 'vụ'), word(310, 104, 'Chủ'), word(335, 104, 'trì'), word(410, 104, 'Thời'), word(440, 104, 'gian'),
      // row 1: the task has three lines, the number and the lead are centred (their line is the task's second)
      word(90, 124, 'Rà'), word(110, 124, 'soát'), word(90, 144, 'văn'), word(120, 144, 'bản'), word(45, 144, '1'), word(90, 164, 'pháp'), word(125, 164, 'luật'),
      word(310, 200, 'Sở'), word(330, 200, 'Tư'), word(350, 200, 'pháp', 41), // the merged lead sits lower, in the next band
      word(410, 144, 'Năm'), word(440, 144, '2026'),
      // row 2
      word(45, 220, '2'), word(90, 220, 'Trợ'), word(115, 220, 'giúp'), word(145, 220, 'pháp'), word(175, 220, 'lý'), word(410, 220, 'Hằng'), word(445, 220, 'năm'),
      word(40, 300, 'III.'), word(70, 300, 'TỔ'), word(90, 300, 'CHỨC'),
    ];
    const { text, lowConfidence } = layoutToText(words, { grids: [grid] });
    expect(text.split('\n').filter(Boolean)).toEqual([
      'PHỤ LỤC',
      'TT\tNhiệm vụ\tChủ trì\tThời gian',
      '1\tRà soát văn bản pháp luật\tSở Tư pháp\tNăm 2026',
      '2\tTrợ giúp pháp lý\t\tHằng năm',
      'III. TỔ CHỨC',
    ]);
    expect(lowConfidence).toEqual([{ line: text.split('\n').indexOf('1\tRà soát văn bản pháp luật\tSở Tư pháp\tNăm 2026') + 1, word: 'pháp', conf: 41 }]);
  });
});
