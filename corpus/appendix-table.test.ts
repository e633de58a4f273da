import { describe, expect, it } from 'vitest';
import { parseAppendixTable, tableRowRefs } from './appendix-table';
import { splitLines } from './lines';

// Trimmed from seeds/dak-lak-2014-qd-2130.txt lines 100-112 (tabs kept, texts shortened).
const DL = [
  'Số Khuyến nghị\tNội dung hoạt động\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện',
  'Số 22\tXây dựng đề án, kế hoạch hành động về giáo dục nhân quyền.\tSở Giáo dục và Đào tạo\tSở LĐTBXH;\t2014-2020',
  '\tXây dựng đề án, kế hoạch tổ chức phổ biến Công ước tới các dân tộc ít người.\t\tBan Dân tộc; Sở TT và Truyền thông\t',
  'Số 55\tRà soát, đề nghị sửa đổi, hoàn thiện các chính sách, chương trình, đề án\tSở LĐTBXH;\t2014-2020\t',
  '',
  '\tliên quan đến trẻ khuyết tật.\t\tSở Y tế; Các sở, ngành liên quan\t',
  'Số 83, 84\tBáo cáo ghép định kỳ lần thứ năm và thứ sáu.\tCác sở, ngành liên quan\t2014-2020\t',
].join('\n');

// Trimmed from seeds/quang-ngai-2025-kh-29.txt lines 84-121.
const QN = [
  'TT\tNhiệm vụ thực hiện các nội dung khuyến nghị\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện',
  'IV\tTriển khai dịch vụ đáp ứng thực hiện quyền trẻ em\t\t\t',
  '8\tPhòng, chống xâm hại trẻ em trên môi trường mạng.\tSở Thông tin và Truyền thông\tCác sở, ngành, hội đoàn thể liên quan; UBND các\tThường xuyên trong năm',
  '',
  '\t\t\thuyện, thị xã, thành phố.\t',
  'VI\tTăng cường hội nhập và hợp tác quốc tế\t\t\t',
  '\tTăng cường hội nhập và hợp tác quốc tế về thực hiện quyền trẻ em.\tSở Lao động – Thương binh và Xã hội\tVăn phòng UBND tỉnh, Sở Tư pháp\tThường xuyên trong năm',
].join('\n');

// Trimmed from corpus/fixtures/plans/blind7/b7-x/plan.txt lines 84, 101-104 (a blind plan; tabs kept).
const TN = [
  'TT\tCơ quan chủ trì\tNội dung nhiệm vụ\tCơ quan phối hợp\tThời gian thực hiện\tKết quả/sản phẩm',
  '14\tSở Giáo dục và Đào tạo\tPhòng, chống đuối nước trẻ em: tổ chức dạy bơi an toàn.\tSở Văn hóa, Thể thao và Du lịch, Tỉnh đoàn\tTháng 4 – tháng 8 hằng năm\tSố học sinh được học bơi',
  '15\tSở Y tế\tTiếp nhận, xử lý thông tin về trẻ em bị bạo lực, xâm hại do Tổng đài 111 chuyển đến;',
  'Hướng dẫn các xã, phường quy trình quản lý trường hợp.\tCông an tỉnh, Trung tâm Công tác xã hội tỉnh, UBND các xã, phường\tThường xuyên\tSố ca được tiếp nhận',
  '16\tSở Nội vụ\tThanh tra, kiểm tra việc sử dụng lao động chưa thành niên.\tCông an tỉnh\tHằng năm\tBiên bản kiểm tra',
].join('\n');

