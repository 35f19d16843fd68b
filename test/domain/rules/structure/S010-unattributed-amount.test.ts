import { unattributedAmount } from '../../../../src/domain/rules/structure/S010-unattributed-amount';
import { buildProgram } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(unattributedAmount, {
  valid: [{ name: 'no amount left unread', program }],
  invalid: [
    {
      name: 'amounts of a funding text that the reader could not place, quoted at their cell',
      program,
      readIssues: [{ rule: 'S010', messageId: 'unattributedAmount', path: null, sheet: 'Паспорт', cell: 'B12', data: { amounts: '2577,7 млн руб.; 1050,6 млн руб.' } }],
      errors: [
        {
          messageId: 'unattributedAmount',
          path: 'sheet:Паспорт/B12',
          sheet: 'Паспорт',
          cell: 'B12',
          data: { amounts: '2577,7 млн руб.; 1050,6 млн руб.' },
          message: {
            ru: 'Лист «Паспорт», B12: в тексте о финансировании суммы «2577,7 млн руб.; 1050,6 млн руб.» не отнесены ни к итогу, ни к году, ни к источнику — они не проверены',
            en: 'Sheet "Паспорт", B12: the funding text holds "2577,7 млн руб.; 1050,6 млн руб.", which belong to no total, year or source: they were not checked',
          },
        },
      ],
    },
  ],
});
