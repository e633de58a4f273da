/**
 * A page as a greyscale raster (0 black … 255 white), read and written as binary PGM: the format
 * poppler's pdftoppm writes with -gray and Tesseract reads, so no image library is needed. Pure.
 */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Binary PGM (P5, maxval ≤ 255). */
export function parsePgm(buf: Uint8Array): GrayImage {
  let at = 0;
  const token = (): string => {
    for (;;) {
      while (at < buf.length && /\s/.test(String.fromCharCode(buf[at]!))) at++;
      if (buf[at] === 0x23) while (at < buf.length && buf[at] !== 0x0a) at++; // comment
      else break;
    }
    const from = at;
    while (at < buf.length && !/\s/.test(String.fromCharCode(buf[at]!))) at++;
    return String.fromCharCode(...buf.subarray(from, at));
  };
  if (token() !== 'P5') throw new Error('not a binary PGM (P5) image');
  const width = Number(token());
  const height = Number(token());
  const max = Number(token());
  if (!(width > 0 && height > 0 && max > 0 && max < 256)) throw new Error(`unsupported PGM header ${width}×${height}, maxval ${max}`);
  at++; // the single whitespace after maxval
  const data = buf.slice(at, at + width * height);
  if (data.length !== width * height) throw new Error(`PGM data is short: ${data.length} of ${width * height} bytes`);
  if (max !== 255) for (let i = 0; i < data.length; i++) data[i] = Math.round((data[i]! * 255) / max);
  return { width, height, data };
}

export function encodePgm(img: GrayImage): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(head.length + img.data.length);
  out.set(head);
  out.set(img.data, head.length);
  return out;
}

export const blank = (width: number, height: number): GrayImage => ({ width, height, data: new Uint8Array(width * height).fill(255) });
