import type { IndicatorValue } from '../../../../src/domain/model/indicators';
import { paths } from '../../../../src/domain/paths';
import { worseningPlan } from '../../../../src/domain/rules/indicators/I007-worsening-plan';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const v = (value: string): IndicatorValue => ({ value, bound: null });
const plan = (ind: number, values: (IndicatorValue | null)[]) => edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[ind].plan = values; });

ruleTester.run(worseningPlan, {
  valid: [
    { name: 'plans that improve or hold', program },
    { name: 'an empty year is skipped', program: plan(0, [v('94.6'), null, v('95')]) },
  ],
  invalid: [
    {
      name: 'satisfaction drops in 2022',
      program: plan(0, [v('94.6'), v('94.8'), v('94.7')]),
      errors: [{ messageId: 'worseningPlan', path: paths.indicatorPlan(0, 0, 0, { from: 2022, to: 2022 }) , data: { expected: '94.8', actual: '94.7' }, message: { ru: 'Приложение 2, показатель 1.1. «Уровень удовлетворенности граждан качеством предоставления…»: план на 2022 год 94,7 хуже, чем на 2021 год (94,8)', en: 'Annex 2, indicator 1.1. "Уровень удовлетворенности граждан качеством предоставления…": the plan for 2022, 94,7, is worse than for 2021 (94,8)' } }],
    },
    {
      name: 'issue 8\'s case: «Доля рабочих мест, обеспеченных…» going 90 → 80 → 70 (higher is better, by «обеспеченных»)',
      program: edit(program, (p) => { p.indicators!.subprograms[1].activities[0].indicators[0].plan = [v('90'), v('80'), v('70')]; }),
      errors: [
        { messageId: 'worseningPlan', path: paths.indicatorPlan(1, 0, 0, { from: 2021, to: 2021 }), data: { expected: '90', actual: '80' } },
        { messageId: 'worseningPlan', path: paths.indicatorPlan(1, 0, 0, { from: 2022, to: 2022 }), data: { expected: '80', actual: '70' } },
      ],
    },
    {
      name: 'waiting time grows, across an empty year',
      program: plan(1, [v('11'), null, v('11.5')]),
      errors: [{ messageId: 'worseningPlan', path: paths.indicatorPlan(0, 0, 1, { from: 2022, to: 2022 }) , data: { expected: '11', actual: '11.5' }}],
    },
  ],
});
