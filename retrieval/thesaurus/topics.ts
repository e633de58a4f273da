/**
 * The domain thesaurus: every task topic of the plans, with the words the plans use, the words
 * people use for the same thing (Vietnamese, with or without diacritics once folded), and English.
 * Organised by topic, never by eval question. A phrase maps to its topic on both sides: documents
 * are annotated with the topics they mention and questions with the topics they ask about.
 * English entries are matched on Porter stems, so "marriages", "married" and "marry" agree.
 */
export interface Topic {
  id: string;
  vi: string[];
  en: string[];
  /** Broader topics this one implies (xâm hại trên mạng → xâm hại, môi trường mạng). */
  broader?: string[];
  /**
   * A broad topic ("chính sách", "truyền thông", "y tế") names a kind of work that runs through
   * many tasks; it supports a match but cannot carry one alone.
   */
  broad?: boolean;
}

export const TOPICS: Topic[] = [
  // --- protection -----------------------------------------------------------------------------
  {
    id: 'tao-hon',
    vi: ['tảo hôn', 'kết hôn sớm', 'lấy vợ lấy chồng sớm', 'lấy chồng sớm', 'lấy vợ sớm', 'cưới sớm', 'cưới khi chưa đủ tuổi',
      'kết hôn khi chưa đủ tuổi', 'kết hôn trẻ em', 'hôn nhân trẻ em', 'tảo hôn cận huyết', 'chưa đủ tuổi kết hôn', 'tao hon'],
    en: ['early marriage', 'child marriage', 'underage marriage', 'marry young', 'married young', 'forced marriage', 'teen marriage'],
  },
  {
    id: 'can-huyet',
    vi: ['cận huyết thống', 'hôn nhân cận huyết', 'kết hôn cận huyết', 'cận huyết', 'lấy người cùng họ', 'cùng họ hàng', 'họ hàng gần', 'cùng dòng máu'],
    en: ['consanguineous marriage', 'consanguineous', 'inbreeding', 'marriage between relatives'],
  },
  {
    id: 'mua-ban',
    vi: ['mua bán trẻ em', 'mua bán người', 'buôn bán trẻ em', 'buôn bán người', 'buôn người', 'bán trẻ em', 'mua bán', 'buôn bán',
      'bắt cóc', 'bị bán', 'tội buôn bán người', 'bán sang trung quốc', 'bị lừa bán', 'đưa trẻ em qua biên giới', 'qua biên giới trái phép',
      'sang bên kia biên giới', 'vượt biên trái phép', 'xuất cảnh trái phép'],
    en: ['trafficking', 'child trafficking', 'human trafficking', 'sale of children', 'sold', 'kidnapping', 'abduction', 'traffickers'],
  },
  {
    id: 'xam-hai',
    vi: ['xâm hại', 'xâm hại tình dục', 'lạm dụng', 'lạm dụng tình dục', 'hiếp dâm', 'dâm ô', 'quấy rối', 'quấy rối tình dục',
      'xâm phạm tình dục', 'bóc lột tình dục', 'xâm hại trẻ em'],
    en: ['abuse', 'sexual abuse', 'child abuse', 'molestation', 'molested', 'rape', 'raped', 'harassment', 'sexual exploitation', 'exploitation'],
  },
  {
    id: 'bao-luc',
    vi: ['bạo lực', 'bạo hành', 'đánh đập', 'đánh trẻ', 'hành hạ', 'ngược đãi', 'bạo lực gia đình', 'bị đánh', 'đánh con'],
    en: ['violence', 'beating', 'beaten', 'domestic violence', 'maltreatment', 'mistreatment', 'hit', 'physical abuse'],
  },
  {
    id: 'boc-lot',
    vi: ['bóc lột', 'lao động trẻ em', 'bóc lột sức lao động', 'trẻ em phải đi làm', 'lao động sớm', 'lao động chưa thành niên',
      'sử dụng lao động chưa thành niên', 'lao động là người chưa thành niên', 'người lao động chưa thành niên', 'đi làm thuê', 'làm thuê', 'chưa đủ tuổi đi làm', 'đi làm sớm', 'trẻ em làm việc'],
    en: ['exploitation', 'child labour', 'child labor', 'forced labour', 'underage workers', 'working children'],
  },
  {
    id: 'tai-nan-thuong-tich',
    vi: ['tai nạn', 'thương tích', 'đuối nước', 'tai nạn thương tích', 'tai nạn giao thông', 'dạy bơi', 'học bơi', 'bơi an toàn', 'chết đuối'],
    en: ['accident', 'injury', 'injuries', 'drowning', 'swimming', 'swim'],
  },
  {
    id: 'moi-truong-mang',
    vi: ['môi trường mạng', 'trên mạng', 'không gian mạng', 'mạng xã hội', 'internet', 'online', 'trực tuyến', 'facebook', 'tiktok',
      'zalo', 'youtube', 'game online', 'trò chơi trực tuyến', 'an toàn trên mạng', 'an toàn mạng', 'qua mạng', 'mạng internet', 'lên mạng',
      'dùng mạng', 'sử dụng mạng', 'người lạ trên mạng', 'kỹ năng số'],
    en: ['online', 'internet', 'cyber', 'cyberspace', 'social media', 'digital environment', 'online safety', 'web'],
  },
  {
    id: 'du-lich',
    vi: ['du lịch', 'hoạt động du lịch', 'khách du lịch', 'khu du lịch', 'tour'],
    en: ['tourism', 'tourist', 'travel'],
  },
  {
    id: 'tu-phap-nguoi-chua-thanh-nien',
    vi: ['tư pháp thân thiện', 'tố tụng thân thiện', 'tố tụng hình sự', 'điều tra thân thiện', 'xử lý vi phạm', 'truy tố', 'xét xử',
      'tòa gia đình và người chưa thành niên', 'người chưa thành niên phạm tội', 'tư pháp người chưa thành niên', 'vi phạm pháp luật',
      'lấy lời khai', 'lời khai', 'phòng điều tra thân thiện', 'trợ giúp pháp lý'],
    en: ['child-friendly justice', 'juvenile justice', 'interview room', 'testimony', 'legal aid', 'criminal proceedings', 'prosecution', 'trial', 'investigation', 'court procedures'],
  },
  {
    id: 'giam-giu',
    vi: ['giam giữ', 'cơ sở giam giữ', 'trại giam', 'tạm giam', 'phụ nữ có thai', 'nuôi con dưới 36 tháng', 'thi hành án', 'bộ luật hình sự',
      'khiếu nại'],
    en: ['detention', 'prison', 'custody', 'incarceration', 'pregnant women', 'complaints'],
  },
  {
    id: 'xu-ly-vi-pham-hanh-chinh',
    vi: ['xử lý vi phạm hành chính', 'vi phạm hành chính', 'xử phạt hành chính'],
    en: ['administrative violation', 'administrative sanctions'],
  },
  {
    id: 'tong-dai-111',
    vi: ['tổng đài', 'tổng đài 111', 'đường dây nóng', 'tổng đài điện thoại quốc gia bảo vệ trẻ em', 'số 111'],
    en: ['hotline', 'helpline', '111'],
  },
  // --- family and care ------------------------------------------------------------------------
  {
    id: 'cham-soc-thay-the',
    vi: ['chăm sóc thay thế', 'nhận chăm sóc thay thế', 'trẻ mồ côi', 'mồ côi', 'không nơi nương tựa', 'không được sống trong môi trường gia đình',
      'không sống trong môi trường gia đình', 'chăm sóc dựa vào cộng đồng', 'cơ sở chăm sóc tập trung', 'trẻ em có hoàn cảnh đặc biệt',
      'hoàn cảnh đặc biệt', 'trẻ lang thang', 'lang thang', 'bị bỏ rơi', 'trẻ bị bỏ rơi', 'bỏ rơi'],
    en: ['alternative care', 'foster care', 'orphan', 'orphans', 'orphanage', 'children without parental care', 'family-based care',
      'outside family care', 'without family care', 'family environment', 'out of family care', 'deprived of family',
      'street children', 'institutional care', 'special circumstances', 'abandoned', 'abandoned children'],
  },
  {
    id: 'con-nuoi',
    vi: ['nuôi con nuôi', 'con nuôi', 'nhận con nuôi', 'cơ sở nuôi con nuôi'],
    en: ['adoption', 'adopt', 'adopted', 'adoptive'],
  },
  {
    id: 'khai-sinh-quoc-tich',
    vi: ['khai sinh', 'đăng ký khai sinh', 'giấy khai sinh', 'làm giấy khai sinh', 'quốc tịch', 'không quốc tịch', 'hộ tịch'],
    en: ['birth registration', 'birth certificate', 'register birth', 'registered', 'nationality', 'statelessness', 'stateless', 'citizenship'],
  },
  {
    id: 'tro-giup-xa-hoi',
    vi: ['trợ giúp xã hội', 'an sinh xã hội', 'bảo trợ xã hội', 'mức sống tối thiểu', 'trợ cấp', 'hộ nghèo', 'chính sách an sinh',
      'tái hòa nhập cộng đồng', 'tái hòa nhập'],
    en: ['social assistance', 'social protection', 'social security', 'welfare', 'allowance', 'poverty', 'minimum living standard', 'reintegration'],
  },
  {
    id: 'cong-tac-xa-hoi',
    vi: ['công tác xã hội', 'nhân viên công tác xã hội', 'dịch vụ công tác xã hội', 'tư vấn tâm lý', 'tư vấn học đường', 'tham vấn',
      'hỗ trợ tâm lý', 'tư vấn học sinh'],
    en: ['social work', 'social workers', 'counselling', 'counseling', 'psychological support', 'school counselling', 'psychosocial'],
  },
  {
    id: 'ma-tuy-ruou-bia',
    vi: ['ma túy', 'cai nghiện', 'nghiện', 'rượu', 'bia', 'thuốc lá', 'rượu bia', 'chất gây nghiện', 'thuốc lá điện tử'],
    en: ['drugs', 'drug', 'addiction', 'rehabilitation', 'alcohol', 'tobacco', 'smoking', 'substance abuse', 'vaping'],
  },
  {
    id: 'tham-gia-cua-tre-em',
    vi: ['sự tham gia của trẻ em', 'tham gia của trẻ em', 'trẻ em tham gia', 'ý kiến của trẻ em', 'diễn đàn trẻ em', 'hội của trẻ em',
      'thành lập hội', 'luật về hội', 'lắng nghe trẻ em'],
    en: ['child participation', 'participation', 'children participate', 'children views', 'association', 'associations', 'children forum',
      "children's forum", 'forum'],
  },
  {
    // the yearly campaign month every province runs (June); its events carry the plans' communication work
    id: 'thang-hanh-dong',
    vi: ['tháng hành động vì trẻ em', 'tháng hành động', 'ngày quốc tế thiếu nhi', 'tết thiếu nhi', 'ngày 1/6'],
    en: ["children's action month", 'action month', 'month of action', "children's day"],
  },
  {
    id: 'ky-nang',
    vi: ['kỹ năng', 'kỹ năng sống', 'kỹ năng an toàn', 'kỹ năng tự bảo vệ', 'kiến thức, kỹ năng'],
    en: ['skills', 'life skills', 'safety skills', 'self-protection'],
  },
  {
    id: 'vi-pham-quyen-tre-em',
    vi: ['vi phạm quyền trẻ em', 'xâm phạm quyền trẻ em', 'các vụ vi phạm', 'xử lý vi phạm quyền trẻ em'],
    en: ["violations of children's rights", 'rights violations', 'violations'],
  },
  {
    id: 'loi-ich-tot-nhat',
    vi: ['lợi ích tốt nhất', 'lợi ích tốt nhất của trẻ em', 'phúc lợi xã hội', 'tổ chức phúc lợi'],
    en: ['best interests', 'best interest', 'welfare organisations'],
  },
  // --- health ------------------------------------------------------------------------------------
  {
    id: 'nuoc-sach-ve-sinh',
    vi: ['nước sạch', 'nước sinh hoạt', 'nhà vệ sinh', 'công trình vệ sinh', 'vệ sinh môi trường', 'nước uống', 'nhà tiêu', 'vệ sinh trường học'],
    en: ['clean water', 'safe water', 'drinking water', 'sanitation', 'toilet', 'toilets', 'latrines', 'hygiene', 'wash'],
  },
  {
    id: 'y-te',
    broad: true,
    vi: ['dịch vụ y tế', 'y tế', 'khám chữa bệnh', 'chăm sóc sức khỏe', 'sức khỏe', 'bệnh viện', 'trạm y tế'],
    en: ['health', 'health services', 'healthcare', 'health care', 'medical', 'hospital'],
  },
  {
    id: 'dinh-duong',
    vi: ['suy dinh dưỡng', 'dinh dưỡng', 'thấp còi', 'nuôi con bằng sữa mẹ', 'sữa mẹ', 'bú mẹ', 'béo phì'],
    en: ['malnutrition', 'nutrition', 'stunting', 'breastfeeding', 'breast milk', 'obesity'],
  },
  {
    id: 'tu-vong-so-sinh',
    vi: ['tử vong sơ sinh', 'tử vong ở trẻ sơ sinh', 'trẻ sơ sinh', 'tử vong trẻ em', 'sơ sinh'],
    en: ['newborn', 'neonatal', 'infant mortality', 'child mortality', 'newborn deaths'],
  },
  {
    id: 'hiv-lao-phong',
    vi: ['hiv', 'aids', 'hiv/aids', 'bệnh lao', 'bệnh phong', 'kỳ thị', 'lây nhiễm'],
    en: ['hiv', 'aids', 'tuberculosis', 'leprosy', 'stigma', 'discrimination against infected'],
  },
  {
    id: 'suc-khoe-tam-than',
    vi: ['sức khỏe tâm thần', 'rối loạn sức khỏe tâm thần', 'tâm thần', 'trầm cảm', 'tự tử', 'rối loạn tâm lý', 'stress'],
    en: ['mental health', 'mental disorders', 'depression', 'suicide', 'anxiety'],
  },
  {
    id: 'suc-khoe-sinh-san',
    vi: ['sức khỏe sinh sản', 'giới tính', 'giáo dục giới tính', 'kế hoạch hóa gia đình', 'tránh thai', 'bệnh lây truyền qua đường tình dục',
      'lây nhiễm qua đường tình dục', 'mang thai ở tuổi vị thành niên', 'có thai sớm', 'người chưa thành niên', 'vị thành niên'],
    en: ['reproductive health', 'sexual health', 'sex education', 'family planning', 'contraception', 'sexually transmitted', 'teenage pregnancy',
      'adolescent', 'adolescents'],
  },
  // --- education, culture --------------------------------------------------------------------
  {
    id: 'giao-duc',
    broad: true,
    vi: ['giáo dục', 'trường học', 'nhà trường', 'học sinh', 'giáo viên', 'chất lượng giáo dục', 'phổ cập giáo dục', 'mầm non', 'tiểu học',
      'trung học cơ sở', 'nhập học', 'bỏ học', 'đi học', 'chương trình giảng dạy', 'giảng dạy', 'đến trường',
      'trường dân tộc nội trú', 'dân tộc nội trú'],
    en: ['education', 'school', 'schools', 'pupils', 'students', 'teachers', 'teacher', 'dropout', 'enrolment', 'enrollment', 'curriculum',
      'preschool', 'primary', 'boarding school', 'schooling'],
  },
  {
    id: 'ngon-ngu-dan-toc',
    vi: ['đa ngôn ngữ', 'giáo dục đa ngôn ngữ', 'song ngữ', 'tiếng dân tộc', 'ngôn ngữ riêng', 'tiếng mẹ đẻ', 'tiếng dân tộc ít người',
      'nói tiếng dân tộc', 'bằng tiếng của họ'],
    en: ['multilingual', 'bilingual', 'mother tongue', 'minority language', 'minority languages', 'native language', 'own language'],
  },
  {
    id: 'bao-luc-hoc-duong',
    vi: ['bạo lực học đường', 'bắt nạt', 'đánh nhau ở trường'],
    en: ['school violence', 'bullying', 'bullied'],
    broader: ['bao-luc', 'giao-duc'],
  },
  {
    id: 'khuyet-tat',
    vi: ['khuyết tật', 'trẻ khuyết tật', 'người khuyết tật', 'giáo dục hòa nhập', 'hòa nhập', 'tự kỷ', 'trẻ em khuyết tật'],
    en: ['disability', 'disabilities', 'disabled', 'inclusive education', 'inclusion', 'autism'],
  },
  {
    id: 'phan-biet-doi-xu',
    vi: ['phân biệt đối xử', 'chống phân biệt đối xử', 'đối xử bất bình đẳng', 'bình đẳng'],
    en: ['discrimination', 'non-discrimination', 'against discrimination', 'equality', 'unequal treatment'],
  },
  {
    id: 'bien-doi-khi-hau',
    vi: ['biến đổi khí hậu', 'thiên tai', 'bão lũ', 'lũ lụt', 'ô nhiễm không khí', 'ô nhiễm', 'khí nhà kính', 'môi trường', 'ứng phó với biến đổi khí hậu'],
    en: ['climate change', 'climate', 'natural disasters', 'disaster', 'floods', 'air pollution', 'pollution', 'greenhouse gas', 'environment'],
  },
  {
    id: 'vui-choi-van-hoa',
    vi: ['vui chơi', 'giải trí', 'văn hóa', 'nghệ thuật', 'thể dục', 'thể thao', 'sân chơi', 'bản sắc', 'bảo tồn bản sắc', 'điểm vui chơi'],
    en: ['play', 'leisure', 'recreation', 'culture', 'cultural', 'arts', 'sport', 'sports', 'playground', 'cultural identity'],
  },
  {
    id: 'tin-nguong-ton-giao',
    vi: ['tự do tín ngưỡng', 'tín ngưỡng', 'tôn giáo', 'tự do tôn giáo'],
    en: ['religion', 'religious', 'freedom of religion', 'belief', 'faith'],
  },
  {
    id: 'dan-toc-thieu-so',
    broad: true,
    vi: ['dân tộc thiểu số', 'dân tộc ít người', 'đồng bào dân tộc', 'vùng sâu, vùng xa', 'vùng sâu vùng xa', 'miền núi'],
    en: ['ethnic minority', 'ethnic minorities', 'minority', 'remote areas', 'mountainous'],
  },
  {
    id: 'xung-dot-vu-trang',
    vi: ['xung đột vũ trang', 'trẻ em trong xung đột vũ trang', 'nghị định thư không bắt buộc', 'điều khoản bảo lưu', 'bảo lưu'],
    en: ['armed conflict', 'optional protocol', 'reservation', 'child soldiers'],
  },
  {
    id: 'nhan-quyen',
    vi: ['nhân quyền', 'giáo dục nhân quyền', 'quyền con người'],
    en: ['human rights', 'human rights education'],
  },
  {
    id: 'mai-dam-van-hoa-pham',
    vi: ['mại dâm trẻ em', 'mại dâm', 'văn hóa phẩm khiêu dâm', 'khiêu dâm', 'khiêu dâm trẻ em', 'ấn phẩm đồi trụy'],
    en: ['child prostitution', 'prostitution', 'pornography', 'child pornography', 'sexual images'],
  },
  // --- governance ------------------------------------------------------------------------------
  {
    id: 'chinh-sach-phap-luat',
    broad: true,
    vi: ['rà soát', 'sửa đổi, bổ sung', 'sửa đổi bổ sung', 'hoàn thiện pháp luật', 'chính sách, pháp luật', 'hệ thống pháp luật', 'văn bản pháp luật',
      'chính sách', 'pháp luật', 'luật trẻ em', 'đề xuất chính sách', 'luật'],
    en: ['law', 'laws', 'legislation', 'legal framework', 'policy', 'policies', 'policy review', 'review laws', 'legal reform', 'mechanism'],
  },
  {
    id: 'to-chuc-bo-may',
    vi: ['bộ máy', 'nhân sự', 'nguồn nhân lực', 'nhân lực', 'cơ chế phối hợp', 'cơ cấu tổ chức', 'kiện toàn', 'biên chế'],
    en: ['staffing', 'human resources', 'organisational structure', 'organizational structure', 'coordination mechanism', 'institutional', 'staff'],
  },
  {
    id: 'truyen-thong',
    broad: true,
    vi: ['truyền thông', 'tuyên truyền', 'nâng cao nhận thức', 'phổ biến', 'vận động xã hội', 'nhận thức', 'công ước', 'công ước quyền trẻ em',
      'công ước của liên hợp quốc về quyền trẻ em'],
    en: ['communication', 'awareness', 'awareness raising', 'campaign', 'media', 'dissemination', 'convention', 'crc', 'raise awareness'],
  },
  {
    id: 'nang-cao-nang-luc',
    broad: true,
    vi: ['nâng cao năng lực', 'tập huấn', 'bồi dưỡng', 'đào tạo', 'năng lực', 'cán bộ', 'đội ngũ'],
    en: ['capacity building', 'training', 'train', 'capacity', 'staff training', 'officials'],
  },
  {
    id: 'lien-nganh',
    broad: true,
    vi: ['liên ngành', 'phối hợp liên ngành', 'hoạt động liên ngành'],
    en: ['inter-agency', 'intersectoral', 'multi-sectoral', 'cross-sector'],
  },
  {
    id: 'thanh-tra-kiem-tra',
    broad: true,
    vi: ['thanh tra', 'kiểm tra', 'giám sát', 'đánh giá', 'theo dõi', 'sơ kết', 'tổng kết', 'phản biện', 'giám sát, phản biện'],
    en: ['inspection', 'inspect', 'monitoring', 'monitor', 'supervision', 'evaluation', 'oversight'],
  },
  {
    id: 'khu-cong-nghiep',
    broad: true,
    vi: ['khu công nghiệp', 'khu kinh tế', 'kcn', 'nhà máy', 'xí nghiệp', 'doanh nghiệp', 'làng nghề', 'công nhân'],
    en: ['industrial park', 'industrial zone', 'factory', 'factories', 'enterprise', 'employer'],
  },
  {
    id: 'du-lieu-thong-ke',
    vi: ['cơ sở dữ liệu', 'dữ liệu', 'thống kê', 'số liệu', 'thông tin thống kê', 'phân tách độ tuổi', 'điều tra toàn diện', 'lập danh sách'],
    en: ['data', 'database', 'statistics', 'statistical', 'figures', 'survey'],
  },
  {
    id: 'hop-tac-quoc-te',
    broad: true,
    vi: ['hợp tác quốc tế', 'hội nhập quốc tế', 'quốc tế', 'chuẩn mực quốc tế', 'thông lệ quốc tế', 'viện trợ', 'tài trợ quốc tế'],
    en: ['international cooperation', 'international', 'foreign aid', 'donors', 'international standards'],
  },
  {
    id: 'nguon-luc-ngan-sach',
    broad: true,
    vi: ['nguồn lực', 'ngân sách', 'kinh phí', 'tài chính', 'dự toán', 'bố trí nguồn lực', 'huy động nguồn lực', 'nguồn vốn', 'tiền', 'chi phí',
      'cấp phát kinh phí', 'phân bổ ngân sách', 'tài trợ', 'vận động tài trợ', 'kêu gọi tài trợ', 'xã hội hóa', 'nhân lực', 'bố trí nhân lực', 'người làm'],
    en: ['budget', 'funding', 'funds', 'finance', 'financial', 'resources', 'money', 'costs', 'resource allocation'],
  },
  {
    id: 'bao-cao-thuc-hien-cong-uoc',
    vi: ['báo cáo quốc gia', 'báo cáo thực hiện công ước', 'báo cáo ghép định kỳ', 'báo cáo định kỳ', 'chế độ báo cáo', 'lần thứ năm và thứ sáu',
      'báo cáo lần thứ năm', 'báo cáo về thực hiện công ước'],
    en: ['country report', 'periodic report', 'state party report', 'combined report', 'reporting to the committee'],
  },
  {
    // a body's own duty to report its results ("gửi báo cáo kết quả về Sở Y tế", "tổng hợp kết quả, báo cáo UBND tỉnh")
    id: 'bao-cao-ket-qua',
    broad: true,
    vi: ['báo cáo kết quả', 'tổng hợp kết quả', 'tổng hợp báo cáo', 'gửi báo cáo', 'báo cáo tình hình thực hiện'],
    en: ['report the results', 'report results', 'submit reports', 'compile reports'],
  },
  {
    // the posts that do child-protection work: "bố trí công chức phụ trách trẻ em", "cán bộ chuyên trách", "cộng tác viên ở thôn"
    id: 'nhan-su-tre-em',
    vi: ['bố trí công chức', 'bố trí cán bộ', 'công chức phụ trách', 'cán bộ phụ trách', 'cán bộ chuyên trách', 'công chức chuyên trách',
      'công chức làm công tác trẻ em', 'cán bộ làm công tác trẻ em', 'cộng tác viên', 'người làm công tác bảo vệ trẻ em ở cơ sở'],
    en: ['child protection officer', 'child protection officers', 'staff in charge of children', 'collaborators'],
  },
  {
    // a level's own plan: "xã phải ban hành kế hoạch riêng", "xây dựng kế hoạch triển khai tại địa phương"
    id: 'ke-hoach-dia-phuong',
    vi: ['xây dựng kế hoạch', 'kế hoạch riêng', 'kế hoạch của xã', 'kế hoạch của phường',
      'kế hoạch tại địa phương', 'kế hoạch của địa phương', 'kế hoạch cụ thể'],
    en: ['own plan', 'local plan', 'implementation plan of the commune'],
  },
  {
    id: 'ke-hoach-kinh-te-xa-hoi',
    broad: true,
    vi: ['kế hoạch phát triển kinh tế – xã hội', 'phát triển kinh tế xã hội', 'lồng ghép', 'mục tiêu, chỉ tiêu', 'chỉ tiêu về trẻ em'],
    en: ['socio-economic development plan', 'mainstreaming', 'targets', 'indicators'],
  },
  {
    id: 'doanh-nghiep',
    broad: true,
    vi: ['doanh nghiệp', 'sản phẩm, dịch vụ', 'công ty'],
    en: ['business', 'businesses', 'companies', 'private sector', 'products'],
  },
  {
    id: 'to-chuc-toi-pham',
    vi: ['tội phạm có tổ chức xuyên quốc gia', 'xuyên quốc gia', 'tội phạm có tổ chức', 'phòng ngừa, trừng trị', 'trấn áp'],
    en: ['transnational organised crime', 'organized crime', 'organised crime', 'palermo protocol'],
    broader: ['mua-ban'],
  },
  // --- things people ask about that none of the plans covers: named so that a question about them
  //     is not mistaken for a broader topic the plans do cover, and the answer says so ----------
  {
    id: 'tiem-chung',
    vi: ['tiêm chủng', 'tiêm phòng', 'tiêm vắc xin', 'vắc xin', 'lịch tiêm', 'chích ngừa'],
    en: ['vaccination', 'vaccine', 'vaccines', 'immunisation', 'immunization', 'shots'],
  },
  {
    id: 'bao-hiem-y-te',
    vi: ['bảo hiểm y tế', 'thẻ bảo hiểm y tế', 'thẻ bhyt', 'bhyt'],
    en: ['health insurance', 'insurance card'],
  },
  {
    id: 'hoc-bong-hoc-phi',
    vi: ['học bổng', 'học phí', 'miễn học phí', 'hỗ trợ học phí'],
    en: ['scholarship', 'scholarships', 'tuition', 'school fees'],
  },
  {
    id: 'bua-an-hoc-duong',
    vi: ['bữa ăn học đường', 'bữa trưa', 'sữa học đường', 'chương trình sữa học đường', 'bữa ăn bán trú', 'cơm trưa', 'ăn trưa', 'tiền ăn', 'hỗ trợ tiền ăn', 'tiền ăn trưa', 'suất ăn'],
    en: ['school lunch', 'school meals', 'school milk', 'lunch programme', 'lunch program', 'meals'],
  },
  {
    id: 'ha-tang',
    vi: ['xây cầu', 'làm cầu', 'xây trường', 'xây dựng trường học', 'làm đường', 'cầu treo', 'đường giao thông'],
    en: ['bridge', 'bridges', 'road', 'roads', 'build schools', 'infrastructure'],
  },
];
