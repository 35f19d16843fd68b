import { paths } from '../../../../src/domain/paths';
import { planMissing } from '../../../../src/domain/rules/indicators/I001-plan-missing';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(planMissing, {
  valid: [
    { name: 'a planned value for every year', program },
    { name: 'a column outside the program period is not required', program: edit(program, (p) => { p.indicators!.years.push({ from: 2023, to: 2023 }); }) },
  ],
  invalid: [
    {
      name: 'an empty 2021 plan',
      program: edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[1].plan[1] = null; }),
      errors: [{ messageId: 'planMissing', path: paths.indicatorPlan(0, 0, 1, { from: 2021, to: 2021 }), message: { ru: 'Приложение 2, показатель 1.1. «Среднее время ожидания в очереди для получения…»: нет планового значения на 2021 год', en: 'Annex 2, indicator 1.1. "Среднее время ожидания в очереди для получения…": no planned value for 2021' } }],
    },
    {
      name: 'a row shorter than the year columns',
      program: edit(program, (p) => { p.indicators!.subprograms[1].activities[1].indicators[0].plan.length = 2; }),
      errors: [{ messageId: 'planMissing', path: paths.indicatorPlan(1, 1, 0, { from: 2022, to: 2022 }) }],
    },
  ],
});
