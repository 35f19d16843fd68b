// The worked example's three tables, laid out as pasted from Word, read into the program model with the
// values of the reference document and the cells they came from.
import { paths } from '../../../src/domain/paths';
import { readWorkbook } from '../../../src/sheets/read/read-workbook';
import { buildGrid } from '../../fixtures/grid-builder';
import {
  FUNDING_BY_SOURCE,
  FUNDING_SUB_I,
  FUNDING_SUB_I_TOTAL,
  FUNDING_SUB_II,
  FUNDING_SUB_II_TOTAL,
  FUNDING_TOTAL,
  SUB_I,
  SUB_I_FUNDING,
  SUB_II,
  decimalOf,
  expectedIndicatorSubprograms,
  stupinoFunding,
  stupinoIndicators,
  stupinoPassport,
} from './stupino-workbook';

const y = (year: number) => ({ from: year, to: year });
const YEARS = [2020, 2021, 2022, 2023, 2024].map(y);
const indicatorLayout = stupinoIndicators();
const reading = readWorkbook([buildGrid(stupinoPassport()), buildGrid(stupinoFunding()), buildGrid(indicatorLayout.spec)]);
const { program, provenance } = reading;
const cellOf = (path: string) => provenance.get(path)?.cell;

describe('the worked example read from its three sheets', () => {
  it('finds each table on its sheet and reads without read issues', () => {
    expect(reading.sheets).toEqual({ passport: 'Лист1', funding: 'Лист2', indicators: 'Лист3' });
    expect(reading.readIssues).toEqual([]);
  });

  it('takes municipality, title and period from the passport', () => {
    expect(program.municipality).toBe('городского округа Ступино Московской области');
    expect(program.title).toBe('Цифровое муниципальное образование');
    expect(program.period).toEqual({ from: 2020, to: 2024 });
    expect(program.passport?.periodText).toBe('2020-2024 годы');
    expect(cellOf(paths.passportTitle)).toBe('A4');
    expect(cellOf(paths.passportPeriod)).toBe('B15');
  });

  it('lists the passport subprograms as written, one per row', () => {
    expect(program.passport?.subprograms).toEqual([SUB_I, SUB_II]);
    expect(cellOf(paths.passportSubprogram(0))).toBe('B16');
    expect(cellOf(paths.passportSubprogram(1))).toBe('B17');
  });

  it('reads the passport funding paragraph with its exact amounts', () => {
    const funding = program.passport?.funding;
    expect(funding?.form).toBe('paragraph');
    expect(funding?.total).toBe('423767.8');
    expect(funding?.years).toEqual([
      { year: y(2020), amount: '99822.7' },
      { year: y(2021), amount: '98398.3' },
      { year: y(2022), amount: '75438.6' },
      { year: y(2023), amount: '74811.1' },
      { year: y(2024), amount: '75297.1' },
    ]);
    expect(funding?.sources.map((s) => [s.name, s.total])).toEqual([
      ['Федеральный бюджет', '0'],
      ['Бюджет Московской области', '1567.0'],
      ['Бюджет городского округа Ступино Московской области', '421246.4'],
      ['Внебюджетные источники', '954.7'],
    ]);
    expect(funding?.sources[0].years).toEqual([]);
    expect(funding?.sources[1].years.map((a) => a.amount)).toEqual(['1567.0', '0', '0', '0', '0']);
    expect(funding?.sources[2].years.map((a) => a.amount)).toEqual(['98100.9', '98215.6', '75243.3', '74602.7', '75083.6']);
    expect(funding?.sources[3].years.map((a) => a.amount)).toEqual(['154.8', '182.7', '195.3', '208.4', '213.5']);
  });

  it('points each passport amount at the paragraph row it is written in', () => {
    expect(cellOf(paths.passportFunding)).toBe('B18');
    expect(cellOf(paths.passportFundingTotal)).toBe('B18');
    expect(cellOf(paths.passportFundingYear(y(2023)))).toBe('B18');
    expect(cellOf(paths.passportSource('federal'))).toBe('B20');
    expect(cellOf(paths.passportSourceCell('regional', y(2020)))).toBe('B21');
    expect(cellOf(paths.passportSourceCell('municipal', 'total'))).toBe('B22');
    expect(cellOf(paths.passportSourceCell('extrabudgetary', y(2024)))).toBe('B23');
  });

  it('keeps the other passport rows as written', () => {
    const labels = program.passport?.fields.map((f) => f.label);
    expect(labels).toContain('Координатор муниципальной программы');
    const basis = program.passport?.fields.find((f) => f.label.startsWith('Основания'));
    expect(basis?.value.split('\n')).toHaveLength(2);
  });

  it('reads every amount of Приложение 1 exactly as written', () => {
    const funding = program.funding!;
    expect(funding.title).toBe('Цифровое муниципальное образование');
    expect(funding.years).toEqual(YEARS);
    const row = (line: readonly string[]) => ({ source: line[0], total: decimalOf(line[1]), years: line.slice(2).map(decimalOf) });
    const total = (amounts: readonly string[]) => ({ source: '', total: decimalOf(amounts[0]), years: amounts.slice(1).map(decimalOf) });
    expect(funding.subprograms).toEqual([
      { title: SUB_I_FUNDING, sources: FUNDING_SUB_I.map(row), total: total(FUNDING_SUB_I_TOTAL) },
      { title: SUB_II, sources: FUNDING_SUB_II.map(row), total: total(FUNDING_SUB_II_TOTAL) },
    ]);
    expect(funding.total).toEqual(total(FUNDING_TOTAL));
    expect(funding.totalBySource).toEqual(FUNDING_BY_SOURCE.map(row));
    expect(funding.subprograms[0].sources[0].total).toBe('345128.0');
    expect(funding.totalBySource[0].total).toBe('421246.1');
  });

  it('records the cell of every row and value of Приложение 1', () => {
    expect(cellOf(paths.funding)).toBe('A8');
    expect(cellOf(paths.fundingYearHeader(0))).toBe('D9');
    expect(cellOf(paths.fundingSubprogram(0))).toBe('A10');
    expect(cellOf(paths.fundingSubprogram(1))).toBe('A14');
    expect(cellOf(paths.fundingSource(1, 'regional'))).toBe('B15');
    expect(cellOf(paths.fundingSourceCell(1, 'municipal', y(2021)))).toBe('E14');
    expect(cellOf(paths.fundingSourceCell(0, 'extrabudgetary', 'total'))).toBe('C12');
    expect(cellOf(paths.fundingSubtotal(0))).toBe('A13');
    expect(cellOf(paths.fundingSubtotalCell(1, y(2024)))).toBe('H17');
    expect(cellOf(paths.fundingTotal)).toBe('A18');
    expect(cellOf(paths.fundingTotalCell('total'))).toBe('C18');
    expect(cellOf(paths.fundingBySource('municipal'))).toBe('B19');
    expect(cellOf(paths.fundingBySourceCell('extrabudgetary', y(2022)))).toBe('F21');
  });

  it('reads every indicator of Приложение 2 with its activity, values and cells', () => {
    const table = program.indicators!;
    expect(table.title).toBe('Цифровое муниципальное образование');
    expect(table.years).toEqual(YEARS);
    const expected = expectedIndicatorSubprograms();
    expect(table.subprograms).toEqual(expected);
    expect(table.subprograms.flatMap((s) => s.activities.flatMap((a) => a.indicators))).toHaveLength(27);
    // Spot checks against the reference text.
    const satisfaction = table.subprograms[0].activities[0].indicators[0];
    expect([satisfaction.base?.value, satisfaction.plan[0]?.value]).toEqual(['96.68', '94.6']);
    expect(table.subprograms[0].activities[1].indicators[1].base).toBeNull();
    expect(table.subprograms[1].activities[1].indicators[0].name).toMatch(/обеспеченных антивирусным программным обеспечением с регулярным обновлением соответствующих баз$/);
    expect(table.subprograms[1].activities[5].title).toBe('Основное мероприятие Д6. Федеральный проект «Цифровое государственное управление»');
  });

  it('records the cells of Приложение 2', () => {
    const { rowOf } = indicatorLayout;
    expect(cellOf(paths.indicators)).toBe('A8');
    expect(cellOf(paths.indicatorYearHeader(4))).toBe('K9');
    expect(cellOf(paths.indicatorSubprogram(0))).toBe('B11');
    expect(cellOf(paths.activityField(0, 0, 'number'))).toBe('A12');
    expect(cellOf(paths.activityField(0, 0, 'title'))).toBe('B12');
    const row = rowOf.get('1/2/3');
    expect(cellOf(paths.indicatorField(1, 2, 3, 'name'))).toBe(`C${row}`);
    expect(cellOf(paths.indicatorField(1, 2, 3, 'unit'))).toBe(`D${row}`);
    expect(cellOf(paths.indicatorField(1, 2, 3, 'base'))).toBe(`F${row}`);
    expect(cellOf(paths.indicatorPlan(1, 2, 3, y(2022)))).toBe(`I${row}`);
    expect(cellOf(paths.activity(1, 6))).toBe(`A${rowOf.get('1/6/0')}`);
  });
});
