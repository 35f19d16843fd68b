import { planDiffers } from '../../../../src/domain/rules/report/R001-plan-differs';
import { reportTotalsAddUp } from '../../../../src/domain/rules/report/R002-report-totals';
import { change, onStupino, stupinoProgram, stupinoQ1 } from '../../../fixtures/report-builder';
import { ruleTester } from '../../rule-tester';

const program = stupinoProgram();
const q1 = stupinoQ1();

ruleTester.run(planDiffers, {
  valid: [
    { name: 'the plan of every line is the program\'s 2021 amount', program, reporting: onStupino(q1) },
    { name: 'no program version at hand: nothing to compare', program, reporting: { report: change(q1, (r) => { r.funding!.total!.plan = '1.0'; }), program: null, previous: null } },
    { name: 'a year the program does not plan is R008\'s', program, reporting: onStupino(change(q1, (r) => { r.period = { year: 2026, quarters: 1 }; })) },
  ],
  invalid: [
    {
      name: 'one source line typed 15 876,6 for 15 867,6 (totals copied from the program): one finding, the totals it throws off folded under it',
      program,
      reporting: onStupino(change(q1, (r) => { r.funding!.subprograms[1].sources[0].plan = '15876.6'; })),
      beside: [reportTotalsAddUp],
      errors: [
        {
          messageId: 'plan',
          path: 'report/funding/sub/2/src/municipal/plan',
          data: { expected: '15867.6', actual: '15876.6' },
          affects: ['report/funding/sub/2/total/plan', 'report/funding/bySource/municipal/plan'],
          fix: { kind: 'number', value: '15867.6' },
          message: {
            ru: 'Форма R1, Подпрограмма II, Бюджет городского округа Ступино, «План на год»: в отчёте 15 876,6, а в программе на этот год 15 867,6',
            en: 'Form R1, subprogram II, source "Бюджет городского округа Ступино", plan for the year: the report says 15 876,6, the program gives 15 867,6 for the year',
          },
        },
      ],
    },
    {
      name: 'one source line wrong with totals as formulas over it: one finding at the line, none at the totals it carries',
      program,
      reporting: onStupino(change(q1, (r) => {
        const sp = r.funding!.subprograms[0];
        sp.sources[0].plan = '82384.0';
        sp.total!.plan = '82384.0';
        r.funding!.total!.plan = '98434.3';
        r.funding!.totalBySource[0].plan = '98251.6';
      })),
      beside: [reportTotalsAddUp],
      errors: [{ messageId: 'plan', path: 'report/funding/sub/1/src/municipal/plan', data: { expected: '82348.0', actual: '82384.0' }, fix: { kind: 'number', value: '82348.0' } }],
    },
    {
      name: 'a subprogram\'s row wrong (its source and its «Всего», which adds it up) under the program\'s ИТОГО and «в том числе»: one finding at the source, the totals that did not follow folded under it',
      program,
      reporting: onStupino(change(q1, (r) => {
        const sp = r.funding!.subprograms[1];
        sp.sources[0].plan = '15876.6';
        sp.total!.plan = '16059.3';
      })),
      beside: [reportTotalsAddUp],
      errors: [
        {
          messageId: 'plan',
          path: 'report/funding/sub/2/src/municipal/plan',
          data: { expected: '15867.6', actual: '15876.6' },
          affects: ['report/funding/total/plan', 'report/funding/bySource/municipal/plan'],
          fix: { kind: 'number', value: '15867.6' },
        },
      ],
    },
    {
      name: 'a line typed 20 000,0 and its subprogram\'s «Всего» typed over with 5,0 (ИТОГО and «в том числе» recomputed as formulas): R001 at the line only — the «Всего» that does not add up its lines is R002\'s, and once it does its gap to the program is the line\'s',
      program,
      reporting: onStupino(change(q1, (r) => {
        const sp = r.funding!.subprograms[0];
        sp.sources[0].plan = '20000.0';
        sp.total!.plan = '5.0';
        r.funding!.total!.plan = '16055.3';
        r.funding!.totalBySource[0].plan = '35867.6';
      })),
      beside: [reportTotalsAddUp],
      errors: [{ messageId: 'plan', path: 'report/funding/sub/1/src/municipal/plan', data: { expected: '82348.0', actual: '20000.0' }, fix: { kind: 'number', value: '82348.0' } }],
    },
    {
      name: 'a «Всего» typed over (5,0) over lines all read, with R002 switched off in the config: R001 compares it with the program (nothing else would say it), without a fix',
      program,
      reporting: onStupino(change(q1, (r) => {
        const sp = r.funding!.subprograms[0];
        sp.total!.plan = '5.0';
        r.funding!.total!.plan = '16055.3';
      })),
      config: { severity: { R002: 'off' } },
      errors: [{ messageId: 'plan', path: 'report/funding/sub/1/total/plan', data: { expected: '82348.0', actual: '5.0' }, fix: null }],
    },
    {
      name: 'a «Всего» typed over (5,0) whose lines cannot all be read (S004): R002 cannot sum them, so R001 compares it with the program — without a fix, the program\'s amount typed over a total would hide what its lines give once read',
      program,
      reporting: onStupino(change(q1, (r) => {
        const sp = r.funding!.subprograms[0];
        sp.sources[1].plan = null;
        sp.total!.plan = '5.0';
        r.funding!.total!.plan = '16055.3';
      })),
      readIssues: [{ rule: 'S004', messageId: 'notANumber', path: 'report/funding/sub/1/src/regional/plan', sheet: 'Форма R1', cell: 'D11', data: { text: 'ноль', column: 'plan' } }],
      beside: [reportTotalsAddUp],
      errors: [{ messageId: 'plan', path: 'report/funding/sub/1/total/plan', data: { expected: '82348.0', actual: '5.0' }, fix: null }],
    },
    {
      name: 'the plan is the budget allocation: a gap to the program is info, not an error',
      program,
      reporting: onStupino(change(q1, (r) => { r.funding!.plan = 'budget'; r.funding!.subprograms[1].sources[2].plan = '200.0'; })),
      errors: [
        {
          messageId: 'budgetGap',
          path: 'report/funding/sub/2/src/extrabudgetary/plan',
          severity: 'info',
          data: { program: '182.7', actual: '200.0' },
          fix: null,
          message: {
            ru: 'Форма R1, Подпрограмма II, Внебюджетные источники, «План на год»: по бюджетной росписи 200,0, в программе 182,7 — программу стоит привести в соответствие с бюджетом',
            en: 'Form R1, subprogram II, source "Внебюджетные источники", plan for the year: the budget allocation is 200,0, the program gives 182,7 — the program may need an amendment',
          },
        },
      ],
    },
    {
      name: 'a federal line the program does not have, and a program line the report leaves out',
      program,
      reporting: onStupino(change(q1, (r) => { r.funding!.subprograms[1].sources[1].source = 'Федеральный бюджет'; r.funding!.subprograms[1].sources.splice(2, 1); })),
      errors: [
        {
          messageId: 'notInProgram',
          path: 'report/funding/sub/2/src/federal/plan',
          fix: null,
          message: { ru: 'Форма R1, Подпрограмма II, Федеральный бюджет: такой строки нет в Приложении 1 программы на этот год', en: 'Form R1, subprogram II, source "Федеральный бюджет": Annex 1 of the program has no such line for the year' },
        },
        {
          messageId: 'missingLine',
          path: 'report/funding/sub/2/missing/extrabudgetary',
          data: { expected: '182.7' },
          fix: null,
          message: { ru: 'Форма R1, Подпрограмма II, Внебюджетные источники: в программе на этот год 182,7, а в отчёте строки нет', en: 'Form R1, subprogram II, source "Внебюджетные источники": the program gives 182,7 for the year, the report has no such line' },
        },
      ],
    },
    {
      name: 'an indicator\'s plan that is not Приложение 2\'s value for 2021',
      program,
      reporting: onStupino(change(q1, (r) => { r.indicators!.subprograms[0].activities[0].indicators[0].plan = { value: '96.68', bound: null }; })),
      errors: [
        {
          messageId: 'target',
          path: 'report/indicators/sub/1/act/1/ind/1/plan',
          data: { expected: '94.8', actual: '96.68' },
          fix: { kind: 'number', value: '94.8' },
          message: {
            ru: 'Форма R2, показатель 1.1. «Уровень удовлетворенности граждан качеством предоставления…», планируемое значение: в отчёте 96,68, а в Приложении 2 на этот год 94,8',
            en: 'Form R2, indicator 1.1. "Уровень удовлетворенности граждан качеством предоставления…", planned value: the report says 96,68, Annex 2 gives 94,8 for the year',
          },
        },
      ],
    },
  ],
});
