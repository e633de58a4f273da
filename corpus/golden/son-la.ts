import type { GoldenAssignment } from './types';

/**
 * Sơn La, Kế hoạch 54/KH-UBND (28/02/2025): section IV "Tổ chức thực hiện",
 * seeds/son-la-2025-kh-54.txt lines 73-229. OCR text without diacritics; phrases keep the OCR
 * spelling exactly. 18 numbered agencies; one unit per dash bullet, or per item where the item
 * is "Agency: task" with no bullets. Coordinating = agencies named right after "phối hợp với".
 */
export const SON_LA_SECTION_IV: GoldenAssignment[] = [
  // 1. "S¢ Lao dong - Thuwong binh va Xa hoi" = Sở LĐTBXH, 6 bullets.
  // JUDGEMENT: "phoi hop véi cac s6, nganh, don vi, dia phuong" = "các sở, ngành, đơn vị, địa phương",
  // which the brief maps to the 'nhom-so-nganh' group.
  {
    ref: 'Mục IV.1, gạch đầu dòng thứ 1',
    lineStart: 76,
    lineEnd: 80,
    taskIncludes: [
      'giai doan dén nam 2025, tam nhin dén ndm 2030',
      'an sinh x4 hoi khac di va dang trién khai',
    ],
    lead: ['so-ldtbxh'],
    coordinating: ['nhom-so-nganh'],
    timeframe: null,
    recommendations: [],
  },
  {
    ref: 'Mục IV.1, gạch đầu dòng thứ 2',
    lineStart: 82,
    lineEnd: 86,
    taskIncludes: [
      'Thudng xuyén ra soat sira d6i, bd sung theo thim quyén',
      'Cong udc, Picu udc qudc té lién quan dén tré em',
    ],
    lead: ['so-ldtbxh'],
    coordinating: [],
    timeframe: 'Thường xuyên', // prose timeframe, read from the restored text (the scan has "Thudng xuyén")
    recommendations: [],
  },
  {
    ref: 'Mục IV.1, gạch đầu dòng thứ 3',
    lineStart: 88,
    lineEnd: 90,
    taskIncludes: [
      'Truyen thong, néng cao nang luc vé Luat Tré em',
      'phéat trién doi ngi nhan vién cong tac xa hoi',
    ],
    lead: ['so-ldtbxh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // "phoi hop lién nganh" (inter-sector coordination) names no agency after it: coordinating [].
  {
    ref: 'Mục IV.1, gạch đầu dòng thứ 4',
    lineStart: 92,
    lineEnd: 93,
    taskIncludes: [
      'Tang cuong higu qua hoat dong to chirc phoi hop lién nganh',
      'vé Tong dai dién thoai quoc gia bao vé tré em',
    ],
    lead: ['so-ldtbxh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // Page break: the bullet runs 95-99, then blank lines and three stray thuvienphapluat.vn URL lines
  // (102-104) from the scan, then continues on 105-106 (" tai hoa nhap cong ddng; ..."). The URLs are
  // not task text; the unit ends at 106.
  {
    ref: 'Mục IV.1, gạch đầu dòng thứ 5',
    lineStart: 95,
    lineEnd: 106,
    taskIncludes: [
      'chinh sach tro gitip xa hoi, an sinh x& hoi',
      'tai hoa nhap cong ddng; cai nghién ma tay',
      'su tham gia cua tré em vao CAc van de tré em',
    ],
    lead: ['so-ldtbxh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // "gui Bo Lao dong ..., Uy ban nhan dan tinh" are report recipients, not coordinating agencies.
  {
    ref: 'Mục IV.1, gạch đầu dòng thứ 6',
    lineStart: 108,
    lineEnd: 111,
    taskIncludes: [
      'Thanh tra, kiém tra viéc thuc hién phap luat, chinh séach',
      'Bao céo dinh ky hodc dot xuat khi c6 yéu cau',
    ],
    lead: ['so-ldtbxh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 2. "2.S6'Y té: ..." = Sở Y tế, "Agency: task" form with no bullets (no space after "2.").
  {
    ref: 'Mục IV.2',
    lineStart: 113,
    lineEnd: 117,
    taskIncludes: [
      'Tang cudng tiép can céc dich vu té cd chat luogng',
      'Nghién ctru chimg ri loai strc khoe tdm than',
      'tai mot sO truong hoc trén dia ban',
    ],
    lead: ['so-y-te'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 3. "Sé Giao duc va Pao tao" = Sở GD&ĐT, 3 bullets.
  {
    ref: 'Mục IV.3, gạch đầu dòng thứ 1',
    lineStart: 121,
    lineEnd: 123,
    taskIncludes: ['nhan thirc vé tng phé vai bién doi khi hau, thién tai'],
    lead: ['so-gddt'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  {
    ref: 'Mục IV.3, gạch đầu dòng thứ 2',
    lineStart: 125,
    lineEnd: 128,
    taskIncludes: [
      'mé hinh cung cap dich vu cng tac x4 hoi',
      'tu van tdm ly cho hoc sinh nhat 1 tré em',
    ],
    lead: ['so-gddt'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  {
    ref: 'Mục IV.3, gạch đầu dòng thứ 3',
    lineStart: 130,
    lineEnd: 135,
    taskIncludes: [
      'sic khoe sinh san va phong, chong cac bénh lay nhiém',
      'chuong trinh giao duc da ngén ngt',
      'phong, chdng bao luc hoc duong',
    ],
    lead: ['so-gddt'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 4. "4, Cong an tinh" (OCR comma for the period) = Công an tỉnh, 3 bullets; the first bullet
  // follows the heading with no blank line.
  {
    ref: 'Mục IV.4, gạch đầu dòng thứ 1',
    lineStart: 138,
    lineEnd: 138,
    taskIncludes: ['nang cao nhan thirc vé& phong, chong mua ban tré em'],
    lead: ['cong-an-tinh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // "xay dung quy trinh phdi hop" is a coordination procedure, not "phối hợp với" + agency: [].
  {
    ref: 'Mục IV.4, gạch đầu dòng thứ 2',
    lineStart: 140,
    lineEnd: 144,
    taskIncludes: [
      't6 tung hinh su than thién vai tré em',
      'niang luc cho can b cdng an vé quyén tré em',
    ],
    lead: ['cong-an-tinh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // "phdi hop lién nganh trong diéu tra" names no agency: coordinating [].
  {
    ref: 'Mục IV.4, gạch đầu dòng thứ 3',
    lineStart: 146,
    lineEnd: 150,
    taskIncludes: [
      '36 thang tudi khi &p dung cac bién phéap giam giir',
      'mot cach bi mat, than thién trong cac co sé giam gitr',
    ],
    lead: ['cong-an-tinh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 5. "5.Sé Tw phap" = Sở Tư pháp, 3 bullets.
  {
    ref: 'Mục IV.5, gạch đầu dòng thứ 1',
    lineStart: 154,
    lineEnd: 155,
    taskIncludes: ['gia nhap cac cong udc cé lién quan ve khdng quoc tich'],
    lead: ['so-tu-phap'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // Line 156 is " - Truyén théng, ..." (leading space before the dash, no blank line before it):
  // still a dash bullet of item 5.
  {
    ref: 'Mục IV.5, gạch đầu dòng thứ 2',
    lineStart: 156,
    lineEnd: 157,
    taskIncludes: ['tré em dugc dang ky khai sinh va cé quoc tich'],
    lead: ['so-tu-phap'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  {
    ref: 'Mục IV.5, gạch đầu dòng thứ 3',
    lineStart: 159,
    lineEnd: 162,
    taskIncludes: [
      'vi pham hanh chinh bao dam than thién véi tre em',
      'xtr ly vi pham hanh chinh, van dé nudi con nuoi',
    ],
    lead: ['so-tu-phap'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 6. "S6' Viin héa, The thao va Du lich:" = Sở VHTTDL.
  {
    ref: 'Mục IV.6',
    lineStart: 164,
    lineEnd: 166,
    taskIncludes: [
      'dan toc thiéu so6 duoc bao ton ban sac cia minh',
      'phong, chong xam hai tré em trong hoat dong du lich',
    ],
    lead: ['so-vhttdl'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 7. "Sé Thong tin va Truyén thdng:" = Sở TT&TT.
  {
    ref: 'Mục IV.7',
    lineStart: 168,
    lineEnd: 171,
    taskIncludes: [
      'thic day doanh nghiép phat trién cac san pham',
      'Phong, chéng xam hai tré em trén moi truong mang',
    ],
    lead: ['so-tttt'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 8. "B9 Chi huy B¢ ddi Bién phong tinh:" = Bộ Chỉ huy BĐBP tỉnh.
  {
    ref: 'Mục IV.8',
    lineStart: 173,
    lineEnd: 175,
    taskIncludes: [
      'stra doi diéu khoan bao luu doi véi Nghi dinh thu',
      'Nghi dinh thu khong bat bugc veé tré em',
    ],
    lead: ['bo-chi-huy-bdbp-tinh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 9. "Ban Dan tgc:" = Ban Dân tộc (Sơn La's 2025 plan names Ban Dân tộc, not Ban Dân tộc – Tôn giáo).
  {
    ref: 'Mục IV.9',
    lineStart: 177,
    lineEnd: 178,
    taskIncludes: [
      'Truyén thdng nang cao nhan thir vé,téc hai cua tinh trang',
      'tao hén, hdn nhan can huyét thong',
    ],
    lead: ['ban-dan-toc'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 10. "Sé Tai nguyén va Méi trudng:" = Sở TN&MT.
  {
    ref: 'Mục IV.10',
    lineStart: 180,
    lineEnd: 182,
    taskIncludes: [
      'Giam thiéu tac dong cua bién doi khi hau',
      'khi nha kinh anh hudéng dén stc khoe tré em',
    ],
    lead: ['so-tnmt'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 11. "Sé Ndi vu:" = Sở Nội vụ (religious freedom task goes to Sở Nội vụ here, as the text says).
  {
    ref: 'Mục IV.11',
    lineStart: 184,
    lineEnd: 184,
    taskIncludes: ['quyen tu do tin ngudng va tén gido cua tré em'],
    lead: ['so-noi-vu'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 12. "S& Ké hoach va Pau tu:" = Sở KH&ĐT. "Phéi hop véi Cuc Thong ké tinh, S¢ Lao dong -
  // Thuong binh va X4 héi" (wrapped over 186-187) = Cục Thống kê tỉnh, Sở LĐTBXH.
  {
    ref: 'Mục IV.12',
    lineStart: 186,
    lineEnd: 189,
    taskIncludes: [
      'dam bao ngudn luc thuc hién cac chuong trinh',
      'Tham muu phan bo ngan séch hop ly',
    ],
    lead: ['so-khdt'],
    coordinating: ['cuc-thong-ke-tinh', 'so-ldtbxh'],
    timeframe: null,
    recommendations: [],
  },
  // 13. "S& Tai chinh:" = Sở Tài chính. The later "S& Tai chinh tong hop" is the lead itself.
  {
    ref: 'Mục IV.13',
    lineStart: 191,
    lineEnd: 195,
    taskIncludes: ['kha ning can d6i ngan sach dia phuong hang nam'],
    lead: ['so-tai-chinh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 14. "Cac sé, ban, nganh c6 lién quan:" = group 'nhom-so-nganh'. "phoi hop tham gia" is not
  // "phối hợp với" and names no agency: coordinating [].
  {
    ref: 'Mục IV.14',
    lineStart: 197,
    lineEnd: 198,
    taskIncludes: ['trién khai thuc hién cac nhiém vy tai Ké hoach nay'],
    lead: ['nhom-so-nganh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 15. "Pé nghi Toa an nhan dan tinh:" ("Đề nghị" = requested of) = Tòa án nhân dân tỉnh.
  {
    ref: 'Mục IV.15',
    lineStart: 200,
    lineEnd: 202,
    taskIncludes: ['ning luc cho doi ngii tham phan vé quyén tré em'],
    lead: ['toa-an-tinh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 16. "Pé nghi Vién Kiém sat nhan dan tinh:" = Viện Kiểm sát nhân dân tỉnh.
  {
    ref: 'Mục IV.16',
    lineStart: 204,
    lineEnd: 207,
    taskIncludes: [
      'thuc hién t6 tung tu phéap trong qua trinh tuy t6',
      'nang cao nang lyc kiém sat vién vé quyén tré em',
    ],
    lead: ['vien-kiem-sat-tinh'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 17. Head spans 208-209: "Pé nghi Uy ban mit trin To qu6c Viét Nam tinh va cac to chirc chmh tri -
  // xa hoi tmh cac hoi quan chung, to chirc xa hoi:" = Ủy ban MTTQ tỉnh + the group of chính trị – xã
  // hội organisations, mass associations, social organisations (one group id).
  {
    ref: 'Mục IV.17',
    lineStart: 208,
    lineEnd: 214,
    taskIncludes: [
      'thyuc hién tét cac hoat dong thanh, thiéu nién va nhi dong',
      'phan bién xa hoi ddi véi viee xay dung',
    ],
    lead: ['mttq-tinh', 'nhom-to-chuc-chinh-tri-xa-hoi'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // 18. "Uy ban nhén dan cac huyén, thi xa, thanh phd" = UBND các huyện, thị xã, thành phố, 4 bullets.
  // "Can cur ké hoach cua Uy ban nhan dan tinh" in bullet 1 is the basis, not a coordinating agency.
  {
    ref: 'Mục IV.18, gạch đầu dòng thứ 1',
    lineStart: 218,
    lineEnd: 220,
    taskIncludes: ['to chtrc trién khai cac nhi€ém vu, gidi phap cua Ké hoach'],
    lead: ['nhom-ubnd-huyen'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  {
    ref: 'Mục IV.18, gạch đầu dòng thứ 2',
    lineStart: 222,
    lineEnd: 223,
    taskIncludes: ['Chu dong b tri ngan sach, nhan luc cua dia phuong'],
    lead: ['nhom-ubnd-huyen'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  {
    ref: 'Mục IV.18, gạch đầu dòng thứ 3',
    lineStart: 225,
    lineEnd: 227,
    taskIncludes: [
      'Kiém tra, thanh tra, glam Sat dinh ky, dot xuat',
      'kip thoi cac vu vi pham quyén tré em trén dia ban',
    ],
    lead: ['nhom-ubnd-huyen'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
  // Last bullet of section IV; line 230 is the "V." heading with no blank line before it.
  {
    ref: 'Mục IV.18, gạch đầu dòng thứ 4',
    lineStart: 229,
    lineEnd: 229,
    taskIncludes: ['T6 chre so két, tong két danh gia két qua'],
    lead: ['nhom-ubnd-huyen'],
    coordinating: [],
    timeframe: null,
    recommendations: [],
  },
];
