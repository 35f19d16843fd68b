// Drop-down lists are put back into rectangles block by block (the edges of their ranges cut the sheet into
// blocks of cells that lie in the same ranges) or, when the ranges are too scattered for that, cell by cell:
// both ways give the same lists, in the same order, and read the lists' values in the same order.
import fc from 'fast-check';
import type { CellRange } from '../../../src/sheets/address';
import type { Grid } from '../../../src/sheets/grid';
import { listValidations, readXlsxGrids } from '../../../src/sheets/xlsx/xlsx-grids';
import { rawXlsx } from './raw-xlsx';

const lists: Grid = { name: 'Списки', rows: Array.from({ length: 8 }, (_, r) => [{ value: `v${r}` }]), merges: [] };

function both(grid: Grid, validations: { ranges: CellRange[]; formula: string }[]): void {
  const run = (byCells: boolean) => {
    const asked: string[] = [];
    const found = listValidations(grid, validations, (name) => {
      asked.push(name);
      return lists;
    }, { listValues: 0 }, byCells);
    return JSON.stringify({ found, asked });
  };
  expect(run(false)).toBe(run(true));
}

const range = (rows: number, cols: number): fc.Arbitrary<CellRange> =>
  fc.tuple(fc.nat(rows + 2), fc.nat(rows + 2), fc.nat(cols + 2), fc.nat(cols + 2)).map(([a, b, c, d]) => ({ top: Math.min(a, b), bottom: Math.max(a, b), left: Math.min(c, d), right: Math.max(c, d) }));

describe('drop-down lists by blocks and by cells', () => {
  it('give the same rectangles and read the values in the same order (random ranges, overlapping)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.tuple(fc.array(range(14, 10), { minLength: 1, maxLength: 4 }), fc.nat(5)), { minLength: 1, maxLength: 6 }),
        (height, width, top, left, raw) => {
          const grid: Grid = { name: 'Лист', rows: Array.from({ length: height }, () => Array.from({ length: width }, () => ({ value: 1 }))), merges: [] };
          if (top || left) grid.origin = { row: top, col: left };
          const validations = raw.map(([ranges, n], i) => ({ ranges, formula: n === 0 ? `"a${i},b"` : `'Списки${i}'!A1:A${n}` }));
          both(grid, validations);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('tall columns of lists, as the writers make them, are a handful of rectangles', () => {
    const grid: Grid = { name: 'Лист', rows: Array.from({ length: 3000 }, () => [{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }, { value: 5 }]), merges: [] };
    const validations = [
      { ranges: [{ top: 11, left: 3, bottom: 2909, right: 3 }], formula: '"a,b"' },
      { ranges: [{ top: 11, left: 4, bottom: 2909, right: 4 }], formula: '"c,d"' },
      { ranges: [{ top: 100, left: 3, bottom: 120, right: 4 }], formula: '"e"' },
    ];
    both(grid, validations);
    expect(listValidations(grid, validations, () => null, { listValues: 0 }).map((v) => v.range)).toEqual([
      { top: 11, left: 3, bottom: 99, right: 3 },
      { top: 100, left: 3, bottom: 120, right: 4 },
      { top: 121, left: 3, bottom: 2909, right: 3 },
      { top: 11, left: 4, bottom: 99, right: 4 },
      { top: 121, left: 4, bottom: 2909, right: 4 },
    ]);
  });
});

describe('drop-down lists read with a sheet', () => {
  it('are clamped to the used range the reader knows as listValidations would find it (cells, covered cells and merges)', () => {
    const cells = (r: number, cols: string[]) => cols.map((c) => `<c r="${c}${r}" t="inlineStr"><is><t>${c}${r}</t></is></c>`).join('');
    const lists = `<dataValidations count="2"><dataValidation type="list" sqref="A1:Z40"><formula1>"a,b"</formula1></dataValidation><dataValidation type="list" sqref="C3:E3"><formula1>"c"</formula1></dataValidation></dataValidations>`;
    const bodies = [
      // The widest edge a merge's (past every cell), the grid from column C.
      `<sheetData><row r="2">${cells(2, ['C', 'D'])}</row><row r="3">${cells(3, ['C'])}</row></sheetData><mergeCells count="1"><mergeCell ref="D2:G3"/></mergeCells>${lists}`,
      // The widest edge a cell a merge covers (emptied in the grid).
      `<sheetData><row r="1">${cells(1, ['A', 'B', 'C', 'D', 'E'])}</row><row r="2">${cells(2, ['A'])}</row></sheetData><mergeCells count="1"><mergeCell ref="D1:E1"/></mergeCells>${lists}`,
    ];
    for (const body of bodies) {
      const [grid] = readXlsxGrids(rawXlsx([{ name: 'Лист', body }]));
      const validations = [
        { ranges: [{ top: 0, left: 0, bottom: 39, right: 25 }], formula: '"a,b"' },
        { ranges: [{ top: 2, left: 2, bottom: 2, right: 4 }], formula: '"c"' },
      ];
      expect(grid.validations).toEqual(listValidations(grid, validations, () => null, { listValues: 0 }));
      expect(grid.validations!.length).toBeGreaterThan(0);
    }
  });
});
