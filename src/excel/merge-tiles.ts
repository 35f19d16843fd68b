// Where to ask Excel for merged areas so that no call can meet its limit of 512 areas (a call over it
// fails, and with it the whole sync): rectangles so small that they cannot hold the top-left cells of
// more areas than that, whatever the sheet holds. Merged areas do not overlap and each covers at least
// two cells, one of them its top-left; an area whose top-left lies in a rectangle of r rows and c columns
// keeps its other cells within r + 1 rows and c + 1 columns, so at most (r + 1)(c + 1) / 2 of them fit.
// Tiles with (r + 1)(c + 1) ≤ 1024 thus hold at most 512 — a bound, not a guess from a measured density.
import type { CellRange } from '../sheets/address';
import { rangeToA1 } from '../sheets/address';

/** Excel returns at most 512 merged areas from one getMergedAreasOrNullObject. */
export const MERGED_AREAS_PER_CALL = 512;
const TILE_SPAN = 2 * MERGED_AREAS_PER_CALL;

/** The widest tile: one row of this many columns (2 × 512 = 1024). */
const WIDEST_TILE_COLUMNS = TILE_SPAN / 2 - 1;

/** Rows and columns of the tiles over a range `width` columns wide: as tall as the bound allows. */
export function tileShape(width: number): { rows: number; columns: number } {
  const columns = Math.max(1, Math.min(width, WIDEST_TILE_COLUMNS));
  return { rows: Math.max(1, Math.floor(TILE_SPAN / (columns + 1)) - 1), columns };
}

/** How many tiles cover `rows` rows of a range `width` columns wide (what a read plans its requests by). */
export function tileCount(rows: number, width: number): number {
  if (rows <= 0 || width <= 0) return 0;
  const shape = tileShape(width);
  return Math.ceil(rows / shape.rows) * Math.ceil(width / shape.columns);
}

/**
 * The tiles ("A1:K84", "A85:K168", …) covering rows `top`..`bottom` (0-based, inclusive) of the columns
 * `left`..`right`: together they hold every merged area whose top-left cell lies there, each exactly once.
 */
export function mergeTiles(area: CellRange): string[] {
  const width = area.right - area.left + 1;
  if (area.bottom < area.top || width <= 0) return [];
  const shape = tileShape(width);
  const tiles: string[] = [];
  for (let top = area.top; top <= area.bottom; top += shape.rows) {
    const bottom = Math.min(area.bottom, top + shape.rows - 1);
    for (let left = area.left; left <= area.right; left += shape.columns) {
      tiles.push(rangeToA1({ top, left, bottom, right: Math.min(area.right, left + shape.columns - 1) }));
    }
  }
  return tiles;
}
