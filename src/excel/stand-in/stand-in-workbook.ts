// The in-memory workbook behind the Excel stand-in: sheets of sparse cells with values, formulas,
// number formats, a few format properties, merges, list validations, column widths and page layout.
// It is built from grids and gives grids back (the preview renders them); the API objects in
// stand-in-objects.ts read and change it only inside context.sync(), like Excel does.
import { parseRange, type CellRange } from '../../sheets/address';
import type { CellStyle, CellValue, Grid, GridCell, ListValidation, SheetLayout } from '../../sheets/grid';
import { charactersToPoints, pointsToCharacters } from '../column-width';
import { evaluateFormula } from './stand-in-formula';

export type Horizontal = 'General' | 'Left' | 'Center' | 'Right';
export type Vertical = 'Top' | 'Center' | 'Bottom';

export interface Borders {
  top?: boolean;
  bottom?: boolean;
  left?: boolean;
  right?: boolean;
}

export interface StandInCell {
  /** What the cell holds; for a formula written without a value it is computed on reading. */
  value?: CellValue;
  error?: boolean;
  /** Without "=". */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  horizontal?: Horizontal;
  vertical?: Vertical;
  /** "#RRGGBB"; absent means no fill. */
  fill?: string;
  borders?: Borders;
}

export interface StandInPageLayout {
  orientation?: 'Portrait' | 'Landscape';
  printTitleRows?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  paperSize?: string;
  /** In points, as Excel's PageLayout takes them. */
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  centerHorizontally?: boolean;
}

let sheetCount = 0;

/** A worksheet id shaped like Excel's ("{8A1B…}"): stable while the sheet lives, renamed or not. */
function newSheetId(): string {
  sheetCount += 1;
  return `{00000000-0001-0000-${String(sheetCount).padStart(4, '0')}-000000000000}`;
}

const DEFAULT_COLUMN_WIDTH_POINTS = 48;

export class StandInSheet {
  /** Cells by row, then by column (sparse). */
  private readonly grid = new Map<number, Map<number, StandInCell>>();
  merges: CellRange[] = [];
  /** List validations: the values (from a grid), or the source Excel was given ("a,b,c" or "='Лист'!$A$1:$A$9"). */
  validations: { range: CellRange; source: string | string[] }[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points, by row (rows not here have the default height). */
  readonly rowHeights = new Map<number, number>();
  pageLayout: StandInPageLayout = {};
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  readonly id = newSheetId();

  constructor(public name: string) {}

  static key(row: number, col: number): string {
    return `${row},${col}`;
  }

  /** Every cell as [row, col, cell], row by row. */
  *entries(): IterableIterator<[number, number, StandInCell]> {
    for (const row of [...this.grid.keys()].sort((a, b) => a - b)) {
      const cols = this.grid.get(row) as Map<number, StandInCell>;
      for (const col of [...cols.keys()].sort((a, b) => a - b)) yield [row, col, cols.get(col) as StandInCell];
    }
  }

  /** A snapshot keyed "row,col" (0-based); prefer entries(). */
  get cells(): Map<string, StandInCell> {
    const out = new Map<string, StandInCell>();
    for (const [row, col, cell] of this.entries()) out.set(StandInSheet.key(row, col), cell);
    return out;
  }

  cell(row: number, col: number): StandInCell | undefined {
    return this.grid.get(row)?.get(col);
  }

  /** The cell, created when absent (for writing). */
  touch(row: number, col: number): StandInCell {
    let cols = this.grid.get(row);
    if (!cols) {
      cols = new Map();
      this.grid.set(row, cols);
    }
    let cell = cols.get(col);
    if (!cell) {
      cell = {};
      cols.set(col, cell);
    }
    return cell;
  }

  /** The smallest range holding every cell with content or formatting, like Excel's used range. */
  usedRange(): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [row, cols] of this.grid) {
      for (const [col, cell] of cols) {
        if (isBlank(cell)) continue;
        if (row < top) top = row;
        if (row > bottom) bottom = row;
        if (col < left) left = col;
        if (col > right) right = col;
      }
    }
    for (const m of this.merges) {
      top = Math.min(top, m.top);
      left = Math.min(left, m.left);
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH_POINTS;
  }

