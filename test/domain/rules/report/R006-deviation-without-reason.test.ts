import { deviationWithoutReason } from '../../../../src/domain/rules/report/R006-deviation-without-reason';
import { change, onStupino, stupinoProgram, stupinoQ1 } from '../../../fixtures/report-builder';
import { ruleTester } from '../../rule-tester';

const program = stupinoProgram();
const q1 = stupinoQ1();
const year = change(q1, (r) => {
  r.period = { year: 2021, quarters: 4 };
  for (const sp of r.funding!.subprograms) for (const s of [...sp.sources, sp.total!]) { s.financed = s.plan; s.spent = s.plan; s.percent = s.plan === '0' ? null : '100.0'; }
  for (const s of [r.funding!.total!, ...r.funding!.totalBySource]) { s.financed = s.plan; s.spent = s.plan; }
});

ruleTester.run(deviationWithoutReason, {
  valid: [
    { name: 'the first quarter ahead of the pace (12,5 %), indicators at plan', program, reporting: onStupino(q1) },
    { name: 'behind the pace with a reason', program, reporting: onStupino(change(q1, (r) => { const s = r.funding!.subprograms[1].sources[0]; s.spent = '1000.0'; s.reason = 'Контракт заключён в марте, оплата во II квартале'; })) },
    { name: 'the year spent to the plan', program, reporting: onStupino(year) },
    {
      // R001 says the plan; against the program's plan (15 867,6) the year's 15 867,6 spent is no deviation to explain.
      name: 'the annual report: a line\'s plan typed off the program (15 876,6 for 15 867,6), spent to the program\'s plan: R001\'s defect',
      program,
      reporting: onStupino(change(year, (r) => { r.funding!.subprograms[1].sources[0].plan = '15876.6'; })),
    },
    {
      // R001 says the plan; against the program's plan (94,8) the fact 94,8 is no deviation to explain.
      name: 'an indicator\'s plan typed wrong (96,68 for the program\'s 94,8), its fact at the program\'s plan: R001\'s defect',
      program,
      reporting: onStupino(change(q1, (r) => { r.indicators!.subprograms[0].activities[0].indicators[0].plan = { value: '96.68', bound: null }; })),
    },
  ],
  invalid: [
    {
      name: 'the first quarter: 1 000,0 of 15 867,6 spent (6,3 %), below the pace of 12,5 %, no reason — a warning',
      program,
      reporting: onStupino(change(q1, (r) => { r.funding!.subprograms[1].sources[0].spent = '1000.0'; })),
      errors: [
        {
          messageId: 'behindPace',
          path: 'report/funding/sub/2/src/municipal/reason',
          severity: 'warning',
          data: { percent: '6.3', pace: '12.5' },
          message: {
            ru: 'Форма R1, Подпрограмма II, Бюджет городского округа Ступино, «Причины отклонения»: освоено 6,3 % плана года при темпе не ниже 12,5 %, а причины отклонения не указаны',
            en: 'Form R1, subprogram II, source "Бюджет городского округа Ступино", reasons for the deviation: 6,3% of the year\'s plan spent, below the pace of 12,5%, and no reason is given',
          },
        },
      ],
    },
    {
      name: 'the annual report: 182,0 spent of 182,7 with a dash for the reason — an error',
      program,
      reporting: onStupino(change(year, (r) => { const s = r.funding!.subprograms[1].sources[2]; s.spent = '182.0'; s.reason = '–'; })),
      errors: [
        {
          messageId: 'annualDeviation',
          path: 'report/funding/sub/2/src/extrabudgetary/reason',
          severity: 'error',
          data: { plan: '182.7', actual: '182.0' },
          message: {
            ru: 'Форма R1, Подпрограмма II, Внебюджетные источники, «Причины отклонения»: за год освоено 182,0 при плане 182,7, а причины отклонения не указаны',
            en: 'Form R1, subprogram II, source "Внебюджетные источники", reasons for the deviation: 182,0 spent in the year against the plan of 182,7, and no reason is given',
          },
        },
      ],
    },
    {
      name: 'the annual report: the waiting time (less is better) 12 minutes against a plan of 11, no reason — an error',
      program,
      reporting: onStupino(change(year, (r) => { r.indicators!.subprograms[0].activities[1].indicators[0].fact = '12'; })),
      errors: [
        {
          messageId: 'notReached',
          path: 'report/indicators/sub/1/act/2/ind/1/reason',
          severity: 'error',
          data: { plan: '11', actual: '12' },
          message: {
            ru: 'Форма R2, показатель 1.2. «Среднее время ожидания в очереди для получения…», «Причины отклонения»: факт 12 не достигает плана 11, а причины отклонения не указаны',
            en: 'Form R2, indicator 1.2. "Среднее время ожидания в очереди для получения…", reasons for the deviation: the actual value 12 misses the plan of 11, and no reason is given',
          },
        },
      ],
    },
    {
      name: 'an indicator\'s plan typed wrong (96,68 for 94,8) and its fact 90 below the program\'s plan too: judged against 94,8',
      program,
      reporting: onStupino(change(q1, (r) => { const i = r.indicators!.subprograms[0].activities[0].indicators[0]; i.plan = { value: '96.68', bound: null }; i.fact = '90'; })),
      errors: [{ messageId: 'notReached', path: 'report/indicators/sub/1/act/1/ind/1/reason', severity: 'warning', data: { plan: '94.8', actual: '90' } }],
    },
    {
      name: 'an indicator\'s plan typed below the program\'s (90 for 94,8), its fact 92 between: a miss of the program\'s plan',
      program,
      reporting: onStupino(change(q1, (r) => { const i = r.indicators!.subprograms[0].activities[0].indicators[0]; i.plan = { value: '90', bound: null }; i.fact = '92'; })),
      errors: [{ messageId: 'notReached', path: 'report/indicators/sub/1/act/1/ind/1/reason', severity: 'warning', data: { plan: '94.8', actual: '92' } }],
    },
    {
      name: 'the first quarter: a line\'s plan typed 1 000,0 for the program\'s 15 867,6, 1 000,0 spent: behind the pace of the program\'s plan',
      program,
      reporting: onStupino(change(q1, (r) => { const s = r.funding!.subprograms[1].sources[0]; s.plan = '1000.0'; s.spent = '1000.0'; })),
      errors: [{ messageId: 'behindPace', path: 'report/funding/sub/2/src/municipal/reason', severity: 'warning', data: { percent: '6.3', pace: '12.5' } }],
    },
  ],
});
