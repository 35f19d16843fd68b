// Приложение 1 in the layouts real documents come in: merged cells either way, numbers as text, a
// title cut by a page break, span years, and the rows that cannot be read as they stand.
import { paths } from '../../../src/domain/paths';
import { readWorkbook } from '../../../src/sheets/read/read-workbook';
import { buildGrid, withBlankLead, type CellSpec, type GridSpec } from '../../fixtures/grid-builder';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const y = (year: number) => ({ from: year, to: year });

const HEADER: CellSpec[] = ['Наименование подпрограммы', 'Источник финансирования', 'Общий объем финансовых ресурсов, тыс. руб.', 'в том числе по годам реализации муниципальной программы, тыс. руб.:'];
const SUB_A = 'Подпрограмма I «Развитие архивного дела»';
const SUB_B = 'Подпрограмма II «Обеспечивающая подпрограмма»';

/** A two-subprogram Приложение 1 (2025–2026), title block on rows 1–3, header on row 5, data from row 7. */
function smallFunding(cells: { a1?: CellSpec; repeat?: boolean; name?: string } = {}): GridSpec {
  return {
    name: cells.name ?? 'Sheet3',
    rows: [
      ['Приложение №1'],
      ['к муниципальной программе «Культура»'],
      ['Объем финансовых ресурсов, необходимых для реализации мероприятий муниципальной программы'],
      [],
      HEADER,
      [null, null, null, '2025 год', '2026 год'],
      [SUB_A, 'Бюджет городского округа Озёры', cells.a1 ?? 300, 100, 200], // row 7
      [null, 'Бюджет Московской области', '1 000,5', `1${NBSP}000,5`, '–'],
      ['Всего по подпрограмме I', null, { v: 1300.5, f: 'SUM(C7:C8)' }, 1100.5, 200],
      [SUB_B, 'Бюджет городского округа Озёры', `12${NNBSP}345,0`, '12 000,0', '345,0'], // row 10
      ['Всего по подпрограмме II', null, '12 345,0', '12 000,0', '345,0'],
      ['ИТОГО по муниципальной программе', null, '13 645,5', '13 100,5', '545,0'], // row 12
      ['в том числе:', 'Бюджет городского округа Озёры', '12 645,0', '12 100,0', '545,0'],
      [null, 'Бюджет Московской области', '1 000,5', '1 000,5', '-'],
    ],
    merges: ['A5:A6', 'B5:B6', 'C5:C6', 'D5:E5', 'A7:A8', 'A9:B9', 'A11:B11', 'A12:B12', 'A13:A14'],
    repeatMerged: cells.repeat ?? false,
  };
}

function read(...specs: GridSpec[]) {
  return readWorkbook(specs.map(buildGrid));
}

