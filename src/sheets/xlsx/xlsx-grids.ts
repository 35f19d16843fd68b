// An .xlsx workbook → grids, for the CLI (Node) and the preview (browser) alike, streamed: fflate
// unzips one part at a time and saxes reads it into grid cells (see sheet-part.ts), without building a
// model of the workbook. The grid of a sheet is its used range with its origin; merged areas keep the
// value in the top-left cell only; drop-down lists and the print layout ride along; with `styles`, the
// cell styles too (the preview draws them). Hidden sheets are left out, as the Excel adapter leaves them
// out (a person does not see them; the writers keep their long drop-down lists there), but a list may
// refer to one. Merged areas and drop-down ranges are clamped to the used range, and every limit of
// xlsx-limits.ts is checked: a hostile file ends in an XlsxReadError, never in a hang.
import type { CellRange } from '../address';
import type { Grid, GridCell, ListValidation, SheetLayout } from '../grid';
import { readSharedStrings } from './shared-strings-part';
import type { PlacedCells } from './placed-cells';
import { readSheetPart, type ReadContext, type SheetContent } from './sheet-part';
import { readCellFormats } from './styles-part';
import { parseInlineList, parseListReference } from './validation-lists';
import { readWorkbookParts, type SheetEntry } from './workbook-parts';
import { grouped, limitPassed, XLSX_LIMITS, XlsxReadError } from './xlsx-limits';
import { ZipArchive, type Inflate } from './zip-archive';

export interface WorkbookReadOptions {
  /** Read fonts, fills, alignment and borders (the preview draws them; the readers do not need them). */
  styles?: boolean;
  /** The platform's own inflater (the CLI: Node's zlib); fflate's otherwise, and whenever it declines. */
  inflate?: Inflate;
}

/** The bytes of an .xlsx file → the grids of its visible sheets. Throws XlsxReadError for what it cannot read. */
export function readXlsxGrids(data: ArrayBuffer | Uint8Array, options: WorkbookReadOptions = {}): Grid[] {
  const zip = new ZipArchive(data instanceof Uint8Array ? data : new Uint8Array(data), options.inflate ?? null);
  const book = readWorkbookParts(zip);
  const context: Omit<ReadContext, 'sheet'> = {
    zip,
    strings: readSharedStrings(zip, book.sharedStringsPart),
    formats: readCellFormats(zip, book.stylesPart, options.styles === true),
    date1904: book.date1904,
    withStyles: options.styles === true,
    cellCount: { n: 0 },
  };
  const budget = { gridCells: 0, listValues: 0 };
  const read = new Map<SheetEntry, Grid>();
  const gridOf = (entry: SheetEntry): Grid => {
    let grid = read.get(entry);
    if (!grid) {
      grid = sheetGrid(entry, readSheetPart(entry.part!, { ...context, sheet: entry.name }), budget);
      read.set(entry, grid);
    }
    return grid;
  };
  const sheets = book.sheets.filter((s) => s.part !== null);
  const visible = sheets.filter((s) => s.state === 'visible');
  const grids = visible.map(gridOf);
  // Drop-down lists that refer to cells (often of a hidden sheet): their values, once every grid is read.
  for (const grid of grids) {
    const pending = (grid as PendingGrid).pendingLists;
    if (!pending) continue;
    delete (grid as PendingGrid).pendingLists;
    grid.validations = listValidations(grid, pending.lists, (name) => {
      const entry = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      return entry ? gridOf(entry) : null;
    }, budget, false, pending.width);
  }
  return grids;
}

/** Kept for the callers that awaited the ExcelJS reader. */
export async function xlsxToGrids(data: ArrayBuffer | Uint8Array, options: WorkbookReadOptions = {}): Promise<Grid[]> {
  return readXlsxGrids(data, options);
}

interface PendingGrid extends Grid {
  /** The sheet's list validations, and the width of its used range (what `listValidations` clamps them to). */
  pendingLists?: { lists: { ranges: CellRange[]; formula: string }[]; width: number };
}

