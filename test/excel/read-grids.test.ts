import { createExcelWorkbookHost } from '../../src/excel/excel-workbook-host';
import type { ExcelRun } from '../../src/excel/excel-api';
import { createExcelStandIn } from '../../src/excel/stand-in/excel-stand-in';
import { StandInError } from '../../src/excel/stand-in/stand-in-error';
import { Program } from '../../src/domain/model/program';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';
import { scaleProgram } from '../../bench/scaled-program';
import example from '../../examples/stupino-2020-2024.program.json';
import { fundingGrid, passportGrid } from './funding-grids';

const LIMIT = 5 * 1024 * 1024;

/** The stand-in's run, with Excel refusing the n-th sync of every batch with the given code. */
function failingSync(run: ExcelRun, code: string, nth = 1): ExcelRun {
  return (batch) =>
    run((context) => {
      let n = 0;
      return batch({
        workbook: context.workbook,
        sync: () => (++n === nth ? Promise.reject(new StandInError(code, `Excel refused: ${code}`)) : context.sync()),
      });
    });
}

describe('reading a workbook through the adapter', () => {
  test('returns every sheet with values, formulas, number formats, merges and error flags', async () => {
    const excel = createExcelStandIn([passportGrid(), fundingGrid()]);
    const host = createExcelWorkbookHost(excel.run);
    const [passport, funding] = await host.readGrids();

    expect(passport.name).toBe('Паспорт');
    expect(passport.rows[1][1]).toEqual({ value: '2020-2024' });
    expect(passport.rows[2][1]).toEqual({ value: '#REF!', error: true, formula: "'Приложение 1'!Z99/0" });
    expect(passport.rows[3][1]).toEqual({ value: '0113' });

    expect(funding.name).toBe('Приложение 1');
    expect(funding.origin).toBeUndefined();
    expect(funding.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 6 }]);
    expect(funding.rows[0][0]).toEqual({ value: 'Источники финансирования муниципальной программы' });
    expect(funding.rows[0][1]).toBeNull();
    // Бюджет городского округа: the total is a formula with its value; amounts keep their format.
    expect(funding.rows[3][1]).toEqual({ value: 421246.1, formula: 'SUM(C4:G4)', numberFormat: '# ##0.0' });
    expect(funding.rows[3][2]).toEqual({ value: 98100.9, numberFormat: '# ##0.0' });
    expect(funding.rows[2][3]).toEqual({ value: 0, numberFormat: '# ##0.0' });
  });

  test('a grid that does not start at A1 gets its origin', async () => {
    const excel = createExcelStandIn([{ name: 'Лист1', origin: { row: 4, col: 2 }, rows: [[{ value: 'Итого' }, { value: 5 }]], merges: [] }]);
    const [grid] = await createExcelWorkbookHost(excel.run).readGrids();
    expect(grid.origin).toEqual({ row: 4, col: 2 });
    expect(grid.rows).toEqual([[{ value: 'Итого' }, { value: 5 }]]);
  });

  test('an empty sheet reads as an empty grid', async () => {
    const excel = createExcelStandIn([passportGrid(), { name: 'Пустой', rows: [], merges: [] }]);
    const grids = await createExcelWorkbookHost(excel.run).readGrids();
    expect(grids.map((g) => [g.name, g.rows.length])).toEqual([
      ['Паспорт', 4],
      ['Пустой', 0],
    ]);
  });

  test('reads in one sync once the sheet names are known, and a first read costs one more for the names', async () => {
    const excel = createExcelStandIn([passportGrid(), fundingGrid()]);
    const host = createExcelWorkbookHost(excel.run);
    await host.readGrids();
    expect(excel.syncCount).toBe(2);
    excel.resetCounters();
    await host.readGrids();
    expect(excel.syncCount).toBe(1);
    expect(host.lastSyncs).toBe(1);
  });

  test('once the pane has prepared the host (names, then used ranges and a sample: two small syncs), even the first read is one sync', async () => {
    const excel = createExcelStandIn([passportGrid(), fundingGrid(4000)]);
    const host = createExcelWorkbookHost(excel.run);
    await host.prepare();
    expect(excel.syncCount).toBe(2);
    expect(excel.syncs.every((s) => s.responseBytes < 1024 * 1024)).toBe(true);
    excel.resetCounters();
    const grids = await host.readGrids();
    expect(excel.syncCount).toBe(1);
    expect(grids.map((g) => g.name)).toEqual(['Паспорт', 'Приложение 1']);
  });

  test.each([
    [10, 'ten rows'],
    [10_000, 'ten thousand rows'],
  ])('the number of syncs does not grow with the sheet: %i (%s)', async (rows) => {
    const blocks = Math.ceil(rows / 3);
    const excel = createExcelStandIn([passportGrid(), fundingGrid(blocks)]);
    const host = createExcelWorkbookHost(excel.run);
    await host.readGrids();
    excel.resetCounters();
    const grids = await host.readGrids();
    expect(grids[1].rows).toHaveLength(2 + blocks * 3);
    expect(excel.syncCount).toBe(1);
  });

  test('a sheet added by hand since the last read is read in one more sync', async () => {
    const excel = createExcelStandIn([passportGrid()]);
    const host = createExcelWorkbookHost(excel.run);
    await host.readGrids();
    excel.book.putGrid(fundingGrid());
    excel.resetCounters();
    const grids = await host.readGrids();
    expect(grids.map((g) => g.name)).toEqual(['Паспорт', 'Приложение 1']);
    expect(excel.syncCount).toBe(2);
  });

  test('a sheet deleted by hand since the last read: the read still succeeds (careful path)', async () => {
    const excel = createExcelStandIn([passportGrid(), fundingGrid()]);
    const host = createExcelWorkbookHost(excel.run);
    await host.readGrids();
    excel.book.deleteSheet(excel.book.sheet('Паспорт')!);
    const grids = await host.readGrids();
    expect(grids.map((g) => g.name)).toEqual(['Приложение 1']);
    expect(grids[0].rows[3][2]).toEqual({ value: 98100.9, numberFormat: '# ##0.0' });
  });

  test('a sheet with more merged areas than Excel returns in one call (512) is read in row bands, in the same sync', async () => {
    const grid = fundingGrid(400); // 1 202 rows
    grid.merges = grid.rows.map((_, r) => ({ top: r, left: 0, bottom: r, right: 1 })).slice(2); // 1 200 merged areas
    const excel = createExcelStandIn([grid]);
    const host = createExcelWorkbookHost(excel.run);
    const first = await host.readGrids();
    expect(first[0].merges).toHaveLength(1200);
    expect(excel.syncCount).toBe(2); // the names, then everything
    excel.resetCounters();
    const second = await host.readGrids();
    expect(second[0].merges).toEqual(first[0].merges);
    expect(excel.syncCount).toBe(1);
  });

  test('merged areas denser than the first guess (over 512 in 256 rows): a careful read, then one sync', async () => {
    const grid = fundingGrid(100); // 302 rows × 7 columns
    grid.merges = grid.rows.flatMap((_, r) => [0, 2, 4].map((c) => ({ top: r, left: c, bottom: r, right: c + 1 }))); // 906 areas
    const excel = createExcelStandIn([grid]);
    const host = createExcelWorkbookHost(excel.run);
    const first = await host.readGrids();
    expect(first[0].merges).toHaveLength(906);
    expect(excel.syncCount).toBeGreaterThan(2);
    excel.resetCounters();
    expect((await host.readGrids())[0].merges).toEqual(first[0].merges);
    expect(excel.syncCount).toBe(1);
  });

  test('a sheet whose content passes the 5 MB response limit is read in row bands, each answer under the limit', async () => {
    const grid = fundingGrid(12_000); // 36 002 rows × 7 columns
    const excel = createExcelStandIn([grid]);
    const [back] = await createExcelWorkbookHost(excel.run).readGrids();
    expect(back.rows).toHaveLength(36_002);
    expect(back.rows[36_001][1]).toEqual({ value: 954.7, formula: 'SUM(C36002:G36002)', numberFormat: '# ##0.0' });
    const answered = excel.syncs.filter((s) => s.responseBytes <= 5 * 1024 * 1024);
    expect(excel.syncs.length - answered.length).toBe(1); // the one-sync attempt, refused
    expect(excel.syncs.length).toBeLessThanOrEqual(8);
  });

  test('the worked example ×1000 (37 MB of answers) is read after the pane prepared, and read again, each in the fewest syncs the 5 MB answers allow', async () => {
    const grids = writeProgramWorkbook(scaleProgram(Program.parse(example), 1000));
    const excel = createExcelStandIn(grids);
    const host = createExcelWorkbookHost(excel.run);
    await host.prepare();
    excel.resetCounters();
    const first = await host.readGrids();
    // The first read: no attempt refused, and as many syncs as its answers need.
    expect(excel.syncs.every((s) => s.responseBytes <= LIMIT && s.requestBytes <= LIMIT)).toBe(true);
    expect(excel.syncCount).toBe(Math.ceil(excel.syncs.reduce((n, s) => n + s.responseBytes, 0) / LIMIT));
    expect(first.map((g) => g.merges.length)).toEqual(grids.map((g) => g.merges.length));
    expect(first.map((g) => g.rows.length)).toEqual(grids.map((g) => g.rows.length));
    const values = (row: readonly ({ value: unknown } | null | undefined)[]) => row.map((c) => c?.value ?? null);
    expect(values(first[2].rows[29_000])).toEqual(values(grids[2].rows[29_000]));
    excel.resetCounters();
    const again = await host.readGrids();
    expect(again.map((g) => g.rows.length)).toEqual(grids.map((g) => g.rows.length));
    expect(again[1].merges).toEqual(first[1].merges);
    const answered = excel.syncs.reduce((n, s) => n + s.responseBytes, 0);
    expect(excel.syncs.every((s) => s.responseBytes <= LIMIT)).toBe(true);
    expect(excel.syncCount).toBe(Math.ceil(answered / LIMIT));
  }, 300_000);

  test('a workbook measured larger than one answer is read in bands straight away, with no refused attempt', async () => {
    const excel = createExcelStandIn([fundingGrid(12_000)]);
    const host = createExcelWorkbookHost(excel.run);
    await host.readGrids();
    excel.resetCounters();
    const [back] = await host.readGrids();
    expect(back.rows).toHaveLength(36_002);
    expect(excel.syncs.every((s) => s.responseBytes <= LIMIT)).toBe(true);
    expect(excel.syncCount).toBe(Math.ceil(excel.syncs.reduce((n, s) => n + s.responseBytes, 0) / LIMIT));
  });

  test.each([1, 100])('the worked example ×%i: prepared, the first read is one sync, the same as the book', async (scale) => {
    const grids = writeProgramWorkbook(scaleProgram(Program.parse(example), scale));
    const excel = createExcelStandIn(grids);
    const host = createExcelWorkbookHost(excel.run);
    await host.prepare();
    excel.resetCounters();
    const first = await host.readGrids();
    expect(excel.syncCount).toBe(1);
    expect(first.map((g) => [g.name, g.rows.length, g.merges.length])).toEqual(grids.map((g) => [g.name, g.rows.length, g.merges.length]));
    const values = (row: readonly ({ value: unknown } | null | undefined)[] | undefined) => (row ?? []).map((c) => c?.value ?? null);
    const last = grids[2].rows.length - 1;
    expect(values(first[2].rows[last])).toEqual(values(grids[2].rows[last]));
    excel.resetCounters();
    await host.readGrids();
    expect(excel.syncCount).toBe(1);
  }, 60_000);

  test('merged areas as dense as a sheet can hold (every pair of cells) are read after the pane prepared, no call over 512', async () => {
    const grid = fundingGrid(1000); // 3 002 rows × 7 columns
    grid.rows.forEach((row) => row.push(null));
    grid.merges = grid.rows.flatMap((_, r) => [0, 2, 4, 6].map((c) => ({ top: r, left: c, bottom: r, right: c + 1 }))); // 12 008 areas
    const excel = createExcelStandIn([grid]);
    const host = createExcelWorkbookHost(excel.run);
    await host.prepare();
    excel.resetCounters();
    const [back] = await host.readGrids();
    expect(back.merges).toHaveLength(12_008);
    expect(back.merges).toEqual([...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left));
    expect(excel.syncCount).toBe(1);
  });

  test('a sheet grown since the pane prepared is read as it is now, with no refused attempt', async () => {
    const excel = createExcelStandIn([passportGrid(), fundingGrid(12_000)]);
    const host = createExcelWorkbookHost(excel.run);
    await host.prepare();
    excel.book.putGrid(fundingGrid(12_100));
    excel.resetCounters();
    const [passport, funding] = await host.readGrids();
    expect(passport.rows).toHaveLength(4);
    expect(funding.rows).toHaveLength(36_302);
    expect(funding.rows[36_301][1]).toEqual({ value: 954.7, formula: 'SUM(C36302:G36302)', numberFormat: '# ##0.0' });
    expect(funding.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 6 }]);
    expect(excel.syncs.every((s) => s.responseBytes <= LIMIT)).toBe(true);
  });

  test('a sheet added since the pane prepared is read in one more sync, in its place in the workbook', async () => {
    const excel = createExcelStandIn([passportGrid()]);
    const host = createExcelWorkbookHost(excel.run);
    await host.prepare();
    excel.book.putGrid(fundingGrid(2));
    excel.resetCounters();
    const grids = await host.readGrids();
    expect(grids.map((g) => [g.name, g.rows.length])).toEqual([
      ['Паспорт', 4],
      ['Приложение 1', 8],
    ]);
    expect(grids[1].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 6 }]);
    expect(excel.syncCount).toBe(2);
  });

  test('a sheet whose columns moved since the pane prepared is read again from its top', async () => {
    const excel = createExcelStandIn([passportGrid(), fundingGrid(3)]);
    const host = createExcelWorkbookHost(excel.run);
    await host.prepare();
    const wider = fundingGrid(5);
    wider.rows.forEach((row, r) => row.push({ value: `примечание ${r}` }));
    wider.merges.push({ top: 3, left: 6, bottom: 4, right: 7 });
    excel.book.putGrid(wider);
    const [, funding] = await host.readGrids();
    expect(funding.rows).toHaveLength(17);
    expect(funding.rows.every((row) => row.length === 8)).toBe(true);
    expect(funding.rows[16][7]).toEqual({ value: 'примечание 16' });
    expect(funding.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 6 },
      { top: 3, left: 6, bottom: 4, right: 7 },
    ]);
  });

  test('rows larger than one answer (long texts in every cell) are read in parts of a row, no answer over the limit', async () => {
    const text = (r: number, c: number) => `${r}:${c} ${'я'.repeat(30_000)}`;
    const rows = Array.from({ length: 3 }, (_, r) => Array.from({ length: 48 }, (_, c) => ({ value: text(r, c) })));
    const excel = createExcelStandIn([passportGrid(), { name: 'Тексты', rows, merges: [{ top: 1, left: 10, bottom: 2, right: 11 }] }]);
    const host = createExcelWorkbookHost(excel.run);
    await host.prepare();
    excel.resetCounters();
    const [, texts] = await host.readGrids();
    expect(texts.rows.map((row) => row.map((c) => c?.value))).toEqual(rows.map((row) => row.map((c) => c.value)));
    expect(texts.merges).toEqual([{ top: 1, left: 10, bottom: 2, right: 11 }]);
    // The pane's sample of such cells may be refused (and taken smaller); the read itself is not.
    expect(excel.syncs.every((s) => s.responseBytes <= LIMIT)).toBe(true);
    expect(excel.syncCount).toBeLessThanOrEqual(Math.ceil(excel.syncs.reduce((n, s) => n + s.responseBytes, 0) / LIMIT) + 1);
  });

  test('a sheet changed since it was measured is read as it is now', async () => {
    const excel = createExcelStandIn([fundingGrid(12_000)]);
    const host = createExcelWorkbookHost(excel.run);
    await host.readGrids();
    excel.book.putGrid(fundingGrid(12_100));
    const [back] = await host.readGrids();
    expect(back.rows).toHaveLength(36_302);
  });

  test.each(['InvalidOperationInCellEditMode', 'AccessDenied', 'InvalidArgument'])('Excel refusing the read with %s reaches the person: no careful read', async (code) => {
    const excel = createExcelStandIn([passportGrid(), fundingGrid()]);
    const host = createExcelWorkbookHost(failingSync(excel.run, code));
    await expect(host.readGrids()).rejects.toMatchObject({ name: 'WorkbookHostError', cause: { code } });
    expect(excel.syncCount).toBe(0);
  });

  test.each(['ResponsePayloadSizeLimitExceeded', 'ItemNotFound'])('Excel refusing the read with %s: the careful read follows', async (code) => {
    const excel = createExcelStandIn([passportGrid(), fundingGrid()]);
    const host = createExcelWorkbookHost(failingSync(excel.run, code));
    const grids = await host.readGrids();
    expect(grids.map((g) => g.name)).toEqual(['Паспорт', 'Приложение 1']);
  });
});
