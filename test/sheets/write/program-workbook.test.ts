// The program workbook: three sheets, filled from a program or blank for a period.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Program } from '../../../src/domain/model/program';
import { cellText } from '../../../src/sheets/grid';
import { writeProgramWorkbook } from '../../../src/sheets/write/program-workbook';

const example = Program.parse(JSON.parse(readFileSync(join(__dirname, '../../../examples/stupino-2020-2024.program.json'), 'utf8')));

describe('writeProgramWorkbook', () => {
  it('writes the three sheets of a program', () => {
    expect(writeProgramWorkbook(example).map((g) => g.name)).toEqual(['Паспорт', 'Приложение 1', 'Приложение 2']);
  });

  it('prints the annexes on A4 landscape with their header rows repeated', () => {
    const [passport, funding, indicators] = writeProgramWorkbook(example);
    expect(passport.layout?.printTitleRows).toBeUndefined();
    expect([funding.layout?.orientation, funding.layout?.printTitleRows]).toEqual(['landscape', [7, 8]]);
    expect([indicators.layout?.orientation, indicators.layout?.printTitleRows]).toEqual(['landscape', [7, 9]]);
  });

  it('writes the blank templates for the given period', () => {
    const [passport, funding, indicators] = writeProgramWorkbook(null, { period: { from: 2025, to: 2029 } });
    const texts = (g: typeof passport) => g.rows.flatMap((r) => (r ?? []).map((c) => cellText(c)));
    expect(texts(passport)).toContain('2025-2029 годы');
    expect(texts(funding)).toEqual(expect.arrayContaining(['2025 год', '2029 год', 'Всего по подпрограмме I', 'ИТОГО по муниципальной программе']));
    expect(texts(indicators)).toEqual(expect.arrayContaining(['2025 год', '2029 год', '1.', '1.1.']));
    // Four row totals, the subprogram total and ИТОГО (total + five years each), four "в том числе" rows.
    expect(funding.rows.flat().filter((c) => c?.formula).length).toBe(4 + 6 + 6 + 4 * 6);
  });

  it('defaults the blank period to five years from the current year', () => {
    const year = new Date().getFullYear();
    const funding = writeProgramWorkbook(null)[1];
    const headers = funding.rows[8]?.map((c) => cellText(c)).filter((t) => t !== '');
    expect(headers).toEqual([0, 1, 2, 3, 4].map((k) => `${year + k} год`));
  });

  it('derives a missing passport from the annexes: period, subprograms and funding', () => {
    const [passport] = writeProgramWorkbook({ ...example, passport: null });
    const texts = passport.rows.map((r) => cellText(r?.[1]));
    expect(texts).toContain('2020-2024 годы');
    // The sources come from the "в том числе" rows of Приложение 1, one paragraph a row.
    expect(texts).toContain('Всего 423\u00a0767,8 тыс. руб. в т.ч. по источникам:');
    expect(texts.find((t) => t.startsWith('Бюджет городского округа Ступино'))).toContain('всего 421\u00a0246,1 тыс. руб.');
  });
});