function sheetGrid(entry: SheetEntry, content: SheetContent, budget: { gridCells: number }): Grid {
  const { cells: placed, merges } = content;
  const sheet = entry.name;
  const rows = placed.rows;
  const used = rows !== null ? placedRange(placed) : usedRange(placed.rowOf, placed.colOf);
  mergedRange(used, merges, sheet);
  const grid: PendingGrid = { name: sheet, rows: [], merges: [], validations: [] };
  if (used.bottom < 0) {
    grid.layout = layoutOf(entry, content, 0, 0, -1);
    return grid;
  }
  const { top, left } = used;
  const height = used.bottom - top + 1;
  // The places the rows take, each row as long as its last cell (counted before the rows are made).
  budget.gridCells += rows !== null ? height + placed.lengths - left * placed.filledRows : placesOf(placed.rowOf, placed.colOf, top, left, height);
  if (budget.gridCells > XLSX_LIMITS.gridCells) {
    throw limitPassed(
      `лист «${sheet}» слишком разрежен: его ${grouped(height)} строк со столбцами ${colName(left)}–${colName(used.right)} дают больше ${grouped(XLSX_LIMITS.gridCells)} мест для ячеек (ячейки далеко друг от друга)`,
      `sheet "${sheet}" is too sparse: its ${grouped(height)} rows over columns ${colName(left)}–${colName(used.right)} make more than ${grouped(XLSX_LIMITS.gridCells)} cell places (cells far apart)`,
    );
  }
  // The rows, straight from the cells (a later cell at the same place wins), then the covered cells emptied.
  const gridRows = rows !== null ? alignedRows(rows, placed.firstRow, top, left, height) : placedRows(placed.rowOf, placed.colOf, placed.cellOf, top, left, height);
  // Not called without merges: the empty list is an array of another kind, and V8's code for removeCovered, compiled
  // on the large sheet just read, would be thrown away at once for the small one after it (a list sheet, say).
  if (merges.length > 0) removeCovered(gridRows, merges, top, left, sheet);
  grid.rows = gridRows;
  grid.merges = merges.map((m) => ({ top: m.top - top, left: m.left - left, bottom: m.bottom - top, right: m.right - left }));
  // The used range's width is the rows' longest and the merges' rightmost edge (a cell at its right edge is there, or a merge covers it).
  if (content.validations.length > 0) grid.pendingLists = { lists: content.validations.map((v) => ({ ranges: v.ranges, formula: v.formula })), width: used.right - left + 1 };
  // ExcelJS's column count: the last cell of a row that holds something, merged cells included.
  let lastColumn = content.lastColumn;
  for (const m of merges) if (m.right > lastColumn) lastColumn = m.right;
  grid.layout = layoutOf(entry, content, top, left, lastColumn);
  if (top !== 0 || left !== 0) grid.origin = { row: top, col: left };
  return grid;
}

// sheetGrid's loops over the cells each in a small function of its own: run once per sheet, a loop in a big
// function had V8 compile that whole function (≈ 70 ms of TurboFan for sheetGrid at ×100) for one use.

/** The used range of cells placed in rows. */
function placedRange(placed: PlacedCells): CellRange {
  const rows = placed.rows!;
  if (placed.firstRow < 0) return { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  return { top: placed.firstRow, left: placed.left, bottom: placed.firstRow + rows.length - 1, right: placed.right };
}

/** The used range of scattered cells. */
function usedRange(rows: readonly number[], cols: readonly number[]): CellRange {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const col = cols[i];
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  return { top, left, bottom, right };
}

/** The used range widened to the merged areas (which together cover at most the limit). */
function mergedRange(used: CellRange, merges: readonly CellRange[], sheet: string): void {
  let { top, left, bottom, right } = used;
  let mergedCells = 0;
  for (const m of merges) {
    mergedCells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (mergedCells > XLSX_LIMITS.mergedCells) throw mergedTooMany(m, sheet);
    if (m.top < top) top = m.top;
    if (m.top > bottom) bottom = m.top;
    if (m.left < left) left = m.left;
    if (m.left > right) right = m.left;
    if (m.bottom < top) top = m.bottom;
    if (m.bottom > bottom) bottom = m.bottom;
    if (m.right < left) left = m.right;
    if (m.right > right) right = m.right;
  }
  used.top = top;
  used.left = left;
  used.bottom = bottom;
  used.right = right;
}

function mergedTooMany(m: CellRange, sheet: string): XlsxReadError {
  return limitPassed(
    `лист «${sheet}»: объединённые области (до ${rangeName(m)}) покрывают больше ${grouped(XLSX_LIMITS.mergedCells)} ячеек`,
    `sheet "${sheet}": the merged areas (up to ${rangeName(m)}) cover more than ${grouped(XLSX_LIMITS.mergedCells)} cells`,
  );
}

/** The places the rows of scattered cells take, each row as long as its last cell (counted before they are built). */
function placesOf(rows: readonly number[], cols: readonly number[], top: number, left: number, height: number): number {
  const lastOfRow = new Int32Array(height).fill(-1);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] - top;
    const c = cols[i] - left;
    if (c > lastOfRow[r]) lastOfRow[r] = c;
  }
  let places = height;
  for (let r = 0; r < height; r++) places += lastOfRow[r] + 1;
  return places;
}

