// A worksheet as the readers see it: merged cells read the same whether the host gave the value in the
// top-left cell only or repeated it in every cell (the covered cells read as empty), texts with spaces
// collapsed, and sheet addresses that respect the grid's origin.
import type { CellRef } from '../../domain/provenance';
import { collapseSpaces } from '../../domain/text/fold';
import type { CellRange } from '../address';
import { gridAddress, gridWidth, type Grid, type GridCell } from '../grid';
import { LONGEST_KEPT_TEXT } from './header-text';

const NO_CELLS: readonly GridCell[] = [];

/** `filledColumns`' working list (no row's list is made by growing one). */
const FOUND: number[] = [];

/**
 * A text this long is collapsed once per view, however many cells hold it: a shared string is one string
 * however many cells refer to it, so a sheet of a few long texts in a great many cells (a file of kilobytes)
 * would otherwise have each cell's copy scanned again (300 rows × 1 000 columns of 2 000 characters: 600 M
 * characters). Shorter texts cost less to scan than to look up.
 */
const LONG_TEXT = 256;
/** Long texts kept collapsed per view; past this many it starts afresh. */
const LONG_TEXTS_KEPT = 1024;

/** How far above a header cell the merge covering it may start. */
const MAX_HEADER_MERGE_ROWS = 6;

/**
 * A row's spans ([left, right, …]) sorted by left (stably), each right replaced by the largest right so far. A few
 * spans (a row crossed by a header's merges) are put in order in place; many are sorted as pairs.
 */
function orderSpans(spans: number[]): void {
  if (spans.length <= 32) {
    for (let i = 2; i < spans.length; i += 2) {
      const left = spans[i];
      const right = spans[i + 1];
      let j = i;
      for (; j > 0 && spans[j - 2] > left; j -= 2) {
        spans[j] = spans[j - 2];
        spans[j + 1] = spans[j - 1];
      }
      spans[j] = left;
      spans[j + 1] = right;
    }
  } else {
    const pairs: [number, number][] = [];
    for (let i = 0; i < spans.length; i += 2) pairs.push([spans[i], spans[i + 1]]);
    pairs.sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < pairs.length; i++) {
      spans[2 * i] = pairs[i][0];
      spans[2 * i + 1] = pairs[i][1];
    }
  }
  let reach = -1;
  for (let i = 1; i < spans.length; i += 2) {
    if (spans[i] > reach) reach = spans[i];
    spans[i] = reach;
  }
}

/** The views of a workbook's grids: made once and shared by whatever reads the same grids (their caches with them). */
export function sheetViews(grids: readonly Grid[]): SheetView[] {
  return grids.map((g) => new SheetView(g));
}

export class SheetView {
  readonly name: string;
  readonly height: number;
  readonly width: number;
  /**
   * Per row, the column spans covered by merges ([left, right, left, right, …]): the cells a merge covers
   * but does not start. A tall merge shares one span array between its rows; a row gets its own array only
   * when a second merge crosses it; its spans are then sorted by left, each right replaced by the largest
   * right so far (so that a binary search answers for a row of many merges). Looking up a cell reads a small
   * array, not a hash of every covered cell.
   */
  private readonly coveredSpans: (number[] | undefined)[];
  /** Collapsed texts, per row, made on first use. */
  private readonly texts: (string | undefined)[][];
  /** Long texts collapsed, by the string as written (see LONG_TEXT). */
  private readonly longTexts = new Map<string, string>();
  /** Filled columns, per row, found on first use. */
  private readonly filled: (readonly number[] | undefined)[];
  private byTop: Map<number, CellRange[]> | null = null;

