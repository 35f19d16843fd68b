// The passport: label/value rows under the title block, the subprogram list in one cell or in several
// rows, and the funding section as a paragraph or as a table.
import { paths } from '../../../src/domain/paths';
import { readWorkbook } from '../../../src/sheets/read/read-workbook';
import { buildGrid, withBlankLead, type CellSpec, type GridSpec } from '../../fixtures/grid-builder';

const y = (year: number) => ({ from: year, to: year });
const SUB_A = 'Подпрограмма I «Развитие архивного дела»';
const SUB_B = 'Подпрограмма II «Обеспечивающая подпрограмма»';

function passport(funding: CellSpec[][], extra: Partial<GridSpec> = {}): GridSpec {
  return {
    name: 'Паспорт',
    rows: [
      ['Муниципальная программа городского округа Озёры Московской области «Культура»'],
      [],
      ['Наименование муниципальной программы', 'Культура (далее – муниципальная программа)'], // row 3
      ['Сроки реализации муниципальной программы', '2025–2026 годы'],
      ['Перечень подпрограмм муниципальной программы', `${SUB_A} (далее - Подпрограмма I). ${SUB_B} (далее - Подпрограмма II).`], // row 5
      ...funding,
      ['Планируемые результаты реализации муниципальной программы', 'Приведены в приложении №2 к муниципальной программе.'],
    ],
    merges: [],
    ...extra,
  };
}

