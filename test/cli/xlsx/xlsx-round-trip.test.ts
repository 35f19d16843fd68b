// Grid → .xlsx → Grid: what the writer puts in a file, the reader gets back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsxBuffer } from '../../../src/cli/xlsx/read-xlsx';
import { listsSheetName } from '../../../src/sheets/list-sheets';
import { gridsToWorkbook, writeXlsxBuffer } from '../../../src/cli/xlsx/write-xlsx';
import { DEFAULT_CONFIG } from '../../../src/domain/config';
import { Program } from '../../../src/domain/model/program';
import { rangeToA1, toA1 } from '../../../src/sheets/address';
import { readWorkbook } from '../../../src/sheets/read/read-workbook';
import type { Grid, GridCell } from '../../../src/sheets/grid';
import { writeProgramWorkbook } from '../../../src/sheets/write/program-workbook';

const example = Program.parse(JSON.parse(readFileSync(join(__dirname, '../../../examples/stupino-2020-2024.program.json'), 'utf8')));

/** What a sheet holds, by sheet address: the value, the formula, the error flag and the number format. */
function content(grid: Grid): Record<string, Pick<GridCell, 'value' | 'formula' | 'error' | 'numberFormat'>> {
  const out: Record<string, Pick<GridCell, 'value' | 'formula' | 'error' | 'numberFormat'>> = {};
  const dr = grid.origin?.row ?? 0;
  const dc = grid.origin?.col ?? 0;
  grid.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || (cell.value === null && !cell.formula)) return;
      out[toA1(r + dr, c + dc)] = { value: cell.value, formula: cell.formula ?? null, error: cell.error === true, numberFormat: cell.numberFormat ?? null };
    }),
  );
  return out;
}

function shifted(grid: Grid) {
  const dr = grid.origin?.row ?? 0;
  const dc = grid.origin?.col ?? 0;
  const move = (r: { top: number; left: number; bottom: number; right: number }) => rangeToA1({ top: r.top + dr, left: r.left + dc, bottom: r.bottom + dr, right: r.right + dc });
  return {
    merges: grid.merges.map(move).sort(),
    validations: (grid.validations ?? []).map((v) => [move(v.range), v.values] as const).sort((a, b) => a[0].localeCompare(b[0])),
  };
}

const LONG_LIST = Array.from({ length: 40 }, (_, i) => `Тип показателя номер ${i + 1}`);

const sample: Grid = {
  name: 'Проверка',
  origin: { row: 2, col: 1 },
  rows: [
    [{ value: 'Источник финансирования', style: { bold: true, border: true } }, { value: 'Всего' }, { value: '2025 год' }],
    [{ value: 'Бюджет Московской области' }, { value: 1567, formula: 'D4', numberFormat: '#,##0.0' }, { value: 1567, numberFormat: '#,##0.0' }],
    [{ value: 'Федеральный бюджет' }, { value: '#REF!', error: true, formula: '#REF!+1' }, { value: '#DIV/0!', error: true }],
    [{ value: true }, null, { value: 'не менее 85' }],
    [{ value: 'ИТОГО', style: { bold: true } }, null, { value: 98100.94 }],
  ],
  merges: [{ top: 4, left: 0, bottom: 4, right: 1 }],
  validations: [
    { range: { top: 1, left: 0, bottom: 2, right: 0 }, values: ['Федеральный бюджет', 'Бюджет Московской области'] },
    { range: { top: 3, left: 2, bottom: 4, right: 2 }, values: LONG_LIST },
  ],
  layout: { columnWidths: [30, 12, 12], printTitleRows: [0, 0], orientation: 'landscape', fitToWidth: true },
};

