import type { GrayImage } from './gray-image';

/**
 * The ruling lines of a page (a table's borders), found in its raster: long runs of dark pixels,
 * horizontal and vertical. Letters never make a run a quarter of an inch long; rules do. Used for
 * the table's rows and columns (a row is what lies between two rules, whatever the alignment of
 * its cells) and, on a scan, wiped out before OCR so that Tesseract reads no "|" and no cell text
 * touching a border. Pure; coordinates in the image's pixels.
 */
export interface HRule {
  y: number;
  x0: number;
  x1: number;
}
export interface VRule {
  x: number;
  y0: number;
  y1: number;
}
export interface Rules {
  h: HRule[];
  v: VRule[];
}

const DARK = 170;

/** Runs of dark pixels along one line of the image, allowing gaps of `gap` pixels (a scan's breaks). */
function runs(get: (k: number) => number, length: number, gap: number, min: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  let last = -1;
  for (let k = 0; k < length; k++) {
    if (get(k) < DARK) {
      if (start < 0) start = k;
      last = k;
    } else if (start >= 0 && k - last > gap) {
      if (last - start + 1 >= min) out.push([start, last]);
      start = -1;
    }
  }
  if (start >= 0 && last - start + 1 >= min) out.push([start, last]);
  return out;
}

/** Rules of one direction: runs on neighbouring lines that overlap are one rule (its thickness). */
function merge<T extends { at: number; a: number; b: number }>(found: T[], join: number): Array<{ at: number; a: number; b: number }> {
  const open: Array<{ sum: number; n: number; last: number; a: number; b: number }> = [];
  const done: Array<{ at: number; a: number; b: number }> = [];
  for (const r of found.sort((p, q) => p.at - q.at || p.a - q.a)) {
    const hit = open.find((o) => r.at - o.last <= join && r.a <= o.b && r.b >= o.a);
    if (hit) {
      hit.sum += r.at;
      hit.n++;
      hit.last = r.at;
      hit.a = Math.min(hit.a, r.a);
      hit.b = Math.max(hit.b, r.b);
    } else open.push({ sum: r.at, n: 1, last: r.at, a: r.a, b: r.b });
    for (let k = open.length - 1; k >= 0; k--) {
      if (r.at - open[k]!.last > join) {
        const o = open.splice(k, 1)[0]!;
        done.push({ at: o.sum / o.n, a: o.a, b: o.b });
      }
    }
  }
  for (const o of open) done.push({ at: o.sum / o.n, a: o.a, b: o.b });
  return done;
}

export function findRules(img: GrayImage, dpi: number): Rules {
  const { width: w, height: h, data } = img;
  const min = Math.round(dpi * 0.4); // 0.4 in: no run of letters (even underlined by their serifs) is that long
  const gap = Math.max(1, Math.round(dpi / 150));
  const hs: Array<{ at: number; a: number; b: number }> = [];
  // a hairline that falls between two pixel rows (or columns) is two half-grey lines: the darkness of
  // each pixel and its neighbour are added, so it is found as one dark line
  const pair = (i: number, j: number) => (data[i]! + data[j]! < 460 ? 0 : 255);
  for (let y = 0; y + 1 < h; y++) for (const [a, b] of runs((k) => pair(y * w + k, (y + 1) * w + k), w, gap, min)) hs.push({ at: y + 0.5, a, b });
  const vs: Array<{ at: number; a: number; b: number }> = [];
  // a cell one line high is ~0.3 in between its rules; a letter's stem is shorter than 0.2 in
  const minV = Math.round(dpi / 5);
  for (let x = 0; x + 1 < w; x++) for (const [a, b] of runs((k) => pair(k * w + x, k * w + x + 1), h, gap, minV)) vs.push({ at: x + 0.5, a, b });
  const join = Math.max(2, Math.round(dpi / 100));
  return {
    h: merge(hs, join).filter((r) => r.at >= 0).map((r) => ({ y: r.at, x0: r.a, x1: r.b })),
    v: merge(vs, join).map((r) => ({ x: r.at, y0: r.a, y1: r.b })),
  };
}

/** The image with its rules painted white (a pixel or two beyond their thickness), for OCR. */
export function eraseRules(img: GrayImage, rules: Rules, dpi: number): GrayImage {
  const { width: w, height: h } = img;
  const data = img.data.slice();
  const pad = Math.max(1, Math.round(dpi / 100));
  for (const r of rules.h) {
    for (let y = Math.max(0, Math.floor(r.y) - pad * 2); y <= Math.min(h - 1, Math.ceil(r.y) + pad * 2); y++) {
      for (let x = Math.max(0, r.x0 - pad); x <= Math.min(w - 1, r.x1 + pad); x++) if (data[y * w + x]! < DARK + 40) data[y * w + x] = 255;
    }
  }
  for (const r of rules.v) {
    for (let x = Math.max(0, Math.floor(r.x) - pad * 2); x <= Math.min(w - 1, Math.ceil(r.x) + pad * 2); x++) {
      for (let y = Math.max(0, r.y0 - pad); y <= Math.min(h - 1, r.y1 + pad); y++) if (data[y * w + x]! < DARK + 40) data[y * w + x] = 255;
    }
  }
  return { width: w, height: h, data };
}
