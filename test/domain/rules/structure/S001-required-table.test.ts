import { paths } from '../../../../src/domain/paths';
import { requiredTable } from '../../../../src/domain/rules/structure/S001-required-table';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(requiredTable, {
  valid: [
    { name: 'the passport and both annexes are there', program },
    {
      name: 'a table whose header was not recognised is S002\'s, not S001\'s',
      program: edit(program, (p) => { p.funding = null; }),
      readIssues: [{ rule: 'S002', messageId: 'headerNotFound', path: paths.funding, sheet: 'Лист2', cell: 'A7', data: { table: 'Приложение 1', looked: '«Источник финансирования»' } }],
    },
  ],
  invalid: [
    {
      name: 'no Приложение 1: an error at the table\'s path, with no cell',
      program: edit(program, (p) => { p.funding = null; }),
      errors: [{ messageId: 'fundingMissing', path: paths.funding, severity: 'error', sheet: null, cell: null, message: { ru: 'В книге не найдено Приложение 1 «Объем финансовых ресурсов» (искали заголовки «Источник финансирования», «Общий объем финансовых ресурсов»)', en: 'Annex 1 (the funding table, "Объем финансовых ресурсов") was not found in the workbook' } }],
    },
    {
      name: 'no Приложение 2',
      program: edit(program, (p) => { p.indicators = null; }),
      errors: [{ messageId: 'indicatorsMissing', path: paths.indicators, severity: 'error', message: { ru: 'В книге не найдено Приложение 2 «Планируемые результаты реализации муниципальной программы»', en: 'Annex 2 (planned results, "Планируемые результаты") was not found in the workbook' } }],
    },
    {
      name: 'no passport: only info',
      program: buildProgram({ passport: false }),
      errors: [{ messageId: 'passportMissing', path: paths.passport, severity: 'info', message: { ru: 'Паспорт муниципальной программы не найден: сверка паспорта с Приложением 1 не выполнялась', en: 'The program passport was not found: the passport was not checked against Annex 1' } }],
    },
  ],
});
