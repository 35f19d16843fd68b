import { planDiffers } from '../../../../src/domain/rules/report/R001-plan-differs';
import { reportTotalsAddUp } from '../../../../src/domain/rules/report/R002-report-totals';
import { change, onStupino, stupinoProgram, stupinoQ1 } from '../../../fixtures/report-builder';
import { ruleTester } from '../../rule-tester';

const program = stupinoProgram();
const q1 = stupinoQ1();

ruleTester.run(reportTotalsAddUp, {
  valid: [
    { name: 'every total of the clean report adds up, in every column', program, reporting: onStupino(q1) },
    { name: 'a report without form R1', program, reporting: onStupino(change(q1, (r) => { r.funding = null; })) },
    {
      name: 'a subprogram\'s «План на год» row wrong (its source and its «Всего» adding it up) under the program\'s ИТОГО and «в том числе»: R001 at the source says it, the totals that did not follow are folded under it',
      program,
      reporting: onStupino(change(q1, (r) => {
        r.funding!.subprograms[1].sources[0].plan = '15876.6';
        r.funding!.subprograms[1].total!.plan = '16059.3';
      })),
      beside: [planDiffers],
    },
  ],
  invalid: [
    {
      name: 'a subprogram\'s «Всего» typed over (16 060,3 for 16 050,3) with ИТОГО following it as a formula: one finding at the «Всего» (R001 there folded under it), none at ИТОГО, which adds up',
      program,
      reporting: onStupino(change(q1, (r) => {
        r.funding!.subprograms[1].total!.plan = '16060.3';
        r.funding!.total!.plan = '98408.3';
      })),
      beside: [planDiffers],
      errors: [
        {
          messageId: 'total',
          path: 'report/funding/sub/2/total/plan',
          data: { expected: '16050.3', actual: '16060.3' },
          fix: { kind: 'sum', addends: ['report/funding/sub/2/src/municipal/plan', 'report/funding/sub/2/src/regional/plan', 'report/funding/sub/2/src/extrabudgetary/plan'], value: '16050.3' },
        },
      ],
    },
    {
      name: 'a subprogram\'s total stated twice, on its row and on «Итого по подпрограмме», that disagrees (found by the reader): at the second, naming the first',
      program,
      reporting: onStupino(q1),
      readIssues: [{ rule: 'R002', messageId: 'statedTwice', path: null, sheet: 'Отчет', cell: 'F12', data: { sheet: 'Отчет', cell: 'F12', first: 'F7', expected: '2050.5', actual: '2060.5' } }],
      errors: [
        {
          messageId: 'statedTwice',
          path: 'sheet:Отчет/F12',
          fix: null,
          message: {
            ru: 'Лист «Отчет», F12: итог подпрограммы указан дважды и не совпадает — здесь 2 060,5, а в F7 2 050,5; оставьте одно значение',
            en: 'Sheet "Отчет", F12: the subprogram\'s total is stated twice and the two disagree — 2 060,5 here, 2 050,5 in F7; keep one value',
          },
        },
      ],
    },
    {
      name: 'the program\'s total stated twice in a form with «Статус» («всего» of the program and «Итого по программе») that disagrees (found by the reader): at the second, naming the first',
      program,
      reporting: onStupino(q1),
      readIssues: [{ rule: 'R002', messageId: 'programStatedTwice', path: null, sheet: 'Форма 3', cell: 'E13', data: { sheet: 'Форма 3', cell: 'E13', first: 'E3', expected: '6500.5', actual: '6510.5' } }],
      errors: [
        {
          messageId: 'programStatedTwice',
          path: 'sheet:Форма 3/E13',
          fix: null,
          message: {
            ru: 'Лист «Форма 3», E13: итог программы указан дважды и не совпадает — здесь 6 510,5, а в E3 6 500,5; оставьте одно значение',
            en: 'Sheet "Форма 3", E13: the program\'s total is stated twice and the two disagree — 6 510,5 here, 6 500,5 in E3; keep one value',
          },
        },
      ],
    },
    {
      name: 'an activity\'s total stated twice in a form with «Статус» (two «всего» rows) that disagrees (found by the reader): at the second, naming the first',
      program,
      reporting: onStupino(q1),
      readIssues: [{ rule: 'R002', messageId: 'activityStatedTwice', path: null, sheet: 'Форма 3', cell: 'D11', data: { sheet: 'Форма 3', cell: 'D11', first: 'D9', expected: '1200.0', actual: '1250.0' } }],
      errors: [
        {
          messageId: 'activityStatedTwice',
          path: 'sheet:Форма 3/D11',
          fix: null,
          message: {
            ru: 'Лист «Форма 3», D11: итог мероприятия указан дважды и не совпадает — здесь 1 250,0, а в D9 1 200,0; оставьте одно значение',
            en: 'Sheet "Форма 3", D11: the activity\'s total is stated twice and the two disagree — 1 250,0 here, 1 200,0 in D9; keep one value',
          },
        },
      ],
    },
    {
      name: '«Всего по подпрограмме» II, «Освоено», typed 3 476,3 where its lines give 3 467,3: one finding at the total (ИТОГО folded under it)',
      program,
      reporting: onStupino(change(q1, (r) => { r.funding!.subprograms[1].total!.spent = '3476.3'; })),
      errors: [
        {
          messageId: 'total',
          path: 'report/funding/sub/2/total/spent',
          data: { expected: '3467.3', actual: '3476.3' },
          affects: ['report/funding/total/spent'],
          fix: { kind: 'sum', addends: ['report/funding/sub/2/src/municipal/spent', 'report/funding/sub/2/src/regional/spent', 'report/funding/sub/2/src/extrabudgetary/spent'], value: '3467.3' },
          message: {
            ru: 'Форма R1, Подпрограмма II, строка «Всего по подпрограмме», «Освоено»: сумма строк 3 467,3, в строке указано 3 476,3',
            en: 'Form R1, subprogram II, its total row, spent: the lines add up to 3 467,3, the row says 3 476,3',
          },
        },
      ],
    },
    {
      name: 'a line\'s «Профинансировано» changed after the totals were typed: one finding at the line, the two totals it throws off folded under it',
      program,
      reporting: onStupino(change(q1, (r) => { r.funding!.subprograms[0].sources[0].financed = '21100.0'; })),
      errors: [
        {
          messageId: 'lineAmount',
          path: 'report/funding/sub/1/src/municipal/financed',
          data: { expected: '20100.0', actual: '21100.0' },
          affects: ['report/funding/sub/1/total/financed', 'report/funding/bySource/municipal/financed'],
          fix: { kind: 'number', value: '20100.0' },
          message: {
            ru: 'Форма R1, Подпрограмма I, Бюджет городского округа Ступино, «Профинансировано»: 21 100,0, а итоги, в которые входит эта строка, дают 20 100,0',
            en: 'Form R1, subprogram I, source "Бюджет городского округа Ступино", financed: 21 100,0, while the totals this line is part of give 20 100,0',
          },
        },
      ],
    },
    {
      name: 'a line typed 20 000,0 and its subprogram\'s «Всего» typed over with 5,0 (ИТОГО and «в том числе» recomputed as formulas): one finding at the «Всего», its sum as the fix (R001 is at the line, none at the «Всего»)',
      program,
      reporting: onStupino(change(q1, (r) => {
        const sp = r.funding!.subprograms[0];
        sp.sources[0].plan = '20000.0';
        sp.total!.plan = '5.0';
        r.funding!.total!.plan = '16055.3';
        r.funding!.totalBySource[0].plan = '35867.6';
      })),
      beside: [planDiffers],
      errors: [
        {
          messageId: 'total',
          path: 'report/funding/sub/1/total/plan',
          data: { expected: '20000.0', actual: '5.0' },
          fix: { kind: 'sum', addends: ['report/funding/sub/1/src/municipal/plan', 'report/funding/sub/1/src/regional/plan', 'report/funding/sub/1/src/extrabudgetary/plan'], value: '20000.0' },
        },
      ],
    },
    {
      name: 'ИТОГО «План на год» off by itself',
      program,
      reporting: onStupino(change(q1, (r) => { r.funding!.total!.plan = '98389.3'; })),
      errors: [{ messageId: 'total', path: 'report/funding/total/plan', data: { expected: '98398.3', actual: '98389.3' }, fix: { kind: 'sum', addends: ['report/funding/sub/1/total/plan', 'report/funding/sub/2/total/plan'], value: '98398.3' } }],
    },
  ],
});
