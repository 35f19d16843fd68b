// The annexes' view, why its buttons wait: before any check it said «Доступно, когда в Приложении 1 нет
// ошибок» — about errors nobody had looked for; the step missing is «Проверить».
import { Program } from '../../../src/domain/model/program';
import { checkWorkbook } from '../../../src/sheets/check-workbook';
import { writeProgramWorkbook } from '../../../src/sheets/write/program-workbook';
import { MESSAGES } from '../../../src/taskpane/i18n/messages';
import { annexHint } from '../../../src/taskpane/state/annex-hint';
import example from '../../../examples/stupino-2020-2024.program.json';

describe('why the annexes wait', () => {
  test('nothing checked yet: press «Проверить» (in both languages), not a word about errors', () => {
    expect(annexHint(null)).toBe('validate');
    expect(MESSAGES.ru.annex.needsValidation).toMatch(/Проверить/);
    expect(MESSAGES.ru.annex.needsValidation).not.toMatch(/ошиб/);
    expect(MESSAGES.en.annex.needsValidation).toMatch(/Validate/);
  });

  test('the worked example: its only errors are the passport paragraph’s, so the annexes wait for no errors', () => {
    const { report } = checkWorkbook(writeProgramWorkbook(Program.parse(example)));
    expect(report.summary.error).toBe(2);
    expect(annexHint(report)).toBe('noErrors');
  });

  test('a clean check: nothing to say; errors beyond the paragraph: Приложение 1 first', () => {
    expect(annexHint({ valid: true, summary: { error: 0, warning: 3, info: 0 }, findings: [] })).toBeNull();
    const f001 = { rule: 'F001', severity: 'error' as const, key: 'F001:funding/total', path: 'funding/total', sheet: 'Приложение 1', cell: 'D18', messageId: 'm', data: {}, fix: null };
    expect(annexHint({ valid: false, summary: { error: 1, warning: 0, info: 0 }, findings: [f001] })).toBe('annexErrors');
  });
});
