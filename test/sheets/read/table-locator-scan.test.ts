// The locator walks a row's cells once and runs a test only when that walk says it could find something
// (issue 10). These are rows where a test must still run: a header, a row of years, a column of years in rows,
// a funding paragraph, a hint, all inside the body of a table already found, and the cells that make a row a
// row of values (an error, a text value) or do not count (a covered cell).
import type { CellSpec } from '../../fixtures/grid-builder';
import { buildGrid } from '../../fixtures/grid-builder';
import { sheetViews } from '../../../src/sheets/read/sheet-view';
import { locateTables } from '../../../src/sheets/read/table-locator';

const INDICATOR_HEADER: CellSpec[] = ['№ п/п', 'Основные мероприятия', 'Наименование показателя', 'Единица измерения', 'Базовое значение', 'Планируемое значение по годам'];
const INDICATOR_ROW: CellSpec[] = [null, null, 'Доля заявителей МФЦ, ожидающих в очереди', '%', 'муниципальной программы', 5, 6, 7];

function locate(rows: CellSpec[][], merges: string[] = []) {
  return locateTables(sheetViews([buildGrid({ name: 'Лист1', rows, merges })]));
}

describe('the locator on the rows of a table already found', () => {
  it('finds a second header inside the body of a table', () => {
    const map = locate([INDICATOR_HEADER, INDICATOR_ROW, INDICATOR_ROW, INDICATOR_ROW, INDICATOR_ROW, INDICATOR_HEADER, INDICATOR_ROW]);
    expect(map.anchors.map((a) => [a.kind, a.row])).toEqual([
      ['indicators', 0],
      ['indicators', 5],
    ]);
  });

  it('finds a row of years under a header of known words among rows of values', () => {
    const rows: CellSpec[][] = [INDICATOR_HEADER, INDICATOR_ROW, INDICATOR_ROW, INDICATOR_ROW, INDICATOR_ROW, [], ['Источник финансирования', 'Всего'], [null, null, 2020, '2021 год', 2022], ['Бюджет округа', 10.5, 3.5, 3.5, 3.5]];
    expect(locate(rows).anchors.map((a) => [a.kind, a.row])).toEqual([
      ['indicators', 0],
      ['funding', 6],
    ]);
  });

  it('finds a column of years in rows and a funding paragraph after rows of values', () => {
    const values: CellSpec[] = ['Бюджет округа', 10.5, 3.5, 3.5];
    const rows: CellSpec[][] = [values, values, ['Годы', 'Бюджет г.о.г. Мантурово'], [2016, 15105.2], [2017, 1.5], [2018, 2.5]];
    expect(locate(rows).anchors).toEqual([{ kind: 'funding', sheet: 0, row: 2, col: 0, transposed: true }]);
    const text: CellSpec[][] = [values, values, ['Общий объем финансирования программы составляет 11732,5 тыс. рублей']];
    expect(locate(text).anchors.map((a) => a.kind)).toEqual(['fundingText']);
  });

  it('notes a caption and a lone header cell as hints', () => {
    const map = locate([['Объем финансовых ресурсов программы'], INDICATOR_ROW, [null, 'Единица измерения']]);
    expect(map.hints.map((h) => [h.kind, h.row])).toEqual([
      ['funding', 0],
      ['indicators', 2],
    ]);
  });

  it('counts an error cell and a text value as values: such a row is no header', () => {
    const header: CellSpec[] = ['Наименование подпрограммы', 'Источник финансирования', 'Итого'];
    expect(locate([header]).anchors.map((a) => a.kind)).toEqual(['funding']);
    expect(locate([[...header, { v: '#REF!', error: true }, 15.5]]).anchors).toEqual([]);
    expect(locate([[...header, '12 345,6', 15.5]]).anchors).toEqual([]);
    // A column's number ("12.") and a year are no values.
    expect(locate([[...header, '12.', 2021]]).anchors.map((a) => a.kind)).toEqual(['funding']);
  });

  it('passes over a covered cell as the tests do: a value repeated under a merge is not counted twice', () => {
    const header: CellSpec[] = ['Наименование подпрограммы', 'Источник финансирования', 15.5, 15.5];
    expect(locate([header]).anchors).toEqual([]);
    expect(locate([header], ['C1:D1']).anchors.map((a) => a.kind)).toEqual(['funding']);
  });

  // The walk goes right to left and stops at a row's second value: what it then says of the row must be what a
  // whole walk would say.
  it('stops at the second value from the right, and still sees a header cell, a paragraph or a word of years there', () => {
    // Header cells left of the values: the row is no header all the same.
    expect(locate([['Наименование подпрограммы', 'Источник финансирования', 'Итого', 10.5, 3.5]]).anchors).toEqual([]);
    // Header cells right of the values are met before them, in the order of their columns.
    const hint = locate([['Объем финансовых ресурсов программы', 'Единица измерения']]);
    expect(hint.hints.map((h) => [h.kind, h.col])).toEqual([['funding', 0]]);
    // Two values and a cell of spaces left of them: the row fills two cells (not a paragraph, whatever they say).
    expect(locate([['   ', 10.5, 3.5]]).anchors).toEqual([]);
    // A word of years in rows right of the values of its row is met before them; left of them it heads no column of
    // years (a value right of the word is what `transposedHeader` refuses).
    const right: CellSpec[][] = [[10.5, 3.5, 'Годы', 'Бюджет округа'], [null, null, 2016, 'текст'], [null, null, 2017, 'текст']];
    expect(locate(right).anchors).toEqual([{ kind: 'funding', sheet: 0, row: 0, col: 0, transposed: true }]);
    const left: CellSpec[][] = [['Годы', 'Бюджет округа', 10.5, 3.5], [2016, 'текст'], [2017, 'текст']];
    expect(locate(left).anchors).toEqual([]);
  });
});
