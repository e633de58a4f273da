import type { GoldenAssignment } from './types';

/**
 * Quảng Ngãi, Kế hoạch 29/KH-UBND (10/02/2025): appendix table, seeds/quang-ngai-2025-kh-29.txt
 * lines 84-121. 23 data rows; the group heading rows (I..VII) are not units.
 * Columns: TT, task, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện.
 */

export const QUANG_NGAI_APPENDIX: GoldenAssignment[] = [
  // Group I
  // Coordinating cell spells "Hội đoàn thể" with a capital H; same group as "hội đoàn thể liên quan".
  {
    ref: 'Phụ lục, mục I.1',
    lineStart: 86,
    lineEnd: 86,
    taskIncludes: [
      'sửa đổi, bổ sung chính sách, pháp luật về trẻ em',
      'trẻ em khuyết tật, lao động trẻ em, trẻ em lang thang',
    ],
    lead: ['so-ldtbxh'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  // Group II
  {
    ref: 'Phụ lục, mục II.1',
    lineStart: 88,
    lineEnd: 88,
    taskIncludes: ['nâng cao năng lực về Luật Trẻ em', 'phát triển đội ngũ nhân viên công tác xã hội'],
    lead: ['so-ldtbxh'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  {
    ref: 'Phụ lục, mục II.2',
    lineStart: 89,
    lineEnd: 89,
    taskIncludes: ['trẻ em được đăng ký khai sinh và có quốc tịch'],
    lead: ['so-tu-phap'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  // The task cell ends with a stray closing curly quote ("GDPT 2018”."); the phrases avoid it.
  // The row is followed by a blank line (91) but line 92 starts a new TT (4), so no continuation.
  {
    ref: 'Phụ lục, mục II.3',
    lineStart: 90,
    lineEnd: 90,
    taskIncludes: [
      'ứng phó với biến đổi khí hậu, thiên tai',
      'quyền và bồn phận của trẻ em trong chương trình giảng dạy',
    ],
    lead: ['so-gddt'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  {
    ref: 'Phụ lục, mục II.4',
    lineStart: 92,
    lineEnd: 92,
    taskIncludes: ['Nâng cao nhận thức về phòng, chống mua bán trẻ em'],
    lead: ['cong-an-tinh'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  // Group III
  // Coordinating cell names only the sở/ngành/hội đoàn thể group (no UBND huyện) for III.1 and III.2.
  {
    ref: 'Phụ lục, mục III.1',
    lineStart: 94,
    lineEnd: 94,
    taskIncludes: ['Tăng cường hiệu quả hoạt động liên ngành'],
    lead: ['so-ldtbxh'],
    coordinating: ['nhom-so-nganh-hoi-doan-the'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  {
    ref: 'Phụ lục, mục III.2',
    lineStart: 95,
    lineEnd: 95,
    taskIncludes: [
      'quy trình về thực hiện xử lý vi phạm hành chính',
      'xử lý vi phạm hành chính, vấn đề nuôi con nuôi',
    ],
    lead: ['so-tu-phap'],
    coordinating: ['nhom-so-nganh-hoi-doan-the'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  {
    ref: 'Phụ lục, mục III.3',
    lineStart: 96,
    lineEnd: 96,
    taskIncludes: [
      'tố tụng hình sự thân thiện với trẻ em',
      'năng lực cho cán bộ công an về quyền trẻ em',
    ],
    lead: ['cong-an-tinh'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  {
    ref: 'Phụ lục, mục III.4',
    lineStart: 97,
    lineEnd: 97,
    taskIncludes: [
      'trung tâm GDTX tư vấn học sinh, học viên',
      'tư vấn tâm lý cho học sinh vùng sâu, vùng xa',
    ],
    lead: ['so-gddt'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  // Lead is Sở Khoa học và Công nghệ as the table says (online-safety task), not Sở TT&TT.
  // Coordinating cell ends with a period ("... thành phố."), from here on in most rows; ignored.
  {
    ref: 'Phụ lục, mục III.5',
    lineStart: 99,
    lineEnd: 99,
    taskIncludes: [
      'kỹ năng về bảo vệ trẻ em trên môi trường mạng',
      'thúc đẩy doanh nghiệp phát triển các sản phẩm, dịch vụ',
    ],
    lead: ['so-khcn'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  // Group IV
  // Lead spelled with a plain hyphen ("Sở Lao động - Thương binh và Xã hội"): same body.
  {
    ref: 'Phụ lục, mục IV.1',
    lineStart: 101,
    lineEnd: 101,
    taskIncludes: [
      'chính sách trợ giúp xã hội, an sinh xã hội',
      'hỗ trợ, can thiệp trẻ em khuyết tật',
      'sự tham gia của trẻ em vào các vấn đề',
    ],
    lead: ['so-ldtbxh'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  {
    ref: 'Phụ lục, mục IV.2',
    lineStart: 102,
    lineEnd: 102,
    taskIncludes: [
      'chương trình giáo dục đa ngôn ngữ ở các trường vùng sâu',
      'phòng, chống bạo lực học đường',
    ],
    lead: ['so-gddt'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  // Page break: line 105 starts with an empty TT cell and continues the task cell
  // ("... ảnh hưởng" + "bởi HIV/AIDS. ...") and the coordinating cell ("UBND các" + "huyện, thị xã,
  // thành phố."). Lead and timeframe cells of line 105 are empty. The second phrase crosses the join.
  {
    ref: 'Phụ lục, mục IV.3',
    lineStart: 103,
    lineEnd: 105,
    taskIncludes: [
      'phòng, chống suy dinh dưỡng, thúc đẩy nuôi con bằng sữa mẹ',
      'chống kỳ thị trẻ em bị nhiễm, ảnh hưởng bởi HIV/AIDS',
      'rối loạn sức khỏe tâm thần ở trẻ em',
    ],
    lead: ['so-y-te'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  {
    ref: 'Phụ lục, mục IV.4',
    lineStart: 106,
    lineEnd: 106,
    taskIncludes: [
      'phụ nữ có thai hoặc nuôi con dưới 36 tháng tuổi',
      'trẻ em được khiếu nại một cách bí mật, thân thiện',
    ],
    lead: ['cong-an-tinh'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  // Lead "Ban Dân tộc – Tôn giáo" is its own registry entry ('ban-dan-toc-ton-giao'), not 'ban-dan-toc'.
  {
    ref: 'Phụ lục, mục IV.5',
    lineStart: 107,
    lineEnd: 107,
    taskIncludes: ['Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống'],
    lead: ['ban-dan-toc-ton-giao'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  {
    ref: 'Phụ lục, mục IV.6',
    lineStart: 108,
    lineEnd: 108,
    taskIncludes: ['quyền tự do tín ngưỡng và tôn giáo của trẻ em'],
    lead: ['ban-dan-toc-ton-giao'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  {
    ref: 'Phụ lục, mục IV.7',
    lineStart: 109,
    lineEnd: 109,
    taskIncludes: ['giảm mức độ ô nhiễm không khí, khí nhà kính'],
    lead: ['so-tnmt'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  // Page break: line 112 ("⇥⇥⇥huyện, thị xã, thành phố.⇥") has empty TT, task and lead cells and
  // only continues the coordinating cell ("UBND các" + "huyện, thị xã, thành phố.").
  {
    ref: 'Phụ lục, mục IV.8',
    lineStart: 110,
    lineEnd: 112,
    taskIncludes: ['Phòng, chống xâm hại trẻ em trên môi trường mạng'],
    lead: ['so-tttt'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  // Lead spelled "Sở Văn hóa - Thể thao và Du lịch" (hyphen): Sở VHTTDL.
  {
    ref: 'Phụ lục, mục IV.9',
    lineStart: 113,
    lineEnd: 113,
    taskIncludes: [
      'dân tộc thiểu số được bảo tồn bản sắc của mình',
      'phòng, chống xâm hại trẻ em trong hoạt động du lịch',
    ],
    lead: ['so-vhttdl'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  // Group V
  // Lead abbreviated "Sở Lao động – TB và XH": Sở LĐTBXH.
  {
    ref: 'Phụ lục, mục V.1',
    lineStart: 115,
    lineEnd: 115,
    taskIncludes: [
      'Thanh tra, kiểm tra việc thực hiện pháp luật, chính sách',
      'Thực hiện chế độ báo cáo về thực hiện Công ước',
    ],
    lead: ['so-ldtbxh'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  // "thông kê" is the document's own typo for "thống kê"; kept verbatim.
  {
    ref: 'Phụ lục, mục V.2',
    lineStart: 116,
    lineEnd: 116,
    taskIncludes: [
      'thống nhất phân tách độ tuổi trẻ em',
      'Tăng cường chất lượng thông kê, theo dõi tình hình trẻ em',
    ],
    lead: ['so-khdt'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  // Group VI: its only data row has an empty TT cell, so the ref is the group numeral alone.
  // Coordinating is an explicit comma list of four bodies (no group).
  {
    ref: 'Phụ lục, mục VI',
    lineStart: 118,
    lineEnd: 118,
    taskIncludes: [
      'hợp tác quốc tế về thực hiện quyền trẻ em',
      'huy động, sử dụng nguồn lực xã hội cho trẻ em',
    ],
    lead: ['so-ldtbxh'],
    coordinating: ['van-phong-ubnd-tinh', 'so-tu-phap', 'so-khdt', 'so-tai-chinh'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
  // Group VII: only data row has an empty TT cell. Lead cell names two bodies ("Sở Tài chính, Sở Kế
  // hoạch và Đầu tư"), both leads, in that order.
  {
    ref: 'Phụ lục, mục VII',
    lineStart: 121,
    lineEnd: 121,
    taskIncludes: [
      'ưu tiên bố trí nguồn lực thực hiện quyền trẻ em',
      'khả năng cân đối ngân sách nhà nước của tỉnh',
    ],
    lead: ['so-tai-chinh', 'so-khdt'],
    coordinating: ['nhom-so-nganh-hoi-doan-the', 'nhom-ubnd-huyen'],
    timeframe: 'Thường xuyên trong năm',
    recommendations: [],
  },
];
