// The grid: a host-neutral 2-D table of cells, what the Excel adapter reads from a workbook,
// what ExcelJS gives the CLI, and what the writers produce.
import { toA1, type CellRange } from './address';

export type CellValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  /** Thin borders on all four sides. */
  border?: boolean;
  /** Background, "#RRGGBB". */
  fill?: string;
}

export interface GridCell {
  /** What the cell shows (for a formula: its last computed value; for an error: "#REF!" and so on). */
  value: CellValue;
  /** The value is a spreadsheet error (#REF!, #DIV/0!, #VALUE!, #N/A, …). */
  error?: boolean;
  /** The formula without "=", when the cell has one. */
  formula?: string | null;
  /** Excel number format, e.g. "# ##0.0" ("General" when absent). */
  numberFormat?: string | null;
  style?: CellStyle;
}

/** A drop-down list on a range of cells. */
export interface ListValidation {
  range: CellRange;
  values: string[];
}

export interface SheetLayout {
  /** Column widths in characters, from the first column of the grid. */
  columnWidths?: number[];
  /** Rows to repeat at the top of every printed page (0-based, inclusive). */
  printTitleRows?: [number, number];
  orientation?: 'portrait' | 'landscape';
  /** Fit all columns on the page width. */
  fitToWidth?: boolean;
  paperSize?: 'A4';
  /** Page margins in inches (what Excel's page setup takes). */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Height of each row in points (null: the default); without it, hosts estimate heights for wrapped text. */
  rowHeights?: (number | null)[];
  /** Centre the table between the side margins. */
  horizontalCentered?: boolean;
}

export interface Grid {
  /** The worksheet's name. */
  name: string;
  /** Row-major cells; a missing or null cell is empty. */
  rows: (GridCell | null | undefined)[][];
  /** The sheet position of rows[0][0] (0-based), when the grid does not start at A1. */
  origin?: { row: number; col: number };
  /** Merged areas, in grid coordinates; only the top-left cell holds the value (some readers repeat it). */
  merges: CellRange[];
  validations?: ListValidation[];
  layout?: SheetLayout;
}

export function cellAt(grid: Grid, row: number, col: number): GridCell | null {
  return grid.rows[row]?.[col] ?? null;
}

/** The sheet's A1 address of a grid position. */
export function gridAddress(grid: Grid, row: number, col: number): string {
  return toA1(row + (grid.origin?.row ?? 0), col + (grid.origin?.col ?? 0));
}

export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid.rows) if (row && row.length > width) width = row.length;
  return width;
}

/** The text a person sees in the cell, trimmed; numbers in their JavaScript form. */
export function cellText(cell: GridCell | null | undefined): string {
  if (!cell || cell.value === null || cell.value === undefined) return '';
  return String(cell.value).trim();
}

const ERROR_TEXT = /^\s*#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)\s*$/i;

/** Text that is a spreadsheet error value ("#REF!", "#DIV/0!", …): what a pasted or exported error looks like. */
export function isErrorText(text: string): boolean {
  return ERROR_TEXT.test(text);
}
