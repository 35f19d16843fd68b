import { SAVED_FILLS_SETTING } from '../../src/excel/cell-highlights';
import { createExcelWorkbookHost } from '../../src/excel/excel-workbook-host';
import { EXCEL_WEB_PAYLOAD_LIMIT_BYTES } from '../../src/excel/request-size';
import { SEVERITY_FILL } from '../../src/excel/severity-fill';
import { createExcelStandIn } from '../../src/excel/stand-in/excel-stand-in';
import type { CellHighlight } from '../../src/excel/workbook-host';
import { toA1 } from '../../src/sheets/address';
import { fundingGrid } from './funding-grids';

const SHEET = 'Приложение 1';
const USER_YELLOW = '#FFFF00';

/** The funding table with the user's own yellow fill on the total of the second row (B4). */
function workbook(blocks = 1) {
  const grid = fundingGrid(blocks);
  const b4 = grid.rows[3][1]!;
  b4.style = { ...b4.style, fill: USER_YELLOW };
  const excel = createExcelStandIn([grid]);
  return { excel, sheet: excel.book.sheet(SHEET)! };
}

describe('highlighting findings', () => {
  test('fills cells by severity, the graver one winning on a shared cell', async () => {
    const { excel, sheet } = workbook();
    const host = createExcelWorkbookHost(excel.run);
    await host.highlight([
      { sheet: SHEET, cell: 'B3', severity: 'error' },
      { sheet: SHEET, cell: 'C4', severity: 'warning' },
      { sheet: SHEET, cell: 'D5', severity: 'info' },
      { sheet: SHEET, cell: 'D5', severity: 'warning' },
    ]);
    const fills = ['B3', 'C4', 'D5', 'E5'].map((a) => sheet.cell(Number(a.slice(1)) - 1, a.charCodeAt(0) - 65)?.fill);
    expect(fills).toEqual([SEVERITY_FILL.error, SEVERITY_FILL.warning, SEVERITY_FILL.warning, undefined]);
  });

  test('clearing restores the user\'s own fills and leaves unfilled cells unfilled', async () => {
    const { excel, sheet } = workbook();
    const host = createExcelWorkbookHost(excel.run);
    await host.highlight([
      { sheet: SHEET, cell: 'B4', severity: 'error' },
      { sheet: SHEET, cell: 'C4', severity: 'error' },
    ]);
    expect(sheet.cell(3, 1)?.fill).toBe(SEVERITY_FILL.error);
    await host.clearHighlights();
    expect(sheet.cell(3, 1)?.fill).toBe(USER_YELLOW);
    expect(sheet.cell(3, 2)?.fill).toBeUndefined();
  });

  test('highlighting again keeps the fill from before the first highlight and restores cells no longer found', async () => {
    const { excel, sheet } = workbook();
    const host = createExcelWorkbookHost(excel.run);
    await host.highlight([{ sheet: SHEET, cell: 'B4', severity: 'error' }, { sheet: SHEET, cell: 'C4', severity: 'error' }]);
    await host.highlight([{ sheet: SHEET, cell: 'B4', severity: 'warning' }]);
    expect(sheet.cell(3, 1)?.fill).toBe(SEVERITY_FILL.warning);
    expect(sheet.cell(3, 2)?.fill).toBeUndefined(); // C4 is fixed: its own (empty) fill is back
    await host.clearHighlights();
    expect(sheet.cell(3, 1)?.fill).toBe(USER_YELLOW);
  });

  test('a reloaded pane (a new host) restores the fills from the workbook\'s settings', async () => {
    const { excel, sheet } = workbook();
    await createExcelWorkbookHost(excel.run).highlight([{ sheet: SHEET, cell: 'B4', severity: 'info' }]);
    expect(JSON.parse(excel.book.settings.get(SAVED_FILLS_SETTING) as string)).toEqual({ [SHEET]: { B4: USER_YELLOW } });
    const reloaded = createExcelWorkbookHost(excel.run);
    excel.resetCounters();
    await reloaded.clearHighlights();
    expect(sheet.cell(3, 1)?.fill).toBe(USER_YELLOW);
    expect(excel.syncCount).toBe(2); // read the settings, then restore
    expect(JSON.parse(excel.book.settings.get(SAVED_FILLS_SETTING) as string)).toEqual({});
  });

  test('10 000 findings take one read sync and one write sync, each request under 5 MB', async () => {
    const { excel, sheet } = workbook(3400); // 10 202 rows × 7 columns
    const host = createExcelWorkbookHost(excel.run);
    // Every other cell of the amount columns, with severities in turn: no two findings are neighbours in a row.
    const findings: CellHighlight[] = [];
    const severities = ['error', 'warning', 'info'] as const;
    for (let row = 2; findings.length < 10_000; row++) {
      for (let col = 1 + (row % 2); col < 7 && findings.length < 10_000; col += 2) {
        findings.push({ sheet: SHEET, cell: toA1(row, col), severity: severities[findings.length % 3] });
      }
    }
    excel.resetCounters();
    await host.highlight(findings);
    expect(excel.syncCount).toBe(2);
    for (const s of excel.syncs) expect(s.requestBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT_BYTES);
    const last = findings[findings.length - 1];
    const { row, col } = { row: Number(last.cell.replace(/\D/g, '')) - 1, col: last.cell.charCodeAt(0) - 65 };
    expect(sheet.cell(row, col)?.fill).toBe(SEVERITY_FILL[last.severity]);

    excel.resetCounters();
    await host.clearHighlights();
    expect(excel.syncCount).toBe(2); // which sheets are there now (a renamed or deleted one is not cleared blindly), then restore
    expect(sheet.cell(row, col)?.fill).toBeUndefined();
    expect(sheet.cell(3, 1)?.fill).toBe(USER_YELLOW);
  });

  test('a finding on a sheet that is not there is told as a message about the sheet', async () => {
    const { excel } = workbook();
    const host = createExcelWorkbookHost(excel.run);
    await expect(host.highlight([{ sheet: 'Приложение 9', cell: 'A1', severity: 'error' }])).rejects.toThrow(
      'Не удалось подсветить ячейки: лист или ячейка не найдены',
    );
  });

  test.each([
    ['the pane that highlighted', false],
    ['a reloaded pane (from the workbook\'s settings)', true],
  ])('a sheet renamed since the highlight is restored under its new name by %s', async (_, reload) => {
    const { excel, sheet } = workbook();
    const host = createExcelWorkbookHost(excel.run);
    await host.highlight([{ sheet: SHEET, cell: 'B4', severity: 'error' }, { sheet: SHEET, cell: 'C4', severity: 'warning' }]);
    sheet.name = 'Финансирование'; // renamed by hand in Excel
    await (reload ? createExcelWorkbookHost(excel.run) : host).clearHighlights();
    expect(excel.book.sheet('Финансирование')).toBe(sheet);
    expect(sheet.cell(3, 1)?.fill).toBe(USER_YELLOW);
    expect(sheet.cell(3, 2)?.fill).toBeUndefined();
    expect(JSON.parse(excel.book.settings.get(SAVED_FILLS_SETTING) as string)).toEqual({});
  });

  test('a deleted sheet is skipped, its remembered fills dropped: a new sheet of that name keeps its own fills', async () => {
    const { excel } = workbook();
    const other = fundingGrid(1);
    other.name = 'Паспорт';
    excel.book.putGrid(other);
    const host = createExcelWorkbookHost(excel.run);
    await host.highlight([
      { sheet: SHEET, cell: 'B4', severity: 'error' },
      { sheet: 'Паспорт', cell: 'C3', severity: 'info' },
    ]);
    // Приложение 1 deleted and a new one made in its place, with a fill of its own where a highlight was.
    excel.book.deleteSheet(excel.book.sheet(SHEET)!);
    const fresh = excel.book.putGrid(fundingGrid(1));
    fresh.touch(3, 1).fill = '#00FF00';
    await host.clearHighlights();
    expect(fresh.cell(3, 1)?.fill).toBe('#00FF00'); // not "restored" to the old sheet's yellow
    expect(excel.book.sheet('Паспорт')!.cell(2, 2)?.fill).toBeUndefined(); // the sheet still there is cleared
    expect(JSON.parse(excel.book.settings.get(SAVED_FILLS_SETTING) as string)).toEqual({});
    // Nothing of the deleted sheet is remembered: highlighting and clearing again leaves the new fill alone.
    await host.highlight([{ sheet: SHEET, cell: 'B4', severity: 'warning' }]);
    await host.clearHighlights();
    expect(fresh.cell(3, 1)?.fill).toBe('#00FF00');
  });

  test('highlighting again after a sheet was deleted restores nothing onto it and fails on nothing', async () => {
    const { excel } = workbook();
    const other = fundingGrid(1);
    other.name = 'Паспорт';
    excel.book.putGrid(other);
    const host = createExcelWorkbookHost(excel.run);
    await host.highlight([{ sheet: 'Паспорт', cell: 'B4', severity: 'error' }]);
    excel.book.deleteSheet(excel.book.sheet('Паспорт')!);
    await host.highlight([{ sheet: SHEET, cell: 'C4', severity: 'error' }]);
    expect(Object.keys(JSON.parse(excel.book.settings.get(SAVED_FILLS_SETTING) as string))).toEqual([SHEET]);
  });
});
