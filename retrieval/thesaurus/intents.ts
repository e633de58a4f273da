/**
 * Question words by intent, Vietnamese (folded when matched) and English (matched on stems).
 * A question can carry several; `understand.ts` decides which one wins.
 */
export type Intent =
  | 'who-leads'
  | 'who-coordinates'
  | 'when'
  | 'agency-tasks'
  | 'recommendation'
  | 'compare'
  | 'greeting'
  | 'help';

export const INTENT_PHRASES: Record<Intent, { vi: string[]; en: string[] }> = {
  'who-leads': {
    vi: ['ai chủ trì', 'chủ trì', 'cơ quan chủ trì', 'cơ quan nào', 'đơn vị nào', 'sở nào', 'ngành nào', 'ai phụ trách', 'phụ trách',
      'ai lo', 'ai chịu trách nhiệm', 'chịu trách nhiệm', 'ai làm', 'giao cho ai', 'ai đảm nhận', 'ai thực hiện', 'do ai', 'thuộc ai',
      'cơ quan đầu mối', 'đầu mối', 'ai quản lý', 'bên nào', 'ai', 'ai giữ vai trò chính', 'trách nhiệm chính'],
    en: ['who leads', 'who is responsible', 'which agency', 'which department', 'who is in charge', 'in charge', 'lead agency', 'responsible',
      'who handles', 'who runs', 'who takes the lead', 'who', 'which body', 'lead'],
  },
  'who-coordinates': {
    vi: ['ai phối hợp', 'cơ quan phối hợp', 'phối hợp với ai', 'ai hỗ trợ', 'ai cùng làm', 'đơn vị phối hợp', 'cùng với ai',
      'ai tham gia', 'những ai tham gia', 'những ai phối hợp', 'cơ quan nào phối hợp', 'đơn vị nào phối hợp', 'phối hợp với cơ quan nào',
      'phối hợp với những đơn vị nào', 'phối hợp với những ai', 'bên nào phối hợp', 'sở nào phối hợp', 'ai cùng phối hợp', 'phối hợp thì sao'],
    en: ['who coordinates', 'coordinating', 'coordinate', 'coordination', 'who supports', 'partners', 'who else', 'supporting agencies', 'who helps',
      'cooperate', 'cooperating'],
  },
  when: {
    vi: ['khi nào', 'bao giờ', 'thời gian', 'thời hạn', 'lúc nào', 'thời gian thực hiện', 'mấy năm',
      'thời điểm', 'bao lâu', 'hạn chót', 'khi nao', 'vào năm nào', 'năm nào', 'hạn cuối', 'chậm nhất'],
    en: ['when', 'timeframe', 'time frame', 'deadline', 'how long', 'what period', 'by when', 'timeline', 'schedule', 'which year', 'what year'],
  },
  'agency-tasks': {
    vi: ['làm gì', 'làm những gì', 'nhiệm vụ của', 'nhiệm vụ gì', 'được giao gì', 'được giao những gì', 'phải làm', 'trách nhiệm của',
      'những hoạt động nào', 'hoạt động nào', 'những nhiệm vụ nào', 'những việc nào', 'việc gì', 'chủ trì những hoạt động nào',
      'vai trò của', 'có nhiệm vụ', 'nhiệm vụ nào', 'những việc gì', 'việc gì', 'phụ trách những gì', 'phụ trách gì', 'chủ trì những gì',
      'chủ trì gì', 'chủ trì việc gì', 'giao những nhiệm vụ'],
    en: ['what does', 'what do', 'tasks of', 'responsibilities of', 'role of', 'duties of', 'what is', 'assigned to', 'tasks', 'responsibilities',
      'duties', 'what must'],
  },
  recommendation: {
    vi: ['khuyến nghị số', 'khuyến nghị', 'kiến nghị số'],
    en: ['recommendation', 'recommendations', 'recommendation number', 'paragraph'],
  },
  compare: {
    vi: ['so sánh', 'các tỉnh', 'tỉnh nào', 'mỗi tỉnh', 'từng tỉnh', 'giữa các tỉnh', 'khác nhau', 'giống nhau', 'ở đâu', 'những tỉnh', 'cả bốn tỉnh',
      'tất cả các tỉnh', 'so với'],
    en: ['compare', 'comparison', 'each province', 'all provinces', 'which province', 'which provinces', 'across provinces', 'difference',
      'differences', 'versus', 'vs'],
  },
  greeting: {
    vi: ['xin chào', 'chào bạn', 'chào', 'alo', 'hello', 'hi', 'cảm ơn', 'cám ơn', 'thanks'],
    en: ['hello', 'hi', 'hey', 'good morning', 'thanks', 'thank you'],
  },
  help: {
    vi: ['hướng dẫn', 'giúp tôi', 'bạn làm được gì', 'bạn là ai', 'cách dùng', 'trợ giúp', 'hỏi gì', 'có thể hỏi'],
    en: ['help', 'how to use', 'what can you do', 'who are you'],
  },
};

/** Facts about a plan as a whole (not one task), by kind. */
export type FactKind = 'number' | 'date' | 'funding' | 'purpose' | 'report' | 'focal' | 'implements' | 'period' | 'signer' | 'overview' | 'effect' | 'executors';

