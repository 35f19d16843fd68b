import { overExecution } from '../../../../src/domain/rules/report/R004-over-execution';
import { change, onStupino, stupinoProgram, stupinoQ1 } from '../../../fixtures/report-builder';
import { ruleTester } from '../../rule-tester';

const program = stupinoProgram();
const q1 = stupinoQ1();

ruleTester.run(overExecution, {
  valid: [{ name: 'every fact within the year\'s plan', program, reporting: onStupino(q1) }],
  invalid: [
    {
      name: 'extra-budgetary spent 190,0 against a plan of 182,7 for the year',
      program,
      reporting: onStupino(change(q1, (r) => { const s = r.funding!.subprograms[1].sources[2]; s.financed = '190.0'; s.spent = '190.0'; })),
      errors: [
        {
          messageId: 'aboveTheYear',
          path: 'report/funding/sub/2/src/extrabudgetary/spent',
          data: { plan: '182.7', actual: '190.0' },
          message: {
            ru: 'Форма R1, Подпрограмма II, Внебюджетные источники, «Освоено»: 190,0 — больше плана на год (182,7)',
            en: 'Form R1, subprogram II, source "Внебюджетные источники", spent: 190,0 is above the plan for the year (182,7)',
          },
        },
      ],
    },
    {
      name: 'financed above the plan while spent is not',
      program,
      reporting: onStupino(change(q1, (r) => { r.funding!.subprograms[1].sources[1].financed = '10.0'; })),
      errors: [{ messageId: 'aboveTheYear', path: 'report/funding/sub/2/src/regional/financed', data: { plan: '0', actual: '10.0' } }],
    },
  ],
});