  constructor(readonly grid: Grid) {
    this.name = grid.name;
    this.height = grid.rows.length;
    this.width = gridWidth(grid);
    // The per-row lists as long as the sheet: a row past the end of a list grown by writes is read (or
    // written) out of its bounds, and compiled code that meets that is thrown away and compiled again.
    this.coveredSpans = new Array<number[] | undefined>(this.height);
    this.texts = new Array<(string | undefined)[]>(this.height);
    this.filled = new Array<readonly number[] | undefined>(this.height);
    // The rows given an array of their own, in the order they got it.
    const owned: number[] = [];
    const merges = grid.merges;
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      const below = [m.left, m.right];
      const top = m.right > m.left ? [m.left + 1, m.right] : null;
      for (let r = m.top; r <= m.bottom; r++) {
        const span = r === m.top ? top : below;
        if (span === null) continue;
        const have = this.coveredSpans[r];
        if (have === undefined) {
          this.coveredSpans[r] = span;
        } else if (have.length > 2) {
          have.push(span[0], span[1]);
        } else {
          // A span that may be shared (one pair): copied into an array of the row's own.
          this.coveredSpans[r] = [have[0], have[1], span[0], span[1]];
          owned.push(r);
        }
      }
    }
    for (let i = 0; i < owned.length; i++) orderSpans(this.coveredSpans[owned[i]]!);
  }

  /** The cell, or null when it is empty or covered by a merge it does not start. */
  cell(row: number, col: number): GridCell | null {
    if (col < 0 || row < 0) return null;
    // Most rows have no merge: no span looked at.
    if (this.coveredSpans[row] !== undefined && this.isCovered(row, col)) return null;
    // A cell past the row's last (or a row past the sheet's) is asked for often: told by the lengths, not read
    // out of bounds, which throws the compiled code away to compile it again.
    const rows = this.grid.rows;
    if (row >= rows.length) return null;
    const cells = rows[row];
    return cells && col < cells.length ? (cells[col] ?? null) : null;
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
    const spans = this.coveredSpans[row];
    if (spans === undefined) return false;
    if (spans.length <= 16) {
      for (let i = 0; i < spans.length; i += 2) if (spans[i] <= col && col <= spans[i + 1]) return true;
      return false;
    }
    // The last span that starts at or before the column: covered when the reach so far gets to it.
    let lo = 0;
    let hi = spans.length / 2 - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[2 * mid] <= col) {
        at = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return at >= 0 && col <= spans[2 * at + 1];
  }

  /** What the cell shows, spaces (NBSP included) collapsed; "" when empty or covered. Made once per cell. */
  text(row: number, col: number): string {
    if (row < 0 || col < 0) return '';
    const cached = (this.texts[row] ??= this.textRow(row));
    let t = cached[col];
    if (t === undefined) {
      const cell = this.cell(row, col);
      t = !cell || cell.value === null || cell.value === undefined ? '' : typeof cell.value === 'string' ? this.collapsed(cell.value) : String(cell.value);
      cached[col] = t;
    }
    return t;
  }

  /** The collapsed text of a string cell known to be the row's and not covered: made once. */
  private stringText(row: number, col: number, value: string): string {
    const cached = (this.texts[row] ??= this.textRow(row));
    let t = cached[col];
    if (t === undefined) {
      t = this.collapsed(value);
      cached[col] = t;
    }
    return t;
  }

  /** A cell's string with its spaces collapsed (a long one looked up when it was met before). */
  private collapsed(value: string): string {
    if (value.length < LONG_TEXT || value.length > LONGEST_KEPT_TEXT) return collapseSpaces(value);
    let t = this.longTexts.get(value);
    if (t === undefined) {
      if (this.longTexts.size >= LONG_TEXTS_KEPT) this.longTexts.clear();
      t = collapseSpaces(value);
      this.longTexts.set(value, t);
    }
    return t;
  }

  /**
   * The row's cache of collapsed texts (what `text` gives, per column; undefined where none is made yet), for a
   * reader that has a string cell's collapsed text already (the locator's, made once per distinct text) to put
   * in: only the collapsed text of the cell's own string value, and only for a cell no merge covers.
   */
  textCache(row: number): (string | undefined)[] {
    return (this.texts[row] ??= this.textRow(row));
  }

  /**
   * A row's cache of texts, as long as the row: an array grown from empty by a write at its fifth cell would
   * take room for 17 or more, and every row of the sheet keeps one while the workbook is read.
   */
  private textRow(row: number): (string | undefined)[] {
    return new Array<string | undefined>(this.grid.rows[row]?.length ?? 0);
  }

  /** The row's cells as the grid holds them, covered ones too (`hasCovered` says when `isCovered` must be asked). */
  rowCells(row: number): readonly (GridCell | null | undefined)[] {
    return this.grid.rows[row] ?? NO_CELLS;
  }

  /** Does a merge cover a cell of the row (one it does not start)? */
  hasCovered(row: number): boolean {
    return this.coveredSpans[row] !== undefined;
  }

  /** Number of cells of the row that hold something (not counting covered ones). */
  rowLength(row: number): number {
    return this.grid.rows[row]?.length ?? 0;
  }

  /** Does the cell show something (`text` is not "")? No text is made for a number or a boolean: it always shows. */
  hasText(row: number, col: number): boolean {
    if (row < 0 || col < 0) return false;
    const known = this.texts[row]?.[col];
    if (known !== undefined) return known !== '';
    const cell = this.cell(row, col);
    if (!cell || cell.value === null || cell.value === undefined) return false;
    return typeof cell.value !== 'string' || this.stringText(row, col, cell.value) !== '';
  }

  isBlankRow(row: number): boolean {
    return this.filledColumns(row).length === 0;
  }

  /** Columns of the row that hold text, left to right (found once per row: the readers ask again and again). */
  filledColumns(row: number): readonly number[] {
    let out = this.filled[row];
    if (out === undefined) {
      // What `hasText` says of each cell, the row's cells read in one pass: a number or a boolean always
      // shows (no text made for it), a string when its collapsed text is not "".
      // Found in a list kept for the purpose, then copied at its length: a list grown by `push` from empty
      // would take room for 17 columns or more, and every row keeps its list while the workbook is read.
      const found = FOUND;
      found.length = 0;
      const cells = row >= 0 ? this.grid.rows[row] : undefined;
      if (cells !== undefined && cells !== null) {
        const merged = this.coveredSpans[row] !== undefined;
        for (let c = 0; c < cells.length; c++) {
          const cell = cells[c];
          if (cell === null || cell === undefined) continue;
          const value = cell.value;
          if (value === null || value === undefined) continue;
          if (merged && this.isCovered(row, c)) continue;
          if (typeof value === 'string' && this.stringText(row, c, value) === '') continue;
          found.push(c);
        }
      }
      out = found.slice();
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

  /** The formula `ref` gives the cell (null for none), no reference made. */
  formula(row: number, col: number): string | null {
    return this.cell(row, col)?.formula || null;
  }
}
