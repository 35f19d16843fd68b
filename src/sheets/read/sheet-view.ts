// A worksheet as the readers see it: merged cells read the same whether the host gave the value in the
// top-left cell only or repeated it in every cell (the covered cells read as empty), texts with spaces
// collapsed, and sheet addresses that respect the grid's origin.
import type { CellRef } from '../../domain/provenance';
import { collapseSpaces } from '../../domain/text/fold';
import type { CellRange } from '../address';
import { cellAt, gridAddress, gridWidth, type Grid, type GridCell } from '../grid';

/** How far above a header cell the merge covering it may start. */
const MAX_HEADER_MERGE_ROWS = 6;

/** Wider than any worksheet (Excel has 16 384 columns), so that row * STRIDE + col is unique. */
const STRIDE = 1 << 15;

export class SheetView {
  readonly name: string;
  readonly height: number;
  readonly width: number;
  private readonly covered = new Set<number>();
  /** Collapsed texts, per row, made on first use. */
  private readonly texts: (string | undefined)[][] = [];
  /** Filled columns, per row, found on first use. */
  private readonly filled: (readonly number[] | undefined)[] = [];
  private byTop: Map<number, CellRange[]> | null = null;

  constructor(readonly grid: Grid) {
    this.name = grid.name;
    this.height = grid.rows.length;
    this.width = gridWidth(grid);
    for (const m of grid.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) this.covered.add(r * STRIDE + c);
      }
    }
  }

  /** The cell, or null when it is empty or covered by a merge it does not start. */
  cell(row: number, col: number): GridCell | null {
    if (col < 0 || row < 0) return null;
    if (this.covered.size > 0 && this.covered.has(row * STRIDE + col)) return null;
    return cellAt(this.grid, row, col);
  }

  /**
   * The text of the cell, or of the merge that covers it (a header cell merged over the columns below it):
   * for reading headers, where a column's name may stand in a merge that starts to its left or above.
   */
  headerText(row: number, col: number): string {
    if (!this.isCovered(row, col)) return this.text(row, col);
    for (let top = row; top >= 0 && top >= row - MAX_HEADER_MERGE_ROWS; top--) {
      for (const m of this.mergesFrom(top)) if (row <= m.bottom && m.left <= col && col <= m.right) return this.text(m.top, m.left);
    }
    return '';
  }

  /** The merge that starts at the cell, or null. */
  mergeAt(row: number, col: number): { bottom: number; right: number } | null {
    for (const m of this.mergesFrom(row)) if (m.left === col) return { bottom: m.bottom, right: m.right };
    return null;
  }

  /** The merges whose top row is `row` (indexed on first use). */
  private mergesFrom(row: number): readonly CellRange[] {
    if (!this.byTop) {
      this.byTop = new Map();
      for (const m of this.grid.merges) {
        const list = this.byTop.get(m.top);
        if (list) list.push(m);
        else this.byTop.set(m.top, [m]);
      }
    }
    return this.byTop.get(row) ?? [];
  }

  /** Is the cell inside a merge that starts in another cell (the value belongs to the merge's top-left cell)? */
  isCovered(row: number, col: number): boolean {
    return this.covered.has(row * STRIDE + col);
  }

  /** What the cell shows, spaces (NBSP included) collapsed; "" when empty or covered. Made once per cell. */
  text(row: number, col: number): string {
    if (row < 0 || col < 0) return '';
    const cached = (this.texts[row] ??= []);
    let t = cached[col];
    if (t === undefined) {
      const cell = this.cell(row, col);
      t = !cell || cell.value === null || cell.value === undefined ? '' : typeof cell.value === 'string' ? collapseSpaces(cell.value) : String(cell.value);
      cached[col] = t;
    }
    return t;
  }

  /** Number of cells of the row that hold something (not counting covered ones). */
  rowLength(row: number): number {
    return this.grid.rows[row]?.length ?? 0;
  }

  isBlankRow(row: number): boolean {
    const n = this.rowLength(row);
    for (let c = 0; c < n; c++) if (this.text(row, c) !== '') return false;
    return true;
  }

  /** Columns of the row that hold text, left to right (found once per row: the readers ask again and again). */
  filledColumns(row: number): readonly number[] {
    let out = this.filled[row];
    if (out === undefined) {
      const found: number[] = [];
      const n = this.rowLength(row);
      for (let c = 0; c < n; c++) if (this.text(row, c) !== '') found.push(c);
      out = found;
      this.filled[row] = out;
    }
    return out;
  }

  address(row: number, col: number): string {
    return gridAddress(this.grid, row, col);
  }

  /** The cell's reference for provenance, with its formula when it has one. */
  ref(row: number, col: number): CellRef {
    const formula = this.cell(row, col)?.formula;
    return formula ? { sheet: this.name, cell: this.address(row, col), formula } : { sheet: this.name, cell: this.address(row, col) };
  }
}
