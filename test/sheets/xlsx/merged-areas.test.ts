// Merged areas in the streaming reader: the cells an area covers are emptied whatever order the writer put the
// areas in, and two areas that overlap on a row with cells are refused, the same pair named as ever (the rows in
// the order the areas first reach them, each row's areas by their left edge).
import { readXlsxGrids } from '../../../src/sheets/xlsx/xlsx-grids';
import { XlsxReadError } from '../../../src/sheets/xlsx/xlsx-limits';
import { rawXlsx, sheetData } from './raw-xlsx';

/** Rows 1–4 of columns A–E, each cell holding its own address ("A1", …). */
const FULL = sheetData([1, 2, 3, 4].map((r) => ['A', 'B', 'C', 'D', 'E'].map((c) => `<c r="${c}${r}" t="inlineStr"><is><t>${c}${r}</t></is></c>`).join('')));

const merges = (...refs: string[]) => `<mergeCells>${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`;

function read(...refs: string[]): (string | null)[][] {
  return readXlsxGrids(rawXlsx([{ name: 'Лист1', body: FULL + merges(...refs) }]))[0].rows.map((row) => row.map((cell) => (cell ? String(cell.value) : null)));
}

function refusal(...refs: string[]): string | null {
  try {
    readXlsxGrids(rawXlsx([{ name: 'Лист1', body: FULL + merges(...refs) }]));
    return null;
  } catch (error) {
    if (error instanceof XlsxReadError) return error.message;
    throw error;
  }
}

describe('merged areas', () => {
  it('empty the cells they cover, in whatever order they are written; a row that ends in covered cells is cut back', () => {
    const expected = [
      ['A1', 'B1', 'C1'],
      [null, 'B2', 'C2', 'D2', 'E2'],
      ['A3', 'B3', 'C3', 'D3', 'E3'],
      ['A4', 'B4', 'C4', 'D4'],
    ];
    // A header's wide area written before the tall one to its left (as writers do), and the other way round.
    expect(read('C1:E1', 'A1:A2', 'E3:E4')).toEqual(expected);
    expect(read('A1:A2', 'C1:E1', 'E3:E4')).toEqual(expected);
    expect(read('E3:E4', 'C1:E1', 'A1:A2')).toEqual(expected);
  });

  it('that overlap are refused, the first overlap named by the order the areas first reach its row, then by left edge', () => {
    expect(refusal('C1:D1', 'A1:C2')).toBe('лист «Лист1»: объединённые области A1:C2 и C1:D1 перекрываются — Excel такого не допускает');
    // Row 4 is reached (by A3:B4) before row 2: its overlap is the one named.
    expect(refusal('A3:B4', 'A1:B2', 'B4:C4', 'B2:C2')).toMatch(/области A3:B4 и B4:C4 перекрываются/);
    expect(refusal('A1:B2', 'B2:C3')).toMatch(/области A1:B2 и B2:C3 перекрываются/);
    // Among areas with the same left edge, the one written first comes first.
    expect(refusal('B1:B1', 'A1:C1', 'A1:A1')).toMatch(/области A1:C1 и A1:A1 перекрываются/);
    // Rows whose areas come out of order but apart are read; the overlap of a row after them is named.
    expect(refusal('C1:D1', 'A1:B1', 'A3:B3', 'B3:C3')).toMatch(/области A3:B3 и B3:C3 перекрываются/);
    expect(refusal('C1:D1', 'A1:B1', 'D2:E2', 'A2:C2')).toBeNull();
  });

  it('that overlap only on rows without cells are read, as ever', () => {
    expect(refusal('A6:B6', 'B6:C7')).toBeNull();
    expect(read('A6:B6', 'B6:C7', 'C1:E1').slice(0, 1)).toEqual([['A1', 'B1', 'C1']]);
  });
});
