import { describe, expect, it } from 'vitest';
import { buildHeadingTree, nodeText } from './heading-tree';
import { splitLines } from './lines';

// Trimmed from seeds/son-la-2025-kh-54.txt lines 73-117: a bullet broken across a page with URL lines.
const SL = [
  "IV. TO CHUC THU'C HIEN",
  '1. S¢ Lao dong - Thuwong binh va Xa hoi',
  '',
  '- Trién khai thuc hién céc chinh sach tro gitip xa hoi, an sinh x& hoi bao',
  'dam muc séng téi thiéu cho tré em; tu van tam ly,',
  '',
  '',
  'https://thuvienphapluat.vn/van-ban/Giao-duc/Luat-tre-em-2016-303313.aspx',
  ' tai hoa nhap cong ddng; cai nghién ma tay.',
  '',
  "2.S6'Y té: Tang cudng tiép can céc dich vu té cd chat luogng.",
].join('\n');

describe('buildHeadingTree', () => {
  it('joins hard wraps and a sentence continued over a page, dropping the scan URL', () => {
    const { roots, noise } = buildHeadingTree(splitLines(SL));
    const iv = roots.find((r) => r.label === 'IV')!;
    expect(iv.kind).toBe('organisation');
    expect(iv.children.map((c) => c.label)).toEqual(['1', '2']);
    const bullet = iv.children[0]!.children[0]!;
    expect(bullet.lines).toEqual([4, 5, 9]);
    expect(nodeText(bullet)).toBe('Trién khai thuc hién céc chinh sach tro gitip xa hoi, an sinh x& hoi bao dam muc séng téi thiéu cho tré em; tu van tam ly, tai hoa nhap cong ddng; cai nghién ma tay.');
    expect(noise.map((l) => l.no)).toEqual([8]);
  });

  it('attaches a plain paragraph to an item that ends with a colon, else to the heading', () => {
    // trimmed from seeds/dak-lak-2014-qd-2130.txt lines 50-56 and 76-84
    const text = ['I. MỤC TIÊU, YÊU CẦU', '', '1. Mục tiêu:', '', 'Xác định rõ trách nhiệm của các sở.', '', 'III. TỔ CHỨC THỰC HIỆN', '', '4. Đề nghị Ủy ban Mặt trận.', '', 'Trong quá trình triển khai, báo cáo UBND tỉnh.'].join('\n');
    const { roots } = buildHeadingTree(splitLines(text));
    const i = roots.find((r) => r.label === 'I')!;
    expect(i.children[0]!.parts).toEqual(['Mục tiêu:', 'Xác định rõ trách nhiệm của các sở.']);
    const iii = roots.find((r) => r.label === 'III')!;
    expect(iii.parts).toEqual(['TỔ CHỨC THỰC HIỆN', 'Trong quá trình triển khai, báo cáo UBND tỉnh.']);
  });
});
