// A table of sources whose header names no column of amounts (no "всего", no year): its rows are read in
// bounded time. A row with its source column empty looked for its label leftward from the first column of
// amounts — Math.min of no columns, Infinity — and the reading never ended (hostile input: 5 rows hung the CLI).
import { readWorkbook } from '../../../src/sheets/read/read-workbook';
import type { GridCell } from '../../../src/sheets/grid';

describe('a table of sources without a column of amounts', () => {
  it('is read, the row with an empty source column too', () => {
    const rows: (GridCell | null)[][] = [
      [{ value: 'Источники финансирования' }, { value: 'Объем финансирования (тыс. руб.)' }],
      [{ value: '- областные средства' }, { value: 100 }, { value: 200 }],
      [{ value: '- федеральные средства' }, { value: 10 }, { value: 20 }],
      [null, { value: '- местные бюджеты' }, { value: 5 }],
      [{ value: 'Итого' }, { value: 110 }, { value: 220 }],
    ];
    const reading = readWorkbook([{ name: 'Лист1', rows, merges: [] }]);
    expect(reading.program.funding).toMatchObject({ years: [], totalColumn: 'none', totalBySource: [] });
  });
});
