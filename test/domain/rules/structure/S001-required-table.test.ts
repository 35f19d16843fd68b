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
      errors: [{ messageId: 'fundingMissing', path: paths.funding, severity: 'error', sheet: null, cell: null }],
    },
    {
      name: 'no Приложение 2',
      program: edit(program, (p) => { p.indicators = null; }),
      errors: [{ messageId: 'indicatorsMissing', path: paths.indicators, severity: 'error' }],
    },
    {
      name: 'no passport: only info',
      program: buildProgram({ passport: false }),
      errors: [{ messageId: 'passportMissing', path: paths.passport, severity: 'info' }],
    },
  ],
});