export const FACT_PHRASES: Record<FactKind, { vi: string[]; en: string[] }> = {
  number: {
    vi: ['số hiệu', 'số mấy', 'số bao nhiêu', 'số văn bản', 'số kế hoạch', 'kế hoạch số mấy', 'số ký hiệu', 'mang số', 'số quyết định'],
    en: ['document number', 'plan number', 'what number', 'reference number', 'decision number'],
  },
  date: {
    vi: ['ban hành ngày', 'ngày ban hành', 'ký ngày', 'ban hành khi nào', 'ban hành lúc nào', 'ngày ký', 'ban hành bao giờ', 'ban hành năm nào',
      'ngày tháng năm nào', 'ra đời khi nào', 'tháng mấy', 'năm nào', 'ngày mấy', 'ban hành tháng mấy', 'ngày nào', 'ban hành ngày nào'],
    en: ['issue date', 'date of issue', 'when was', 'issued', 'signed on', 'dated'],
  },
  funding: {
    vi: ['kinh phí', 'nguồn kinh phí', 'kinh phí lấy từ đâu', 'nguồn vốn', 'tiền ở đâu', 'tiền lấy từ đâu', 'ngân sách lấy từ đâu',
      'kinh phí thực hiện', 'nguồn tài chính', 'ai chi tiền', 'kinh phí từ đâu', 'lấy từ đâu', 'từ nguồn nào', 'nguồn nào'],
    en: ['funding', 'funded', 'budget source', 'funding sources', 'who pays', 'where does the money', 'money come from', 'financed'],
  },
  purpose: {
    vi: ['mục đích', 'mục tiêu', 'yêu cầu', 'để làm gì', 'nhằm mục đích gì', 'mục đích yêu cầu'],
    en: ['purpose', 'objective', 'objectives', 'goal', 'goals', 'aim', 'aims'],
  },
  report: {
    vi: ['hạn báo cáo', 'báo cáo khi nào', 'báo cáo trước ngày', 'gửi báo cáo', 'báo cáo cho ai', 'báo cáo về đâu', 'báo cáo gửi ai',
      'báo cáo gửi về đâu', 'chế độ báo cáo', 'thời hạn báo cáo', 'báo cáo định kỳ', 'nộp báo cáo', 'báo cáo kết quả', 'báo cáo hằng năm',
      'báo cáo hàng năm', 'chế độ thông tin, báo cáo', 'báo cáo qua đâu', 'báo cáo qua ai', 'qua cơ quan nào', 'gửi về đâu',
      'báo cáo qua cơ quan nào', 'gửi qua sở nào', 'gửi qua đâu'],
    en: ['report deadline', 'reporting deadline', 'reporting', 'submit reports', 'reports to', 'report to', 'annual report', 'when to report'],
  },
  focal: {
    vi: ['cơ quan đầu mối', 'đầu mối', 'cơ quan thường trực', 'điều phối kế hoạch', 'chủ trì kế hoạch', 'chủ trì thực hiện kế hoạch',
      'chủ trì triển khai kế hoạch', 'tổng hợp báo cáo', 'ai điều phối', 'cơ quan điều phối', 'chịu trách nhiệm chung', 'theo dõi kế hoạch',
      'chủ trì chung', 'làm đầu mối', 'sở nào làm đầu mối'],
    en: ['focal', 'focal agency', 'focal point', 'coordinates the plan', 'coordinating the plan', 'overall coordination', 'in charge of the plan',
      'leads the plan', 'overall responsibility'],
  },
  implements: {
    vi: ['thực hiện quyết định nào', 'căn cứ', 'căn cứ quyết định nào', 'triển khai quyết định nào', 'theo quyết định nào', 'quyết định nào'],
    en: ['which decision', 'implements', 'based on', 'legal basis'],
  },
  period: {
    vi: ['giai đoạn', 'giai đoạn nào', 'đến năm nào', 'thời kỳ', 'áp dụng đến'],
    en: ['period', 'which years', 'covers which years'],
  },
  signer: {
    vi: ['ai ký', 'người ký', 'ký ban hành', 'ai ban hành', 'do ai ký', 'ai là người ký', 'ký tên'],
    en: ['signed by', 'who signed', 'signatory'],
  },
  // a decision's closing articles: when it takes effect, and who carries it out
  effect: {
    vi: ['có hiệu lực', 'hiệu lực từ', 'hiệu lực thi hành', 'hiệu lực kể từ', 'hiệu lực khi nào', 'hiệu lực từ ngày nào', 'có hiệu lực chưa'],
    en: ['take effect', 'takes effect', 'in force', 'come into force', 'effective from'],
  },
  executors: {
    vi: ['chịu trách nhiệm thi hành', 'trách nhiệm thi hành', 'thi hành quyết định', 'ai thi hành', 'tổ chức thi hành'],
    en: ['responsible for executing', 'who executes', 'carry out the decision'],
  },
  overview: {
    vi: ['tổng quan', 'tóm tắt', 'có những gì', 'nội dung chính', 'gồm những gì', 'có gì', 'tên là gì', 'tên gọi', 'tên kế hoạch', 'tên đầy đủ', 'tiêu đề', 'trích yếu', 'tên văn bản'],
    en: ['overview', 'summary', 'summarise', 'summarize', 'main points', 'what is in', 'title', 'full name', 'what is the plan called'],
  },
};

/** "Now" words: the question wants today's agency too, which the 2025 notes give. */
export const NOW_PHRASES = {
  vi: ['sau sắp xếp', 'sau khi sắp xếp', 'sáp nhập vào đâu', 'sáp nhập', 'bây giờ', 'hiện nay', 'giờ hỏi', 'sau sáp nhập', 'đổi tên', 'còn không',
    'giờ là sở nào', 'năm 2025', 'thì giờ'],
  en: ['reorganisation', 'reorganization', 'after the merger', 'took over', 'take over', 'currently', 'today', 'now', 'after the 2025 reorganisation'],
};
