import { paths } from '../../../../src/domain/paths';
import { errorValue } from '../../../../src/domain/rules/structure/S005-error-value';
import { buildProgram } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(errorValue, {
  valid: [{ name: 'no reader issues', program }],
  invalid: [
    {
      name: '#REF! in a total cell and #N/A outside any value: two findings',
      program,
      readIssues: [
        { rule: 'S005', messageId: 'errorValue', path: paths.fundingTotalCell('total'), sheet: 'Приложение 1', cell: 'C20', data: { value: '#REF!' } },
        { rule: 'S005', messageId: 'errorValue', path: null, sheet: 'Приложение 1', cell: 'K3', data: { value: '#N/A' } },
      ],
      errors: [
        { messageId: 'errorValue', path: paths.fundingTotalCell('total'), cell: 'C20', message: { ru: 'Лист «Приложение 1», C20: ячейка содержит ошибку #REF!', en: 'Sheet "Приложение 1", C20: the cell holds the error value #REF!' } },
        { messageId: 'errorValue', path: 'sheet:Приложение 1/K3', cell: 'K3' },
      ],
    },
  ],
});
