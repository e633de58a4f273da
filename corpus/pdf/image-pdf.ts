import { deflateSync } from 'node:zlib';
import type { GrayImage } from './gray-image';

/**
 * Greyscale page images as an image-only PDF (what a scanner writes: no text layer), one page per
 * image at the given resolution. Used to make scanned fixtures from real plans; pdftoppm reads it
 * back exactly. Pure.
 */
export function imagePdf(pages: readonly GrayImage[], dpi: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let size = 0;
  const enc = new TextEncoder();
  const put = (x: string | Uint8Array) => {
    const b = typeof x === 'string' ? enc.encode(x) : x;
    chunks.push(b);
    size += b.length;
  };
  const obj = (n: number, body: () => void) => {
    offsets[n] = size;
    put(`${n} 0 obj\n`);
    body();
    put('\nendobj\n');
  };
  put('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n');
  const n = pages.length;
  // 1 catalog, 2 pages, then per page: page, image, content
  obj(1, () => put('<< /Type /Catalog /Pages 2 0 R >>'));
  obj(2, () => put(`<< /Type /Pages /Count ${n} /Kids [${pages.map((_, k) => `${3 + k * 3} 0 R`).join(' ')}] >>`));
  pages.forEach((img, k) => {
    const w = (img.width * 72) / dpi;
    const h = (img.height * 72) / dpi;
    const [page, image, content] = [3 + k * 3, 4 + k * 3, 5 + k * 3];
    obj(page, () => put(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`));
    const data = deflateSync(img.data);
    obj(image, () => {
      put(`<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`);
      put(data);
      put('\nendstream');
    });
    const draw = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`;
    obj(content, () => put(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`));
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
