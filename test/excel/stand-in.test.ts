import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MERGED_AREAS_LIMIT } from '../../src/excel/stand-in/stand-in-range';
import { createExcelStandIn } from '../../src/excel/stand-in/excel-stand-in';
import type { Grid } from '../../src/sheets/grid';
import { fundingGrid, passportGrid } from './funding-grids';

const numbers: Grid = {
  name: 'Лист 2',
  rows: [
    [{ value: 1567 }, { value: 0.1 }, { value: 'тыс. руб.' }],
    [{ value: 98100.9 }, { value: 0.2 }, null],
  ],
  merges: [],
};

describe('the stand-in refuses what Excel refuses', () => {
  test.each([
    ['values', (r: { values: unknown }) => r.values],
    ['address', (r: { address: unknown }) => r.address],
    ['isNullObject', (r: { isNullObject: unknown }) => r.isNullObject],
  ])('reading %s before load() and sync() throws PropertyNotLoaded', async (property, read) => {
    const excel = createExcelStandIn([numbers]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Лист 2').getRange('A1:B2');
      expect(() => read(range)).toThrow(`The property '${property}' is not available`);
      range.load(property);
      expect(() => read(range)).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(() => read(range)).not.toThrow();
    });
  });

  test('collections, results of methods and settings are unreadable before the sync too', async () => {
    const excel = createExcelStandIn([numbers]);
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const fills = sheets.getItem('Лист 2').getRange('A1').getCellProperties({ format: { fill: { color: true } } });
      const setting = context.workbook.settings.getItemOrNullObject('нет такой');
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => fills.value).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => setting.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Лист 2']);
      expect(fills.value).toEqual([[{ format: { fill: { color: '#FFFFFF' } } }]]);
      expect(setting.isNullObject).toBe(true);
    });
  });

  test('commands run in order at the sync: a load queued before a write sees the old value', async () => {
    const excel = createExcelStandIn([numbers]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Лист 2');
      const before = sheet.getRange('A1');
      before.load('values');
      sheet.getRange('A1').values = [[1600]];
      const after = sheet.getRange('A1');
      after.load('values');
      await context.sync();
      expect([before.values, after.values]).toEqual([[[1567]], [[1600]]]);
    });
  });

  test('an empty sheet\'s used range is a null object; using a missing sheet fails the sync', async () => {
    const excel = createExcelStandIn([numbers, { name: 'Пустой', rows: [], merges: [] }]);
    await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Пустой').getUsedRangeOrNullObject();
      used.load('address');
      await context.sync();
      expect(used.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('Приложение 9').activate();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  test('a request over the 5 MB limit is refused whole, and nothing of it is applied', async () => {
    const excel = createExcelStandIn([numbers]);
    const tall = Array.from({ length: 60_000 }, (_, i) => [`Мероприятие ${i + 1}: обеспечение доступа к сети Интернет`]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Лист 2').getRange('A1:A60000').values = tall;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.book.sheet('Лист 2')!.cell(0, 0)?.value).toBe(1567);
    expect(excel.syncs).toHaveLength(1);
    expect(excel.syncs[0].requestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test(`more than ${MERGED_AREAS_LIMIT} merged areas in one call fail, as Excel documents`, async () => {
    const grid = fundingGrid(200);
    grid.merges = grid.rows.map((_, r) => ({ top: r, left: 0, bottom: r, right: 1 }));
    const excel = createExcelStandIn([grid]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Приложение 1');
      sheet.getRange('1:300').getMergedAreasOrNullObject().load('areas/items/address');
      await context.sync();
      sheet.getRange().getMergedAreasOrNullObject().load('areas/items/address');
      await expect(context.sync()).rejects.toThrow(`more than ${MERGED_AREAS_LIMIT} merged areas`);
    });
  });

  test('a typed drop-down list over 255 characters is refused, as Excel refuses it', async () => {
    const excel = createExcelStandIn([numbers]);
    const list = Array.from({ length: 20 }, (_, i) => `Мероприятие ${i + 1}`).join(',');
    expect(list.length).toBeGreaterThan(255);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Лист 2').getRange('C1:C2').dataValidation.rule = { list: { inCellDropDown: true, source: list } };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('selecting a cell on a sheet that is not active is refused', async () => {
    const excel = createExcelStandIn([passportGrid(), numbers]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Лист 2').getRange('B2').select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidSelection' });
  });

  test('counts syncs and records each one\'s request and response size', async () => {
    const excel = createExcelStandIn([numbers]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Лист 2').getRange('A1:C2');
      range.load('values');
      await context.sync();
      range.format.font.bold = true;
      await context.sync();
    });
    expect(excel.syncCount).toBe(2);
    expect(excel.syncs[0].responseBytes).toBe(Buffer.byteLength(JSON.stringify([[1567, 0.1, 'тыс. руб.'], [98100.9, 0.2, '']])));
    expect(excel.syncs[1]).toMatchObject({ responseBytes: 0, actions: 1 });
  });
});

describe('the stand-in computes sums, products and the report forms\' percentages, and nothing more', () => {
  test.each([
    ['SUM(A1:A2)', 99667.9],
    ['A1+A2', 99667.9],
    ['SUM(A1:B2)', 99668.2],
    ['B1+B2', 0.3],
    ['SUM(A1,B2;A2)', 99668.1],
    ['A2-A1+0.1', 96534],
    ["SUM('Лист 2'!A1:A2)+0", 99667.9],
    ['SUM(A1:C2)', 99668.2],
    ['SUMIF(C1:C2,"ТЫС. РУБ.",A1:A2)', 1567],
    ['SUMIF(C1:C2,$C$1,B1:B2)+SUMIF(A1:A2,98100.9)', 98101],
    ['0', 0],
    ['A1*2', 3134],
    ['ROUND(A2/A1*100,1)', 6260.4],
    ['ROUND(B1*3,1)', 0.3],
    ['ROUND(2.5,0)+ROUND(-2.5,0)', 0],
    ['ROUND(1.005*100,0)', 101],
    ['IF(OR(A1="",A1=0),"-",ROUND(A2/A1*100,1))', 6260.4],
    ['IF(C1<>"ТЫС. РУБ.",1,2)', 2],
    ['IF(AND(C2="",C2=0,C2<>1),B1+B2,0)', 0.3],
  ])('=%s gives %p', async (formula, expected) => {
    const excel = createExcelStandIn([numbers]);
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Лист 2').getRange('D1');
      cell.formulas = [[`=${formula}`]];
      cell.load(['values', 'formulas', 'valueTypes']);
      await context.sync();
      expect(cell.values).toEqual([[expected]]);
      expect(cell.formulas).toEqual([[`=${formula}`]]);
      expect(cell.valueTypes).toEqual([['Double']]);
    });
  });

  test.each([
    ['A1^2', '#NAME?'],
    ['VLOOKUP(A1,A1:B2,2)', '#NAME?'],
    ['IF(A1>0,1,2)', '#NAME?'],
    ['ROUND(A1)', '#NAME?'],
    ['A1/C2', '#DIV/0!'],
    ['A1*A1:B1', '#VALUE!'],
    ['SUMIF(C1:C2,">0",A1:A2)', '#NAME?'],
    ['A1+C1', '#VALUE!'],
    ['D1+1', '#REF!'],
  ])('=%s gives the error %s', async (formula, error) => {
    const excel = createExcelStandIn([numbers]);
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Лист 2').getRange('D1');
      cell.formulas = [[`=${formula}`]];
      cell.load(['values', 'valueTypes']);
      await context.sync();
      expect([cell.values[0][0], cell.valueTypes[0][0]]).toEqual([error, 'Error']);
    });
  });

  test('=IF(…) gives a text where its branch is one: the percentage of a line without a plan is «-»', async () => {
    const excel = createExcelStandIn([numbers]);
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Лист 2').getRange('D1');
      cell.formulas = [['=IF(OR(C2="",C2=0),"-",ROUND(A1/C2*100,1))']];
      cell.load(['values', 'valueTypes']);
      await context.sync();
      expect([cell.values[0][0], cell.valueTypes[0][0]]).toEqual(['-', 'String']);
    });
  });

  test('a formula cell that came with a value keeps it', () => {
    const excel = createExcelStandIn([passportGrid()]);
    expect(excel.toGrids()[0].rows[2][1]).toEqual({ value: '#REF!', error: true, formula: "'Приложение 1'!Z99/0" });
  });
});

