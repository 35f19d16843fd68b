// What a cell of a sheet costs in Excel's answer, estimated before the sheet is read, from windows of a
// few rows spread down the sheet (asked for in the same sync as the used range, so without knowing the
// sheet's height): at row 1, then every 8 rows down to 64, every 64 down to 512, every 512 down to 4 096,
// and so on by eights to the last row of a sheet. Each window is columns A–P (16, so that one call
// returns its merged areas: merge-tiles.ts) and a few rows. Once the used range is known, every window
// inside it stands for the rows down to the next one, so that the dense windows at the top (a sheet's
// headings) weigh no more than the rows they cover and the sparse ones further down as much as theirs.
import type { CellRange } from '../sheets/address';
import { parseRange } from '../sheets/address';
import type { ExcelRange, ExcelRangeAreas, ExcelWorksheet } from './excel-api';
import { tileShape } from './merge-tiles';
import { jsonSize } from './request-size';

export const SAMPLE_COLUMNS = 16;
/** The sample's cells over all sheets (at ≈ 100 bytes a cell, ≈ 1.6 MB; empty cells ≈ 25 bytes). */
const SAMPLE_CELLS = 16_384;
const SHEET_ROWS = 1_048_576;

/** The first rows (0-based) of the windows: 0, 8, 16, …, 56, 64, 128, …, 448, 512, 1 024, …, 917 504. */
export const SAMPLE_WINDOW_ROWS: readonly number[] = (() => {
  const rows = [0];
  for (let step = 8; step < SHEET_ROWS; step *= 8) for (let k = 1; k < 8 && step * k < SHEET_ROWS; k++) rows.push(step * k);
  return rows;
})();

/** Rows per window for a workbook of `sheets` visible sheets: 1 to 8 (at most one merged-area call a window). */
export function windowHeight(sheets: number): number {
  const fit = Math.floor(SAMPLE_CELLS / (SAMPLE_COLUMNS * SAMPLE_WINDOW_ROWS.length * Math.max(1, sheets)));
  return Math.max(1, Math.min(8, tileShape(SAMPLE_COLUMNS).rows, fit));
}

/** What an empty cell costs in an answer: "", "", "General", "Empty" and their commas. */
const EMPTY_CELL_BYTES = 24;

export interface SampleWindow {
  /** The window's rows and columns (A–P). */
  range: CellRange;
  /** Its used cells (Range.getUsedRangeOrNullObject: a window below the sheet's end costs nothing). */
  content: ExcelRange;
  merges: ExcelRangeAreas;
}

/** Queues the windows of one sheet (content and merged areas), `height` rows each; `windows` of them at most. */
export function queueSample(sheet: ExcelWorksheet, height: number, content: string[], windows = SAMPLE_WINDOW_ROWS.length): SampleWindow[] {
  return SAMPLE_WINDOW_ROWS.slice(0, windows)
    .filter((top) => top + height <= SHEET_ROWS)
    .map((top) => {
      const range = { top, left: 0, bottom: top + height - 1, right: SAMPLE_COLUMNS - 1 };
      const address = `A${top + 1}:P${top + height}`;
      const used = sheet.getRange(address).getUsedRangeOrNullObject();
      used.load(content);
      const merges = sheet.getRange(address).getMergedAreasOrNullObject();
      merges.load('areas/items/address');
      return { range, content: used, merges };
    });
}

/**
 * Answer bytes per cell of the used range, from the answered windows; null when no window reaches into
 * it (a sheet starting right of column P). Only the cells inside the used range count, each as its
 * values, formulas, number format and value type would be sent, with its merged areas.
 */
export function bytesPerCell(windows: readonly SampleWindow[], used: CellRange): number | null {
  const inside = windows
    .map((w) => measureWindow(w, used))
    .filter((m): m is WindowMeasure => m !== null)
    .sort((a, b) => a.top - b.top);
  if (inside.length === 0) return null;
  let weighted = 0;
  let rows = 0;
  inside.forEach((m, i) => {
    const next = i + 1 < inside.length ? inside[i + 1].top : used.bottom + 1;
    const span = next - m.top;
    weighted += span * m.perCell;
    rows += span;
  });
  return weighted / rows;
}

interface WindowMeasure {
  /** First row of the window inside the used range. */
  top: number;
  perCell: number;
}

function measureWindow(w: SampleWindow, used: CellRange): WindowMeasure | null {
  const top = Math.max(w.range.top, used.top);
  const bottom = Math.min(w.range.bottom, used.bottom);
  const left = Math.max(w.range.left, used.left);
  const right = Math.min(w.range.right, used.right);
  if (top > bottom || left > right) return null;
  const cells = (bottom - top + 1) * (right - left + 1);
  // Cells of the window inside the used range but outside its used cells are empty.
  let bytes = cells * EMPTY_CELL_BYTES;
  if (!w.content.isNullObject) {
    const at = parseRange(w.content.address);
    const values = w.content.values;
    const formulas = w.content.formulas;
    const formats = w.content.numberFormat;
    const types = w.content.valueTypes;
    for (let r = Math.max(top, at.top); r <= Math.min(bottom, at.bottom); r++) {
      const i = r - at.top;
      for (let c = Math.max(left, at.left); c <= Math.min(right, at.right); c++) {
        const j = c - at.left;
        // Each property's JSON, with its comma, in place of the empty cell counted above.
        bytes += jsonSize(values[i][j]) + jsonSize(formulas[i][j]) + jsonSize(formats[i][j]) + jsonSize(types[i][j]) + 4 - EMPTY_CELL_BYTES;
      }
    }
  }
  if (!w.merges.isNullObject) {
    for (const item of w.merges.areas.items) {
      const area = parseRange(item.address);
      if (area.top >= top && area.top <= bottom && area.left >= left && area.left <= right) bytes += jsonSize(item.address);
    }
  }
  return { top, perCell: bytes / cells };
}
