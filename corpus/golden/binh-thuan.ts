import type { GoldenAssignment } from './types';

/**
 * Bình Thuận, Kế hoạch (number blank, April 2025): section IV "Tổ chức thực hiện",
 * seeds/binh-thuan-2025-kh.txt lines 41-59. 6 numbered items; item 3 has lettered sub-items a)-c),
 * the others are "Agency: task" paragraphs. The appendix the plan refers to is not in the text.
 */
export const BINH_THUAN_SECTION_IV: GoldenAssignment[] = [
  // "phối hợp với các sở, ngành, địa phương" = group 'nhom-so-nganh'.
  {
    ref: 'Mục IV.1',
    lineStart: 43,
    lineEnd: 43,
    taskIncludes: [
      'Chủ trì, phối hợp với các sở, ngành, địa phương',
      'tham mưu Ủy ban nhân dân tỉnh triển khai thực hiện',
    ],
    lead: ['so-y-te'],
    coordinating: ['nhom-so-nganh'],
    timeframe: null,
    recommendations: [],
  },
  {
    ref: 'Mục IV.2',
    lineStart: 45,
    lineEnd: 45,
    taskIncludes: [
      'trình Hội đồng nhân dân tỉnh giao dự toán',
      'thực hiện cấp phát kinh phí đầy đủ, kịp thời',
    ],
    lead: ['so-tai-chinh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // Item 3 heading "Các sở, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố" (line 47) names two
  // groups: 'nhom-so-nganh' ("Các sở, ngành") and 'nhom-ubnd-huyen'. Both are the lead of each sub-item.
  {
    ref: 'Mục IV.3.a',
    lineStart: 49,
    lineEnd: 49,
    taskIncludes: ['lập dự toán ngân sách hàng năm', 'triển khai thực hiện bảo đảm kịp thời, hiệu quả'],
    lead: ['nhom-so-nganh', 'nhom-ubnd-huyen'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  {
    ref: 'Mục IV.3.b',
    lineStart: 51,
    lineEnd: 51,
    taskIncludes: [
      'Chủ động bố trí nguồn lực thực hiện các mục tiêu',
      'tích hợp hiệu quả nhiệm vụ thực hiện Khuyến nghị',
    ],
    lead: ['nhom-so-nganh', 'nhom-ubnd-huyen'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // "gửi về Sở Y tế" names the recipient of the reports, not a coordinating agency.
  {
    ref: 'Mục IV.3.c',
    lineStart: 53,
    lineEnd: 53,
    taskIncludes: ['Báo cáo kết quả thực hiện gửi về Sở Y tế'],
    lead: ['nhom-so-nganh', 'nhom-ubnd-huyen'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // "Đề nghị Tòa án nhân dân tỉnh:" — "Đề nghị" (request) is not part of the agency name.
  {
    ref: 'Mục IV.4',
    lineStart: 55,
    lineEnd: 55,
    taskIncludes: [
      'hoạt động của Tòa Gia đình và người chưa thành niên',
      'bảo đảm tố tụng thân thiện với trẻ em',
    ],
    lead: ['toa-an-tinh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  {
    ref: 'Mục IV.5',
    lineStart: 57,
    lineEnd: 57,
    taskIncludes: [
      'quy trình về tố tụng pháp lý trong quá trình truy tố',
      'nâng cao năng lực kiểm sát viên về quyền trẻ em',
    ],
    lead: ['vien-kiem-sat-tinh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên" = MTTQ tỉnh + member-organisation group.
  {
    ref: 'Mục IV.6',
    lineStart: 59,
    lineEnd: 59,
    taskIncludes: ['giám sát, phản biện việc thực hiện Kế hoạch'],
    lead: ['mttq-tinh', 'nhom-to-chuc-chinh-tri-xa-hoi'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
];