/**
 * The rows of cells placed as read (from column A and the first row of a cell) as the grid's rows: from the
 * grid's top (a merged area may start above the first cell) to its bottom, from its left column.
 */
function alignedRows(rows: (GridCell | null)[][], firstRow: number, top: number, left: number, height: number): (GridCell | null)[][] {
  let out = rows;
  if (firstRow < 0 || firstRow > top) {
    out = [];
    for (let r = top; r < firstRow; r++) out.push([]);
    for (const row of rows) out.push(row);
  }
  while (out.length < height) out.push([]);
  if (left > 0) for (const row of out) if (row.length > 0) row.splice(0, left);
  return out;
}

/** The rows of the grid from scattered cells in document order: a later cell at the same place wins. */
function placedRows(rows: readonly number[], cols: readonly number[], cells: readonly GridCell[], top: number, left: number, height: number): (GridCell | null)[][] {
  const gridRows: (GridCell | null)[][] = new Array<(GridCell | null)[]>(height);
  for (let r = 0; r < height; r++) gridRows[r] = [];
  for (let i = 0; i < cells.length; i++) {
    const row = gridRows[rows[i] - top];
    const c = cols[i] - left;
    while (row.length < c) row.push(null);
    row[c] = cells[i];
  }
  return gridRows;
}

/**
 * Empties the cells a merged area covers (all but its top-left); a row that then ends in empty places is cut
 * back to its last cell. Areas that overlap on a row that holds cells are refused, as Excel refuses them.
 *
 * Emptying does not depend on the order of the areas, so it goes area by area, with no list of each row's
 * areas; only naming an overlap does (refuseOverlap), and that is done only when the areas may overlap. Every
 * list, sort and comparator here made V8 compile one more function for a few thousand steps at ×100: about
 * 50 M instructions, more than the steps themselves.
 */
function removeCovered(gridRows: (GridCell | null)[][], merges: readonly CellRange[], top: number, left: number, sheet: string): void {
  if (!inOrderApart(gridRows, merges, top)) refuseOverlap(gridRows, merges, top, sheet);
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    const first = m.left - left;
    const right = m.right - left;
    const bottom = m.bottom - top;
    for (let r = m.top - top; r <= bottom; r++) {
      const row = gridRows[r];
      const last = Math.min(right, row.length - 1);
      // The top-left cell keeps its value; on its row the area's other cells are emptied, on the rows below all of them.
      for (let c = r === m.top - top ? first + 1 : first; c <= last; c++) row[c] = null;
      if (last === row.length - 1 && row[last] === null) {
        let length = last;
        while (length > 0 && row[length - 1] === null) length--;
        row.length = length;
      }
    }
  }
}

/**
 * Does each row that holds cells meet its areas, in document order, left to right, each past the one before (so
 * that none overlaps)? Writers mostly put them so; when not (a header's areas, say), refuseOverlap looks closer.
 */
function inOrderApart(gridRows: readonly (GridCell | null)[][], merges: readonly CellRange[], top: number): boolean {
  return rowsOutOfOrder(gridRows, merges, top, true) === null;
}

/**
 * The rows that hold cells where the areas, in document order, do not come left to right, each past the one
 * before: each marked 1 in the array returned; null when there is none. With `first`, the answer comes at the
 * first such row (only whether there is one is asked): its array marks that row only.
 */
function rowsOutOfOrder(gridRows: readonly (GridCell | null)[][], merges: readonly CellRange[], top: number, first: boolean): Uint8Array | null {
  // The right edge of the last area met on each row.
  const reach = new Int32Array(gridRows.length).fill(-1);
  let unordered: Uint8Array | null = null;
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    const bottom = m.bottom - top;
    for (let r = m.top - top; r <= bottom; r++) {
      if (gridRows[r].length === 0) continue;
      if (m.left <= reach[r]) {
        (unordered ??= new Uint8Array(gridRows.length))[r] = 1;
        if (first) return unordered;
      }
      reach[r] = m.right;
    }
  }
  return unordered;
}

