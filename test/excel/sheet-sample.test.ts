import { createExcelStandIn } from '../../src/excel/stand-in/excel-stand-in';
import { bytesPerCell, queueSample, SAMPLE_WINDOW_ROWS, windowHeight } from '../../src/excel/sheet-sample';
import { parseRange, rangeToA1 } from '../../src/sheets/address';
import { jsonSize } from '../../src/excel/request-size';
import { Program } from '../../src/domain/model/program';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';
import { scaleProgram } from '../../bench/scaled-program';
import example from '../../examples/stupino-2020-2024.program.json';

const CONTENT = ['address', 'values', 'formulas', 'numberFormat', 'valueTypes'];

describe('the sample of a sheet', () => {
  test('windows start at row 1, then every 8 rows to 64, every 64 to 512, … down to the end of a sheet', () => {
    expect(SAMPLE_WINDOW_ROWS.slice(0, 10)).toEqual([0, 8, 16, 24, 32, 40, 48, 56, 64, 128]);
    expect(SAMPLE_WINDOW_ROWS[SAMPLE_WINDOW_ROWS.length - 1]).toBe(786_432);
    expect(windowHeight(3)).toBe(8);
    expect(windowHeight(200)).toBe(1);
  });

  test.each([140, 1000])('×%i: what a cell costs, from the sample, is within 3 %% of what the whole sheet costs', async (scale) => {
    const grids = writeProgramWorkbook(scaleProgram(Program.parse(example), scale));
    // The whole sheets are loaded too, to compare: no 5 MB limit for this test.
    const excel = createExcelStandIn(grids, { responseLimitBytes: 1024 * 1024 * 1024 });
    await excel.run(async (context) => {
      for (const grid of grids) {
        const sheet = context.workbook.worksheets.getItem(grid.name);
        const used = sheet.getUsedRangeOrNullObject();
        used.load(CONTENT);
        const windows = queueSample(sheet, windowHeight(grids.length), CONTENT);
        await context.sync();
        const range = parseRange(used.address);
        const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
        // What a read answers for the sheet: its content and the addresses of its merged areas.
        const merges = grid.merges.reduce((n, m) => n + jsonSize(`'${grid.name}'!${rangeToA1(m)}`), 0);
        const whole = jsonSize([used.address, used.values, used.formulas, used.numberFormat, used.valueTypes]) + merges;
        const sampled = bytesPerCell(windows, range);
        expect(sampled).not.toBeNull();
        expect(Math.abs(sampled! / (whole / cells) - 1)).toBeLessThan(0.03);
      }
    });
  }, 120_000);
});
