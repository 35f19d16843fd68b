import { paths } from '../../../../src/domain/paths';
import { notANumber } from '../../../../src/domain/rules/structure/S004-not-a-number';
import { buildProgram } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const path = paths.fundingSourceCell(0, 'municipal', { from: 2021, to: 2021 });

ruleTester.run(notANumber, {
  valid: [{ name: 'no reader issues', program }],
  invalid: [
    {
      name: 'text in a year column of Приложение 1, at the path of the value',
      program,
      readIssues: [{ rule: 'S004', messageId: 'notANumber', path, sheet: 'Приложение 1', cell: 'E9', data: { text: '82 348,0 тыс', column: '2021 год' }, actual: '82 348,0 тыс' }],
      errors: [{ messageId: 'notANumber', path, sheet: 'Приложение 1', cell: 'E9', actual: '82 348,0 тыс' }],
    },
  ],
});
