// A worksheet being laid out: cells by position, merges and drop-down lists, then one Grid.
import type { CellRange } from '../address';
import type { Grid, GridCell, SheetLayout } from '../grid';

export class GridBuilder {
  private readonly rows: (GridCell | null)[][] = [];
  private readonly merges: CellRange[] = [];
  private readonly lists = new Map<string, { ranges: CellRange[]; values: string[] }>();

  constructor(readonly name: string) {}

  /** The next free row (one past the last row written). */
  get height(): number {
    return this.rows.length;
  }

  set(row: number, col: number, cell: GridCell): void {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row];
    while (r.length < col) r.push(null);
    r[col] = cell;
  }

  /** Reserves an empty row (so that a blank line of the layout is part of the grid). */
  skipRow(): number {
    this.rows.push([]);
    return this.rows.length - 1;
  }

  /** Merges the area; the value stays in the top-left cell. A single cell is not a merge. */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push({ top, left, bottom, right });
  }

  /** Sets the top-left cell and gives every other cell of the area the same style (borders of a merged block). */
  setMerged(range: CellRange, cell: GridCell): void {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        this.set(r, c, r === range.top && c === range.left ? cell : { value: null, style: cell.style });
      }
    }
    this.merge(range.top, range.left, range.bottom, range.right);
  }

  /** A drop-down list on a column of rows; ranges with the same list share one validation entry. */
  list(range: CellRange, values: readonly string[]): void {
    const key = values.join('\u0000');
    const entry = this.lists.get(key) ?? { ranges: [], values: [...values] };
    entry.ranges.push(range);
    this.lists.set(key, entry);
  }

  build(layout: SheetLayout): Grid {
    const validations = [...this.lists.values()].flatMap((l) => l.ranges.map((range) => ({ range, values: l.values })));
    return { name: this.name, rows: this.rows, merges: this.merges, validations, layout };
  }
}
