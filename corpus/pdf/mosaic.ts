import type { GrayImage } from './gray-image';
import type { Grid } from './grid';
import type { PdfWord } from './pdf-layout';

/**
 * Tesseract reads a page as lines of text; in a table whose cells are centred vertically the lines of
 * neighbouring cells do not share baselines, and it reads across them into garbage (or drops a lone
 * "5" in the number column). So each cell of a ruled table is cut out and the cells are stacked, one
 * under the other with white between them, into a mosaic read in one pass; every word is then put
 * back where it came from. The rest of the page is read with its tables blanked. Pure.
 */
export interface Tile {
  /** the cell's rectangle on the page (inside its rules) */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** where it sits in the mosaic */
  mx: number;
  my: number;
}

/** The cells of a page's grids as rectangles (a merged cell once, over all the bands it covers). */
export function cellRects(grids: readonly Grid[], inset: number): Array<{ x0: number; y0: number; x1: number; y1: number }> {
  const out: Array<{ x0: number; y0: number; x1: number; y1: number }> = [];
  for (const g of grids) {
    g.bands.forEach((band, b) => {
      for (const cell of band.cells) {
        if (cell.merged) continue;
        let y1 = band.y1;
        // down through the bands where the same cell goes on merged
        for (let k = b + 1; k < g.bands.length; k++) {
          const below = g.bands[k]!.cells.find((c) => c.merged && Math.abs(c.x0 - cell.x0) <= inset * 2 && Math.abs(c.x1 - cell.x1) <= inset * 2);
          if (!below) break;
          y1 = g.bands[k]!.y1;
        }
        if (cell.x1 - cell.x0 > inset * 3 && y1 - band.y0 > inset * 3) out.push({ x0: Math.round(cell.x0 + inset), y0: Math.round(band.y0 + inset), x1: Math.round(cell.x1 - inset), y1: Math.round(y1 - inset) });
      }
    });
  }
  return out;
}

const inked = (img: GrayImage, r: { x0: number; y0: number; x1: number; y1: number }) => {
  for (let y = r.y0; y < r.y1; y++) for (let x = r.x0; x < r.x1; x++) if (img.data[y * img.width + x]! < 128) return true;
  return false;
};

/** The non-empty cells stacked into one image, `gap` pixels apart. */
export function buildMosaic(img: GrayImage, rects: ReadonlyArray<{ x0: number; y0: number; x1: number; y1: number }>, gap: number): { image: GrayImage; tiles: Tile[] } {
  const tiles: Tile[] = [];
  let y = gap;
  let width = 0;
  for (const r of rects) {
    const c = { x0: Math.max(0, r.x0), y0: Math.max(0, r.y0), x1: Math.min(img.width, r.x1), y1: Math.min(img.height, r.y1) };
    if (c.x1 <= c.x0 || c.y1 <= c.y0 || !inked(img, c)) continue;
    tiles.push({ ...c, mx: gap, my: y });
    y += c.y1 - c.y0 + gap;
    width = Math.max(width, c.x1 - c.x0 + gap * 2);
  }
  const image: GrayImage = { width: Math.max(width, 1), height: Math.max(y, 1), data: new Uint8Array(Math.max(width, 1) * Math.max(y, 1)).fill(255) };
  for (const t of tiles) {
    for (let row = t.y0; row < t.y1; row++) {
      const from = row * img.width + t.x0;
      image.data.set(img.data.subarray(from, from + (t.x1 - t.x0)), (t.my + row - t.y0) * image.width + t.mx);
    }
  }
  return { image, tiles };
}

/** Words read in the mosaic, put back on the page (a word outside every tile is dropped). */
export function wordsFromMosaic(words: readonly PdfWord[], tiles: readonly Tile[]): PdfWord[] {
  const out: PdfWord[] = [];
  for (const w of words) {
    const cx = (w.x0 + w.x1) / 2;
    const cy = (w.y0 + w.y1) / 2;
    const t = tiles.find((k) => cx >= k.mx && cx <= k.mx + (k.x1 - k.x0) && cy >= k.my && cy <= k.my + (k.y1 - k.y0));
    if (!t) continue;
    const dx = t.x0 - t.mx;
    const dy = t.y0 - t.my;
    out.push({ ...w, x0: w.x0 + dx, x1: w.x1 + dx, y0: w.y0 + dy, y1: w.y1 + dy });
  }
  return out;
}

/** The page with its tables painted white (read apart, in the mosaic). */
export function blankGrids(img: GrayImage, grids: readonly Grid[], pad: number): GrayImage {
  const data = img.data.slice();
  for (const g of grids) {
    for (let y = Math.max(0, Math.floor(g.y0 - pad)); y < Math.min(img.height, Math.ceil(g.y1 + pad)); y++) {
      data.fill(255, y * img.width + Math.max(0, Math.floor(g.x0 - pad)), y * img.width + Math.min(img.width, Math.ceil(g.x1 + pad)));
    }
  }
  return { ...img, data };
}
