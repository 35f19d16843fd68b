import type { IndicatorValue } from '../../../../src/domain/model/indicators';
import { paths } from '../../../../src/domain/paths';
import { worseningPlan } from '../../../../src/domain/rules/indicators/I007-worsening-plan';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const v = (value: string): IndicatorValue => ({ value, bound: null });
/** "Количество современных компьютеров на 100 обучающихся": its words say nothing of its direction. */
const computers = (values: IndicatorValue[]) => edit(program, (p) => { p.indicators!.subprograms[1].activities[1].indicators[0].plan = values; });
const plan = (ind: number, values: (IndicatorValue | null)[]) => edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[ind].plan = values; });

ruleTester.run(worseningPlan, {
  valid: [
    { name: 'plans that improve or hold', program },
    { name: 'an empty year is skipped', program: plan(0, [v('94.6'), null, v('95')]) },
    // The assumed direction (I013) is the plan's own trend: by it a plan never gets worse, so I007 does not judge by it.
    { name: 'no direction stated and a rising plan: the assumption is the trend itself, nothing to judge', program: computers([v('12.0'), v('13.0'), v('13.5')]) },
    { name: 'no direction stated and a zigzag plan: no direction at all, silent', program: computers([v('13.0'), v('14.0'), v('13.5')]) },
  ],
  invalid: [
    {
      name: 'the configuration says lower is better: the same rising plan gets worse every year (the override is kept)',
      program: computers([v('12.0'), v('13.0'), v('13.5')]),
      config: { directions: [{ match: 'количество современных компьютеров', direction: 'lower' }] },
      errors: [
        { messageId: 'worseningPlan', path: paths.indicatorPlan(1, 1, 0, { from: 2021, to: 2021 }), severity: 'warning', data: { expected: '12.0', actual: '13.0' } },
        { messageId: 'worseningPlan', path: paths.indicatorPlan(1, 1, 0, { from: 2022, to: 2022 }), severity: 'warning', data: { expected: '13.0', actual: '13.5' } },
      ],
    },
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
