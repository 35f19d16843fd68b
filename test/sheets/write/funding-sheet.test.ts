// Приложение 1 as written: the official header, the subprogram blocks, totals as formulas carrying the
// published numbers, the drop-down of sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/domain/config';
import { Program } from '../../../src/domain/model/program';
import { rangeToA1, toA1 } from '../../../src/sheets/address';
import { cellText, type Grid } from '../../../src/sheets/grid';
import { FUNDING_HEADER, writeFundingSheet } from '../../../src/sheets/write/funding-sheet';
import { blankProgram } from '../../../src/sheets/write/program-workbook';

const example = Program.parse(JSON.parse(readFileSync(join(__dirname, '../../../examples/stupino-2020-2024.program.json'), 'utf8')));

function find(grid: Grid, text: string): string {
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) if (cellText(row[c]) === text) return toA1(r, c);
  }
  throw new Error(`"${text}" is not in ${grid.name}`);
}

/** Every filled cell as "A1" → [shown value, formula]. */
function cells(grid: Grid): Map<string, [string, string | null]> {
  const out = new Map<string, [string, string | null]>();
  grid.rows.forEach((row, r) => row.forEach((cell, c) => cell && cell.value !== null && out.set(toA1(r, c), [String(cell.value), cell.formula ?? null])));
  return out;
}

describe('writeFundingSheet on the worked example', () => {
  const grid = writeFundingSheet(example);
  const at = cells(grid);

  it('writes the title block above the table', () => {
    expect(['A1', 'A2', 'A3', 'A5', 'A6'].map((a) => at.get(a)?.[0])).toEqual([
      'Приложение №1',
      'к муниципальной программе',
      '«Цифровое муниципальное образование»',
      'Объем финансовых ресурсов, необходимых для реализации мероприятий муниципальной программы',
      '«Цифровое муниципальное образование»',
    ]);
  });

  it('writes the two-row header with "в том числе по годам…" merged over the year columns', () => {
    expect(find(grid, FUNDING_HEADER.subprogram)).toBe('A8');
    expect(find(grid, FUNDING_HEADER.years)).toBe('D8');
    expect(['D9', 'E9', 'F9', 'G9', 'H9'].map((a) => at.get(a)?.[0])).toEqual(['2020 год', '2021 год', '2022 год', '2023 год', '2024 год']);
    const merges = grid.merges.map(rangeToA1);
    expect(merges).toEqual(expect.arrayContaining(['A8:A9', 'B8:B9', 'C8:C9', 'D8:H8']));
  });

  it('merges each subprogram title down its source rows and labels the totals', () => {
    const merges = grid.merges.map(rangeToA1);
    expect(merges).toEqual(expect.arrayContaining(['A10:A12', 'A13:B13', 'A14:A16', 'A17:B17', 'A18:B18', 'A19:A21']));
    expect(at.get('A10')?.[0]).toBe(example.funding?.subprograms[0].title);
    expect([at.get('A13')?.[0], at.get('A17')?.[0], at.get('A18')?.[0], at.get('A19')?.[0]]).toEqual([
      'Всего по подпрограмме I',
      'Всего по подпрограмме II',
      'ИТОГО по муниципальной программе',
      'в том числе:',
    ]);
  });

  it.each([
    ['C10', 'SUM(D10:H10)', '345128'],
    ['C15', 'SUM(D15:H15)', '1567'],
    ['C13', 'SUM(C10:C12)', '345128'],
    ['H17', 'SUM(H14:H16)', '15153.1'],
    ['C18', 'C13+C17', '423767.8'],
    ['D18', 'D13+D17', '99822.7'],
    ['C19', 'SUMIF($B$10:$B$16,$B19,C10:C16)', '421246.1'],
    ['H21', 'SUMIF($B$10:$B$16,$B21,H10:H16)', '213.5'],
  ])('writes %s as =%s with the published %s as its cached value', (address, formula, value) => {
    expect(at.get(address)).toEqual([value, formula]);
  });

  it('writes the amounts as numbers in the "# ##0,0" format with zero shown as 0', () => {
    const d10 = grid.rows[9]?.[3];
    expect(d10).toMatchObject({ value: 82348, numberFormat: '#,##0.0;-#,##0.0;0' });
    expect(grid.rows[10]?.[4]).toMatchObject({ value: 0 });
  });

  it('offers the dictionary of sources, and the names the table uses, as a drop-down on the source column', () => {
    const v = grid.validations ?? [];
    expect(v.map((x) => rangeToA1(x.range))).toEqual(['B10:B16', 'B19:B21']);
    expect(v[0].values).toEqual(expect.arrayContaining([...DEFAULT_CONFIG.sources, 'Бюджет городского округа Ступино']));
  });

  it('repeats the header rows on every printed A4 landscape page', () => {
    expect(grid.layout).toMatchObject({ printTitleRows: [7, 8], orientation: 'landscape', fitToWidth: true });
  });
});

