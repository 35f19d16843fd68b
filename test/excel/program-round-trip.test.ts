import { Program } from '../../src/domain/model/program';
import { createExcelWorkbookHost } from '../../src/excel/excel-workbook-host';
import { createExcelStandIn } from '../../src/excel/stand-in/excel-stand-in';
import { checkWorkbook } from '../../src/sheets/check-workbook';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';
import example from '../../examples/stupino-2020-2024.program.json';

describe('the worked example through Excel (the stand-in) and back', () => {
  test('the adapter writes the program workbook in one sync and reads it in one, and the check finds the same', async () => {
    const grids = writeProgramWorkbook(Program.parse(example));
    const excel = createExcelStandIn([]);
    const host = createExcelWorkbookHost(excel.run);
    await host.readGrids();

    excel.resetCounters();
    await host.writeGrids(grids);
    expect(excel.syncCount).toBe(1);

    excel.resetCounters();
    const back = (await host.readGrids()).filter((g) => grids.some((w) => w.name === g.name));
    expect(excel.syncCount).toBe(1);
    expect(back.map((g) => g.name)).toEqual(grids.map((g) => g.name));

    const summary = (findings: { rule: string; sheet: string | null; cell: string | null }[]) => findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`).sort();
    const before = checkWorkbook(grids).report.findings;
    const after = checkWorkbook(back).report.findings;
    expect(summary(after)).toEqual(summary(before));
    // The drop-downs arrive too (the long ones through a hidden lists sheet).
    const shown = excel.toGrids();
    for (const grid of grids) expect(shown.find((g) => g.name === grid.name)!.validations ?? []).toEqual(grid.validations ?? []);
  });
});
