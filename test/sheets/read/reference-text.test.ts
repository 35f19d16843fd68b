// The annexes of the worked example exactly as the reference text has them: one row per line, one cell
// per tab, on one sheet, with no merges — the Word tables as exported, odd rows included (three rows of
// Основное мероприятие 2.1 sit one column to the left, their name in the activity column).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../../src/domain/paths';
import { readWorkbook } from '../../../src/sheets/read/read-workbook';
import { buildGrid } from '../../fixtures/grid-builder';
import { FUNDING_BY_SOURCE, FUNDING_SUB_I, FUNDING_SUB_II, FUNDING_TOTAL, decimalOf, expectedIndicatorSubprograms } from './stupino-workbook';

const text = readFileSync(join(__dirname, 'stupino-annexes.tsv'), 'utf8');
const rows = text.split('\n').map((line) => line.split('\t').map((cell) => (cell === '' ? null : cell)));
const reading = readWorkbook([buildGrid({ name: 'Лист1', rows, merges: [] })]);

describe('the annexes of the worked example as exported text', () => {
  it('finds both tables on the one sheet', () => {
    expect(reading.sheets).toEqual({ passport: null, funding: 'Лист1', indicators: 'Лист1' });
    expect(reading.program.period).toEqual({ from: 2020, to: 2024 });
    expect(reading.program.title).toBe('Цифровое муниципальное образование');
  });

  it('reads Приложение 1 with the subprogram title cut by the page break joined', () => {
    const f = reading.program.funding!;
    expect(f.subprograms.map((s) => s.title)).toEqual([
      expect.stringMatching(/^Подпрограмма I «Снижение/),
      'Подпрограмма II «Развитие информационной и технологической инфраструктуры экосистемы цифровой экономики муниципального образования Московской области»',
    ]);
    expect(f.subprograms[0].sources.map((r) => r.total)).toEqual(FUNDING_SUB_I.map((l) => decimalOf(l[1])));
    expect(f.subprograms[1].sources.map((r) => r.years)).toEqual(FUNDING_SUB_II.map((l) => l.slice(2).map(decimalOf)));
    expect(f.total?.years).toEqual(FUNDING_TOTAL.slice(1).map(decimalOf));
    expect(f.totalBySource.map((r) => r.total)).toEqual(FUNDING_BY_SOURCE.map((l) => decimalOf(l[1])));
  });

  it('reads all 27 indicators, the shifted rows by their shift', () => {
    expect(reading.program.indicators?.subprograms).toEqual(expectedIndicatorSubprograms());
  });

  it('reports the three shifted rows (S008) and nothing else', () => {
    const at = (line: string) => `E${rows.findIndex((r) => r[0]?.startsWith(line)) + 1}`;
    expect(reading.readIssues.map((i) => [i.rule, i.messageId, i.cell, i.path, i.data])).toEqual([
      ['S008', 'shiftedRow', at('Стоимостная доля'), paths.indicator(1, 0, 1), { column: 'E', expectedColumn: 'F' }],
      ['S008', 'shiftedRow', at('Доля многоквартирных'), paths.indicator(1, 0, 2), { column: 'E', expectedColumn: 'F' }],
      ['S008', 'shiftedRow', at('Доля домашних'), paths.indicator(1, 0, 3), { column: 'E', expectedColumn: 'F' }],
    ]);
  });
});
