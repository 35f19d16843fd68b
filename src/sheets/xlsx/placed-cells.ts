// A sheet's cells put in their rows as the sheet part is read, so that making the grid is no second walk over
// every cell (on a large sheet that walk, and the optimising compiler's work on it, cost more than placing
// the cells as they come). The rows start at column A and at the first row that has a cell; the grid's
// origin is taken off at the end (xlsx-grids.ts). A later cell at the same place wins, in any order.
//
// Rows kept from column A can take far more places than the grid will (a sheet whose cells all lie far to
// the right): when the places pass a bound linear in the cells placed (PLACES_PER_CELL a cell, and some
// slack) or the limit on places, or when a cell comes above the first row, the cells are scattered instead — each with its row and column, in document order
// (the places already filled before them, each holding its last cell) — and the grid is made from them.
import type { GridCell } from '../grid';
import { XLSX_LIMITS } from './xlsx-limits';

/**
 * Rows from column A are kept while they take at most this many places a cell placed (plus PLACES_SLACK):
 * a table's rows are mostly filled; a sheet of a few cells far to the right (600 rows, one cell each in
 * column XFD: 10 M places) is scattered at once, so that placing stays linear in the cells.
 */
const PLACES_PER_CELL = 16;
const PLACES_SLACK = 1 << 16;

export class PlacedCells {
  /** The rows from sheet row `firstRow` on, from column A (null: an empty place); null once scattered. */
  rows: (GridCell | null)[][] | null = [];
  /** The sheet row of rows[0]; -1 before the first cell. */
  firstRow = -1;
  /** The leftmost and rightmost columns that have a cell. */
  left: number = XLSX_LIMITS.columns;
  right = -1;
  /** The rows' lengths, added up. */
  lengths = 0;
  /** Rows that have a cell. */
  filledRows = 0;
  /** What the rows take: one place a row and their lengths (bounded by XLSX_LIMITS.gridCells). */
  private places = 0;
  /** Cells placed in rows (a place written twice counts twice). */
  private count = 0;
  /** Scattered cells: rows, columns and cells, in document order. */
  readonly rowOf: number[] = [];
  readonly colOf: number[] = [];
  readonly cellOf: GridCell[] = [];

  place(row: number, col: number, cell: GridCell): void {
    let rows = this.rows;
    if (rows === null) {
      this.rowOf.push(row);
      this.colOf.push(col);
      this.cellOf.push(cell);
      return;
    }
    this.count += 1;
    let i = row - this.firstRow;
    if (this.firstRow < 0) {
      this.firstRow = row;
      i = 0;
      // The rows are still none: the first one's list comes in a list made with it, a list of lists from the
      // start. The empty list the rows start as holds small integers as far as V8 knows, and `push`ing the
      // first row into it, on every sheet after the one place() was compiled on, threw that compiled code away
      // (issue 10). One place, as the push took it (one place is never too many).
      rows = [[]];
      this.rows = rows;
      this.places += 1;
    } else if (i < 0) return this.scatter(rows, row, col, cell);
    if (i >= rows.length) {
      const more = i + 1 - rows.length;
      if (this.tooMany(this.places + more)) return this.scatter(rows, row, col, cell);
      this.places += more;
      while (rows.length <= i) rows.push([]);
    }
    const cells = rows[i];
    const length = cells.length;
    if (col < length) cells[col] = cell;
    else {
      if (this.tooMany(this.places + col + 1 - length)) return this.scatter(rows, row, col, cell);
      this.places += col + 1 - length;
      this.lengths += col + 1 - length;
      if (length === 0) this.filledRows += 1;
      while (cells.length < col) cells.push(null);
      cells.push(cell);
    }
    if (col < this.left) this.left = col;
    if (col > this.right) this.right = col;
  }

  /** Would rows that take so many places be too many for the cells placed, or for the limit on places? */
  private tooMany(places: number): boolean {
    return places > XLSX_LIMITS.gridCells || places > PLACES_PER_CELL * this.count + PLACES_SLACK;
  }

  /** From rows to scattered cells: the places filled so far, then this cell. */
  private scatter(rows: (GridCell | null)[][], row: number, col: number, cell: GridCell): void {
    this.rows = null;
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i];
      for (let c = 0; c < cells.length; c++) {
        const placed = cells[c];
        if (placed === null) continue;
        this.rowOf.push(this.firstRow + i);
        this.colOf.push(c);
        this.cellOf.push(placed);
      }
    }
    this.place(row, col, cell);
  }
}
