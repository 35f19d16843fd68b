import { paths } from '../../../../src/domain/paths';
import type { IndicatorValue } from '../../../../src/domain/model/indicators';
import { assumedDirection } from '../../../../src/domain/rules/indicators/I013-assumed-direction';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const v = (value: string): IndicatorValue => ({ value, bound: null });
/** "Количество современных компьютеров … на 100 обучающихся": its words say nothing of its direction. */
const computers = (plan: IndicatorValue[], base = plan[0]) =>
  edit(program, (p) => { const i = p.indicators!.subprograms[1].activities[1].indicators[0]; i.plan = plan; i.base = base; });

ruleTester.run(assumedDirection, {
  valid: [
    { name: 'a flat plan says nothing', program: computers([v('13.8'), v('13.8'), v('13.8')]) },
    { name: 'a zigzag plan says nothing', program: computers([v('13.0'), v('14.0'), v('13.5')]) },
    { name: 'the configured direction is no assumption', program: computers([v('12.0'), v('13.8'), v('14.0')]), config: { directions: [{ match: 'количество современных компьютеров', direction: 'higher' }] } },
    {
      name: 'words that tell the direction: no assumption even against the plan («обеспеченных…» going 100 → 90 is I007\'s)',
      program: edit(program, (p) => { p.indicators!.subprograms[1].activities[0].indicators[0].plan = [v('100.0'), v('95.0'), v('90.0')]; }),
    },
  ],
  invalid: [
    {
      name: 'a rising plan: "higher is better" assumed',
      program: computers([v('12.0'), v('13.8'), v('14.0')]),
      errors: [
        {
          messageId: 'assumedDirection',
          path: paths.indicatorField(1, 1, 0, 'name'),
          severity: 'info',
          data: { direction: 'higher', first: '12.0', last: '14.0' },
          message: {
            ru: 'Приложение 2, показатель 2.2. «Количество современных компьютеров на 100 обучающихся»: по наименованию не понять, что лучше — больше или меньше; по плану (12,0 → 14,0) похоже, что «чем больше, тем лучше». Укажите направление в настройках, чтобы план сверялся с базой и по годам',
            en: 'Annex 2, indicator 2.2. "Количество современных компьютеров на 100 обучающихся": the name does not say whether more or less is better; the plan (12,0 → 14,0) suggests "higher is better". Set the direction in the configuration to have the plan checked against the base and year by year',
          },
        },
      ],
    },
    {
      name: 'a rising plan that stays below the base 13,8: the assumption, and that even so the plan is worse than the base (information, not a warning)',
      program: computers([v('12.0'), v('13.0'), v('13.5')], v('13.8')),
      errors: [
        {
          messageId: 'assumedDirectionWorseThanBase',
          path: paths.indicatorField(1, 1, 0, 'name'),
          severity: 'info',
          data: { direction: 'higher', first: '12.0', last: '13.5', base: '13.8' },
          message: {
            ru: 'Приложение 2, показатель 2.2. «Количество современных компьютеров на 100 обучающихся»: по наименованию не понять, что лучше — больше или меньше; по плану (12,0 → 13,5) похоже, что «чем больше, тем лучше», но и тогда план на 2020 год хуже базового значения 13,8 (а при обратном направлении план ухудшается год от года). Укажите направление в настройках',
            en: 'Annex 2, indicator 2.2. "Количество современных компьютеров на 100 обучающихся": the name does not say whether more or less is better; the plan (12,0 → 13,5) suggests "higher is better", yet even so the plan for 2020 is worse than the base 13,8 (and by the other direction the plan gets worse year by year). Set the direction in the configuration',
          },
        },
      ],
    },
    {
      name: 'a falling plan: "lower is better" assumed',
      program: computers([v('14.0'), v('13.8'), v('12.0')]),
      errors: [{ messageId: 'assumedDirection', path: paths.indicatorField(1, 1, 0, 'name'), data: { direction: 'lower', first: '14.0', last: '12.0' } }],
    },
  ],
});
