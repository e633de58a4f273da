import { deflateSync, inflateSync } from 'node:zlib';
import type { GrayImage } from './gray-image';

/**
 * Greyscale page images as an image-only PDF (what a scanner writes: no text layer), one page per
 * image at the given resolution. Used to make scanned fixtures from real plans; pdftoppm reads it
 * back exactly. Pure.
 */
export function imagePdf(pages: readonly GrayImage[], dpi: number): Uint8Array {
  return writePdf(pages.map((img) => ({ width: img.width, height: img.height, dpi, params: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', data: deflateSync(img.data) })));
}

/** An image XObject as it goes in the PDF: its size, resolution, colour and filter, and its encoded data. */
interface PdfImage {
  width: number;
  height: number;
  dpi: number;
  params: string;
  data: Uint8Array;
}

/** One page per image, each drawn over its whole page. */
function writePdf(images: readonly PdfImage[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let size = 0;
  const enc = new TextEncoder();
  const put = (x: string | Uint8Array) => {
    const b = typeof x === 'string' ? enc.encode(x) : x;
    chunks.push(b);
    size += b.length;
  };
  const obj = (n: number, ...body: Array<string | Uint8Array>) => {
    offsets[n] = size;
    put(`${n} 0 obj\n`);
    body.forEach(put);
    put('\nendobj\n');
  };
  put('%PDF-1.4\n');
  const n = images.length;
  // 1 catalog, 2 pages, then per page: page, image, content
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, `<< /Type /Pages /Count ${n} /Kids [${images.map((_, k) => `${3 + k * 3} 0 R`).join(' ')}] >>`);
  images.forEach((img, k) => {
    const w = ((img.width * 72) / img.dpi).toFixed(2);
    const h = ((img.height * 72) / img.dpi).toFixed(2);
    const [page, image, content] = [3 + k * 3, 4 + k * 3, 5 + k * 3];
    obj(page, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`);
    obj(image, `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} ${img.params} /Length ${img.data.length} >>\nstream\n`, img.data, '\nendstream');
    const draw = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    obj(content, `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
  });
  const xref = size;
  const total = 3 + n * 3;
  put(`xref\n0 ${total}\n0000000000 65535 f \n`);
  for (let k = 1; k < total; k++) put(`${String(offsets[k]).padStart(10, '0')} 00000 n \n`);
  put(`trailer\n<< /Size ${total} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A JPEG as a one-page PDF at `dpi`, its data passed through (DCTDecode): no decoding needed. */
export function jpegPdf(jpeg: Uint8Array, dpi: (width: number, height: number) => number): { pdf: Uint8Array; width: number; height: number; dpi: number } {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG file');
  let at = 2;
  while (at + 9 < jpeg.length) {
    if (jpeg[at] !== 0xff) throw new Error('damaged JPEG (no marker where one was expected)');
    const marker = jpeg[at + 1]!;
    const len = (jpeg[at + 2]! << 8) | jpeg[at + 3]!;
    // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = (jpeg[at + 5]! << 8) | jpeg[at + 6]!;
      const width = (jpeg[at + 7]! << 8) | jpeg[at + 8]!;
      const components = jpeg[at + 9]!;
      const space = components === 1 ? '/DeviceGray' : components === 4 ? '/DeviceCMYK' : '/DeviceRGB';
      const d = dpi(width, height);
      return { pdf: writePdf([{ width, height, dpi: d, params: `/ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode`, data: jpeg }]), width, height, dpi: d };
    }
    at += 2 + len;
  }
  throw new Error('JPEG without a frame header');
}

/** A PNG decoded to grey (8- or 16-bit, grey, RGB, palette, with or without alpha; not interlaced). */
export function pngToGray(png: Uint8Array): GrayImage {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((b, k) => png[k] === b)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  let type = 0;
  let palette: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  while (at + 8 <= png.length) {
    const len = view.getUint32(at);
    const name = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + len);
    if (name === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      depth = body[8]!;
      type = body[9]!;
      if (body[12] !== 0) throw new Error('interlaced PNG: save it again without interlacing (or as JPEG)');
    } else if (name === 'PLTE') palette = body;
    else if (name === 'IDAT') idat.push(body);
    else if (name === 'IEND') break;
    at += 12 + len;
  }
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[type];
  if (!channels || !(depth === 8 || depth === 16) || width === 0) throw new Error(`PNG of colour type ${type}, ${depth}-bit: save it as an 8-bit PNG or as JPEG`);
  const bpp = channels * (depth / 8);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = new Uint8Array(width * height);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? cur[i - bpp]! : 0;
      const b = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      const x = line[i]!;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      cur[i] = (f === 0 ? x : f === 1 ? x + a : f === 2 ? x + b : f === 3 ? x + ((a + b) >> 1) : x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const px = (k: number) => cur[x * bpp + k * (depth / 8)]!; // the high byte of a 16-bit sample
      let g: number;
      if (type === 3) {
        const i = px(0) * 3;
        g = palette ? (palette[i]! * 299 + palette[i + 1]! * 587 + palette[i + 2]! * 114) / 1000 : px(0);
      } else if (type === 2 || type === 6) g = (px(0) * 299 + px(1) * 587 + px(2) * 114) / 1000;
      else g = px(0);
      // transparent pixels are paper
      if (type === 4 || type === 6) g = 255 - ((255 - g) * px(channels - 1)) / 255;
      out[y * width + x] = Math.round(g);
    }
    prev = cur;
  }
  return { width, height, data: out };
}

/** A photo's resolution when it is a whole A4 page: its long side over 11.69 in (clamped to 100–600 dpi). */
export const a4Dpi = (width: number, height: number): number => Math.min(600, Math.max(100, Math.round(Math.max(width, height) / 11.69)));
