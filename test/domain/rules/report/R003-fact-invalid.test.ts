import { factInvalid } from '../../../../src/domain/rules/report/R003-fact-invalid';
import { change, onStupino, stupinoProgram, stupinoQ1 } from '../../../fixtures/report-builder';
import { ruleTester } from '../../rule-tester';

const program = stupinoProgram();
const q1 = stupinoQ1();

ruleTester.run(factInvalid, {
  valid: [
    { name: 'spent at or below financed everywhere', program, reporting: onStupino(q1) },
    { name: 'a form with one fact column has nothing to compare', program, reporting: onStupino(change(q1, (r) => { r.funding!.columns.financed = false; r.funding!.subprograms[1].sources[0].spent = '9999.0'; })) },
  ],
  invalid: [
    {
      name: 'spent 3 521,7 above financed 3 500,0',
      program,
      reporting: onStupino(change(q1, (r) => { r.funding!.subprograms[1].sources[0].spent = '3521.7'; })),
      errors: [
        {
          messageId: 'spentAboveFinanced',
          path: 'report/funding/sub/2/src/municipal/spent',
          severity: 'error',
          data: { financed: '3500.0', actual: '3521.7' },
          message: {
            ru: 'Форма R1, Подпрограмма II, Бюджет городского округа Ступино, «Освоено»: освоено 3 521,7 — больше, чем профинансировано (3 500,0)',
            en: 'Form R1, subprogram II, source "Бюджет городского округа Ступино", spent: spent 3 521,7 is more than financed (3 500,0)',
          },
        },
      ],
    },
    {
      name: 'actual expenses that include unpaid obligations: spent above financed is a warning',
      program,
      reporting: onStupino(change(q1, (r) => { r.funding!.spentIncludesObligations = true; r.funding!.subprograms[1].sources[0].spent = '3521.7'; })),
      errors: [{ messageId: 'spentAboveFinanced', path: 'report/funding/sub/2/src/municipal/spent', severity: 'warning' }],
    },
    {
      name: 'a negative amount financed',
      program,
      reporting: onStupino(change(q1, (r) => { r.funding!.subprograms[1].sources[2].financed = '-45.6'; })),
      errors: [
        {
          messageId: 'negative',
          path: 'report/funding/sub/2/src/extrabudgetary/financed',
          data: { actual: '-45.6' },
          message: { ru: 'Форма R1, Подпрограмма II, Внебюджетные источники, «Профинансировано»: отрицательная сумма -45,6', en: 'Form R1, subprogram II, source "Внебюджетные источники", financed: negative amount -45,6' },
        },
      ],
    },
  ],
});
