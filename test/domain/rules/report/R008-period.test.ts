import { reportPeriod } from '../../../../src/domain/rules/report/R008-period';
import { change, onStupino, stupinoProgram, stupinoQ1 } from '../../../fixtures/report-builder';
import { ruleTester } from '../../rule-tester';

const program = stupinoProgram();
const q1 = stupinoQ1();

ruleTester.run(reportPeriod, {
  valid: [
    { name: 'the first quarter of 2021, inside 2020–2024', program, reporting: onStupino(q1) },
    { name: 'the sheet names the same period', program, reporting: onStupino(change(q1, (r) => { r.otherPeriods = [{ text: 'I кв. 2021', period: { year: 2021, quarters: 1 } }]; })) },
  ],
  invalid: [
    {
      name: 'no period in the title',
      program,
      reporting: onStupino(change(q1, (r) => { r.period = null; r.periodText = null; })),
      errors: [{ messageId: 'noPeriod', path: 'report/period', message: { ru: 'В заголовке отчёта не указан отчётный период (например, «за I квартал 2021 года»)', en: 'The report\'s title names no reporting period (such as «за I квартал 2021 года»)' } }],
    },
    {
      name: '«по состоянию на 15.05.2021» is not the end of a quarter',
      program,
      reporting: onStupino(change(q1, (r) => { r.period = null; r.periodText = 'по состоянию на 15.05.2021'; })),
      errors: [
        {
          messageId: 'notQuarter',
          path: 'report/period',
          message: {
            ru: 'Отчётный период «по состоянию на 15.05.2021» не заканчивается кварталом: отчёт составляется за квартал, полугодие, 9 месяцев или год',
            en: 'The reporting period "по состоянию на 15.05.2021" does not end with a quarter: a report is for a quarter, a half-year, 9 months or the year',
          },
        },
      ],
    },
    {
      name: 'a report for 2025 on a 2020–2024 program',
      program,
      reporting: onStupino(change(q1, (r) => { r.period = { year: 2025, quarters: 1 }; })),
      errors: [{ messageId: 'outsideProgram', path: 'report/period', message: { ru: 'Отчёт за I квартал 2025 года — вне срока программы (2020-2024 годы)', en: 'The report for Q1 2025 is outside the program\'s period (2020-2024)' } }],
    },
    {
      name: 'form R2 titled «за 9 месяцев» under «за I квартал»',
      program,
      reporting: onStupino(change(q1, (r) => { r.otherPeriods = [{ text: 'за 9 месяцев 2021 года', period: { year: 2021, quarters: 3 } }]; })),
      errors: [
        {
          messageId: 'disagree',
          path: 'report/period/other/1',
          message: { ru: 'Здесь указан период «за 9 месяцев 2021 года», а в заголовке отчёта — за I квартал 2021 года', en: 'This names the period "за 9 месяцев 2021 года", while the report\'s title says for Q1 2021' },
        },
      ],
    },
  ],
});
