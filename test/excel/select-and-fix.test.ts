import { createExcelWorkbookHost } from '../../src/excel/excel-workbook-host';
import { createExcelStandIn } from '../../src/excel/stand-in/excel-stand-in';
import { WorkbookHostError } from '../../src/excel/workbook-host-error';
import { fundingGrid, passportGrid } from './funding-grids';

describe('selecting a finding\'s cell', () => {
  test('activates the sheet and selects the cell in one sync', async () => {
    const excel = createExcelStandIn([passportGrid(), fundingGrid()]);
    const host = createExcelWorkbookHost(excel.run);
    expect(excel.book.activeSheet).toBe('Паспорт');
    await host.select('Приложение 1', '$D$4');
    expect(excel.book.activeSheet).toBe('Приложение 1');
    expect(excel.book.selection).toEqual({ sheet: 'Приложение 1', address: 'D4' });
    expect(excel.syncCount).toBe(1);
  });

  test('selects a range of cells (the passport\'s funding section)', async () => {
    const excel = createExcelStandIn([passportGrid(), fundingGrid()]);
    const host = createExcelWorkbookHost(excel.run);
    await host.select('Паспорт', 'B2:B4');
    expect(excel.book.selection).toEqual({ sheet: 'Паспорт', address: 'B2:B4' });
  });

  test('activate shows a sheet, as clicking its tab does, in one sync', async () => {
    const excel = createExcelStandIn([passportGrid(), fundingGrid()]);
    const host = createExcelWorkbookHost(excel.run);
    await host.activate('Приложение 1');
    expect(excel.book.activeSheet).toBe('Приложение 1');
    expect(excel.syncCount).toBe(1);
    await expect(host.activate('Приложение 7')).rejects.toBeInstanceOf(WorkbookHostError);
  });

  test.each([
    ['a missing sheet', 'Приложение 7', 'D4', 'Не удалось перейти к ячейке D4 на листе «Приложение 7»: лист или ячейка не найдены'],
    ['not an address', 'Приложение 1', 'итого', '«итого» — не адрес ячейки'],
  ])('%s gives a message a person can act on', async (_, sheet, cell, message) => {
    const host = createExcelWorkbookHost(createExcelStandIn([fundingGrid()]).run);
    const failure = host.select(sheet, cell);
    await expect(failure).rejects.toBeInstanceOf(WorkbookHostError);
    await expect(failure).rejects.toThrow(message);
  });
});

describe('applying fixes', () => {
  test('numbers, texts and formulas go into their cells in one sync', async () => {
    const excel = createExcelStandIn([passportGrid(), fundingGrid()]);
    const host = createExcelWorkbookHost(excel.run);
    await host.applyFixes([
      { sheet: 'Приложение 1', cell: 'C4', fix: { kind: 'number', value: '98100.9' } },
      { sheet: 'Приложение 1', cell: 'B3', fix: { kind: 'formula', formula: 'SUM(C3:G3)', value: '1567' } },
      { sheet: 'Паспорт', cell: 'B2', fix: { kind: 'text', value: '2020-2024 годы' } },
      { sheet: 'Паспорт', cell: 'B4', fix: { kind: 'text', value: '0113' } },
    ]);
    expect(excel.syncCount).toBe(1);
    const [passport, funding] = excel.toGrids();
    expect(funding.rows[3][2]?.value).toBe(98100.9);
    expect(funding.rows[2][1]).toMatchObject({ value: 1567, formula: 'SUM(C3:G3)' });
    expect(passport.rows[1][1]?.value).toBe('2020-2024 годы');
    expect(passport.rows[3][1]?.value).toBe('0113'); // stays text, not the number 113
  });
});
