import { describe, expect, it } from 'vitest';
import { blank, type GrayImage } from './gray-image';
import { gridsFromRules } from './grid';
import { findRules } from './rules';
import { estimateSkew, rotate } from './skew';

/** A ruled table drawn at 100 dpi: rows between horizontal rules, one lead cell merged over rows 2–3. */
function table(): GrayImage {
  const img = blank(800, 600);
  const ink = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) img.data[y * img.width + x] = 0;
  };
  const xs = [100, 160, 450, 600, 700];
  const ys = [100, 150, 250, 350, 450];
  // horizontal rules; the one at y=350 leaves the lead column (450–600) out: a merged cell
  for (const y of ys) {
    if (y === 350) {
      ink(100, y, 450, y);
      ink(600, y, 700, y);
    } else ink(100, y, 700, y);
  }
  for (const x of xs) ink(x, 100, x, 450);
  // "text": short strokes inside cells (never a rule)
  for (let y = 120; y < 440; y += 20) for (let x = 170; x < 440; x += 12) ink(x, y, x + 6, y + 8);
  return img;
}

describe('ruled tables from a raster', () => {
  it('finds rows between the rules, the columns, and a cell merged with the one above', () => {
    const rules = findRules(table(), 100);
    const grids = gridsFromRules(rules, 1, 1, 10);
    expect(grids).toHaveLength(1);
    const g = grids[0]!;
    expect(g.bands.map((b) => [Math.round(b.y0), Math.round(b.y1)])).toEqual([[100, 150], [150, 250], [250, 350], [350, 450]]);
    expect(g.bands.map((b) => b.cells.length)).toEqual([4, 4, 4, 4]);
    expect(g.bands[3]!.cells.map((c) => c.merged)).toEqual([false, false, true, false]);
  });

  it('straightens a page turned by a degree, so its rules are found again', () => {
    const turned = rotate(table(), -1); // counter-clockwise by 1°
    const skew = estimateSkew(turned);
    expect(Math.abs(skew - 1)).toBeLessThan(0.15);
    const grids = gridsFromRules(findRules(rotate(turned, skew), 100), 1, 1, 10);
    expect(grids[0]?.bands.length).toBe(4);
  });

  it('sees no table in a page of text', () => {
    const img = blank(800, 600);
    for (let y = 50; y < 550; y += 25) for (let x = 50; x < 750; x += 11) for (let dy = 0; dy < 10; dy++) for (let dx = 0; dx < 7; dx++) img.data[(y + dy) * 800 + x + dx] = 0;
    expect(gridsFromRules(findRules(img, 100), 1, 1, 10)).toEqual([]);
  });
});

describe('estimateSkew', () => {
  it('leaves a blank page with a scanner\'s specks at 0°', () => {
    const img = blank(1000, 1400);
    let seed = 5;
    for (let k = 0; k < 1400; k++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      img.data[seed % img.data.length] = 0;
    }
    expect(estimateSkew(img)).toBe(0);
  });
});
