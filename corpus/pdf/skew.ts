import type { GrayImage } from './gray-image';

/**
 * A scan is never quite straight: half a degree over an A4 page moves a line's end by 20 pixels at
 * 300 dpi, enough to break a table row and its rules apart. The angle is found by projection
 * profile (the angle at which dark pixels stack into the sharpest rows: text lines and, above all,
 * table rules), and the page turned back before OCR, so word boxes and rules share straight axes.
 */

/** Dark pixels of a downsampled copy: enough to find the angle, cheap to rotate. A lone speck (a
 * scanner's noise) has no dark neighbour and is left out, so a blank page stays at 0°. */
function darkPoints(img: GrayImage, step: number): Array<[number, number]> {
  const cols = Math.floor(img.width / step);
  const rows = Math.floor(img.height / step);
  const dark = new Uint8Array(cols * rows);
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < cols; bx++) {
      let min = 255;
      for (let dy = 0; dy < step && min >= 128; dy++) {
        const row = (by * step + dy) * img.width + bx * step;
        for (let dx = 0; dx < step; dx++) if (img.data[row + dx]! < min) min = img.data[row + dx]!;
      }
      if (min < 128) dark[by * cols + bx] = 1;
    }
  }
  const pts: Array<[number, number]> = [];
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < cols; bx++) {
      const i = by * cols + bx;
      if (!dark[i]) continue;
      const near = (bx > 0 && dark[i - 1]) || (bx + 1 < cols && dark[i + 1]) || (by > 0 && dark[i - cols]) || (by + 1 < rows && dark[i + cols]);
      if (near) pts.push([bx, by]);
    }
  }
  return pts;
}

function sharpness(pts: Array<[number, number]>, deg: number, rows: number): number {
  const t = Math.tan((deg * Math.PI) / 180);
  const bins = new Float64Array(rows * 2 + 64);
  const off = rows / 2 + 32;
  for (const [x, y] of pts) {
    const b = Math.round(y - x * t + off);
    if (b >= 0 && b < bins.length) bins[b]! += 1;
  }
  let s = 0;
  for (const v of bins) s += v * v;
  return s;
}

/**
 * The angle (degrees, counter-clockwise positive: a line that rises to the right) by which the
 * page's content is turned, within ±maxDeg; 0 for an empty page.
 */
export function estimateSkew(img: GrayImage, maxDeg = 3): number {
  const step = Math.max(1, Math.round(img.width / 800));
  const pts = darkPoints(img, step);
  if (pts.length < 50) return 0;
  const rows = Math.ceil(img.height / step);
  const search = (from: number, to: number, by: number) => {
    let best = { deg: 0, score: -1 };
    for (let d = from; d <= to + 1e-9; d += by) {
      const score = sharpness(pts, d, rows);
      if (score > best.score) best = { deg: d, score };
    }
    return best.deg;
  };
  const coarse = search(-maxDeg, maxDeg, 0.1);
  const fine = search(coarse - 0.1, coarse + 0.1, 0.01);
  // sharpness is measured with y growing downwards: a rising line has a negative slope there
  return Math.round(-fine * 100) / 100;
}

/** The image turned by `deg` degrees clockwise about its centre (undoing a counter-clockwise skew), white outside. */
export function rotate(img: GrayImage, deg: number): GrayImage {
  if (deg === 0) return img;
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h).fill(255);
  const a = (deg * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = w / 2;
  const cy = h / 2;
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    for (let x = 0; x < w; x++) {
      const dx = x - cx;
      // the source of output pixel (x, y): the inverse turn (counter-clockwise on screen, y down)
      const sx = cx + dx * cos + dy * sin;
      const sy = cy - dx * sin + dy * cos;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = data[i]! * (1 - fx) + data[i + 1]! * fx;
      const bottom = data[i + w]! * (1 - fx) + data[i + w + 1]! * fx;
      out[y * w + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width: w, height: h, data: out };
}
