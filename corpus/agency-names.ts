/**
 * Words an organisation's name starts with in these plans. An unknown name in a table's agency
 * column is kept whatever it says (the column says it is an agency); in prose, an item's head is
 * read as an unregistered agency only when it starts like one, so "1. Mục tiêu:" never becomes
 * an agency while "3. Trung tâm Công tác xã hội tỉnh:" does. Accented forms, because folding makes
 * "Sở" and "so sánh", "Ban" and "ban hành", "Bộ" and "bổ sung" the same word.
 */
const HEADS = [
  'sở', 'ban', 'ủy ban', 'uỷ ban', 'ubnd', 'ub', 'hội', 'trung tâm', 'công an', 'bộ', 'cục', 'chi cục', 'đài', 'báo', 'liên đoàn',
  'tỉnh đoàn', 'đoàn', 'văn phòng', 'viện', 'tòa án', 'toà án', 'trường', 'bệnh viện', 'thanh tra', 'kho bạc', 'ngân hàng', 'quỹ',
  'liên minh', 'hội đồng', 'các sở', 'các cơ quan', 'các đơn vị', 'các tổ chức', 'các hội', 'các đoàn thể', 'các địa phương', 'cơ quan',
  'phòng', 'tổng đài', 'cảnh sát', 'đồn', 'mttq', 'mặt trận', 'tand', 'vksnd', 'bhxh', 'bảo hiểm', 'ubmttq', 'chính quyền', 'tổng công ty',
];
/** second words that turn a head into an ordinary noun phrase ("Ban hành", "Hội nghị", "Phòng, chống") */
const NOT_NAMES = /^(ban hành|hội (nghị|thảo|thi|diễn)|trường hợp|phòng,? (chống|ngừa|tránh)|bộ (luật|tiêu chí|công cụ|tài liệu|chỉ số)|cục bộ|đoàn kết|báo cáo|sở hữu|quỹ (thời gian|đất))/;
const HEAD_RE = new RegExp(`^(${HEADS.join('|')})(?!\\p{L})`, 'u');

export function looksLikeAgencyName(text: string): boolean {
  const t = text.normalize('NFC').trim();
  if (t.length < 3 || t.length > 160 || !/^\p{Lu}/u.test(t)) return false;
  // a name's comma parts are names too ("Sở Văn hóa, Thể thao và Du lịch"); "…, phát hiện sớm" is a task
  if (/,\s*\p{Ll}/u.test(t)) return false;
  const lower = t.toLowerCase();
  if (NOT_NAMES.test(lower)) return false;
  // a sentence is not a name: names carry no verbs of doing
  if (/(?<!\p{L})(thực hiện|triển khai|tham mưu|xây dựng|tăng cường|phối hợp|chủ trì|báo cáo|tuyên truyền|hướng dẫn|định hướng|chỉ đạo|vận động|kiểm tra|rà soát|giám sát|theo dõi|tổng hợp|đề xuất|lồng ghép|bố trí|nâng cao|phát hiện|cung cấp)(?!\p{L})/u.test(lower)) return false;
  return HEAD_RE.test(lower);
}