  /**
   * Range.getUsedRange: the smallest range holding the used cells that lie within `within` (content or
   * formatting, merged cells; with `valuesOnly`, values and formulas only), or null when it has none.
   */
  usedRangeWithin(within: CellRange, valuesOnly: boolean): CellRange | null {
    let box: CellRange | null = null;
    const add = (r: CellRange): void => {
      const top = Math.max(r.top, within.top);
      const left = Math.max(r.left, within.left);
      const bottom = Math.min(r.bottom, within.bottom);
      const right = Math.min(r.right, within.right);
      if (top > bottom || left > right) return;
      box = box
        ? { top: Math.min(box.top, top), left: Math.min(box.left, left), bottom: Math.max(box.bottom, bottom), right: Math.max(box.right, right) }
        : { top, left, bottom, right };
    };
    const rows = within.bottom - within.top < this.grid.size ? Array.from({ length: within.bottom - within.top + 1 }, (_, i) => within.top + i) : [...this.grid.keys()];
    for (const row of rows) {
      const cols = this.grid.get(row);
      if (!cols || row < within.top || row > within.bottom) continue;
      for (const [col, cell] of cols) {
        if (col < within.left || col > within.right) continue;
        if (valuesOnly ? (cell.value === undefined || cell.value === null) && cell.formula === undefined : isBlank(cell)) continue;
        add({ top: row, left: col, bottom: row, right: col });
      }
    }
    if (!valuesOnly) for (const m of this.merges) add(m);
    return box;
  }
}

function isBlank(cell: StandInCell): boolean {
  for (const key in cell) if (cell[key as keyof StandInCell] !== undefined) return false;
  return true;
}

export interface StandInSelection {
  sheet: string;
  address: string;
}

export class StandInWorkbook {
  readonly sheets: StandInSheet[] = [];
  activeSheet: string | null = null;
  selection: StandInSelection | null = null;
  readonly settings = new Map<string, unknown>();

  static fromGrids(grids: readonly Grid[]): StandInWorkbook {
    const book = new StandInWorkbook();
    for (const grid of grids) book.putGrid(grid);
    if (book.sheets.length === 0) book.addSheet('Лист1');
    book.activeSheet = book.sheets[0].name;
    return book;
  }

  sheet(name: string): StandInSheet | undefined {
    const folded = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === folded);
  }

  addSheet(name?: string): StandInSheet {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheet(`Лист${n}`)) n += 1;
      chosen = `Лист${n}`;
    }
    const sheet = new StandInSheet(chosen);
    this.sheets.push(sheet);
    if (this.activeSheet === null) this.activeSheet = sheet.name;
    return sheet;
  }

  deleteSheet(sheet: StandInSheet): void {
    const at = this.sheets.indexOf(sheet);
    if (at >= 0) this.sheets.splice(at, 1);
    if (this.activeSheet !== null && this.activeSheet.toLowerCase() === sheet.name.toLowerCase()) {
      this.activeSheet = this.sheets[0]?.name ?? null;
    }
    if (this.selection?.sheet === sheet.name) this.selection = null;
  }

  /** Replaces (or adds) the sheet named like the grid with the grid's content. */
  putGrid(grid: Grid): StandInSheet {
    const old = this.sheet(grid.name);
    const sheet = new StandInSheet(grid.name);
    if (old) this.sheets[this.sheets.indexOf(old)] = sheet;
    else this.sheets.push(sheet);
    const top = grid.origin?.row ?? 0;
    const left = grid.origin?.col ?? 0;
    grid.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell) Object.assign(sheet.touch(top + r, left + c), cellFromGrid(cell));
      }),
    );
    const shift = (range: CellRange): CellRange => ({
      top: range.top + top,
      left: range.left + left,
      bottom: range.bottom + top,
      right: range.right + left,
    });
    sheet.merges = grid.merges.map(shift);
    sheet.validations = (grid.validations ?? []).map((v) => ({ range: shift(v.range), source: [...v.values] }));
    grid.layout?.columnWidths?.forEach((w, i) => sheet.columnWidths.set(left + i, charactersToPoints(w)));
    if (grid.layout?.orientation) sheet.pageLayout.orientation = grid.layout.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    return sheet;
  }

  /** The sheets as grids; hidden sheets (like the adapter's lists) only when asked, as Excel shows no tab for them. */
  toGrids(options: { hidden?: boolean } = {}): Grid[] {
    return this.sheets.filter((s) => options.hidden || s.visibility === 'Visible').map((sheet) => sheetToGrid(this, sheet));
  }

  /** The value a reader sees: computed for a formula written without a value. */
  valueOf(sheet: StandInSheet, row: number, col: number, visiting = new Set<string>()): { value: CellValue; error: boolean } {
    const cell = sheet.cell(row, col);
    if (!cell) return { value: null, error: false };
    if (cell.value !== undefined) return { value: cell.value, error: cell.error === true };
    if (cell.formula === undefined) return { value: null, error: false };
    const key = `${sheet.name}!${row},${col}`;
    if (visiting.has(key)) return { value: '#REF!', error: true };
    visiting.add(key);
    try {
      return evaluateFormula(cell.formula, (sheetName, r, c) => {
        const target = sheetName === null ? sheet : this.sheet(sheetName);
        if (!target) return { value: '#REF!', error: true };
        return this.valueOf(target, r, c, visiting);
      });
    } finally {
      visiting.delete(key);
    }
  }
}