describe('parseAppendixTable', () => {
  it('joins a row whose cell broke over two lines when copied out of Word: the rest of the cell, then the row\'s other cells', () => {
    const t = parseAppendixTable(splitLines(TN), 0, 'tn.txt');
    expect(t.rows.map((r) => r.key)).toEqual(['14', '15', '16']);
    const r15 = t.rows[1]!;
    expect(r15.task).toBe('Tiếp nhận, xử lý thông tin về trẻ em bị bạo lực, xâm hại do Tổng đài 111 chuyển đến; Hướng dẫn các xã, phường quy trình quản lý trường hợp.');
    expect(r15.coordinating).toBe('Công an tỉnh, Trung tâm Công tác xã hội tỉnh, UBND các xã, phường');
    expect(r15.timeframe).toBe('Thường xuyên');
    expect([r15.lineStart, r15.lineEnd]).toEqual([3, 4]);
    expect(r15.notes.join(' ')).toMatch(/xuống dòng giữa chừng/);
    // the rows around it are untouched
    expect(t.rows[0]!.timeframe).toBe('Tháng 4 – tháng 8 hằng năm');
    expect(t.rows[2]!.lead).toBe('Sở Nội vụ');
  });

  it('reads merged cells, shifted cells and a row split by a page break (2014 plan)', () => {
    const t = parseAppendixTable(splitLines(DL), 0, 'dl.txt');
    expect(t.rows).toHaveLength(4);
    const [r22a, r22b, r55, r83] = t.rows;
    expect(r22a).toMatchObject({ recommendations: [22], lead: 'Sở Giáo dục và Đào tạo', coordinating: 'Sở LĐTBXH;', timeframe: '2014-2020' });
    expect(r22b).toMatchObject({ recommendations: [22], lead: 'Sở Giáo dục và Đào tạo', timeframe: '2014-2020' });
    expect(r22b!.notes.join(' ')).toMatch(/ô gộp/);
    // lead missing, cells shifted left, then continued after the page break
    expect(r55).toMatchObject({
      recommendations: [55],
      lead: 'Sở Giáo dục và Đào tạo',
      coordinating: 'Sở LĐTBXH; Sở Y tế; Các sở, ngành liên quan',
      timeframe: '2014-2020',
      lineStart: 4,
      lineEnd: 6,
    });
    expect(r55!.task).toBe('Rà soát, đề nghị sửa đổi, hoàn thiện các chính sách, chương trình, đề án liên quan đến trẻ khuyết tật.');
    expect(r83).toMatchObject({ recommendations: [83, 84], lead: 'Sở Giáo dục và Đào tạo', coordinating: 'Các sở, ngành liên quan', timeframe: '2014-2020' });
    expect(tableRowRefs(t.rows)).toEqual([
      'Phụ lục, Khuyến nghị số 22 (hoạt động 1/2)',
      'Phụ lục, Khuyến nghị số 22 (hoạt động 2/2)',
      'Phụ lục, Khuyến nghị số 55',
      'Phụ lục, Khuyến nghị số 83, 84',
    ]);
  });

  it('reads group headings, continuation cells and rows without a number (2025 plan)', () => {
    const t = parseAppendixTable(splitLines(QN), 0, 'qn.txt');
    expect(t.groups.map((g) => g.label)).toEqual(['IV', 'VI']);
    expect(t.rows[0]).toMatchObject({ ordinal: 8, coordinating: 'Các sở, ngành, hội đoàn thể liên quan; UBND các huyện, thị xã, thành phố.', lineEnd: 5 });
    expect(t.rows[1]).toMatchObject({ ordinal: null, group: { label: 'VI' } });
    expect(tableRowRefs(t.rows)).toEqual(['Phụ lục, mục IV.8', 'Phụ lục, mục VI']);
  });
});

// A Word table saved as plain text (trimmed from corpus/fixtures/plans/holdout/ho-d): the group row
// merged across the table lost its tabs, and a paragraph break inside a task cell split the row.
const EXPORTED = [
  'TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian',
  'I. TRUYỀN THÔNG, NÂNG CAO NHẬN THỨC',
  '1\tTruyền thông về Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 trong trường học;\tSở Y tế\tSở Giáo dục và Đào tạo\tThường xuyên',
  'ưu tiên các trường phổ thông dân tộc nội trú.',
  '2\tTổ chức Diễn đàn trẻ em cấp tỉnh\tTỉnh đoàn\tSở Y tế\tTháng 6 hằng năm',
  'II. PHÒNG, CHỐNG XÂM HẠI TRẺ EM',
  '3\tPhòng, chống xâm hại trẻ em trên môi trường mạng\tCông an tỉnh\tSở Khoa học và Công nghệ\tThường xuyên',
  '',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Sở Y tế: theo dõi, tổng hợp.',
].join('\n');

