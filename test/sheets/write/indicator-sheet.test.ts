// Приложение 2 as written: the header with the merged planned-values heading, the column numbers,
// subprogram rows across the width, activities merged down their indicators, the drop-downs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/domain/config';
import { Program } from '../../../src/domain/model/program';
import { rangeToA1, toA1 } from '../../../src/sheets/address';
import type { Grid, GridCell } from '../../../src/sheets/grid';
import { INDICATOR_HEADER, writeIndicatorSheet } from '../../../src/sheets/write/indicator-sheet';
import { blankProgram } from '../../../src/sheets/write/program-workbook';

const example = Program.parse(JSON.parse(readFileSync(join(__dirname, '../../../examples/stupino-2020-2024.program.json'), 'utf8')));

function cellAtA1(grid: Grid): (address: string) => GridCell | undefined {
  const map = new Map<string, GridCell>();
  grid.rows.forEach((row, r) => row.forEach((cell, c) => cell && map.set(toA1(r, c), cell)));
  return (address) => map.get(address);
}

describe('writeIndicatorSheet on the worked example', () => {
  const grid = writeIndicatorSheet(example);
  const at = cellAtA1(grid);
  const merges = grid.merges.map(rangeToA1);

  it('writes the title block and the header with the planned values merged over the years', () => {
    expect(['A1', 'A2', 'A3', 'A5', 'A6'].map((a) => at(a)?.value)).toEqual([
      'Приложение № 2',
      'к муниципальной программе',
      '«Цифровое муниципальное образование»',
      'Планируемые результаты реализации муниципальной программы',
      '«Цифровое муниципальное образование»',
    ]);
    expect(['A8', 'B8', 'C8', 'D8', 'E8', 'F8', 'G8'].map((a) => at(a)?.value)).toEqual([
      INDICATOR_HEADER.number,
      INDICATOR_HEADER.activity,
      INDICATOR_HEADER.indicator,
      INDICATOR_HEADER.unit,
      INDICATOR_HEADER.type,
      INDICATOR_HEADER.base,
      INDICATOR_HEADER.plan,
    ]);
    expect(merges).toEqual(expect.arrayContaining(['A8:A9', 'F8:F9', 'G8:K8']));
    expect(['G9', 'K9'].map((a) => at(a)?.value)).toEqual(['2020 год', '2024 год']);
  });

  it('writes the column-number row 1…11', () => {
    expect(Array.from({ length: 11 }, (_, c) => at(toA1(9, c))?.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('writes subprogram rows merged across the width and activities merged down their indicators', () => {
    expect([at('A11')?.value, at('B11')?.value]).toEqual(['1.', example.indicators?.subprograms[0].title]);
    expect(merges).toEqual(expect.arrayContaining(['B11:K11', 'A13:A15', 'B13:B15', 'B17:K17', 'A18:A21', 'A24:A33']));
    expect([at('A13')?.value, at('C14')?.value]).toEqual(['1.2.', 'Доля заявителей МФЦ, ожидающих в очереди более 11,5 минут']);
  });

  it('writes values with their written decimals and a missing base value as "-"', () => {
    expect(at('F12')).toMatchObject({ value: 96.68, numberFormat: '0.00' });
    expect(at('G12')).toMatchObject({ value: 94.6, numberFormat: '0.0' });
    expect(at('I12')).toMatchObject({ value: 95, numberFormat: '0' });
    expect(at('F18')).toMatchObject({ value: 100, numberFormat: '0.0' });
    expect(at('F14')?.value).toBe('-');
  });

  it('offers units and indicator types as drop-downs over the indicator rows', () => {
    const v = grid.validations ?? [];
    expect(v.map((x) => rangeToA1(x.range))).toEqual(['D12:D39', 'E12:E39']);
    expect(v[0].values).toEqual(expect.arrayContaining(DEFAULT_CONFIG.units));
    expect(v[1].values).toEqual(expect.arrayContaining([...DEFAULT_CONFIG.indicatorTypes, 'муниципальной программы']));
  });

  it('repeats the header rows and the column numbers on every printed page', () => {
    expect(grid.layout).toMatchObject({ printTitleRows: [7, 9], orientation: 'landscape', fitToWidth: true });
  });
});

describe('writeIndicatorSheet, other shapes', () => {
  it('writes bounds back as "не менее 85" and "не более 5"', () => {
    const program = structuredClone(example);
    const indicator = program.indicators?.subprograms[1].activities[2].indicators[1];
    if (!indicator) throw new Error('no indicator');
    indicator.plan[0] = { value: '85', bound: 'min' };
    indicator.plan[1] = { value: '5.5', bound: 'max' };
    const at = cellAtA1(writeIndicatorSheet(program));
    expect([at('G25')?.value, at('H25')?.value]).toEqual(['не менее 85', 'не более 5,5']);
  });

  it('lays out the blank template: "1.", "1.1." and empty indicator rows with the drop-downs', () => {
    const grid = writeIndicatorSheet(blankProgram({ from: 2025, to: 2029 }));
    const at = cellAtA1(grid);
    expect([at('A11')?.value, at('A12')?.value, at('G9')?.value]).toEqual(['1.', '1.1.', '2025 год']);
    expect(at('C12')?.value ?? null).toBeNull();
    expect(at('F12')?.value ?? null).toBeNull();
    expect(grid.merges.map(rangeToA1)).toEqual(expect.arrayContaining(['A12:A16', 'B12:B16']));
    expect((grid.validations ?? []).map((x) => rangeToA1(x.range))).toEqual(['D12:D16', 'E12:E16']);
  });
});