describe('reading the passport', () => {
  it('reads the title block, the period and several subprograms written in one cell', () => {
    const { program, provenance, sheets } = readWorkbook([buildGrid(passport([]))]);
    expect(sheets.passport).toBe('Паспорт');
    expect(program.municipality).toBe('городского округа Озёры Московской области');
    expect(program.title).toBe('Культура');
    expect(program.period).toEqual({ from: 2025, to: 2026 });
    expect(program.passport?.periodText).toBe('2025–2026 годы');
    expect(program.passport?.subprograms).toEqual([SUB_A, SUB_B]);
    expect(provenance.get(paths.passportSubprogram(1))?.cell).toBe('B5');
    expect(provenance.get(paths.passportTitle)?.cell).toBe('A1');
    expect(program.passport?.funding).toBeNull();
  });

  it('takes the title from "Наименование муниципальной программы" when there is no title block', () => {
    const spec = passport([]);
    const { program, provenance } = readWorkbook([buildGrid({ ...spec, rows: spec.rows.slice(2) })]);
    expect(program.title).toBe('Культура');
    expect(provenance.get(paths.passportTitle)?.cell).toBe('B1');
  });

  it('reads the funding paragraph written in one cell, every amount pointing at that cell', () => {
    const paragraph =
      'Всего 13 645,5 тыс. руб., в т.ч. по годам реализации: 2025 год – 13 100,5 тыс. руб.; 2026 год – 545,0 тыс. руб. ' +
      'Бюджет Московской области: всего 1 000,5 тыс. руб., в т.ч. по годам реализации: 2025 год – 1 000,5 тыс. руб.; 2026 год – 0. ' +
      'Бюджет городского округа Озёры Московской области: всего 12 645,0 тыс. руб., в т.ч. по годам реализации: 2025 год – 12 100,0 тыс. руб.; 2026 год – 545,0 тыс. руб.';
    const { program, provenance } = readWorkbook([buildGrid(withBlankLead(passport([['Источники финансирования муниципальной программы', paragraph]]), 1, 1))]);
    const funding = program.passport?.funding;
    expect(funding).toEqual({
      form: 'paragraph',
      total: '13645.5',
      years: [
        { year: y(2025), amount: '13100.5' },
        { year: y(2026), amount: '545.0' },
      ],
      sources: [
        { name: 'Бюджет Московской области', total: '1000.5', years: [{ year: y(2025), amount: '1000.5' }, { year: y(2026), amount: '0' }] },
        { name: 'Бюджет городского округа Озёры Московской области', total: '12645.0', years: [{ year: y(2025), amount: '12100.0' }, { year: y(2026), amount: '545.0' }] },
      ],
    });
    for (const path of [paths.passportFunding, paths.passportFundingTotal, paths.passportSourceCell('municipal', y(2026)), paths.passportSource('regional')]) {
      expect(provenance.get(path)?.cell).toBe('C7');
    }
  });

  it('reads the funding section written as a table in the passport', () => {
    const table: CellSpec[][] = [
      ['Источники финансирования муниципальной программы, в том числе по годам:', 'Расходы (тыс. рублей)'], // row 6
      [null, 'Всего', '2025 год', '2026 год'], // row 7
      ['Средства бюджета Московской области', '1 000,5', '1 000,5', '-'], // row 8
      ['Средства бюджета городского округа Озёры', { v: 12645, f: 'C9+D9' }, 12100, 545],
      ['Внебюджетные средства', '0', '0', '0'],
      ['Всего, в том числе по годам:', '13 645,5', '13 100,5', '545,0'], // row 11
    ];
    const { program, provenance, readIssues } = readWorkbook([buildGrid(passport(table, { merges: ['B6:D6'] }))]);
    expect(readIssues).toEqual([]);
    expect(program.passport?.funding).toEqual({
      form: 'table',
      total: '13645.5',
      years: [
        { year: y(2025), amount: '13100.5' },
        { year: y(2026), amount: '545.0' },
      ],
      sources: [
        { name: 'Средства бюджета Московской области', total: '1000.5', years: [{ year: y(2025), amount: '1000.5' }, { year: y(2026), amount: null }] },
        { name: 'Средства бюджета городского округа Озёры', total: '12645', years: [{ year: y(2025), amount: '12100' }, { year: y(2026), amount: '545' }] },
        { name: 'Внебюджетные средства', total: '0', years: [{ year: y(2025), amount: '0' }, { year: y(2026), amount: '0' }] },
      ],
    });
    expect(provenance.get(paths.passportSourceCell('municipal', 'total'))).toEqual({ sheet: 'Паспорт', cell: 'B9', formula: 'C9+D9' });
    expect(provenance.get(paths.passportSource('extrabudgetary'))?.cell).toBe('A10');
    expect(provenance.get(paths.passportFundingYear(y(2026)))?.cell).toBe('D11');
    expect(program.passport?.fields.map((f) => f.label)).toContain('Планируемые результаты реализации муниципальной программы');
  });

  it('reads a label repeated beside each of its paragraphs as one field', () => {
    const label = 'Перечень подпрограмм муниципальной программы';
    const spec = passport([]);
    const rows = spec.rows.map((r, i) => (i === 4 ? [label, `${SUB_A} (далее - Подпрограмма I).`] : r));
    rows.splice(5, 0, [label, `${SUB_B} (далее - Подпрограмма II).`]);
    const { program, provenance } = readWorkbook([buildGrid({ ...spec, rows })]);
    expect(program.passport?.subprograms).toEqual([SUB_A, SUB_B]);
    expect(provenance.get(paths.passportSubprogram(1))?.cell).toBe('B6');
    expect(program.passport?.fields.filter((f) => f.label === label)).toEqual([]);
  });

  it('reads a title block whose lines are repeated across their merged width', () => {
    const spec = passport([]);
    const rows: (readonly CellSpec[])[] = [
      ['МУНИЦИПАЛЬНАЯ ПРОГРАММА', 'МУНИЦИПАЛЬНАЯ ПРОГРАММА'],
      ['городского округа Озёры Московской области', 'городского округа Озёры Московской области'],
      ['«Культура»', '«Культура»'],
      ...spec.rows.slice(1),
    ];
    const { program } = readWorkbook([buildGrid({ ...spec, rows })]);
    expect([program.municipality, program.title]).toEqual(['городского округа Озёры Московской области', 'Культура']);
  });
});
