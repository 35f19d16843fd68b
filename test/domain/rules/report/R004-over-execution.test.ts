import { overExecution } from '../../../../src/domain/rules/report/R004-over-execution';
import { change, onStupino, stupinoProgram, stupinoQ1 } from '../../../fixtures/report-builder';
import { ruleTester } from '../../rule-tester';

const program = stupinoProgram();
const q1 = stupinoQ1();

ruleTester.run(overExecution, {
  valid: [
    { name: 'every fact within the year\'s plan', program, reporting: onStupino(q1) },
    {
      // R001 says the plan (20 000 typed for the program's 82 348,0); against the program's plan nothing is over-executed.
      name: 'a plan typed below its facts (20 000, financed 20 100) where the program plans 82 348,0: R001\'s defect',
      program,
      reporting: onStupino(change(q1, (r) => { r.funding!.subprograms[0].sources[0].plan = '20000.0'; })),
    },
  ],
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
    {
      name: 'a plan typed off the program (20 000 for 82 348,0) with facts above the program\'s plan too: over-executed against the program\'s',
      program,
      reporting: onStupino(change(q1, (r) => { const s = r.funding!.subprograms[0].sources[0]; s.plan = '20000.0'; s.financed = '90000.0'; s.spent = '85000.0'; })),
      errors: [{ messageId: 'aboveTheYear', path: 'report/funding/sub/1/src/municipal/spent', data: { plan: '82348.0', actual: '85000.0' } }],
    },
    {
      name: 'a plan typed above the program\'s (92 348 for 82 348,0) with facts between: over-executed against the program\'s plan',
      program,
      reporting: onStupino(change(q1, (r) => { const s = r.funding!.subprograms[0].sources[0]; s.plan = '92348.0'; s.financed = '85000.0'; s.spent = '85000.0'; })),
      errors: [{ messageId: 'aboveTheYear', path: 'report/funding/sub/1/src/municipal/spent', data: { plan: '82348.0', actual: '85000.0' } }],
    },
    {
      name: 'the plan is the budget allocation (R001 only informs): facts are judged against the report\'s own plan',
      program,
      reporting: onStupino(change(q1, (r) => { r.funding!.plan = 'budget'; r.funding!.subprograms[0].sources[0].plan = '20000.0'; })),
      errors: [{ messageId: 'aboveTheYear', path: 'report/funding/sub/1/src/municipal/financed', data: { plan: '20000.0', actual: '20100.0' } }],
    },
  ],
});
