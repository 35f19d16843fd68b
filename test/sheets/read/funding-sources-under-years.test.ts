// Issue 8: a funding table whose header has the years on one row and the sources under each year on the next
// (the shape of the Кольчугинский район table): «Наименование | Всего | 2020 год | 2021 год» over «всего |
// областной бюджет | местный бюджет» under each. Each row of the table is a subprogram (or activity) with a
// source per sub-column; «Итого» is the program's total and its sources. Every amount is read as printed
// and the F-rules check that structure.
import { DEFAULT_CONFIG } from '../../../src/domain/config';
import { checkWorkbook } from '../../../src/sheets/check-workbook';
import { buildGrid, type CellSpec } from '../../fixtures/grid-builder';

const HEADER_1: CellSpec[] = ['Наименование подпрограммы, основного мероприятия', 'Всего, тыс. руб.', null, null, '2020 год', null, null, '2021 год', null, null];
const HEADER_2: CellSpec[] = [null, 'всего', 'областной бюджет', 'местный бюджет', 'всего', 'областной бюджет', 'местный бюджет', 'всего', 'ОБ', 'МБ'];
const MERGES = ['A2:A3', 'B2:D2', 'E2:G2', 'H2:J2'];
const SUB_1: CellSpec[] = ['Подпрограмма 1 «Дороги»', '1 500,0', '1 000,0', '500,0', '700,0', '500,0', '200,0', '800,0', '500,0', '300,0'];
const SUB_2: CellSpec[] = ['Подпрограмма 2 «Освещение»', '300,0', '0,0', '300,0', '100,0', '0,0', '100,0', '200,0', '0,0', '200,0'];
const TOTAL: CellSpec[] = ['Итого по программе', '1 800,0', '1 000,0', '800,0', '800,0', '500,0', '300,0', '1 000,0', '500,0', '500,0'];

function check(rows: CellSpec[][]) {
  return checkWorkbook(
    [buildGrid({ name: 'Лист1', rows: [['Ресурсное обеспечение муниципальной программы'], HEADER_1, HEADER_2, ...rows], merges: MERGES })],
    DEFAULT_CONFIG,
  );
}

const row = (r: { source: string; total: string | null; years: (string | null)[] }) => [r.source, r.total, ...r.years];

describe('a funding table with the sources under each year', () => {
  it('reads every amount: each row a subprogram with its sources, «Итого» the program\'s total and sources', () => {
    const { program } = check([SUB_1, SUB_2, TOTAL]);
    const funding = program.funding!;
    expect(funding.years.map((y) => y.from)).toEqual([2020, 2021]);
    expect(funding.subprograms.map((s) => [s.title, s.total && row(s.total), s.sources.map(row)])).toEqual([
      [
        'Подпрограмма 1 «Дороги»',
        ['', '1500.0', '700.0', '800.0'],
        [
          ['областной бюджет', '1000.0', '500.0', '500.0'],
          ['местный бюджет', '500.0', '200.0', '300.0'],
        ],
      ],
      [
        'Подпрограмма 2 «Освещение»',
        ['', '300.0', '100.0', '200.0'],
        [
          ['областной бюджет', '0.0', '0.0', '0.0'],
          ['местный бюджет', '300.0', '100.0', '200.0'],
        ],
      ],
    ]);
    expect(row(funding.total!)).toEqual(['', '1800.0', '800.0', '1000.0']);
    expect(funding.totalBySource.map(row)).toEqual([
      ['областной бюджет', '1000.0', '500.0', '500.0'],
      ['местный бюджет', '800.0', '300.0', '500.0'],
    ]);
  });

  it('says what it read, and gives no error when the table adds up', () => {
    const { report } = check([SUB_1, SUB_2, TOTAL]);
    expect(report.findings.filter((f) => f.severity === 'error' && f.rule !== 'S001').map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    const read = report.read!.find((t) => t.table === 'funding')!;
    expect({ sources: read.sources, years: read.years?.length, amounts: read.amounts }).toEqual({ sources: 2, years: 2, amounts: 27 });
  });

  it('checks that structure: a subprogram whose sources do not add up to its «всего» of a year is F002 at that cell', () => {
    const { report } = check([SUB_1, ['Подпрограмма 2 «Освещение»', '300,0', '0,0', '300,0', '100,0', '0,0', '100,0', '210,0', '0,0', '200,0'], TOTAL]);
    const errors = report.findings.filter((f) => f.severity === 'error' && f.rule !== 'S001').map((f) => `${f.rule} ${f.cell}`);
    expect(errors).toContain('F002 H5');
  });

  it('checks the program: «Итого» of a source that is not the sum of the subprograms\' is F004 at that cell', () => {
    const { report } = check([SUB_1, SUB_2, ['Итого по программе', '1 800,0', '1 000,0', '800,0', '800,0', '500,0', '300,0', '1 000,0', '500,0', '555,0']]);
    const errors = report.findings.filter((f) => f.severity === 'error' && f.rule !== 'S001').map((f) => `${f.rule} ${f.cell}`);
    expect(errors).toContain('F004 J6');
  });
});
