// The line beside «Исправить»: what will be written. The English pane quoted a text with «…» while every
// other quotation in it (the finding's own message among them) uses "…".
import { Program } from '../../../src/domain/model/program';
import { checkWorkbook } from '../../../src/sheets/check-workbook';
import { writeProgramWorkbook } from '../../../src/sheets/write/program-workbook';
import { MESSAGES } from '../../../src/taskpane/i18n/messages';
import { fixText } from '../../../src/taskpane/state/fix-text';
import example from '../../../examples/stupino-2020-2024.program.json';

const { report } = checkWorkbook(writeProgramWorkbook(Program.parse(example)));
const d6 = report.findings.find((f) => f.rule === 'I009' && f.cell === 'B37')!;

describe('what «Исправить» will write', () => {
  test('a text: in «…» in the Russian pane, in "…" in the English one, as the message beside it', () => {
    expect(fixText(d6, MESSAGES.ru)).toBe('«Основное мероприятие D6. Федеральный проект «Цифровое государственное управление»»');
    expect(fixText(d6, MESSAGES.en)).toBe('"Основное мероприятие D6. Федеральный проект «Цифровое государственное управление»"');
  });

  test('a formula as Excel in the language shows it, with what it gives; a number in Russian form', () => {
    const total = { ...d6, cellFix: { sheet: 'Приложение 1', cell: 'D18', fix: { kind: 'formula' as const, formula: 'SUM(D10:D17)', value: '423767.8' } } };
    expect(fixText(total, MESSAGES.ru)).toBe('=СУММ(D10:D17) (423 767,8)');
    expect(fixText(total, MESSAGES.en)).toBe('=SUM(D10:D17) (423 767,8)');
    const number = { ...d6, cellFix: { sheet: 'Паспорт', cell: 'B34', fix: { kind: 'number' as const, value: '421246.1' } } };
    expect(fixText(number, MESSAGES.en)).toBe('421 246,1');
    expect(fixText({ ...d6, cellFix: null }, MESSAGES.ru)).toBeNull();
  });
});