describe('the stand-in\'s workbook and grids', () => {
  test('a workbook built from grids gives the same grids back', () => {
    const grids = [passportGrid(), fundingGrid(2)];
    const back = createExcelStandIn(grids).toGrids();
    expect(back.map((g) => g.name)).toEqual(['Паспорт', 'Приложение 1']);
    expect(back[1].merges).toEqual(grids[1].merges);
    expect(back[1].validations).toEqual(grids[1].validations);
    expect(back[1].layout?.columnWidths).toEqual(grids[1].layout?.columnWidths);
    expect(back[1].rows).toEqual(grids[1].rows);
  });
});

describe('the stand-in runs in a browser', () => {
  // The preview page bundles the stand-in and the adapter: no Node built-ins, no Buffer, no process.
  test.each(['stand-in', '.'])('src/excel/%s uses no Node APIs', (folder) => {
    const dir = join(__dirname, '..', '..', 'src', 'excel', folder);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect([file, /from '(node:)?(fs|path|os|buffer|zlib|child_process|url)'|\bBuffer\.|\bprocess\.|\brequire\(/.test(source)]).toEqual([file, false]);
    }
  });
});

describe('Range.getUsedRangeOrNullObject', () => {
  test('the used cells within a range; a null object where it has none', async () => {
    const excel = createExcelStandIn([numbers]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Лист 2');
      const top = sheet.getRange('A1:P8').getUsedRangeOrNullObject();
      top.load(['address', 'values']);
      const column = sheet.getRange('C1:C9').getUsedRangeOrNullObject();
      column.load('address');
      const below = sheet.getRange('A9:P16').getUsedRangeOrNullObject();
      below.load('address');
      await context.sync();
      expect(top.address).toBe("'Лист 2'!A1:C2");
      expect(top.values).toEqual([
        [1567, 0.1, 'тыс. руб.'],
        [98100.9, 0.2, ''],
      ]);
      expect(column.address).toBe("'Лист 2'!C1");
      expect(below.isNullObject).toBe(true);
    });
  });
});
