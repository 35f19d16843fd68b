// Where the tables are: found by their header texts on any sheet, several to a sheet, or missing; a
// sheet meant for a table whose header is not recognised is S002.
import { paths } from '../../../src/domain/paths';
import { readWorkbook } from '../../../src/sheets/read/read-workbook';
import { buildGrid, type CellSpec, type GridSpec } from '../../fixtures/grid-builder';
import { stupinoFunding, stupinoIndicators, stupinoPassport } from './stupino-workbook';

/** The three sheets of the worked example stacked on one sheet, each after two blank rows. */
function oneSheet(): { spec: GridSpec; offsets: number[] } {
  const parts = [stupinoPassport(), stupinoFunding(), stupinoIndicators().spec];
  const rows: CellSpec[][] = [];
  const merges: string[] = [];
  const offsets: number[] = [];
  for (const part of parts) {
    const offset = rows.length;
    offsets.push(offset);
    rows.push(...part.rows.map((r) => [...r]), [], []);
    for (const m of part.merges ?? []) merges.push(m.replace(/(\d+)/g, (n) => String(Number(n) + offset)));
  }
  return { spec: { name: 'Sheet1', rows, merges }, offsets };
}

describe('finding the tables of a workbook', () => {
  it('reads all three tables from one sheet, each up to the next title block', () => {
    const separate = readWorkbook([buildGrid(stupinoPassport()), buildGrid(stupinoFunding()), buildGrid(stupinoIndicators().spec)]);
    const { spec, offsets } = oneSheet();
    const together = readWorkbook([buildGrid(spec)]);
    expect(together.sheets).toEqual({ passport: 'Sheet1', funding: 'Sheet1', indicators: 'Sheet1' });
    expect(together.readIssues).toEqual([]);
    expect(together.program).toEqual(separate.program);
    expect(together.provenance.get(paths.fundingTotal)?.cell).toBe(`A${18 + offsets[1]}`);
    expect(together.provenance.get(paths.indicatorSubprogram(1))?.cell).toBe(`B${Number(separate.provenance.get(paths.indicatorSubprogram(1))!.cell.slice(1)) + offsets[2]}`);
  });

  it('does not take a subprogram\'s passport on a sheet before the program\'s for the program\'s passport', () => {
    const subprogramPassport: GridSpec = {
      name: 'Паспорт подпрограммы',
      rows: [
        ['Паспорт подпрограммы I «Обеспечивающая подпрограмма»'],
        [],
        ['Муниципальный заказчик подпрограммы', 'Администрация городского округа Ступино'],
        ['Сроки реализации подпрограммы', '2023-2027 годы'],
        ['Цели подпрограммы', 'Обеспечение деятельности администрации'],
      ],
      merges: [],
    };
    const alone = readWorkbook([buildGrid(stupinoPassport()), buildGrid(stupinoFunding()), buildGrid(stupinoIndicators().spec)]);
    const withSubprogram = readWorkbook([buildGrid(subprogramPassport), buildGrid(stupinoPassport()), buildGrid(stupinoFunding()), buildGrid(stupinoIndicators().spec)]);
    expect(withSubprogram.sheets.passport).toBe(alone.sheets.passport);
    expect(withSubprogram.program).toEqual(alone.program);
    expect(withSubprogram.readIssues).toEqual(alone.readIssues);
  });

  it('leaves a missing table null without a read issue (the rules report S001), and takes the period from the year columns', () => {
    const { program, readIssues, sheets } = readWorkbook([buildGrid(stupinoFunding()), buildGrid({ name: 'Sheet2', rows: [['Примечание']], merges: [] })]);
    expect(sheets).toEqual({ passport: null, funding: 'Лист2', indicators: null });
    expect(program.passport).toBeNull();
    expect(program.indicators).toBeNull();
    expect(program.period).toEqual({ from: 2020, to: 2024 });
    expect(program.title).toBe('Цифровое муниципальное образование');
    expect(program.municipality).toBe('городского округа Ступино');
    expect(readIssues).toEqual([]);
  });

  it('reads Приложение 1 whose header says its columns in other words, over its year columns', () => {
    // Contract change (issue 8): the header vocabulary is wider, and years under a header say a table is there.
    const spec = stupinoFunding();
    const rows = spec.rows.map((r, i) => (i === 7 ? ['Подпрограмма', 'Источник', 'Объем, тыс. руб.', 'по годам:'] : r));
    const { program, readIssues } = readWorkbook([buildGrid({ ...spec, rows }), buildGrid(stupinoIndicators().spec)]);
    expect(readIssues).toEqual([]);
    expect(program.funding?.subprograms.map((s) => s.sources.length)).toEqual([3, 3]);
    expect(program.funding?.total?.total).toBe('423767.8');
  });

  it('reports S002 at the title of a sheet meant for Приложение 1 whose header row is not recognised', () => {
    const spec = stupinoFunding();
    const rows = spec.rows.map((r, i) => (i === 7 ? ['Графа 1', 'Графа 2', 'Графа 3', 'Графа 4'] : i === 8 ? [null, null, null, 'I', 'II', 'III', 'IV', 'V'] : r));
    const { program, readIssues } = readWorkbook([buildGrid({ ...spec, rows }), buildGrid(stupinoIndicators().spec)]);
    expect(program.funding).toBeNull();
    expect(readIssues).toEqual([
      {
        rule: 'S002',
        messageId: 'headerNotFound',
        path: paths.funding,
        sheet: 'Лист2',
        cell: 'A5',
        data: { table: expect.stringContaining('Приложение 1'), looked: expect.stringContaining('Наименование подпрограммы') },
      },
    ]);
  });

  it('reports S002 for Приложение 2 when only some of its header cells are there', () => {
    const { spec } = stupinoIndicators();
    const rows = spec.rows.map((r, i) => (i === 7 ? ['№', 'Наименование', 'Ед. изм.', 'Тип', 'Базовое значение показателя', 'План'] : r)).filter((_, i) => i !== 4);
    const { readIssues } = readWorkbook([buildGrid({ ...spec, rows, merges: [] })]);
    expect(readIssues.map((i) => [i.rule, i.messageId, i.path, i.cell, i.data.table])).toEqual([
      ['S002', 'headerNotFound', paths.indicators, 'C7', expect.stringContaining('Приложение 2')],
    ]);
  });

  it('does not mistake the passport row "Планируемые результаты…" for a missing Приложение 2', () => {
    const { readIssues } = readWorkbook([buildGrid(stupinoPassport())]);
    expect(readIssues).toEqual([]);
  });

  it('reports S002 at "Приложение №1" when that is all that says the sheet is meant for the funding table', () => {
    const { readIssues } = readWorkbook([
      buildGrid({ name: 'Лист1', rows: [[null, 'Приложение №1'], [null, 'к муниципальной программе «Культура»'], [], ['Подпрограмма', 'Источник', 'Сумма']], merges: [] }),
    ]);
    expect(readIssues.map((i) => [i.rule, i.cell, i.path])).toEqual([['S002', 'B1', paths.funding]]);
  });
});
