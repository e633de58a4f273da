/**
 * How users (not the plans) name agencies: short forms, informal names and English names. Used to
 * understand questions only; the corpus is resolved against corpus/data/agencies.ts alone.
 */
export const QUERY_AGENCY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'so-ldtbxh': ['Sở Lao động', 'Sở LĐ', 'LĐTBXH', 'Lao động Thương binh Xã hội', 'ngành lao động', 'Phòng LĐTBXH', 'DOLISA',
    'Department of Labour, Invalids and Social Affairs', 'Department of Labor, Invalids and Social Affairs', 'labour department',
    'labor department', 'social affairs department', 'Department of Labour', 'Department of Labor'],
  'so-y-te': ['ngành y tế', 'Department of Health', 'health department', 'provincial health department'],
  'so-gddt': ['Sở Giáo dục', 'Sở GD', 'ngành giáo dục', 'Department of Education and Training', 'Department of Education', 'education department'],
  'cong-an-tinh': ['Công an', 'ngành công an', 'police', 'provincial police', 'public security', 'police department'],
  'so-tu-phap': ['Department of Justice', 'justice department', 'ngành tư pháp'],
  'so-khcn': ['Sở Khoa học', 'Sở KHCN', 'Department of Science and Technology', 'science department'],
  'so-tttt': ['Sở Thông tin', 'Sở TTTT', 'Sở TT-TT', 'Department of Information and Communications', 'information department'],
  'so-vhttdl': ['Sở Văn hóa', 'Sở VH', 'Sở VHTT', 'Department of Culture, Sports and Tourism', 'culture department'],
  'so-tnmt': ['Sở Tài nguyên', 'Sở TNMT', 'Department of Natural Resources and Environment', 'environment department'],
  'so-khdt': ['Sở Kế hoạch', 'Sở KHĐT', 'Sở KH-ĐT', 'Department of Planning and Investment', 'planning department', 'planning and investment department', 'planning and investment'],
  'so-tai-chinh': ['Department of Finance', 'finance department'],
  'so-noi-vu': ['Department of Home Affairs', 'home affairs department', 'ngành nội vụ'],
  'ban-dan-toc': ['Ethnic Minorities Committee', 'ethnic minority committee', 'ethnic affairs committee', 'Committee for Ethnic Affairs'],
  'ban-dan-toc-ton-giao': ['Ban Dân tộc Tôn giáo', 'Committee for Ethnic and Religious Affairs', 'ethnic and religious affairs committee'],
  'toa-an-tinh': ['Tòa án', 'tòa án tỉnh', 'court', 'provincial court', "People's Court", 'courts'],
  'vien-kiem-sat-tinh': ['Viện kiểm sát', 'VKS', 'procuracy', 'procurator', "People's Procuracy", 'prosecutors'],
  'mttq-tinh': ['Mặt trận', 'MTTQ', 'Mặt trận Tổ quốc', 'Fatherland Front', 'Vietnam Fatherland Front'],
  'bo-chi-huy-bdbp-tinh': ['Biên phòng', 'bộ đội biên phòng', 'BĐBP', 'Border Guard', 'border guards', 'border guard command'],
  'cuc-thong-ke-tinh': ['Thống kê tỉnh', 'Statistics Office', 'statistics office'],
  'van-phong-ubnd-tinh': ['Văn phòng UBND', 'VP UBND', "Office of the People's Committee"],
  'ubnd-tinh': ["Provincial People's Committee", "People's Committee", 'Ủy ban tỉnh'],
  'nhom-ubnd-huyen': ['UBND huyện', 'UBND cấp huyện', 'Ủy ban nhân dân huyện', 'district', 'districts', "district People's Committees",
    'chính quyền huyện'],
  'nhom-so-nganh': ['các sở ngành', 'các sở, ban, ngành khác', 'các sở, ngành khác', 'other departments', 'relevant departments', 'other agencies'],
};
