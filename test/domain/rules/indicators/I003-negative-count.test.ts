import { paths } from '../../../../src/domain/paths';
import { negativeCount } from '../../../../src/domain/rules/indicators/I003-negative-count';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(negativeCount, {
  valid: [
    { name: 'no negative counts or times', program },
    { name: 'a negative percentage is I002\'s', program: edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[0].plan[0] = { value: '-3', bound: null }; }) },
  ],
  invalid: [
    {
      name: 'a negative number of computers',
      program: edit(program, (p) => { p.indicators!.subprograms[1].activities[1].indicators[0].plan[0] = { value: '-13.8', bound: null }; }),
      errors: [{ messageId: 'negativeValue', path: paths.indicatorPlan(1, 1, 0, { from: 2020, to: 2020 }) , data: { actual: '-13.8' }, message: { ru: 'Приложение 2, показатель 2.2. «Количество современных компьютеров на 100 обучающихся», 2020 год: отрицательное значение -13,8 (единиц)', en: 'Annex 2, indicator 2.2. "Количество современных компьютеров на 100 обучающихся", 2020: negative value -13,8 ("единиц")' } }],
    },
    {
      name: 'a negative waiting time in minutes',
      program: edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[1].base = { value: '-2', bound: null }; }),
      errors: [{ messageId: 'negativeValue', path: paths.indicatorField(0, 0, 1, 'base') }],
    },
  ],
});
