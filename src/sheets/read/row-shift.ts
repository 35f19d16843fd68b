// A row whose values sit in other columns than the header says (pasted one column off): found by where
// its number-like cells are. When all of them fit the value columns moved by one offset, the row is read
// by that offset; the text columns move with it.
import { looksLikeValue } from './cell-value';
import type { SheetView } from './sheet-view';

/**
 * `first`..`last`: the value columns of the header. Returns the columns to add to the header's columns
 * (negative: the row sits to the left), or 0 when the row is where it belongs or the shift is unclear.
 */
export function rowShift(view: SheetView, row: number, first: number, last: number): number {
  const n = Math.max(view.rowLength(row), last + 1);
  // Nearly every row has no value-like cell outside the value columns: the answer is 0, whatever the cells inside.
  if (!valueOutside(view, row, first, last, n)) return 0;
  let min = -1;
  let max = -1;
  let count = 0;
  let outside = false;
  for (let col = 0; col < n; col++) {
    if (!looksLikeValue(view.cell(row, col))) continue;
    if (min < 0) min = col;
    max = col;
    count++;
    if (col < first || col > last) outside = true;
  }
  if (!outside || min < 0) return 0;
  const offset = max > last ? max - last : min - first;
  if (offset === 0) return 0;
  // Unambiguous: every value-like cell inside the moved window, and the moved window not reaching column -1.
  if (min < first + offset || max > last + offset || first + offset < 0) return 0;
  // A number or two in a text column (a "1" for "1.") is not a shifted row of values.
  if (count < Math.max(2, Math.ceil((last - first + 1) / 2))) return 0;
  return offset;
}

/** Is a cell left of `first` or right of `last` (up to `n`) value-like? */
function valueOutside(view: SheetView, row: number, first: number, last: number, n: number): boolean {
  // The row's cells as they are, a covered one read as empty (what `cell` gives).
  const cells = view.rowCells(row);
  const merged = view.hasCovered(row);
  // The columns left of `first`, then those right of `last`, in one loop: one call of each test to compile, not two.
  for (let col = 0; col < n; col++) {
    if (col >= first && col <= last) {
      col = last;
      continue;
    }
    const cell = cells[col];
    if (cell && looksLikeValue(cell) && !(merged && view.isCovered(row, col))) return true;
  }
  return false;
}
