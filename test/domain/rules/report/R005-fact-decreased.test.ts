import { factDecreased } from '../../../../src/domain/rules/report/R005-fact-decreased';
import { change, stupinoProgram, stupinoQ1 } from '../../../fixtures/report-builder';
import { ruleTester } from '../../rule-tester';

const program = stupinoProgram();
const q1 = stupinoQ1();
const h1 = change(q1, (r) => {
  r.period = { year: 2021, quarters: 2 };
  const s = r.funding!.subprograms[0].sources[0];
  s.financed = '41000.0';
  s.spent = '40210.5';
});
const on = (report: typeof q1, previous: typeof q1 | null) => ({ report, program, previous });

ruleTester.run(factDecreased, {
  valid: [
    { name: 'the half-year\'s facts are at or above the first quarter\'s', program, reporting: on(h1, q1) },
    { name: 'no previous report', program, reporting: on(h1, null) },
    { name: 'a previous report of another year is no floor', program, reporting: on(h1, change(q1, (r) => { r.period = { year: 2020, quarters: 1 }; r.funding!.subprograms[1].sources[0].spent = '99999.0'; })) },
  ],
  invalid: [
    {
      name: 'Подпрограмма II «Освоено» 3 400,0 in the half-year, 3 421,7 already in the first quarter',
      program,
      reporting: on(change(h1, (r) => { r.funding!.subprograms[1].sources[0].spent = '3400.0'; }), q1),
      errors: [
        {
          messageId: 'decreased',
          path: 'report/funding/sub/2/src/municipal/spent',
          data: { previous: { year: 2021, quarters: 1 }, expected: '3421.7', actual: '3400.0' },
          message: {
            ru: 'Форма R1, Подпрограмма II, Бюджет городского округа Ступино, «Освоено»: 3 400,0 с начала года, а в отчёте за I квартал 2021 года было уже 3 421,7',
            en: 'Form R1, subprogram II, source "Бюджет городского округа Ступино", spent: 3 400,0 since the start of the year, while the report for Q1 2021 already had 3 421,7',
          },
        },
      ],
    },
  ],
});
