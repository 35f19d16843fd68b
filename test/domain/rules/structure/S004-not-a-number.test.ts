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
      readIssues: [{ rule: 'S004', messageId: 'notANumber', path, sheet: 'Приложение 1', cell: 'E9', data: { text: '82 348,0 тыс', column: '2021 год' } }],
      errors: [{ messageId: 'notANumber', path, sheet: 'Приложение 1', cell: 'E9', data: { text: '82 348,0 тыс', column: '2021 год' }, message: { ru: 'Лист «Приложение 1», E9: в числовом столбце «2021 год» записан текст «82 348,0 тыс», а не число', en: 'Sheet "Приложение 1", E9: the numeric column "2021 год" holds the text "82 348,0 тыс", not a number' } }],
    },
  ],
});
