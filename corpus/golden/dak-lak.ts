import type { GoldenAssignment } from './types';

/**
 * Đắk Lắk (inferred), Quyết định 2130/QĐ-UBND (17/09/2014): appendix table,
 * seeds/dak-lak-2014-qd-2130.txt lines 100-121. 19 data rows.
 * Columns: Số Khuyến nghị, Nội dung hoạt động, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện.
 * Merged cells: an empty lead or recommendation cell means "same as the row above".
 * Rows sharing a recommendation list get " (hoạt động k/n)": Số 12 (rows 101, 121), Số 48 (103-105),
 * Số 55 (106, 110), Số 22 (108, 109), Số 67 (113-115).
 */
export const DAK_LAK_APPENDIX: GoldenAssignment[] = [
  {
    ref: 'Phụ lục, Khuyến nghị số 12 (hoạt động 1/2)',
    lineStart: 101,
    lineEnd: 101,
    taskIncludes: ['xây dựng cơ chế phối hợp và nguồn nhân lực'],
    lead: ['so-ldtbxh'],
    coordinating: ['so-noi-vu'],
    timeframe: '2014-2016',
    recommendations: [12],
  },
  // Lead cell empty (merged): Sở LĐTBXH from row 101.
  {
    ref: 'Phụ lục, Khuyến nghị số 32',
    lineStart: 102,
    lineEnd: 102,
    taskIncludes: [
      'Phổ biến tới các tổ chức phúc lợi xã hội',
      'tiêu chuẩn xác định lợi ích tốt nhất của trẻ em',
    ],
    lead: ['so-ldtbxh'],
    coordinating: ['nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [32],
  },
  // Lead cell empty (merged): Sở LĐTBXH.
  {
    ref: 'Phụ lục, Khuyến nghị số 48 (hoạt động 1/3)',
    lineStart: 103,
    lineEnd: 103,
    taskIncludes: [
      'chính sách hỗ trợ trẻ em có hoàn cảnh đặc biệt',
      'chăm sóc thay thế dựa vào cộng đồng',
    ],
    lead: ['so-ldtbxh'],
    coordinating: ['nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [48],
  },
  // Recommendation and lead cells empty (merged): Số 48, Sở LĐTBXH.
  {
    ref: 'Phụ lục, Khuyến nghị số 48 (hoạt động 2/3)',
    lineStart: 104,
    lineEnd: 104,
    taskIncludes: [
      'kế hoạch điều tra toàn diện về trẻ em',
      'môi trường gia đình để lập danh sách theo dõi',
    ],
    lead: ['so-ldtbxh'],
    coordinating: ['nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [48],
  },
  // Recommendation and lead cells empty (merged): Số 48, Sở LĐTBXH.
  {
    ref: 'Phụ lục, Khuyến nghị số 48 (hoạt động 3/3)',
    lineStart: 105,
    lineEnd: 105,
    taskIncludes: ['chính sách toàn diện nhằm phòng ngừa, giảm thiểu tình trạng'],
    lead: ['so-ldtbxh'],
    coordinating: ['nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [48],
  },
  // Lead cell empty (merged): Sở LĐTBXH. First of the two "Số 55" rows (the other is line 110).
  {
    ref: 'Phụ lục, Khuyến nghị số 55 (hoạt động 1/2)',
    lineStart: 106,
    lineEnd: 106,
    taskIncludes: ['trẻ khuyết tật tại các cơ sở chăm sóc tập trung'],
    lead: ['so-ldtbxh'],
    coordinating: ['nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [55],
  },
  // JUDGEMENT: the row has only four cells after the task ("Các sở, ngành liên quan⇥2014-2020⇥"):
  // the lead cell is missing and the rest shifted left. Read as lead = merged cell from above
  // (Sở LĐTBXH, which also fits a report made "theo chỉ đạo của Bộ LĐTBXH"), coordinating =
  // "Các sở, ngành liên quan", timeframe = 2014-2020 (it sits in the coordinating column).
  {
    ref: 'Phụ lục, Khuyến nghị số 83, 84',
    lineStart: 107,
    lineEnd: 107,
    taskIncludes: ['Báo cáo ghép định kỳ lần thứ năm và thứ sáu'],
    lead: ['so-ldtbxh'],
    coordinating: ['nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [83, 84],
  },
  // Coordinating cell "Sở LĐTBXH;" (trailing semicolon ignored).
  {
    ref: 'Phụ lục, Khuyến nghị số 22 (hoạt động 1/2)',
    lineStart: 108,
    lineEnd: 108,
    taskIncludes: ['kế hoạch hành động về giáo dục nhân quyền'],
    lead: ['so-gddt'],
    coordinating: ['so-ldtbxh'],
    timeframe: '2014-2020',
    recommendations: [22],
  },
  // Recommendation and lead cells empty (merged): Số 22, Sở GD&ĐT. Coordinating "Ban Dân tộc; Sở TT
  // và Truyền thông". JUDGEMENT: the timeframe cell is empty too. The helper who first read it set
  // null (the README names only lead and recommendation cells as merged); on review we read it as
  // the same merged cell: it is the second activity of Số 22, whose first activity (line 108) says
  // 2014-2020, and every other empty cell of this table continues the row above. The record notes it.
  {
    ref: 'Phụ lục, Khuyến nghị số 22 (hoạt động 2/2)',
    lineStart: 109,
    lineEnd: 109,
    taskIncludes: [
      'phổ biến Công ước tới các dân tộc ít người',
      'bằng ngôn ngữ riêng của các dân tộc',
    ],
    lead: ['so-gddt'],
    coordinating: ['ban-dan-toc', 'so-tttt'],
    timeframe: '2014-2020',
    recommendations: [22],
  },
  // JUDGEMENT: split by a page break (line 110, blank 111, continuation 112). Line 110 has
  // "Số 55⇥task⇥Sở LĐTBXH;⇥2014-2020⇥": the lead cell is missing and the cells shifted left, so
  // "Sở LĐTBXH;" is the start of the coordinating cell (its trailing ';' continues as "Sở Y tế; Các sở,
  // ngành liên quan" on line 112, and row 108 writes the coordinating "Sở LĐTBXH;" the same way) and
  // 2014-2020 is the timeframe. Lead = merged cell from above = Sở GD&ĐT (rows 108-109); this also
  // fits the task (teachers, inclusive education in schools) and the following Số 67 rows, whose
  // empty lead cells are clearly Sở GD&ĐT. Task cell continues on line 112: first phrase crosses the join.
  {
    ref: 'Phụ lục, Khuyến nghị số 55 (hoạt động 2/2)',
    lineStart: 110,
    lineEnd: 112,
    taskIncludes: [
      'chính sách, chương trình, đề án liên quan đến trẻ khuyết tật',
      'giáo viên có kỹ năng về giáo dục hòa nhập',
      'chống phân biệt đối xử với người khuyết tật',
    ],
    lead: ['so-gddt'],
    coordinating: ['so-ldtbxh', 'so-y-te', 'nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [55],
  },
  // Lead cell empty (merged): Sở GD&ĐT (see row 110).
  {
    ref: 'Phụ lục, Khuyến nghị số 67 (hoạt động 1/3)',
    lineStart: 113,
    lineEnd: 113,
    taskIncludes: ['hướng dẫn cho giáo viên nói tiếng dân tộc ít người'],
    lead: ['so-gddt'],
    coordinating: ['nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [67],
  },
  // Recommendation and lead cells empty (merged): Số 67, Sở GD&ĐT.
  {
    ref: 'Phụ lục, Khuyến nghị số 67 (hoạt động 2/3)',
    lineStart: 114,
    lineEnd: 114,
    taskIncludes: ['Thường xuyên kiểm tra, giám sát các trường dân tộc nội trú'],
    lead: ['so-gddt'],
    coordinating: ['nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [67],
  },
  // Recommendation and lead cells empty (merged): Số 67, Sở GD&ĐT.
  {
    ref: 'Phụ lục, Khuyến nghị số 67 (hoạt động 3/3)',
    lineStart: 115,
    lineEnd: 115,
    taskIncludes: ['Công ước của UNESCO về chống phân biệt đối xử'],
    lead: ['so-gddt'],
    coordinating: ['nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [67],
  },
  {
    ref: 'Phụ lục, Khuyến nghị số 59',
    lineStart: 116,
    lineEnd: 116,
    taskIncludes: ['sức khỏe sinh sản và giới tính cho người chưa thành niên'],
    lead: ['so-y-te'],
    coordinating: ['nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [59],
  },
  // Coordinating "Sở LĐTBXH Các sở, ngành liên quan" has no separator: two entries.
  {
    ref: 'Phụ lục, Khuyến nghị số 51',
    lineStart: 117,
    lineEnd: 117,
    taskIncludes: ['Giám sát các cơ sở nuôi con nuôi', 'hạn chế các cơ sở nuôi con nuôi'],
    lead: ['so-tu-phap'],
    coordinating: ['so-ldtbxh', 'nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [51],
  },
  {
    ref: 'Phụ lục, Khuyến nghị số 36, 42',
    lineStart: 118,
    lineEnd: 118,
    taskIncludes: ['quy định về việc thành lập Hội của trẻ em', 'góp ý xây dựng Luật về Hội'],
    lead: ['so-noi-vu'],
    coordinating: ['so-ldtbxh', 'nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [36, 42],
  },
  {
    ref: 'Phụ lục, Khuyến nghị số 71',
    lineStart: 119,
    lineEnd: 119,
    taskIncludes: [
      'Quyết định số 605/QĐ-TTg ngày 18 tháng 4 năm 2013',
      'Công ước chống tội phạm có tổ chức xuyên quốc gia',
      'tội buôn bán người, đặc biệt là phụ nữ và trẻ em',
    ],
    lead: ['cong-an-tinh'],
    coordinating: ['nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [71],
  },
  // Lead cell empty (merged): Công an tỉnh from row 119.
  {
    ref: 'Phụ lục, Khuyến nghị số 78',
    lineStart: 120,
    lineEnd: 120,
    taskIncludes: ['Nghị định thư không bắt buộc về mua bán trẻ em'],
    lead: ['cong-an-tinh'],
    coordinating: ['nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [78],
  },
  // Second "Số 12" row (the first is line 101), so "(hoạt động 2/2)".
  {
    ref: 'Phụ lục, Khuyến nghị số 12 (hoạt động 2/2)',
    lineStart: 121,
    lineEnd: 121,
    taskIncludes: ['bổ sung ngân sách dành cho việc thực thi các kế hoạch'],
    lead: ['so-tai-chinh'],
    coordinating: ['nhom-so-nganh'],
    timeframe: '2014-2020',
    recommendations: [12],
  },
];
