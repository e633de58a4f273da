/**
 * Vietnam's provinces as users name them. The 63 provinces before 1/7/2025 (the plans' units) and
 * the 34 after (Nghị quyết 202/2025/QH15, see seeds/facts-2025.md), with short forms people type.
 * Only the plan provinces' successors are modelled in detail (corpus/data/reorganisation-2025.ts).
 */
export const PROVINCES_BEFORE_2025 = [
  'An Giang', 'Bà Rịa – Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương',
  'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
  'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La',
  'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'TP Hồ Chí Minh',
  'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
] as const;

/** Extra ways people write a province: abbreviations, English, old and informal names. */
export const PROVINCE_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  'Quảng Ngãi': ['QN', 'Quang Ngai', 'Q. Ngãi', 'Quãng Ngãi'],
  'Sơn La': ['SL', 'Son La', 'Sonla'],
  'Đắk Lắk': ['Đăk Lăk', 'Đắc Lắc', 'Dak Lak', 'Daklak', 'Đắk Lăk', 'ĐL', 'DL', 'Darlac'],
  'Bình Thuận': ['BT', 'Binh Thuan', 'Phan Thiết'],
  'Lâm Đồng': ['Lam Dong', 'Đà Lạt'],
  'Kon Tum': ['Kontum'],
  'Phú Yên': ['Phu Yen'],
  'Đắk Nông': ['Đăk Nông', 'Dak Nong', 'Daknong'],
  'TP Hồ Chí Minh': ['Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'TP HCM', 'TPHCM', 'HCM', 'Sài Gòn', 'Saigon', 'Ho Chi Minh City'],
  'Hà Nội': ['HN', 'Hanoi', 'Thủ đô'],
  'Thừa Thiên Huế': ['Huế', 'TT Huế', 'Hue'],
  'Bà Rịa – Vũng Tàu': ['Vũng Tàu', 'BR-VT', 'Bà Rịa Vũng Tàu'],
  'Đà Nẵng': ['Da Nang', 'Danang'],
  'Hải Phòng': ['Hai Phong'],
  'Cần Thơ': ['Can Tho'],
  'Thanh Hóa': ['Thanh Hoá'],
  'Hòa Bình': ['Hoà Bình'],
  'Khánh Hòa': ['Khánh Hoà', 'Nha Trang'],
};