describe('writeFundingSheet, other shapes', () => {
  it('writes a span of years as "2026–2030 годы" and computes the cached total when the model has none', () => {
    const program: Program = {
      ...example,
      period: { from: 2024, to: 2030 },
      funding: {
        title: null,
        years: [{ from: 2024, to: 2024 }, { from: 2025, to: 2025 }, { from: 2026, to: 2030 }],
        subprograms: [{ title: 'Подпрограмма 1 «Дороги»', sources: [{ source: 'Внебюджетные источники', total: null, years: ['10.5', null, '0.1'] }], total: null }],
        total: null,
        totalBySource: [],
      },
    };
    const grid = writeFundingSheet(program);
    const at = cells(grid);
    expect(at.get('F9')?.[0]).toBe('2026–2030 годы');
    expect(at.get('C10')).toEqual(['10.6', 'SUM(D10:F10)']);
    expect(at.get('A11')?.[0]).toBe('Всего по подпрограмме 1');
    expect(at.get('C11')).toEqual(['10.6', 'SUM(C10:C10)']);
    // No "в том числе" rows in the model: one per source used, summed over the subprograms.
    expect([at.get('A13')?.[0], at.get('B13')?.[0], at.get('C13')]).toEqual(['в том числе:', 'Внебюджетные источники', ['10.6', 'SUMIF($B$10:$B$10,$B13,C10:C10)']]);
  });

  it('sums a source by its category when the names differ (a Latin C in "Cтупино")', () => {
    const funding = example.funding;
    if (!funding) throw new Error('no funding');
    const typo = structuredClone(funding);
    typo.subprograms[1].sources[0].source = 'Бюджет городского округа Cтупино';
    const at = cells(writeFundingSheet({ ...example, funding: typo }));
    expect(at.get('C19')).toEqual(['421246.1', 'C10+C14']);
  });

  it('lays out the blank template with formulas in every total cell and empty amounts', () => {
    const grid = writeFundingSheet(blankProgram({ from: 2025, to: 2029 }));
    const at = cells(grid);
    expect(['B10', 'B11', 'B12', 'B13'].map((a) => at.get(a)?.[0])).toEqual([
      'Федеральный бюджет',
      'Бюджет Московской области',
      'Бюджет городского округа',
      'Внебюджетные источники',
    ]);
    expect(at.get('D10')).toBeUndefined();
    expect(at.get('C10')).toEqual(['0', 'SUM(D10:H10)']);
    expect(at.get('H14')).toEqual(['0', 'SUM(H10:H13)']);
    expect(at.get('C15')).toEqual(['0', 'C14']);
    expect(at.get('D16')).toEqual(['0', 'SUMIF($B$10:$B$13,$B16,D10:D13)']);
    expect(grid.merges.map(rangeToA1)).toEqual(expect.arrayContaining(['A10:A13', 'A14:B14', 'A16:A19']));
  });
});