describe('tables exported from Word as text', () => {
  it('keeps group rows without tabs and joins a cell broken over two lines, and ends at the next heading', () => {
    const t = parseAppendixTable(splitLines(EXPORTED), 0, 'export.txt');
    expect(t.rows.map((r) => [r.task, r.lead, r.group?.path.join('.')])).toEqual([
      ['Truyền thông về Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 trong trường học; ưu tiên các trường phổ thông dân tộc nội trú.', 'Sở Y tế', 'I'],
      ['Tổ chức Diễn đàn trẻ em cấp tỉnh', 'Tỉnh đoàn', 'I'],
      ['Phòng, chống xâm hại trẻ em trên môi trường mạng', 'Công an tỉnh', 'II'],
    ]);
    expect(t.rows[0]!.lineEnd).toBe(4);
    expect(t.rows[0]!.notes.join(' ')).toMatch(/nối vào nội dung hàng trên/);
    expect(t.endLine).toBe(9);
  });
});

describe('a cell wrapped onto a line of its own', () => {
  // trimmed from corpus/fixtures/plans/blind5/b5-r (coordinating before lead)
  const WRAPPED = [
    'STT\tNội dung nhiệm vụ\tCơ quan phối hợp\tCơ quan chủ trì\tThời gian\tSản phẩm',
    '4.4\tPhát hiện, ngăn chặn, gỡ bỏ thông tin, hình ảnh độc hại\tSở Văn hóa, Thể thao và Du lịch; Sở\tSở Khoa học và Công nghệ\tThường xuyên\tBáo cáo',
    '\ttrên môi trường mạng; hướng dẫn cha mẹ kỹ năng bảo vệ trẻ em.\tGiáo dục và Đào tạo\t\t\t',
    '4.5\tTổ chức dạy bơi cho trẻ em.\tThành đoàn\tSở Văn hóa, Thể thao và Du lịch\tHằng năm\tLớp học',
    '\tTập huấn kỹ năng an toàn cho giáo viên.\tSở Y tế\t\t\t',
  ].join('\n');

  it('joins a numberless, leadless line that goes on in lower case to the row above; a capitalised one is a row of its own', () => {
    const t = parseAppendixTable(splitLines(WRAPPED), 0, 'wrapped.txt');
    expect(t.rows.map((r) => [r.key, r.lead, r.coordinating])).toEqual([
      ['4.4', 'Sở Khoa học và Công nghệ', 'Sở Văn hóa, Thể thao và Du lịch; Sở Giáo dục và Đào tạo'],
      ['4.5', 'Sở Văn hóa, Thể thao và Du lịch', 'Thành đoàn'],
      ['', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế'],
    ]);
    expect(t.rows[0]!.task).toMatch(/độc hại trên môi trường mạng;/);
    expect(t.rows[0]!.lineEnd).toBe(3);
  });
});

// Trimmed from corpus/fixtures/plans/blind8/b8-z/plan.docx as extracted (lines 54-61): group rows merged
// across the table carry their own number, and the rows under each restart at 1; "Lộ trình thực hiện" is when.
const HCM = [
  'STT\tKhuyến nghị của Ủy ban (đoạn số)\tNhiệm vụ, hoạt động\tCơ quan thực hiện\tLộ trình thực hiện\tGhi chú',
  '1. Các biện pháp thực hiện chung (đoạn 5-14)\t\t\t\t\t',
  '1\tĐoạn 6\tRà soát các văn bản quy phạm pháp luật về trẻ em\tChủ trì: Sở Tư pháp Phối hợp: Sở Y tế, các sở, ngành liên quan\t2025-2026\t',
  '2\tĐoạn 8 (a)\tKiện toàn Ban điều hành công tác bảo vệ, chăm sóc trẻ em Thành phố sau hợp nhất\tChủ trì: Sở Y tế\tQuý IV/2025\t',
  '2. Nguyên tắc chung; quyền và tự do dân sự (đoạn 15-21)\t\t\t\t\t',
  '1\tĐoạn 18\tTổ chức Diễn đàn trẻ em Thành phố\tChủ trì: Thành đoàn Phối hợp: Sở Y tế, Sở Giáo dục và Đào tạo\tHằng năm\tTổ chức trong Tháng hành động vì trẻ em',
].join('\n');

describe('parseAppendixTable: merged group rows with their own number', () => {
  it('reads "1. Title" merged across the row as a group though the rows under it restart at 1, and "Lộ trình" as the timeframe', () => {
    const t = parseAppendixTable(splitLines(HCM), 0, 'hcm.txt');
    expect(t.groups.map((g) => g.title)).toEqual(['Các biện pháp thực hiện chung (đoạn 5-14)', 'Nguyên tắc chung; quyền và tự do dân sự (đoạn 15-21)']);
    expect(t.rows.map((r) => [r.key, r.group?.label, r.timeframe])).toEqual([['1', '1', '2025-2026'], ['2', '1', 'Quý IV/2025'], ['1', '2', 'Hằng năm']]);
    expect(tableRowRefs(t.rows)).toEqual(['Phụ lục, mục 1.1', 'Phụ lục, mục 1.2', 'Phụ lục, mục 2.1']);
    expect(t.rows[2]!.extra).toEqual([{ label: 'Khuyến nghị của Ủy ban (đoạn số)', value: 'Đoạn 18' }, { label: 'Ghi chú', value: 'Tổ chức trong Tháng hành động vì trẻ em' }]);
  });
});

// Trimmed from corpus/fixtures/plans/blind10/b10-ab (a blind Gia Lai DOCX) as the DOCX reader gives it:
// a two-level header (agencies and time each split in two), cells merged down written as 〃, one
// time cell spanning both time columns.
const GL = [
  'TT\tNhiệm vụ\tCơ quan thực hiện\t\tThời gian thực hiện\t\tKết quả dự kiến',
  '\u3003\t\u3003\tChủ trì\tPhối hợp\tBắt đầu\tHoàn thành\t\u3003',
  '(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)',
  'A. CÁC BIỆN PHÁP THỰC HIỆN CHUNG\t\t\t\t\t\t',
  '1\tRà soát, đề xuất sửa đổi các văn bản về trẻ em.\tSở Y tế\tSở Tư pháp; Sở Nội vụ\t2025\tQuý II/2026\tDanh mục văn bản',
  '2\tTập huấn kỹ năng bảo vệ trẻ em cho công chức cấp xã.\t\u3003\t\u3003\tHằng năm\t\tÍt nhất 01 lớp/năm',
  '3\tXây dựng quy chế phối hợp liên ngành.\tCông an tỉnh\t\t\tQuý IV/2025\tQuy chế',
].join('\n');

describe('parseAppendixTable: a Word table with start and end columns and cells merged down', () => {
  it('reads "Bắt đầu | Hoàn thành" as one timeframe and a 〃 cell as the cell above', () => {
    const t = parseAppendixTable(splitLines(GL), 0, 'gia-lai.docx');
    expect(t.rows.map((r) => [r.key, r.lead, r.coordinating, r.timeframe])).toEqual([
      ['1', 'Sở Y tế', 'Sở Tư pháp; Sở Nội vụ', '2025 - Quý II/2026'],
      ['2', 'Sở Y tế', 'Sở Tư pháp; Sở Nội vụ', 'Hằng năm'],
      ['3', 'Công an tỉnh', '', 'Quý IV/2025'],
    ]);
    expect(t.rows[1]!.notes.join(' ')).toMatch(/gộp dọc/);
    expect(t.rows[0]!.extra).toEqual([{ label: 'Kết quả dự kiến', value: 'Danh mục văn bản' }]);
  });
});
