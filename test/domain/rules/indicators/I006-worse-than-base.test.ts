import { renderField, renderMessage, renderValueLabels } from '../../../../src/domain/messages/render-message';
import { collectFindings } from '../../../../src/domain/check-program';
import type { IndicatorValue } from '../../../../src/domain/model/indicators';
import { paths } from '../../../../src/domain/paths';
import { worseThanBase } from '../../../../src/domain/rules/indicators/I006-worse-than-base';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const v = (value: string, bound: IndicatorValue['bound'] = null): IndicatorValue => ({ value, bound });
const y2020 = { from: 2020, to: 2020 };
/** "Количество современных компьютеров на 100 обучающихся" (its words say nothing of its direction): base 14,0, plan rising 12,0 → 13,5. */
const computersBelowBase = edit(program, (p) => { const i = p.indicators!.subprograms[1].activities[1].indicators[0]; i.base = v('14.0'); i.plan = [v('12.0'), v('13.0'), v('13.5')]; });
const satisfaction = (base: string, plan: IndicatorValue[]) =>
  edit(program, (p) => { const i = p.indicators!.subprograms[0].activities[0].indicators[0]; i.base = v(base); i.plan = plan; });

ruleTester.run(worseThanBase, {
  valid: [
    { name: 'plans at or better than the base', program },
    {
      name: 'a direction that neither the name nor the plan tells stays silent',
      program: edit(program, (p) => { const i = p.indicators!.subprograms[1].activities[1].indicators[0]; i.plan = [v('13.0'), v('14.0'), v('13.5')]; }),
    },
    {
      name: 'a name that says nothing and a rising plan at or above the base: silent',
      program: edit(program, (p) => { const i = p.indicators!.subprograms[1].activities[1].indicators[0]; i.base = v('12.0'); i.plan = [v('12.0'), v('13.8'), v('14.0')]; }),
    },
    {
      name: 'a name that says nothing, a rising plan below the base: no warning on the assumption (I013 says it, as information)',
      program: computersBelowBase,
    },
    {
      name: 'the configuration says lower is better: the rising plan is better than the base, and its worsening is I007\'s',
      program: computersBelowBase,
      config: { directions: [{ match: 'количество современных компьютеров', direction: 'lower' }] },
    },
    { name: '"не менее 95" on a higher-is-better indicator is the plain target 95', program: satisfaction('94.5', [v('95', 'min'), v('95', 'min'), v('95', 'min')]) },
    { name: 'no base value (I012\'s)', program: edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[0].base = null; }) },
  ],
  invalid: [
    {
      name: 'the configuration says higher is better: the same plan is judged without an assumption',
      program: computersBelowBase,
      config: { directions: [{ match: 'количество современных компьютеров', direction: 'higher' }] },
      errors: [{ messageId: 'worseThanBaseMore', path: paths.indicatorPlan(1, 1, 0, y2020), severity: 'warning', data: { direction: 'higher', expected: '14.0', actual: '12.0', more: 2 } }],
    },
    {
      name: 'satisfaction (higher is better): 96,68 → 94,6, one finding at the first worse year',
      program: satisfaction('96.68', [v('94.6'), v('94.8'), v('95')]),
      errors: [{ messageId: 'worseThanBaseMore', path: paths.indicatorPlan(0, 0, 0, y2020) , data: { expected: '96.68', actual: '94.6', more: 2, direction: 'higher' }, message: { ru: 'Приложение 2, показатель 1.1. «Уровень удовлетворенности граждан качеством предоставления…» (чем больше, тем лучше): план на 2020 год 94,6 хуже базового значения 96,68; хуже базового и ещё в 2 годах', en: 'Annex 2, indicator 1.1. "Уровень удовлетворенности граждан качеством предоставления…" (higher is better): the plan for 2020, 94,6, is worse than the base 96,68; worse than the base in 2 more years' } }],
    },
    {
      name: 'waiting time (lower is better): 2,38 → 11,5',
      program: edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[1].base = v('2.38'); }),
      errors: [{ messageId: 'worseThanBaseMore', path: paths.indicatorPlan(0, 0, 1, y2020) , data: { expected: '2.38', actual: '11.5', direction: 'lower' }}],
    },
    {
      name: '«Доля рабочих мест, обеспеченных…» (higher, by its words): 100,0 → 90,0',
      program: edit(program, (p) => { p.indicators!.subprograms[1].activities[0].indicators[0].plan[0] = v('90.0'); }),
      errors: [{ messageId: 'worseThanBase', path: paths.indicatorPlan(1, 0, 0, y2020), data: { expected: '100.0', actual: '90.0', direction: 'higher' } }],
    },
    {
      name: 'a direction from the config',
      program: edit(program, (p) => { p.indicators!.subprograms[1].activities[0].indicators[0].plan[2] = v('99.0'); }),
      config: { directions: [{ match: 'доля рабочих мест', direction: 'higher' }] },
      errors: [{ messageId: 'worseThanBase', path: paths.indicatorPlan(1, 0, 0, { from: 2022, to: 2022 }) , data: { expected: '100.0', actual: '99.0' }, message: { ru: 'Приложение 2, показатель 2.1. «Доля рабочих мест, обеспеченных необходимым компьютерным…» (чем больше, тем лучше): план на 2022 год 99,0 хуже базового значения 100,0', en: 'Annex 2, indicator 2.1. "Доля рабочих мест, обеспеченных необходимым компьютерным…" (higher is better): the plan for 2022, 99,0, is worse than the base 100,0' } }],
    },
  ],
});

it('I006 says the direction and how many years are worse', () => {
  const [f] = collectFindings({ program: satisfaction('96.68', [v('94.6'), v('94.8'), v('95')]), rules: [worseThanBase] });
  expect(renderMessage(f, 'ru')).toBe('Приложение 2, показатель 1.1. «Уровень удовлетворенности граждан качеством предоставления…» (чем больше, тем лучше): план на 2020 год 94,6 хуже базового значения 96,68; хуже базового и ещё в 2 годах');
});

it('I006 shows its values in its own terms: no worse than the base value, and the plan for that year', () => {
  const [f] = collectFindings({ program: satisfaction('96.68', [v('94.6'), v('94.8'), v('95')]), rules: [worseThanBase] });
  expect(renderValueLabels(f, 'ru')).toEqual({ expected: 'Не хуже базового значения', actual: 'Указано на 2020 год', markWords: false });
  expect(renderValueLabels(f, 'en')).toEqual({ expected: 'No worse than the base value', actual: 'Planned for 2020', markWords: false });
  expect([renderField(f, 'expected', 'ru'), renderField(f, 'actual', 'ru')]).toEqual(['96,68', '94,6']);
});
