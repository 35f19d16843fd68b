import { percentTypedWrong } from '../../../../src/domain/rules/report/R007-percent-typed-wrong';
import { change, onStupino, stupinoProgram, stupinoQ1 } from '../../../fixtures/report-builder';
import { ruleTester } from '../../rule-tester';

const program = stupinoProgram();
const q1 = stupinoQ1();

ruleTester.run(percentTypedWrong, {
  valid: [
    { name: 'every percentage is Освоено / План × 100 with one decimal', program, reporting: onStupino(q1) },
    { name: 'a percentage shown without decimals compares at none: 24 for 24,1', program, reporting: onStupino(change(q1, (r) => { r.funding!.subprograms[0].sources[0].percent = '24'; })) },
    { name: 'a formula\'s value with a float\'s tail', program, reporting: onStupino(change(q1, (r) => { r.funding!.subprograms[0].sources[0].percent = '24.135862437460535'; })) },
    { name: 'a total typed wrong, its percentage right for its lines: R002\'s defect, not a second one', program, reporting: onStupino(change(q1, (r) => { r.funding!.subprograms[1].total!.spent = '3476.3'; })) },
    { name: 'a plan typed wrong, the percentage right for the program\'s plan: R001\'s defect', program, reporting: onStupino(change(q1, (r) => { r.funding!.subprograms[0].sources[0].plan = '92348.0'; })) },
    {
      name: 'an indicator\'s plan typed wrong (96,68 for the program\'s 94,8), the percentage right for the program\'s plan: R001\'s defect',
      program,
      reporting: onStupino(change(q1, (r) => { const i = r.indicators!.subprograms[0].activities[0].indicators[0]; i.plan = { value: '96.68', bound: null }; i.percent = '100.0'; })),
    },
  ],
  invalid: [
    {
      name: 'Подпрограмма I: 19 875,4 / 82 348,0 × 100 = 24,1, typed 42,1',
      program,
      reporting: onStupino(change(q1, (r) => { r.funding!.subprograms[0].sources[0].percent = '42.1'; })),
      errors: [
        {
          messageId: 'execution',
          path: 'report/funding/sub/1/src/municipal/percent',
          data: { expected: '24.1', actual: '42.1' },
          fix: { kind: 'number', value: '24.1' },
          message: {
            ru: 'Форма R1, Подпрограмма I, Бюджет городского округа Ступино, «Процент исполнения»: указано 42,1, а Освоено / План × 100 = 24,1',
            en: 'Form R1, subprogram I, source "Бюджет городского округа Ступино", percent of execution: 42,1 is typed, spent / plan × 100 = 24,1',
          },
        },
      ],
    },
    {
      name: 'the waiting time (less is better): plan 11, fact 12, percent 109,1 typed where 11 / 12 × 100 = 91,7',
      program,
      reporting: onStupino(change(q1, (r) => { const i = r.indicators!.subprograms[0].activities[1].indicators[0]; i.fact = '12'; i.percent = '109.1'; })),
      errors: [
        {
          messageId: 'achievement',
          path: 'report/indicators/sub/1/act/2/ind/1/percent',
          data: { expected: '91.7', actual: '109.1' },
          fix: { kind: 'number', value: '91.7' },
          message: {
            ru: 'Форма R2, показатель 1.2. «Среднее время ожидания в очереди для получения…», «Процент достижения»: указано 109,1, а по факту и плану выходит 91,7',
            en: 'Form R2, indicator 1.2. "Среднее время ожидания в очереди для получения…", percent of achievement: 109,1 is typed, the fact and the plan give 91,7',
          },
        },
      ],
    },
    {
      // Right for neither plan: the fix is computed from the plan as typed, as for form R1.
      name: 'an indicator\'s plan typed wrong (96,68 for 94,8) and its percentage right for neither: 94,8 / 96,68 × 100 = 98,1',
      program,
      reporting: onStupino(change(q1, (r) => { const i = r.indicators!.subprograms[0].activities[0].indicators[0]; i.plan = { value: '96.68', bound: null }; i.percent = '42.0'; })),
      errors: [{ messageId: 'achievement', path: 'report/indicators/sub/1/act/1/ind/1/percent', data: { expected: '98.1', actual: '42.0' }, fix: { kind: 'number', value: '98.1' } }],
    },
  ],
});
