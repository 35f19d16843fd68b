// The cells of a sheet are put in their rows as they are read (placed-cells.ts). Where that shortcut must not
// be taken — a cell above the first row, rows kept from column A past the limit on places — the cells are
// scattered and the grid is made from them: the grid is the same either way.
import { PlacedCells } from '../../../src/sheets/xlsx/placed-cells';
import { readXlsxGrids } from '../../../src/sheets/xlsx/xlsx-grids';
import { XLSX_LIMITS } from '../../../src/sheets/xlsx/xlsx-limits';
import { rawXlsx } from './raw-xlsx';

const cell = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;

describe('cells placed as read', () => {
  it('keep rows from column A and the first row of a cell; a later cell at the same place wins, in any order', () => {
    const placed = new PlacedCells();
    placed.place(2, 3, { value: 1 });
    placed.place(4, 1, { value: 2 });
    placed.place(2, 1, { value: 3 });
    placed.place(2, 3, { value: 4 });
    expect(placed.rows).toEqual([[null, { value: 3 }, null, { value: 4 }], [], [null, { value: 2 }]]);
    expect([placed.firstRow, placed.left, placed.right, placed.lengths, placed.filledRows]).toEqual([2, 1, 3, 6, 2]);
  });

  it('are scattered when a cell comes above the first row (no shortcut), in document order after the places filled', () => {
    const placed = new PlacedCells();
    placed.place(5, 0, { value: 1 });
    placed.place(5, 0, { value: 2 });
    placed.place(1, 2, { value: 3 });
    placed.place(6, 1, { value: 4 });
    expect(placed.rows).toBeNull();
    expect([placed.rowOf, placed.colOf, placed.cellOf]).toEqual([[5, 1, 6], [0, 2, 1], [{ value: 2 }, { value: 3 }, { value: 4 }]]);
  });

  it('give the same grid from rows out of order, repeated and above the first (scattered)', () => {
    const body = `<sheetData><row r="3">${cell('C3', 1)}${cell('B3', 2)}</row><row r="2">${cell('D2', 3)}</row><row r="3">${cell('B3', 4)}</row></sheetData><mergeCells><mergeCell ref="A5:B5"/></mergeCells>`;
    const [grid] = readXlsxGrids(rawXlsx([{ name: 'Л', body }]));
    expect(grid.origin).toEqual({ row: 1, col: 0 });
    expect(grid.rows).toEqual([[null, null, null, { value: 3 }], [null, { value: 4 }, { value: 1 }], [], []]);
  });

  it('give the same grid when rows from column A would pass the limit on places (cells far to the right: scattered)', () => {
    const rows = Math.ceil(XLSX_LIMITS.gridCells / XLSX_LIMITS.columns) + 10;
    const body = `<sheetData>${Array.from({ length: rows }, (_, r) => `<row r="${r + 1}">${cell(`XFD${r + 1}`, r)}</row>`).join('')}</sheetData>`;
    const [grid] = readXlsxGrids(rawXlsx([{ name: 'Л', body }]));
    expect(grid.origin).toEqual({ row: 0, col: XLSX_LIMITS.columns - 1 });
    expect(grid.rows).toEqual(Array.from({ length: rows }, (_, r) => [{ value: r }]));
  });

  it('are scattered once the rows from column A take far more places than the cells (a few cells far to the right): work linear in the cells', () => {
    const far = new PlacedCells();
    for (let r = 0; r < 600; r++) far.place(r, XLSX_LIMITS.columns - 1, { value: r });
    expect(far.rows).toBeNull();
    expect(far.cellOf).toHaveLength(600);
    // A table's rows, mostly filled from near column A, stay rows however long the sheet.
    const dense = new PlacedCells();
    for (let r = 0; r < 20_000; r++) for (const c of [1, 2, 5, 9]) dense.place(r, c, { value: c });
    expect(dense.rows).toHaveLength(20_000);
  });

  it('read ten sheets of 600 cells in column XFD: each sheet scattered, its grid one column', () => {
    const body = `<sheetData>${Array.from({ length: 600 }, (_, r) => `<row r="${r + 1}">${cell(`XFD${r + 1}`, r)}</row>`).join('')}</sheetData>`;
    const grids = readXlsxGrids(rawXlsx(Array.from({ length: 10 }, (_, i) => ({ name: `Л${i}`, body }))));
    expect(grids).toHaveLength(10);
    for (const grid of grids) {
      expect(grid.origin).toEqual({ row: 0, col: XLSX_LIMITS.columns - 1 });
      expect(grid.rows.every((row, r) => row.length === 1 && row[0]?.value === r)).toBe(true);
    }
  });

  it('give a grid from the top-left of the cells and merged areas (a merge above and left of every cell)', () => {
    const body = `<sheetData><row r="4">${cell('D4', 1)}${cell('F4', 2)}</row><row r="6">${cell('E6', 3)}</row></sheetData><mergeCells><mergeCell ref="B2:C3"/><mergeCell ref="E4:F4"/></mergeCells>`;
    const [grid] = readXlsxGrids(rawXlsx([{ name: 'Л', body }]));
    expect(grid.origin).toEqual({ row: 1, col: 1 });
    expect(grid.rows).toEqual([[], [], [null, null, { value: 1 }], [], [null, null, null, { value: 3 }]]);
  });
});
