// Issue 8, the F-rules apply to the structure that was read: a funding table of source rows with no
// subprograms and no total row (the table's rows are the program's sources, the total is stated by source
// only) misses no «ИТОГО» — F008 is for a table that has subprograms and lost its total row. The rows are
// the table of a published program (test/corpus/undated/access-for-disabled-2010-2012.ts) as a person
// pastes it without its «ВСЕГО:» row.
import { DEFAULT_CONFIG } from '../../../src/domain/config';
import { checkWorkbook } from '../../../src/sheets/check-workbook';
import { buildGrid, type CellSpec } from '../../fixtures/grid-builder';

const HEADER: CellSpec[] = ['N п/п', 'Источник финансирования', 'Всего, тыс.руб.', '2010 год, тыс.руб.', '2011 год, тыс.руб.', '2012 год, тыс.руб.'];
const ROWS: CellSpec[][] = [
  ['1.', 'Городской бюджет', '5 894,0', '2 000,0', '2 394,0', '1500,0'],
  ['2.', 'Внебюджетные средства', '1 990,0', '1 990,0', '-', '-'],
  ['3.', 'Областной бюджет', '815,0', '-', '-', '815,0'],
];

function check(rows: CellSpec[][]) {
  return checkWorkbook([buildGrid({ name: 'Лист1', rows: [['5. Ресурсное обеспечение целевой Программы'], HEADER, ...rows] })], DEFAULT_CONFIG);
}

describe('a table of source rows without a total row', () => {
  it('is read as the program\'s sources, its total stated by source only', () => {
    const { program } = check(ROWS);
    expect(program.funding!.subprograms).toEqual([]);
    expect(program.funding!.total).toBeNull();
    expect(program.funding!.totalBySourceOnly).toBe(true);
    expect(program.funding!.totalBySource.map((s) => [s.source, s.total, ...s.years])).toEqual([
      ['Городской бюджет', '5894.0', '2000.0', '2394.0', '1500.0'],
      ['Внебюджетные средства', '1990.0', '1990.0', null, null],
      ['Областной бюджет', '815.0', null, null, '815.0'],
    ]);
  });

  it('gives no F008 (the table has no total row to miss) and no error', () => {
    const { report } = check(ROWS);
    expect(report.findings.filter((f) => f.rule === 'F008')).toEqual([]);
    expect(report.findings.filter((f) => f.severity === 'error' && f.rule !== 'S001').map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
  });

  it('still checks each row: a source whose years do not add up to its «Всего» is F001', () => {
    const { report } = check([ROWS[0], ['2.', 'Внебюджетные средства', '1 999,0', '1 990,0', '-', '-'], ROWS[2]]);
    expect(report.findings.filter((f) => f.rule === 'F001').map((f) => f.cell)).toEqual(['C4']);
  });

  it('with its «ВСЕГО:» row the total row is read and checked against the sources (F003/F004 have the structure to check)', () => {
    const { program, report } = check([...ROWS, [null, 'ВСЕГО:', '8 699,0', '3 990,0', '2 394,0', '2 315,0']]);
    expect(program.funding!.total!.total).toBe('8699.0');
    expect(program.funding!.totalBySourceOnly).toBeUndefined();
    expect(report.findings.filter((f) => f.severity === 'error' && f.rule !== 'S001')).toEqual([]);
  });
});
