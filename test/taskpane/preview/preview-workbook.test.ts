import { createExcelStandIn } from '../../../src/excel/stand-in/excel-stand-in';
import type { Grid } from '../../../src/sheets/grid';
import { PreviewWorkbook } from '../../../src/taskpane/preview/preview-workbook';

/** A subprogram block: two sources and their total as a formula (its value as Excel saved it). */
const annex: Grid = {
  name: 'Приложение 1',
  merges: [],
  rows: [
    [{ value: 'Бюджет Московской области' }, { value: 1567 }],
    [{ value: 'Внебюджетные источники' }, { value: 954.7 }],
    [{ value: 'Всего по подпрограмме II' }, { value: 2521.7, formula: 'SUM(B1:B2)' }],
  ],
};

function preview() {
  const standIn = createExcelStandIn([annex]);
  const workbook = new PreviewWorkbook(standIn.book, standIn.run);
  const changes = jest.fn();
  workbook.subscribe(changes);
  const value = (row: number, col: number) => standIn.book.valueOf(standIn.book.sheets[0], row, col).value;
  return { standIn, workbook, changes, value };
}

describe('the preview workbook', () => {
  test.each<[string, string, unknown]>([
    ['a Russian number becomes a number', '1 600,5', 1600.5],
    ['a dash stays text, as in Excel (the readers take it for «no value»)', '–', '–'],
    ['text stays text', 'нет данных', 'нет данных'],
    ['an empty entry clears the value', '', null],
  ])('typing into a cell: %s', (_name, typed, stored) => {
    const { workbook, value } = preview();
    workbook.editCell('Приложение 1', 0, 1, typed);
    expect(value(0, 1)).toBe(stored);
  });

  test('a typed formula is computed, and totals follow an edit as Excel recalculates them', () => {
    const { workbook, value } = preview();
    workbook.editCell('Приложение 1', 0, 1, '1 000,0');
    expect(value(2, 1)).toBe(1954.7);
    workbook.editCell('Приложение 1', 3, 1, '=B3*2');
    expect(value(3, 1)).toBe(3909.4);
    workbook.editCell('Приложение 1', 3, 1, '=B3^2');
    expect(value(3, 1)).toBe('#NAME?');
    workbook.editCell('Приложение 1', 3, 1, '=B1+B2');
    expect(value(3, 1)).toBe(1954.7);
  });

  test('editing selects the cell, and every change reaches the view', async () => {
    const { workbook, changes, standIn } = preview();
    workbook.editCell('Приложение 1', 1, 1, '10');
    expect(standIn.book.selection).toEqual({ sheet: 'Приложение 1', address: 'B2' });
    await workbook.run(async (context) => context.sync());
    workbook.activate('Приложение 1');
    expect(changes).toHaveBeenCalledTimes(3);
  });

  test('opening a file replaces the whole book', () => {
    const { workbook, standIn } = preview();
    workbook.replaceWith([{ name: 'Паспорт', rows: [[{ value: 'Паспорт муниципальной программы' }]], merges: [] }]);
    expect(standIn.book.sheets.map((s) => s.name)).toEqual(['Паспорт']);
    expect(standIn.book.activeSheet).toBe('Паспорт');
    expect(standIn.book.selection).toBeNull();
  });
});
