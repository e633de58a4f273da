import type { Successor } from '../schema';

/**
 * What changed in 2025 after (or while) the plans were written: the one data file for it.
 * Every entry is taken from seeds/facts-2025.md, which names the public sources checked.
 * These facts annotate answers; they never replace what a plan says.
 */

const DECREE_45 = 'Nghị định 45/2025/NĐ-CP ngày 28/2/2025 (sau thay bằng Nghị định 150/2025/NĐ-CP)';
const SRC_DONGNAI = 'hdnd.dongnai.gov.vn: tóm tắt Nghị định 45/2025/NĐ-CP';
const SRC_QN = 'nhandan.vn: "Sau sắp xếp, hợp nhất tỉnh Quảng Ngãi có 14 sở, ngành"';

/** Successors of agencies named in the plans, keyed by canonical agency id. */
export const AGENCY_SUCCESSORS: Readonly<Record<string, readonly Successor[]>> = {
  'so-ldtbxh': [
    {
      agencyId: 'so-y-te',
      name: 'Sở Y tế',
      scope: 'công tác trẻ em, bảo trợ xã hội, phòng, chống tệ nạn xã hội',
      effective: '2025-03-01',
      basis: DECREE_45,
      provinces: null,
      source: `${SRC_DONGNAI}; ${SRC_QN}`,
    },
    {
      agencyId: 'so-noi-vu',
      name: 'Sở Nội vụ',
      scope: 'hợp nhất phần còn lại của sở (lao động, việc làm, người có công…)',
      effective: '2025-03-01',
      basis: DECREE_45,
      provinces: null,
      source: `${SRC_DONGNAI}; ${SRC_QN}`,
    },
    {
      agencyId: 'so-gddt',
      name: 'Sở Giáo dục và Đào tạo',
      scope: 'giáo dục nghề nghiệp',
      effective: '2025-03-01',
      basis: DECREE_45,
      provinces: null,
      source: `${SRC_DONGNAI}; ${SRC_QN}`,
    },
    {
      agencyId: null,
      name: 'Sở Nông nghiệp và Môi trường',
      scope: 'giảm nghèo',
      effective: '2025-03-01',
      basis: DECREE_45,
      provinces: null,
      source: `${SRC_DONGNAI}; ${SRC_QN}`,
    },
  ],
  'so-khdt': [
    {
      agencyId: 'so-tai-chinh',
      name: 'Sở Tài chính',
      scope: 'hợp nhất toàn bộ',
      effective: '2025-03-01',
      basis: DECREE_45,
      provinces: null,
      source: SRC_DONGNAI,
    },
  ],
  'so-tttt': [
    {
      agencyId: 'so-khcn',
      name: 'Sở Khoa học và Công nghệ',
      scope: 'hợp nhất (riêng báo chí, xuất bản chuyển sang Sở Văn hóa, Thể thao và Du lịch)',
      effective: '2025-03-01',
      basis: DECREE_45,
      provinces: null,
      source: SRC_DONGNAI,
    },
  ],
  'so-tnmt': [
    {
      agencyId: null,
      name: 'Sở Nông nghiệp và Môi trường',
      scope: 'hợp nhất với Sở Nông nghiệp và Phát triển nông thôn',
      effective: '2025-03-01',
      basis: DECREE_45,
      provinces: null,
      source: SRC_DONGNAI,
    },
  ],
  'ban-dan-toc': [
    {
      agencyId: null,
      name: 'Sở Dân tộc và Tôn giáo',
      scope: 'Ban Dân tộc cùng công tác tôn giáo của Sở Nội vụ',
      effective: '2025-03-01',
      basis: DECREE_45,
      provinces: ['Sơn La'],
      source: 'thactrang.com: bài về sắp xếp bộ máy tỉnh Sơn La',
    },
  ],
  'bo-ldtbxh': [
    {
      agencyId: null,
      name: 'Bộ Nội vụ',
      scope: 'hợp nhất',
      effective: '2025-03-01',
      basis: 'Nghị quyết 176/2025/QH15; Nghị định 25/2025/NĐ-CP',
      provinces: null,
      source: 'dtinews.dantri.com.vn (Bộ Nội vụ hợp nhất từ 1/3/2025)',
    },
    {
      agencyId: 'bo-y-te',
      name: 'Bộ Y tế (Cục Bà mẹ và Trẻ em)',
      scope: 'trẻ em, bảo trợ xã hội, phòng, chống tệ nạn xã hội',
      effective: '2025-03-01',
      basis: 'Nghị định 42/2025/NĐ-CP ngày 27/2/2025',
      provinces: null,
      source: 'vnexpress.net: "Bộ Y tế có 20 đơn vị sau tinh gọn"',
    },
  ],
  'nhom-ubnd-huyen': [
    {
      agencyId: null,
      name: 'UBND cấp xã',
      scope: 'cấp huyện không còn; nhiệm vụ chuyển về chính quyền cấp xã',
      effective: '2025-07-01',
      basis: 'Nghị quyết 202/2025/QH15 ngày 12/6/2025',
      provinces: null,
      source: 'news.laodong.vn; sotuphap.kontum.gov.vn; thuviennhadat.vn',
    },
  ],
};

/** Provinces merged on 1/7/2025 (Nghị quyết 202/2025/QH15): former province → new province. */
export const PROVINCE_MERGES: ReadonlyArray<{
  former: string;
  now: string;
  effective: string;
  basis: string;
  source: string;
}> = [
  { former: 'Kon Tum', now: 'Quảng Ngãi', effective: '2025-07-01', basis: 'Nghị quyết 202/2025/QH15', source: 'sotuphap.kontum.gov.vn' },
  { former: 'Bình Thuận', now: 'Lâm Đồng', effective: '2025-07-01', basis: 'Nghị quyết 202/2025/QH15', source: 'thuviennhadat.vn (khoản 14 Điều 1)' },
  { former: 'Đắk Nông', now: 'Lâm Đồng', effective: '2025-07-01', basis: 'Nghị quyết 202/2025/QH15', source: 'thuviennhadat.vn (khoản 14 Điều 1)' },
  { former: 'Phú Yên', now: 'Đắk Lắk', effective: '2025-07-01', basis: 'Nghị quyết 202/2025/QH15', source: 'news.laodong.vn' },
];

/** The national child-protection hotline (facts-2025.md). */
export const HOTLINE = {
  number: '111',
  text: 'Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 (miễn phí, 24/7)',
  emergency: '113',
  source: 'tacnghiep.thoidai.com.vn; baoanhdatmui.vn; vietnam.vn',
} as const;
