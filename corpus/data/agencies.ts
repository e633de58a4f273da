import { AGENCY_SUCCESSORS } from './reorganisation-2025';
import type { Agency } from '../schema';

/**
 * The canonical agencies named in the four plans. One entry per real body (as a kind of
 * provincial body: "Sở Y tế" of each province), with the spellings the accented texts use.
 * OCR forms ("Sé Tw phap") are deliberately not listed: the fuzzy matcher resolves them.
 * Groups are kept as groups and never expanded.
 */
type AgencySeed = Omit<Agency, 'successors'>;

const SEEDS: AgencySeed[] = [
  {
    id: 'so-ldtbxh',
    name: 'Sở Lao động – Thương binh và Xã hội',
    kind: 'agency',
    aliases: ['Sở Lao động – TB và XH', 'Sở LĐTBXH', 'Sở LĐ-TB&XH', 'Sở Lao động Thương binh Xã hội'],
  },
  { id: 'so-y-te', name: 'Sở Y tế', kind: 'agency', aliases: [] },
  { id: 'so-gddt', name: 'Sở Giáo dục và Đào tạo', kind: 'agency', aliases: ['Sở GD&ĐT', 'Sở GDĐT'] },
  { id: 'cong-an-tinh', name: 'Công an tỉnh', kind: 'agency', aliases: [] },
  { id: 'so-tu-phap', name: 'Sở Tư pháp', kind: 'agency', aliases: [] },
  { id: 'so-khcn', name: 'Sở Khoa học và Công nghệ', kind: 'agency', aliases: ['Sở KH&CN'] },
  {
    id: 'so-tttt',
    name: 'Sở Thông tin và Truyền thông',
    kind: 'agency',
    aliases: ['Sở TT và Truyền thông', 'Sở TT&TT'],
  },
  {
    id: 'so-vhttdl',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    kind: 'agency',
    aliases: ['Sở Văn hóa – Thể thao và Du lịch', 'Sở VHTTDL'],
  },
  { id: 'so-tnmt', name: 'Sở Tài nguyên và Môi trường', kind: 'agency', aliases: ['Sở TN&MT'] },
  { id: 'so-khdt', name: 'Sở Kế hoạch và Đầu tư', kind: 'agency', aliases: ['Sở KH&ĐT'] },
  { id: 'so-tai-chinh', name: 'Sở Tài chính', kind: 'agency', aliases: [] },
  { id: 'so-noi-vu', name: 'Sở Nội vụ', kind: 'agency', aliases: [] },
  { id: 'so-ngoai-vu', name: 'Sở Ngoại vụ', kind: 'agency', aliases: [] },
  { id: 'ban-dan-toc', name: 'Ban Dân tộc', kind: 'agency', aliases: ['Ban Dân tộc tỉnh'] },
  { id: 'ban-dan-toc-ton-giao', name: 'Ban Dân tộc – Tôn giáo', kind: 'agency', aliases: [] },
  {
    id: 'van-phong-ubnd-tinh',
    name: 'Văn phòng UBND tỉnh',
    kind: 'agency',
    aliases: ['Văn phòng Ủy ban nhân dân tỉnh'],
  },
  { id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh', kind: 'agency', aliases: ['UBND tỉnh'] },
  {
    id: 'bo-chi-huy-bdbp-tinh',
    name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
    kind: 'agency',
    aliases: ['Bộ Chỉ huy BĐBP tỉnh'],
  },
  { id: 'toa-an-tinh', name: 'Tòa án nhân dân tỉnh', kind: 'agency', aliases: ['TAND tỉnh'] },
  { id: 'vien-kiem-sat-tinh', name: 'Viện Kiểm sát nhân dân tỉnh', kind: 'agency', aliases: ['VKSND tỉnh'] },
  {
    id: 'mttq-tinh',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    kind: 'agency',
    aliases: ['Ủy ban MTTQ Việt Nam tỉnh', 'UBMTTQ Việt Nam tỉnh', 'Mặt trận Tổ quốc tỉnh'],
  },
  { id: 'cuc-thong-ke-tinh', name: 'Cục Thống kê tỉnh', kind: 'agency', aliases: [] },
  {
    id: 'bo-ldtbxh',
    name: 'Bộ Lao động – Thương binh và Xã hội',
    kind: 'agency',
    aliases: ['Bộ LĐTBXH', 'Bộ Lao động – TB và XH'],
  },
  { id: 'bo-y-te', name: 'Bộ Y tế', kind: 'agency', aliases: [] },
  {
    id: 'nhom-so-nganh-hoi-doan-the',
    name: 'Các sở, ngành, hội đoàn thể liên quan',
    kind: 'group',
    aliases: ['Các sở, ngành, hội đoàn thể', 'Các sở, ngành, đoàn thể liên quan'],
  },
  {
    id: 'nhom-so-nganh',
    name: 'Các sở, ngành liên quan',
    kind: 'group',
    aliases: [
      'Các sở, ngành',
      'Các sở, ban, ngành có liên quan',
      'Các sở, ban, ngành liên quan',
      'Các sở, ngành, cơ quan liên quan',
      'Các cơ quan liên quan',
      'Các sở, ngành, đơn vị, địa phương',
      'Các sở, ngành, địa phương',
    ],
  },
  {
    id: 'nhom-ubnd-huyen',
    name: 'UBND các huyện, thị xã, thành phố',
    kind: 'group',
    aliases: ['Ủy ban nhân dân các huyện, thị xã, thành phố', 'UBND các huyện, thành phố, thị xã', 'UBND cấp huyện'],
  },
  {
    id: 'nhom-to-chuc-chinh-tri-xa-hoi',
    name: 'Các tổ chức chính trị – xã hội, đoàn thể',
    kind: 'group',
    aliases: [
      'Các tổ chức thành viên',
      'Các tổ chức chính trị – xã hội tỉnh, các hội quần chúng, tổ chức xã hội',
      'Các tổ chức, đoàn thể cấp tỉnh',
      'Các tổ chức đoàn thể cấp tỉnh',
    ],
  },
];

/** The registry with each agency's 2025 successors attached from the reorganisation data file. */
export const AGENCIES: readonly Agency[] = SEEDS.map((seed) => ({
  ...seed,
  successors: [...(AGENCY_SUCCESSORS[seed.id] ?? [])],
}));