describe('Grid → xlsx → Grid', () => {
  it('keeps values, formulas with their cached results, errors and number formats at their addresses', async () => {
    const [back] = await readXlsxBuffer(await writeXlsxBuffer([sample]));
    expect(back.name).toBe('Проверка');
    expect(back.origin).toEqual({ row: 2, col: 1 });
    expect(content(back)).toEqual(content(sample));
  });

  it('keeps merges and drop-down lists, short ones in the formula and long ones on the table\'s hidden sheet of lists (as the Excel adapter writes them)', async () => {
    const LISTS_SHEET_NAME = listsSheetName('Проверка');
    expect(LISTS_SHEET_NAME).toBe('Проверка (списки)');
    const buffer = await writeXlsxBuffer([sample]);
    const back = await readXlsxBuffer(buffer);
    expect(back.map((g) => g.name)).toEqual(['Проверка']);
    expect(shifted(back[0])).toEqual(shifted(sample));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([['Проверка', 'visible'], [LISTS_SHEET_NAME, 'hidden']]);
    const ws = wb.getWorksheet('Проверка');
    expect(ws?.getCell('B4').dataValidation.formulae).toEqual(['"Федеральный бюджет,Бюджет Московской области"']);
    expect(ws?.getCell('D6').dataValidation.formulae).toEqual([`'${LISTS_SHEET_NAME}'!$A$1:$A$40`]);
  });

  it('keeps the print setup: A4 landscape, rows repeated on each page, fit to the page width', async () => {
    const buffer = await writeXlsxBuffer([sample]);
    const [back] = await readXlsxBuffer(buffer);
    expect(back.layout).toEqual({ columnWidths: [30, 12, 12], printTitleRows: [0, 0], orientation: 'landscape', fitToWidth: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0].pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
  });

  it('keeps the worked example workbook cell for cell', async () => {
    const grids = writeProgramWorkbook(example);
    const back = await readXlsxBuffer(await writeXlsxBuffer(grids));
    expect(back.map((g) => g.name)).toEqual(['Паспорт', 'Приложение 1', 'Приложение 2']);
    back.forEach((g, i) => {
      expect(content(g)).toEqual(content(grids[i]));
      expect(shifted(g)).toEqual(shifted(grids[i]));
    });
    // The units list is longer than a formula may hold: it comes back from the hidden sheet in full.
    expect(back[2].validations?.[0].values).toEqual(expect.arrayContaining(DEFAULT_CONFIG.units));
  });
});

describe('readXlsxBuffer on what other programs write', () => {
  it('flattens rich text, gives hyperlinks their text, dates as text and shared formulas in full', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист1');
    ws.getCell('A1').value = { richText: [{ text: 'Подпрограмма I ', font: { bold: true } }, { text: '«Цифровая среда»' }] };
    ws.getCell('A2').value = { text: 'портал', hyperlink: 'https://uslugi.mosreg.ru' };
    ws.getCell('A3').value = new Date(Date.UTC(2024, 11, 31));
    ws.getCell('B1').value = 1;
    ws.getCell('B2').value = 2;
    ws.getCell('C1').value = { formula: 'B1*2', result: 2, shareType: 'shared', ref: 'C1:C2' } as ExcelJS.CellFormulaValue;
    ws.getCell('C2').value = { sharedFormula: 'C1', result: 4 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('D1').value = { error: '#N/A' };
    ws.getCell('A5').value = '';
    const [grid] = await readXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(content(grid)).toEqual({
      A1: { value: 'Подпрограмма I «Цифровая среда»', formula: null, error: false, numberFormat: null },
      A2: { value: 'портал', formula: null, error: false, numberFormat: null },
      A3: { value: '31.12.2024', formula: null, error: false, numberFormat: 'mm-dd-yy' },
      B1: { value: 1, formula: null, error: false, numberFormat: null },
      B2: { value: 2, formula: null, error: false, numberFormat: null },
      C1: { value: 2, formula: 'B1*2', error: false, numberFormat: null },
      C2: { value: 4, formula: 'B2*2', error: false, numberFormat: null },
      D1: { value: '#N/A', formula: null, error: true, numberFormat: null },
    });
  });

  it('reads only the used range and gives its origin', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Приложение 1');
    ws.getCell('C5').value = 'Наименование подпрограммы';
    ws.getCell('E7').value = 345128;
    ws.mergeCells('C5:D6');
    const [grid] = await readXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(grid.origin).toEqual({ row: 4, col: 2 });
    expect(grid.rows.length).toBe(3);
    expect(grid.rows[0][0]?.value).toBe('Наименование подпрограммы');
    expect(grid.rows[2][2]?.value).toBe(345128);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  it('reads an empty sheet as an empty grid', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Пустой');
    const [grid] = await readXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect([grid.name, grid.rows, grid.merges]).toEqual(['Пустой', [], []]);
  });
});

describe('reading a large workbook', () => {
  // How fast is the benchmarks' business (npm run bench); this checks that nothing of a large sheet is lost.
  it('reads back all 40 000 cells', async () => {
    const rows: GridCell[][] = [];
    for (let r = 0; r < 2000; r++) {
      const row: GridCell[] = [{ value: `Показатель ${r + 1}` }, { value: r % 2 === 0 ? 'Бюджет городского округа' : 'Внебюджетные источники' }];
      for (let c = 2; c < 19; c++) row.push({ value: (r * 19 + c) / 10, numberFormat: '#,##0.0' });
      row.push({ value: 0, formula: `SUM(C${r + 1}:S${r + 1})` });
      rows.push(row);
    }
    const grid: Grid = { name: 'Большой', rows, merges: [] };
    const buffer = await writeXlsxBuffer([grid]);
    const [back] = await readXlsxBuffer(buffer);
    expect(back.rows.reduce((n, r) => n + r.filter((c) => c).length, 0)).toBe(40000);
  });
});

describe('gridsToWorkbook', () => {
  it('names the lists sheet otherwise when a grid already uses the name', () => {
    const wb = gridsToWorkbook([sample, { ...sample, name: 'Проверка (списки)', validations: [] }]);
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([['Проверка', 'visible'], ['Проверка (списки)', 'visible'], ['Проверка (списки 2)', 'hidden']]);
  });
});

/** Decimals in their shortest form: a cell holds the number 345128, so "345128.0" reads back as "345128". */
function withShortDecimals(program: Program): unknown {
  return JSON.parse(JSON.stringify(program), (_key, value: unknown) =>
    typeof value === 'string' && /^-?\d+\.\d*0$/.test(value) ? value.replace(/\.?0+$/, '') : value,
  );
}

describe('the worked example as an .xlsx file', () => {
  it('reads back, through ExcelJS and readWorkbook, as the example program', async () => {
    const grids = await readXlsxBuffer(await writeXlsxBuffer(writeProgramWorkbook(example)));
    const reading = readWorkbook(grids);
    expect(reading.readIssues).toEqual([]);
    expect(withShortDecimals(reading.program)).toEqual(withShortDecimals(example));
  });

  it('is in the repository as examples/stupino-2020-2024.xlsx, up to date with the JSON (npm run examples)', async () => {
    const grids = await readXlsxBuffer(readFileSync(join(__dirname, '../../../examples/stupino-2020-2024.xlsx')));
    expect(withShortDecimals(readWorkbook(grids).program)).toEqual(withShortDecimals(example));
  });
});
