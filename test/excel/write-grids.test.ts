import type { ExcelRun } from '../../src/excel/excel-api';
import { createExcelWorkbookHost } from '../../src/excel/excel-workbook-host';
import { EXCEL_WEB_PAYLOAD_LIMIT_BYTES, SYNC_BUDGET_BYTES } from '../../src/excel/request-size';
import { createExcelStandIn, type ExcelStandIn } from '../../src/excel/stand-in/excel-stand-in';
import type { Grid } from '../../src/sheets/grid';
import { fundingGrid, passportGrid } from './funding-grids';

/** A host that has looked at the workbook once (it knows the sheet names), with the counters reset. */
async function readyHost(grids: Grid[] = []) {
  const excel = createExcelStandIn(grids);
  const host = createExcelWorkbookHost(excel.run);
  await host.readGrids();
  excel.resetCounters();
  return { excel, host };
}

/**
 * The stand-in's run, with the `failAt`-th sync of the next write failing: `partly` as Excel does when an
 * action fails (the actions queued before it are carried out, the rest dropped), otherwise refused whole
 * (a request over the size limit, as a dropped connection would).
 */
function failingRun(excel: ExcelStandIn, failAt: number, partly = false): { run: ExcelRun; arm(): void } {
  let armed = false;
  let count = 0;
  const run: ExcelRun = (batch) =>
    excel.run((context) =>
      batch({
        workbook: context.workbook,
        async sync() {
          if (armed && ++count === failAt) {
            armed = false;
            if (partly) context.workbook.worksheets.add('Недопустимое/имя');
            else context.workbook.worksheets.getItem('Паспорт').getRange('A1').values = [['я'.repeat(EXCEL_WEB_PAYLOAD_LIMIT_BYTES)]];
          }
          await context.sync();
        },
      }),
    );
  return { run, arm: () => void (armed = true) };
}