/**
 * Refuses the first overlap of two areas, if any: the rows (that hold cells) taken in the order the areas
 * first reach them, each row's areas by their left edge (in document order among equals, as a stable sort
 * keeps them). Only the rows whose areas are out of order are looked at: on any other row they are apart.
 */
function refuseOverlap(gridRows: readonly (GridCell | null)[][], merges: readonly CellRange[], top: number, sheet: string): void {
  const rows = rowsOutOfOrder(gridRows, merges, top, false)!;
  const byRow = new Map<number, CellRange[]>();
  for (const m of merges) {
    for (let r = m.top - top; r <= m.bottom - top; r++) {
      if (rows[r] === 0) continue;
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  for (const list of byRow.values()) {
    list.sort((a, b) => a.left - b.left);
    for (let i = 1; i < list.length; i++) if (list[i].left <= list[i - 1].right) throw overlapping(list[i - 1], list[i], sheet);
  }
}

function overlapping(a: CellRange, b: CellRange, sheet: string): XlsxReadError {
  return new XlsxReadError({
    ru: `лист «${sheet}»: объединённые области ${rangeName(a)} и ${rangeName(b)} перекрываются — Excel такого не допускает`,
    en: `sheet "${sheet}": merged areas ${rangeName(a)} and ${rangeName(b)} overlap, which Excel does not allow`,
  });
}

function rangeName(m: CellRange): string {
  return `${colName(m.left)}${m.top + 1}:${colName(m.right)}${m.bottom + 1}`;
}

function colName(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function clamp(r: CellRange, to: CellRange): CellRange | null {
  const c = { top: Math.max(r.top, to.top), left: Math.max(r.left, to.left), bottom: Math.min(r.bottom, to.bottom), right: Math.min(r.right, to.right) };
  return c.top <= c.bottom && c.left <= c.right ? c : null;
}

const COLS = 16_384;

/**
 * List validations as the grid keeps them: each cell belongs to the last validation that names it; a
 * validation's cells are put back into rectangles (from each free top-left cell, down as far as it goes,
 * then right), clamped to the used range, in grid coordinates, sorted by column then row.
 *
 * The cells are taken in blocks: the edges of the ranges cut the sheet into blocks whose cells all lie in
 * the same ranges, so they have the same owner, and the rectangles (which only ever stop at a block's
 * edge) are the blocks' rectangles — a few tall columns of lists are a handful of blocks, not thousands of
 * cells. When the ranges are so scattered that the blocks would outnumber their cells, cell by cell.
 * `byCells` forces the second way (the tests compare the two).
 */
export function listValidations(
  grid: Grid,
  lists: { ranges: CellRange[]; formula: string }[],
  sheetNamed: (name: string) => Grid | null,
  budget: { listValues: number },
  byCells = false,
  /** The used range's width: the rows' longest and the merges' rightmost edge (the reader knows it: no loop over them). */
  width = usedWidth(grid),
): ListValidation[] {
  const top = grid.origin?.row ?? 0;
  const left = grid.origin?.col ?? 0;
  const used: CellRange = { top, left, bottom: top + grid.rows.length - 1, right: left + width - 1 };
  const clamped = lists.map((list) => list.ranges.map((r) => clamp(r, used)).filter((r): r is CellRange => r !== null));
  let area = 0;
  for (const ranges of clamped) for (const c of ranges) area += (c.bottom - c.top + 1) * (c.right - c.left + 1);
  if (area > XLSX_LIMITS.validationCells) {
    throw limitPassed(
        `лист «${grid.name}»: выпадающие списки занимают больше ${grouped(XLSX_LIMITS.validationCells)} ячеек таблицы`,
        `sheet "${grid.name}": drop-down lists cover more than ${grouped(XLSX_LIMITS.validationCells)} cells of the table`,
      );
  }
  const rowEdges = edges(clamped, (c) => c.top, (c) => c.bottom + 1);
  const colEdges = edges(clamped, (c) => c.left, (c) => c.right + 1);
  const blocks = Math.max(rowEdges.length - 1, 0) * Math.max(colEdges.length - 1, 0);
  const found = !byCells && blocks <= 4 * area + 4096 ? blockRectangles(clamped, rowEdges, colEdges) : cellRectangles(clamped);
  const out: ListValidation[] = [];
  for (const [index, ranges] of found) {
    const values = listValues(lists[index].formula, sheetNamed, budget, grid.name);
    if (values === null) continue;
    for (const range of ranges()) {
      out.push({ range: { top: range.top - top, left: range.left - left, bottom: range.bottom - top, right: range.right - left }, values });
    }
  }
  // No two rectangles share a top-left cell: the order is the same whichever way they were found.
  return out.sort((a, b) => a.range.left - b.range.left || a.range.top - b.range.top);
}

function usedWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid.rows) if (row.length > width) width = row.length;
  for (const m of grid.merges) if (m.right + 1 > width) width = m.right + 1;
  return width;
}

/** The sorted distinct edges of the ranges along one axis (first place of each range, and the place past it). */
function edges(clamped: readonly CellRange[][], first: (c: CellRange) => number, past: (c: CellRange) => number): number[] {
  const all: number[] = [];
  for (const ranges of clamped) for (const c of ranges) all.push(first(c), past(c));
  all.sort((a, b) => a - b);
  const out: number[] = [];
  for (const e of all) if (out.length === 0 || out[out.length - 1] !== e) out.push(e);
  return out;
}

/**
 * The validations that own cells, in the order the cell-by-cell way meets them (the order their values are
 * read in, which decides where the budget of list values runs out), each with its rectangles.
 */
type Owned = [index: number, rectangles: () => CellRange[]][];

function blockRectangles(clamped: readonly CellRange[][], rowEdges: readonly number[], colEdges: readonly number[]): Owned {
  const nRows = rowEdges.length - 1;
  const nCols = colEdges.length - 1;
  const rowAt = new Map<number, number>();
  rowEdges.forEach((e, i) => rowAt.set(e, i));
  const colAt = new Map<number, number>();
  colEdges.forEach((e, i) => colAt.set(e, i));
  // Block (row i, column j) is owner[j × nRows + i]: column by column, as the cells are met.
  const owner = new Int32Array(nRows * nCols).fill(-1);
  const firstMet: number[] = [];
  clamped.forEach((ranges, index) => {
    for (const c of ranges) {
      const i0 = rowAt.get(c.top)!;
      const i1 = rowAt.get(c.bottom + 1)!;
      const j0 = colAt.get(c.left)!;
      const j1 = colAt.get(c.right + 1)!;
      for (let j = j0; j < j1; j++) {
        for (let i = i0; i < i1; i++) {
          const b = j * nRows + i;
          if (owner[b] < 0) firstMet.push(b);
          owner[b] = index;
        }
      }
    }
  });
  const order: number[] = [];
  const seen = new Set<number>();
  for (const b of firstMet) {
    if (!seen.has(owner[b])) {
      seen.add(owner[b]);
      order.push(owner[b]);
    }
  }
  const taken = new Uint8Array(nRows * nCols);
  const free = (index: number, b: number): boolean => owner[b] === index && taken[b] === 0;
  return order.map((index) => [
    index,
    () => {
      const out: CellRange[] = [];
      for (let j = 0; j < nCols; j++) {
        for (let i = 0; i < nRows; i++) {
          if (!free(index, j * nRows + i)) continue;
          let i1 = i;
          while (i1 + 1 < nRows && free(index, j * nRows + i1 + 1)) i1++;
          let j1 = j;
          const columnFree = (jj: number): boolean => {
            if (jj >= nCols) return false;
            for (let ii = i; ii <= i1; ii++) if (!free(index, jj * nRows + ii)) return false;
            return true;
          };
          while (columnFree(j1 + 1)) j1++;
          for (let jj = j; jj <= j1; jj++) for (let ii = i; ii <= i1; ii++) taken[jj * nRows + ii] = 1;
          out.push({ top: rowEdges[i], left: colEdges[j], bottom: rowEdges[i1 + 1] - 1, right: colEdges[j1 + 1] - 1 });
        }
      }
      return out;
    },
  ]);
}

function cellRectangles(clamped: readonly CellRange[][]): Owned {
  // key = column × rows + row: sorting keys sorts by column, then row.
  const owner = new Map<number, number>();
  clamped.forEach((ranges, index) => {
    for (const c of ranges) {
      for (let col = c.left; col <= c.right; col++) for (let row = c.top; row <= c.bottom; row++) owner.set(col * XLSX_LIMITS.rows + row, index);
    }
  });
  const cellsOf = new Map<number, number[]>();
  for (const [key, index] of owner) {
    const list = cellsOf.get(index);
    if (list) list.push(key);
    else cellsOf.set(index, [key]);
  }
  return [...cellsOf].map(([index, keys]) => [
    index,
    () => {
      keys.sort((a, b) => a - b);
      return rectangles(keys, new Set(keys));
    },
  ]);
}

function rectangles(keys: readonly number[], cells: Set<number>): CellRange[] {
  const R = XLSX_LIMITS.rows;
  const used = new Set<number>();
  const free = (key: number) => cells.has(key) && !used.has(key);
  const out: CellRange[] = [];
  for (const key of keys) {
    if (used.has(key)) continue;
    const col = Math.floor(key / R);
    const row = key - col * R;
    let bottom = row;
    while (bottom + 1 < R && free(col * R + bottom + 1)) bottom++;
    let right = col;
    const columnFree = (c: number): boolean => {
      if (c >= COLS) return false;
      for (let r = row; r <= bottom; r++) if (!free(c * R + r)) return false;
      return true;
    };
    while (columnFree(right + 1)) right++;
    for (let c = col; c <= right; c++) for (let r = row; r <= bottom; r++) used.add(c * R + r);
    out.push({ top: row, left: col, bottom, right });
  }
  return out;
}

/** The values of a list: written in the formula ("a,b"), or the non-empty cells of the range it names. */
function listValues(formula: string, sheetNamed: (name: string) => Grid | null, budget: { listValues: number }, from: string): string[] | null {
  const inline = parseInlineList(formula);
  if (inline) return inline;
  const ref = parseListReference(formula);
  const sheet = ref ? sheetNamed(ref.sheet) : null;
  if (!ref || !sheet) return null;
  const [a, b = a] = ref.range.split(':');
  // "AB12" (letters of either case, then digits) → its row and column; null for anything else.
  const at = (s: string) => {
    let col = 0;
    let i = 0;
    for (; i < s.length; i++) {
      const code = s.charCodeAt(i);
      if (!isLetterCode(code)) break;
      col = col * 26 + ((code & 0xdf) - 64);
    }
    if (i === 0 || i === s.length) return null;
    for (let j = i; j < s.length; j++) if (s.charCodeAt(j) < 48 || s.charCodeAt(j) > 57) return null;
    return { row: Number(s.slice(i)) - 1, col: col - 1 };
  };
  const p = at(a);
  const q = at(b);
  if (!p || !q) return null;
  const top = sheet.origin?.row ?? 0;
  const left = sheet.origin?.col ?? 0;
  const values: string[] = [];
  const r0 = Math.max(Math.min(p.row, q.row), top);
  const r1 = Math.min(Math.max(p.row, q.row), top + sheet.rows.length - 1);
  const c0 = Math.max(Math.min(p.col, q.col), left);
  const c1 = Math.max(p.col, q.col);
  for (let row = r0; row <= r1; row++) {
    const cells = sheet.rows[row - top];
    const last = Math.min(c1, left + cells.length - 1);
    for (let col = c0; col <= last; col++) {
      if (++budget.listValues > XLSX_LIMITS.listValues) {
        throw limitPassed(
        `лист «${from}»: выпадающие списки берут больше ${grouped(XLSX_LIMITS.listValues)} значений с листа «${sheet.name}»`,
        `sheet "${from}": drop-down lists take more than ${grouped(XLSX_LIMITS.listValues)} values from sheet "${sheet.name}"`,
      );
      }
      const v = cells[col - left]?.value;
      if (v !== null && v !== undefined && String(v).trim() !== '') values.push(String(v));
    }
  }
  return values;
}

function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function layoutOf(entry: SheetEntry, content: SheetContent, top: number, left: number, lastColumn: number): SheetLayout {
  const layout: SheetLayout = {};
  if (content.orientation === 'landscape' || content.orientation === 'portrait') layout.orientation = content.orientation;
  if (content.fitToPage && content.fitToWidth === 1) layout.fitToWidth = true;
  const titles = /^\$?(\d+):\$?(\d+)$/.exec(entry.printTitleRows ?? '');
  if (titles) layout.printTitleRows = [Number(titles[1]) - 1 - top, Number(titles[2]) - 1 - top];
  const widths: number[] = [];
  for (let c = left; c <= lastColumn; c++) widths.push(content.widths.get(c) ?? 0);
  if (widths.some((w) => w > 0)) layout.columnWidths = widths.map((w) => (w > 0 ? w : 8.43));
  return layout;
}
