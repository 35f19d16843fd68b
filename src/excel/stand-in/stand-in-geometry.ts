// Addresses and rectangles as the stand-in's worksheets know them (0-based, inclusive).
import type { CellRange } from '../../sheets/address';
import { parseRange, rangeToA1 } from '../../sheets/address';
import { StandInError, invalidArgument } from './stand-in-error';

export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

export const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: SHEET_ROWS - 1, right: SHEET_COLUMNS - 1 };

export function parseAddress(address: string, sheetName: string): CellRange {
  const bang = address.lastIndexOf('!');
  if (bang >= 0) {
    const prefix = address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    if (prefix.toLowerCase() !== sheetName.toLowerCase()) throw invalidArgument(`address '${address}' is on another sheet`);
  }
  const bare = address.slice(bang + 1).replace(/\$/g, '');
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) {
    const top = Number(rows[1]) - 1;
    const bottom = Number(rows[2]) - 1;
    if (top < 0 || bottom < top || bottom >= SHEET_ROWS) throw invalidArgument(`address '${address}'`);
    return { top, left: 0, bottom, right: SHEET_COLUMNS - 1 };
  }
  try {
    const range = parseRange(bare);
    if (range.bottom >= SHEET_ROWS || range.right >= SHEET_COLUMNS) throw invalidArgument(`address '${address}'`);
    return range;
  } catch (e) {
    if (e instanceof StandInError) throw e;
    throw invalidArgument(`address '${address}'`);
  }
}

export function sheetAddress(sheetName: string, range: CellRange): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${quoted}!${rangeToA1(range)}`;
}

export function cellsOf(range: CellRange): { row: number; col: number }[] {
  const height = range.bottom - range.top + 1;
  const width = range.right - range.left + 1;
  if (height * width > 5_000_000) throw invalidArgument('the range is too large for this operation');
  const out: { row: number; col: number }[] = [];
  for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) out.push({ row, col });
  return out;
}

export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