describe('writing grids through the adapter', () => {
  test('a workbook of grids is written in one sync and reads back as written', async () => {
    const { excel, host } = await readyHost();
    await host.writeGrids([passportGrid(), fundingGrid()]);
    expect(excel.syncCount).toBe(1);

    const funding = excel.book.sheet('Приложение 1')!;
    expect(funding.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 6 }]);
    expect(funding.validations).toEqual([
      {
        range: { top: 2, left: 0, bottom: 4, right: 0 },
        source: 'Средства бюджета Московской области,Средства бюджета городского округа Ступино,Внебюджетные источники',
      },
    ]);
    expect(funding.pageLayout).toEqual({ orientation: 'Landscape', printTitleRows: '$1:$2', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(funding.columnWidth(0)).toBe(255.75); // 48 characters
    const header = funding.cell(1, 2)!;
    expect(header).toMatchObject({ value: '2020 год', bold: true, horizontal: 'Center', borders: { top: true, bottom: true, left: true, right: true } });
    expect(funding.cell(3, 0)).toMatchObject({ wrap: true });

    const grids = excel.toGrids();
    expect(grids.map((g) => g.name)).toEqual(['Лист1', 'Паспорт', 'Приложение 1']);
    const [, passport, back] = grids;
    // Text that Excel would read as a number stays text; the total is computed by the SUM formula.
    expect(passport.rows[3][1]).toEqual({ value: '0113' });
    expect(back.rows[3][1]).toEqual({
      value: 421246.1,
      formula: 'SUM(C4:G4)',
      numberFormat: '# ##0.0',
      style: { bold: true, horizontal: 'right', border: true },
    });
    expect(back.rows[2][2]).toEqual({ value: 1567, numberFormat: '# ##0.0', style: { horizontal: 'right', border: true } });
  });

  test('what the adapter writes, the adapter reads back: values, formulas, formats and merges', async () => {
    const { host } = await readyHost();
    const written = fundingGrid(3);
    await host.writeGrids([written]);
    const read = (await host.readGrids()).find((g) => g.name === 'Приложение 1')!;
    expect(read.merges).toEqual(written.merges);
    const strip = (cells: typeof written.rows) =>
      cells.map((row) => row.map((c) => (c ? { value: c.value, formula: c.formula ?? undefined, numberFormat: c.numberFormat ?? undefined } : null)));
    expect(strip(read.rows)).toEqual(strip(written.rows));
  });

  test('a drop-down longer than Excel\'s 255-character typed list takes its values from a hidden sheet', async () => {
    const { excel, host } = await readyHost();
    const units = ['%', 'процент', 'единиц', 'человек', 'тыс. руб.', 'млн руб.', 'рабочих мест', 'организаций', 'учреждений', 'объектов', 'Мбит/с'];
    const sources = ['Федеральный бюджет', 'Бюджет Московской области', 'Бюджет городского округа Ступино', 'Внебюджетные источники'];
    const long = [...sources, ...sources.map((s) => `${s} (мероприятия по подпрограмме I «Снижение административных барьеров»)`)];
    const grid = fundingGrid(1);
    grid.validations = [
      { range: { top: 2, left: 0, bottom: 4, right: 0 }, values: long },
      { range: { top: 2, left: 1, bottom: 4, right: 1 }, values: units },
      { range: { top: 5, left: 0, bottom: 5, right: 0 }, values: ['Бюджет, областной', 'Бюджет, местный'] },
    ];
    await host.writeGrids([grid]);
    expect(excel.syncCount).toBe(1);

    const lists = excel.book.sheet('Приложение 1 (списки)')!;
    expect(lists.visibility).toBe('Hidden');
    const sheet = excel.book.sheet('Приложение 1')!;
    expect(sheet.validations.map((v) => v.source)).toEqual([
      `='Приложение 1 (списки)'!$A$1:$A$${long.length}`,
      units.join(','),
      "='Приложение 1 (списки)'!$B$1:$B$2",
    ]);
    // The preview (and any reader of the stand-in) sees the drop-downs' values, not the hidden sheet.
    const grids = excel.toGrids();
    expect(grids.map((g) => g.name)).toEqual(['Лист1', 'Приложение 1']);
    expect(grids[1].validations!.map((v) => v.values)).toEqual(grid.validations.map((v) => v.values));
    // The adapter does not read hidden sheets, and writing again replaces both sheets.
    expect((await host.readGrids()).map((g) => g.name)).toEqual(['Лист1', 'Приложение 1']);
    await host.writeGrids([grid]);
    expect(excel.book.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Лист1', 'Visible'],
      ['Приложение 1', 'Visible'],
      ['Приложение 1 (списки)', 'Hidden'],
    ]);
  });

  test('a sheet of the same name is replaced, the other sheets are kept', async () => {
    const { excel, host } = await readyHost([passportGrid(), fundingGrid(5)]);
    await host.writeGrids([fundingGrid(1)]);
    expect(excel.syncCount).toBe(1);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['Паспорт', 'Приложение 1']);
    expect(excel.book.sheet('Приложение 1')!.usedRange()).toEqual({ top: 0, left: 0, bottom: 4, right: 6 });
  });

  test('replacing the only sheet works (a workbook always keeps one sheet)', async () => {
    const { excel, host } = await readyHost([fundingGrid(2)]);
    await host.writeGrids([fundingGrid(1)]);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['Приложение 1']);
  });

  test('a host that has not looked at the workbook yet spends one sync on the names first', async () => {
    const excel = createExcelStandIn([]);
    const host = createExcelWorkbookHost(excel.run);
    await host.writeGrids([fundingGrid()]);
    expect(excel.syncCount).toBe(2);
  });

  test('a sheet added by hand after the last look is replaced all the same', async () => {
    const { excel, host } = await readyHost();
    excel.book.putGrid(fundingGrid(3));
    await host.writeGrids([fundingGrid(1)]);
    expect(excel.book.sheet('Приложение 1')!.usedRange()!.bottom).toBe(4);
  });

  test('a write bigger than the 5 MB request limit is split into the fewest syncs, each under the limit', async () => {
    const { excel, host } = await readyHost();
    // 12 000 blocks of 3 rows × 7 columns: about 36 000 rows with long texts.
    const big = fundingGrid(12_000, 'Приложение 2');
    await host.writeGrids([big]);
    const sizes = excel.syncs.map((s) => s.requestBytes);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(EXCEL_WEB_PAYLOAD_LIMIT_BYTES);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(EXCEL_WEB_PAYLOAD_LIMIT_BYTES);
    // Packing leaves at most one partly filled sync beyond what the total forces.
    expect(excel.syncCount).toBeGreaterThanOrEqual(Math.ceil(total / EXCEL_WEB_PAYLOAD_LIMIT_BYTES));
    expect(excel.syncCount).toBeLessThanOrEqual(Math.ceil(total / SYNC_BUDGET_BYTES) + 1);
    expect(excel.book.sheet('Приложение 2')!.usedRange()!.bottom).toBe(2 + 36_000 - 1);
  });

  test('20 000 merged areas and as many styled cells, each more than one request can carry whole, are written in parts under the limit', async () => {
    const { excel, host } = await readyHost();
    const big = fundingGrid(10_000, 'Приложение 2');
    // Every subprogram row's name merged over two columns, every third amount in bold: the ×1000 program's shape.
    big.merges = big.rows.flatMap((_, r) => (r % 3 === 0 ? [{ top: r, left: 0, bottom: r, right: 1 }, { top: r + 1, left: 0, bottom: r + 2, right: 0 }] : [])).slice(0, 20_000);
    big.rows.forEach((row, r) => row?.forEach((cell, c) => cell && r % 3 === 1 && c > 1 && (cell.style = { ...cell.style, bold: true })));
    await host.writeGrids([big]);
    for (const sync of excel.syncs) expect(sync.requestBytes).toBeLessThanOrEqual(EXCEL_WEB_PAYLOAD_LIMIT_BYTES);
    expect(excel.book.sheet('Приложение 2')!.merges).toHaveLength(big.merges.length);
    const back = (await host.readGrids()).find((g) => g.name === 'Приложение 2')!;
    expect(back.merges).toHaveLength(big.merges.length);
    expect(back.merges).toEqual([...big.merges].sort((a, b) => a.top - b.top || a.left - b.left));
  }, 120_000);

  test('formulas are written with calculation suspended until their sync (suspendApiCalculationUntilNextSync), in every sync that writes them', async () => {
    const { excel, host } = await readyHost();
    await host.writeGrids([{ name: 'Текст', rows: [[{ value: 'Всего' }, { value: 5 }]], merges: [] }]);
    expect(excel.syncs.map((s) => s.calculationSuspended)).toEqual([false]); // no formula: nothing to suspend

    excel.resetCounters();
    await host.writeGrids([fundingGrid()]);
    expect(excel.syncs.map((s) => s.calculationSuspended)).toEqual([true]);

    excel.resetCounters();
    await host.writeGrids([fundingGrid(12_000, 'Приложение 2')]);
    const suspended = excel.syncs.filter((s) => s.calculationSuspended).length;
    expect(excel.syncCount).toBeGreaterThanOrEqual(2);
    // Each band of formulas suspends its own sync; only the syncs of styles and layout after them do not need to.
    expect(suspended).toBeGreaterThanOrEqual(2);
    expect(excel.syncs[0].calculationSuspended).toBe(true);
  });

  test('a split write that fails in a later sync leaves the old sheet as it was, under its own name', async () => {
    // 12 000 blocks go in two syncs; the second (with the old sheet's deletion at its end) is refused.
    const excel = createExcelStandIn([passportGrid(), fundingGrid(4, 'Приложение 2')]);
    const { run, arm } = failingRun(excel, 2);
    const host = createExcelWorkbookHost(run);
    await host.readGrids();
    const before = excel.toGrids();
    arm();
    await expect(host.writeGrids([fundingGrid(12_000, 'Приложение 2')])).rejects.toThrow();
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['Паспорт', 'Приложение 2']);
    expect(excel.toGrids()).toEqual(before);
    // The host looks at the workbook afresh and the same write then goes through.
    await host.writeGrids([fundingGrid(12_000, 'Приложение 2')]);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['Паспорт', 'Приложение 2']);
    expect(excel.book.sheet('Приложение 2')!.usedRange()!.bottom).toBe(2 + 36_000 - 1);
  });

  test('a split write of a new sheet that fails in a later sync leaves no half-written sheet behind', async () => {
    const excel = createExcelStandIn([passportGrid()]);
    const { run, arm } = failingRun(excel, 2);
    const host = createExcelWorkbookHost(run);
    await host.readGrids();
    const before = excel.toGrids();
    arm();
    await expect(host.writeGrids([fundingGrid(12_000, 'Приложение 2')])).rejects.toThrow();
    expect(excel.toGrids()).toEqual(before);
  });

  test('a failure in the first sync of a new sheet leaves the workbook\'s own sheets untouched', async () => {
    const excel = createExcelStandIn([passportGrid()]);
    const { run, arm } = failingRun(excel, 1, true);
    const host = createExcelWorkbookHost(run);
    await host.readGrids();
    arm();
    await expect(host.writeGrids([passportGrid(), fundingGrid(2)])).rejects.toThrow();
    expect(excel.book.sheet('Паспорт')).toBeDefined();
    expect(excel.book.sheets.some((s) => s.name.includes('прежний'))).toBe(false);
  });

  test('while a split write is under way the old sheet is still there; it is deleted only after the last part', async () => {
    const excel = createExcelStandIn([fundingGrid(4, 'Приложение 2')]);
    const seen: string[][] = [];
    const run: ExcelRun = (batch) =>
      excel.run((context) =>
        batch({
          workbook: context.workbook,
          async sync() {
            await context.sync();
            seen.push(excel.book.sheets.map((s) => s.name));
          },
        }),
      );
    const host = createExcelWorkbookHost(run);
    await host.readGrids();
    seen.length = 0;
    await host.writeGrids([fundingGrid(12_000, 'Приложение 2')]);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const names of seen.slice(0, -1)) expect(names).toEqual(['Приложение 2 (прежний)', 'Приложение 2']);
    expect(seen[seen.length - 1]).toEqual(['Приложение 2']);
    expect(excel.book.sheet('Приложение 2')!.usedRange()!.bottom).toBe(2 + 36_000 - 1);
  });
});
