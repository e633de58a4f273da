import type { Rules } from './rules';

/**
 * A ruled table on one page, from its rules: the row boundaries (horizontal rules, whole or broken
 * where a cell is merged down), the column boundaries (vertical rules), and for every band between
 * two boundaries its cells — an interval between the vertical rules that cross the band, with
 * `merged` when the boundary above it is missing there (a cell merged with the one above, as Word's
 * vMerge). A cell spanning several columns (a group title) is one cell, as a Word gridSpan is.
 * Coordinates are those of the page's words (the caller scales rules found in a raster). Pure.
 */
export interface GridCell {
  x0: number;
  x1: number;
  /** the boundary above is missing over this cell: it continues the cell above */
  merged: boolean;
}
export interface GridBand {
  y0: number;
  y1: number;
  cells: GridCell[];
}
export interface Grid {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  bands: GridBand[];
}

export function gridsFromRules(rules: Rules, page: number, scale: number, unit: number): Grid[] {
  // unit: the size of a typical glyph in word coordinates (tolerances)
  const tol = unit * 0.5;
  const v = rules.v.map((r) => ({ x: r.x * scale, y0: r.y0 * scale, y1: r.y1 * scale }));
  // a cell's border ends where a vertical rule meets it; a run of dark pixels that does not (the
  // foot of a bold heading, an underline) is no border
  const meets = (x: number, y: number) => v.some((r) => Math.abs(r.x - x) <= tol * 2 && r.y0 - tol * 2 <= y && y <= r.y1 + tol * 2);
  const h = rules.h
    .map((r) => ({ y: r.y * scale, x0: r.x0 * scale, x1: r.x1 * scale }))
    .filter((r) => meets(r.x0, r.y) && meets(r.x1, r.y))
    .sort((a, b) => a.y - b.y);
  // boundaries: horizontal rules at the same height (a rule broken by a merged cell) are one
  const bounds: Array<{ y: number; spans: Array<[number, number]> }> = [];
  for (const r of h) {
    const last = bounds[bounds.length - 1];
    if (last && Math.abs(last.y - r.y) <= tol) last.spans.push([r.x0, r.x1]);
    else bounds.push({ y: r.y, spans: [[r.x0, r.x1]] });
  }
  const covers = (b: { spans: Array<[number, number]> }, x0: number, x1: number) => {
    let got = 0;
    for (const [a, c] of b.spans) got += Math.max(0, Math.min(c, x1) - Math.max(a, x0));
    return got >= (x1 - x0) * 0.5;
  };
  // vertical rules, pieces at (nearly) the same x together: a border drawn cell by cell is several pieces
  const columns: Array<{ x: number; spans: Array<[number, number]> }> = [];
  for (const r of [...v].sort((a, b) => a.x - b.x)) {
    const c = columns.find((k) => Math.abs(k.x - r.x) <= tol);
    if (c) c.spans.push([r.y0, r.y1]);
    else columns.push({ x: r.x, spans: [[r.y0, r.y1]] });
  }
  // the columns whose pieces cover most of the band between two boundaries
  const crossing = (ya: number, yb: number) =>
    columns
      .filter((c) => {
        let got = 0;
        for (const [a, b] of c.spans) got += Math.max(0, Math.min(b, yb) - Math.max(a, ya));
        return got >= (yb - ya) * 0.8 - tol;
      })
      .map((c) => c.x);
  const grids: Grid[] = [];
  let cur: Grid | null = null;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const top = bounds[k]!;
    const bottom = bounds[k + 1]!;
    const xs = [...new Set(crossing(top.y, bottom.y).map((x) => Math.round(x * 10) / 10))].sort((a, b) => a - b);
    // a band of a table has its two edges (and usually more) crossing it
    if (xs.length < 2 || bottom.y - top.y < unit * 0.8) {
      if (cur) grids.push(cur);
      cur = null;
      continue;
    }
    const edges = xs.filter((x, i) => i === 0 || x - xs[i - 1]! > tol);
    const cells: GridCell[] = [];
    for (let i = 0; i + 1 < edges.length; i++) {
      const x0 = edges[i]!;
      const x1 = edges[i + 1]!;
      cells.push({ x0, x1, merged: cur !== null && !covers(top, x0 + tol, x1 - tol) });
    }
    if (!cur || Math.abs(edges[0]! - cur.x0) > unit * 2 || Math.abs(edges[edges.length - 1]! - cur.x1) > unit * 2) {
      if (cur) grids.push(cur);
      cur = { page, x0: edges[0]!, x1: edges[edges.length - 1]!, y0: top.y, y1: bottom.y, bands: [] };
      for (const c of cells) c.merged = false;
    }
    const prevBand = cur.bands[cur.bands.length - 1];
    // a short rule inside a row (an underline, a stroke) is no boundary: the band goes on
    if (prevBand && cells.every((c) => c.merged)) prevBand.y1 = bottom.y;
    else cur.bands.push({ y0: top.y, y1: bottom.y, cells });
    cur.y1 = bottom.y;
  }
  if (cur) grids.push(cur);
  // a table has at least two bands with at least two cells (a box around a paragraph is not a table)
  return grids.filter((g) => g.bands.length >= 2 && g.bands.some((b) => b.cells.length >= 3));
}