describe('reading Приложение 1', () => {
  it('reads subprogram blocks, totals and "в том числе" rows, with numbers as numbers or Russian text', () => {
    const { program, readIssues } = read(smallFunding());
    expect(readIssues).toEqual([]);
    const f = program.funding!;
    expect(f.years).toEqual([y(2025), y(2026)]);
    expect(f.subprograms.map((s) => s.title)).toEqual([SUB_A, SUB_B]);
    expect(f.subprograms[0].sources).toEqual([
      { source: 'Бюджет городского округа Озёры', total: '300', years: ['100', '200'] },
      { source: 'Бюджет Московской области', total: '1000.5', years: ['1000.5', null] },
    ]);
    expect(f.subprograms[0].total).toEqual({ source: '', total: '1300.5', years: ['1100.5', '200'] });
    expect(f.subprograms[1].sources[0].total).toBe('12345.0');
    expect(f.total).toEqual({ source: '', total: '13645.5', years: ['13100.5', '545.0'] });
    expect(f.totalBySource.map((r) => [r.source, r.years[1]])).toEqual([
      ['Бюджет городского округа Озёры', '545.0'],
      ['Бюджет Московской области', null],
    ]);
    expect(f.title).toBe('Культура');
  });

  it('reads merged cells the same whether the value is in the top-left cell only or repeated', () => {
    const topLeft = read(smallFunding());
    const repeated = read(smallFunding({ repeat: true }));
    expect(repeated.program).toEqual(topLeft.program);
    expect(repeated.provenance).toEqual(topLeft.provenance);
    expect(repeated.readIssues).toEqual([]);
  });

  it('records each cell, with the formula of a total', () => {
    const { provenance } = read(smallFunding());
    const cells: [string, string][] = [
      [paths.funding, 'A5'],
      [paths.fundingYearHeader(1), 'E6'],
      [paths.fundingSubprogram(1), 'A10'],
      [paths.fundingSource(0, 'regional'), 'B8'],
      [paths.fundingSourceCell(0, 'regional', 'total'), 'C8'],
      [paths.fundingSourceCell(1, 'municipal', y(2026)), 'E10'],
      [paths.fundingSubtotal(0), 'A9'],
      [paths.fundingTotalCell(y(2025)), 'D12'],
      [paths.fundingBySourceCell('regional', y(2026)), 'E14'],
    ];
    for (const [path, cell] of cells) expect([path, provenance.get(path)?.cell]).toEqual([path, cell]);
    expect(provenance.get(paths.fundingSubtotalCell(0, 'total'))).toEqual({ sheet: 'Sheet3', cell: 'C9', formula: 'SUM(C7:C8)' });
    expect(provenance.get(paths.fundingSubtotalCell(0, y(2025)))?.formula).toBeUndefined();
  });

  it('finds the table below blank rows and right of blank columns, whatever the sheet is called', () => {
    const { program, provenance, sheets } = read({ name: 'Лист1', rows: [['пусто']] }, withBlankLead(smallFunding({ name: 'Лист7' }), 3, 2));
    expect(sheets.funding).toBe('Лист7');
    expect(program.funding?.subprograms[1].sources[0].total).toBe('12345.0');
    expect(provenance.get(paths.fundingSourceCell(1, 'municipal', y(2026)))?.cell).toBe('G13');
  });

  it('gives sheet addresses for a grid that starts below and right of A1', () => {
    const grid = buildGrid({ ...smallFunding(), origin: { row: 9, col: 1 } });
    const { provenance } = readWorkbook([grid]);
    expect(provenance.get(paths.funding)?.cell).toBe('B14');
    expect(provenance.get(paths.fundingSourceCell(1, 'municipal', y(2026)))?.cell).toBe('F19');
  });

  it('reports text in a numeric cell (S004) at its cell and reads the value as empty', () => {
    const { program, readIssues } = read(smallFunding({ a1: 'триста' }));
    expect(program.funding?.subprograms[0].sources[0].total).toBeNull();
    expect(readIssues).toEqual([
      expect.objectContaining({ rule: 'S004', messageId: 'notANumber', sheet: 'Sheet3', cell: 'C7', path: paths.fundingSourceCell(0, 'municipal', 'total'), data: { text: 'триста', column: 'Общий объем финансовых ресурсов' } }),
    ]);
  });

  it.each([
    ['a cell flagged as an error', { v: '#REF!', error: true }],
    ['an error value given as text', '#DIV/0!'],
  ])('reports a spreadsheet error value (S005): %s', (_what, cell) => {
    const { program, readIssues } = read(smallFunding({ a1: cell as CellSpec }));
    expect(program.funding?.subprograms[0].sources[0].total).toBeNull();
    expect(readIssues).toEqual([expect.objectContaining({ rule: 'S005', messageId: 'errorValue', cell: 'C7', path: paths.fundingSourceCell(0, 'municipal', 'total') })]);
    expect(readIssues[0].data.value).toMatch(/^#/);
  });

  it('joins a subprogram title cut by a page break and a source name continued on the next row', () => {
    const { program } = read({
      name: 'Лист1',
      rows: [
        HEADER,
        [null, null, null, '2025 год', '2026 год'],
        ['Подпрограмма I «Развитие', 'Средства бюджета городского', '10,0', '5,0', '5,0'],
        ['архивного дела»', null, null, null, null],
        [null, 'округа Озёры', null, null, null],
        [null, 'Внебюджетные источники', '1,0', '1,0', '0'],
        ['Всего по подпрограмме I', null, '11,0', '6,0', '5,0'],
        ['ИТОГО по муниципальной программе', null, '11,0', '6,0', '5,0'],
      ],
      merges: ['D1:E1'],
    });
    expect(program.funding?.subprograms).toEqual([
      {
        title: 'Подпрограмма I «Развитие архивного дела»',
        sources: [
          { source: 'Средства бюджета городского округа Озёры', total: '10.0', years: ['5.0', '5.0'] },
          { source: 'Внебюджетные источники', total: '1.0', years: ['1.0', '0'] },
        ],
        total: { source: '', total: '11.0', years: ['6.0', '5.0'] },
      },
    ]);
  });

  it('reads a span year header ("2026–2030 годы") as one bucket of years', () => {
    const { program, provenance } = read({
      name: 'Лист1',
      rows: [
        HEADER,
        [null, null, null, '2025 год', '2026–2030 годы'],
        [SUB_A, 'Бюджет городского округа Озёры', '600,0', '100,0', '500,0'],
        ['Всего по подпрограмме I', null, '600,0', '100,0', '500,0'],
        ['ИТОГО по муниципальной программе', null, '600,0', '100,0', '500,0'],
      ],
      merges: ['D1:E1'],
    });
    expect(program.funding?.years).toEqual([y(2025), { from: 2026, to: 2030 }]);
    expect(program.period).toEqual({ from: 2025, to: 2030 });
    expect(provenance.get(paths.fundingSourceCell(0, 'municipal', { from: 2026, to: 2030 }))?.cell).toBe('E3');
  });

  it('reports a row that is no subprogram, source or total (S008 unclassifiedRow)', () => {
    const spec = smallFunding();
    const rows = [...spec.rows.slice(0, 8), [null, null, null, null, null, 'см. примечание'], ...spec.rows.slice(8)];
    const { readIssues } = read({ ...spec, rows, merges: ['A5:A6', 'B5:B6', 'C5:C6', 'D5:E5', 'A7:A8'] });
    expect(readIssues).toEqual([expect.objectContaining({ rule: 'S008', messageId: 'unclassifiedRow', cell: 'F9', path: null, data: { text: 'см. примечание' } })]);
  });

  it('reads amounts without a source name as a source row with an empty name (for S007), not as a row of its own', () => {
    const spec = smallFunding();
    const rows = [...spec.rows.slice(0, 8), [null, null, '5', '5', null], ...spec.rows.slice(8)];
    const { program, readIssues, provenance } = read({ ...spec, rows, merges: ['A5:A6', 'B5:B6', 'C5:C6', 'D5:E5', 'A7:A8'] });
    expect(readIssues).toEqual([]);
    expect(program.funding?.subprograms[0].sources[2]).toEqual({ source: '', total: '5', years: ['5', null] });
    expect(provenance.get(paths.fundingSource(0, 'other:'))?.cell).toBe('B9');
  });

  it('reads a shifted row by its shift and reports it (S008 shiftedRow)', () => {
    const { program, readIssues, provenance } = read({
      name: 'Лист1',
      rows: [
        HEADER,
        [null, null, null, '2025 год', '2026 год'],
        [SUB_A, 'Бюджет городского округа Озёры', '30,0', '10,0', '20,0'],
        [null, null, 'Внебюджетные источники', '3,0', '1,0', '2,0'], // one column to the right
        ['Всего по подпрограмме I', null, '33,0', '11,0', '22,0'],
      ],
      merges: ['D1:E1'],
    });
    expect(program.funding?.subprograms[0].sources[1]).toEqual({ source: 'Внебюджетные источники', total: '3.0', years: ['1.0', '2.0'] });
    expect(readIssues).toEqual([
      expect.objectContaining({ rule: 'S008', messageId: 'shiftedRow', cell: 'D4', path: paths.fundingSource(0, 'extrabudgetary'), data: { column: 'D', expectedColumn: 'C' } }),
    ]);
    expect(provenance.get(paths.fundingSourceCell(0, 'extrabudgetary', y(2026)))?.cell).toBe('F4');
  });

  it('keeps a block without its "Всего по подпрограмме" row (for F008) and starts the next one', () => {
    const { program } = read({
      name: 'Лист1',
      rows: [
        HEADER,
        [null, null, null, '2025 год', '2026 год'],
        [SUB_A, 'Бюджет городского округа Озёры', '30,0', '10,0', '20,0'],
        [SUB_B, 'Бюджет городского округа Озёры', '3,0', '1,0', '2,0'],
        ['Всего по подпрограмме II', null, '3,0', '1,0', '2,0'],
      ],
      merges: ['D1:E1'],
    });
    expect(program.funding?.subprograms.map((s) => [s.title, s.sources.length, s.total?.total ?? null])).toEqual([
      [SUB_A, 1, null],
      [SUB_B, 1, '3.0'],
    ]);
    expect(program.funding?.total).toBeNull();
  });

  it('keeps more decimals than declared as written (for S006)', () => {
    const { program } = read(smallFunding({ a1: 98100.94 }));
    expect(program.funding?.subprograms[0].sources[0].total).toBe('98100.94');
  });

  it('reads "Итого по подпрограмме" as a subprogram total and "Всего по муниципальной программе" as the program total', () => {
    const { program } = read({
      name: 'Лист1',
      rows: [
        HEADER,
        [null, null, null, '2025 год', '2026 год'],
        [SUB_A, 'Бюджет городского округа Озёры', '30,0', '10,0', '20,0'],
        ['Итого по подпрограмме I', null, '30,0', '10,0', '20,0'],
        ['Всего по муниципальной программе', null, '30,0', '10,0', '20,0'],
      ],
      merges: ['D1:E1'],
    });
    expect(program.funding?.subprograms[0].total?.total).toBe('30.0');
    expect(program.funding?.total?.total).toBe('30.0');
  });

  it('prefers Приложение 1 to a subprogram passport\'s funding table with similar headers', () => {
    const subprogramPassport: GridSpec = {
      name: 'Паспорт подпрограммы',
      rows: [
        ['Наименование подпрограммы', 'Главный распорядитель бюджетных средств', 'Источник финансирования', 'Расходы (тыс. рублей)'],
        [null, null, null, '2025 год', '2026 год', 'Итого'],
        [SUB_A, 'Администрация', 'Бюджет городского округа Озёры', '10,0', '20,0', '30,0'],
      ],
      merges: [],
    };
    const { sheets, program } = read(subprogramPassport, smallFunding());
    expect(sheets.funding).toBe('Sheet3');
    expect(program.funding?.subprograms).toHaveLength(2);
  });

  it('reads the total column written after the years ("Итого" at the end of the year row)', () => {
    const { program, provenance, readIssues } = read({
      name: 'Лист1',
      rows: [
        ['Наименование подпрограммы', 'Источник финансирования', 'Объем финансирования по годам, тыс. руб.'],
        [null, null, '2025 год', '2026 год', 'Итого'],
        [SUB_A, 'Бюджет городского округа Озёры', '10,0', '20,0', '30,0'],
        ['Всего по подпрограмме I', null, '10,0', '20,0', '30,0'],
      ],
      merges: ['C1:E1'],
    });
    expect(readIssues).toEqual([]);
    expect(program.funding?.years).toEqual([y(2025), y(2026)]);
    expect(program.funding?.subprograms[0].sources[0]).toEqual({ source: 'Бюджет городского округа Озёры', total: '30.0', years: ['10.0', '20.0'] });
    expect(provenance.get(paths.fundingSourceCell(0, 'municipal', 'total'))?.cell).toBe('E3');
  });

  it('reads a block whose total stands on the title row ("Подпрограмма I … | Итого"), its sources below', () => {
    const { program, readIssues } = read({
      name: 'Лист1',
      rows: [
        HEADER,
        [null, null, null, '2025 год', '2026 год'],
        [SUB_A, 'Итого', '33,0', '11,0', '22,0'],
        [null, 'Средства бюджета Московской области', '3,0', '1,0', '2,0'],
        [null, 'Средства бюджета городского округа', '30,0', '10,0', '20,0'],
        ['Итого по программе', 'Итого', '33,0', '11,0', '22,0'],
        [null, 'Средства бюджета Московской области', '3,0', '1,0', '2,0'],
        [null, 'Средства бюджета городского округа', '30,0', '10,0', '20,0'],
      ],
      merges: ['D1:E1', 'A3:A5'],
    });
    expect(readIssues).toEqual([]);
    const f = program.funding!;
    expect(f.subprograms).toEqual([
      {
        title: SUB_A,
        sources: [
          { source: 'Средства бюджета Московской области', total: '3.0', years: ['1.0', '2.0'] },
          { source: 'Средства бюджета городского округа', total: '30.0', years: ['10.0', '20.0'] },
        ],
        total: { source: '', total: '33.0', years: ['11.0', '22.0'] },
      },
    ]);
    expect(f.total?.total).toBe('33.0');
    expect(f.totalBySource.map((r) => r.source)).toEqual(['Средства бюджета Московской области', 'Средства бюджета городского округа']);
  });

  it('joins a bare "Подпрограмма III" and its name in quotes on the next row', () => {
    const { program } = read({
      name: 'Лист1',
      rows: [
        HEADER,
        [null, null, null, '2025 год', '2026 год'],
        ['Подпрограмма III', 'Федеральный бюджет', '3,0', '1,0', '2,0'],
        ['«Обеспечивающая подпрограмма»', 'Бюджет городского округа Озёры', '30,0', '10,0', '20,0'],
        ['Всего по подпрограмме III', null, '33,0', '11,0', '22,0'],
      ],
      merges: ['D1:E1'],
    });
    expect(program.funding?.subprograms.map((s) => [s.title, s.sources.length])).toEqual([['Подпрограмма III «Обеспечивающая подпрограмма»', 2]]);
  });
});