function cellFromGrid(cell: GridCell): StandInCell {
  const out: StandInCell = {};
  if (cell.formula) out.formula = cell.formula;
  // A formula cell keeps the value it came with; one without a value is computed when read.
  if (cell.value !== null || !cell.formula) out.value = cell.value;
  if (cell.error) out.error = true;
  if (cell.numberFormat && cell.numberFormat !== 'General') out.numberFormat = cell.numberFormat;
  const s = cell.style;
  if (s) {
    if (s.bold) out.bold = true;
    if (s.italic) out.italic = true;
    if (s.fontSize) out.fontSize = s.fontSize;
    if (s.wrap) out.wrap = true;
    if (s.horizontal) out.horizontal = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[s.horizontal];
    if (s.vertical) out.vertical = ({ top: 'Top', middle: 'Center', bottom: 'Bottom' } as const)[s.vertical];
    if (s.fill) out.fill = s.fill.toUpperCase();
    if (s.border) out.borders = { top: true, bottom: true, left: true, right: true };
  }
  return out;
}

function styleOf(cell: StandInCell): CellStyle | undefined {
  const style: CellStyle = {};
  if (cell.bold) style.bold = true;
  if (cell.italic) style.italic = true;
  if (cell.fontSize) style.fontSize = cell.fontSize;
  if (cell.wrap) style.wrap = true;
  if (cell.horizontal && cell.horizontal !== 'General') {
    style.horizontal = ({ Left: 'left', Center: 'center', Right: 'right' } as const)[cell.horizontal];
  }
  if (cell.vertical) style.vertical = ({ Top: 'top', Center: 'middle', Bottom: 'bottom' } as const)[cell.vertical];
  if (cell.fill) style.fill = cell.fill;
  const b = cell.borders;
  if (b?.top && b.bottom && b.left && b.right) style.border = true;
  return Object.keys(style).length > 0 ? style : undefined;
}

/** The values of a list validation's source: the list itself, "a,b,c", or the cells of "='Списки'!$A$1:$A$9". */
function listValues(book: StandInWorkbook, source: string | string[]): string[] {
  if (Array.isArray(source)) return [...source];
  if (!source.startsWith('=')) return source.split(',');
  const reference = source.slice(1);
  const bang = reference.lastIndexOf('!');
  const sheet = bang < 0 ? undefined : book.sheet(reference.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'"));
  if (!sheet) return [];
  const range = parseRange(reference.slice(bang + 1));
  const values: string[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      const { value } = book.valueOf(sheet, r, c);
      if (value !== null && value !== '') values.push(String(value));
    }
  }
  return values;
}

function sheetToGrid(book: StandInWorkbook, sheet: StandInSheet): Grid {
  const used = sheet.usedRange();
  const grid: Grid = { name: sheet.name, rows: [], merges: [] };
  if (!used) return grid;
  grid.origin = { row: used.top, col: used.left };
  for (let r = used.top; r <= used.bottom; r++) {
    const row: (GridCell | null)[] = [];
    for (let c = used.left; c <= used.right; c++) {
      const cell = sheet.cell(r, c);
      if (!cell) {
        row.push(null);
        continue;
      }
      const { value, error } = book.valueOf(sheet, r, c);
      const out: GridCell = { value };
      if (error) out.error = true;
      if (cell.formula) out.formula = cell.formula;
      if (cell.numberFormat) out.numberFormat = cell.numberFormat;
      const style = styleOf(cell);
      if (style) out.style = style;
      row.push(out);
    }
    grid.rows.push(row);
  }
  const local = (range: CellRange): CellRange => ({
    top: range.top - used.top,
    left: range.left - used.left,
    bottom: range.bottom - used.top,
    right: range.right - used.left,
  });
  grid.merges = sheet.merges.map(local);
  const validations: ListValidation[] = sheet.validations.map((v) => ({ range: local(v.range), values: listValues(book, v.source) }));
  if (validations.length > 0) grid.validations = validations;
  const layout: SheetLayout = {};
  if (sheet.columnWidths.size > 0) {
    layout.columnWidths = [];
    for (let c = used.left; c <= used.right; c++) layout.columnWidths.push(pointsToCharacters(sheet.columnWidth(c)));
  }
  if (sheet.pageLayout.orientation) layout.orientation = sheet.pageLayout.orientation === 'Landscape' ? 'landscape' : 'portrait';
  if (Object.keys(layout).length > 0) grid.layout = layout;
  return grid;
}
