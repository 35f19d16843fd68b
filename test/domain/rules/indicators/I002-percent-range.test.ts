import { paths } from '../../../../src/domain/paths';
import { percentRange } from '../../../../src/domain/rules/indicators/I002-percent-range';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(percentRange, {
  valid: [
    { name: 'shares within 0…100, 100,0 included', program },
    { name: 'a count above 100 is not a percentage', program: edit(program, (p) => { p.indicators!.subprograms[1].activities[1].indicators[0].plan[2] = { value: '140', bound: null }; }) },
  ],
  invalid: [
    {
      name: 'a planned 100,5 %',
      program: edit(program, (p) => { p.indicators!.subprograms[1].activities[0].indicators[0].plan[1] = { value: '100.5', bound: null }; }),
      errors: [{ messageId: 'percentOutOfRange', path: paths.indicatorPlan(1, 0, 0, { from: 2021, to: 2021 }) , data: { actual: '100.5' }, message: { ru: 'Приложение 2, показатель 2.1. «Доля рабочих мест, обеспеченных необходимым компьютерным…», 2021 год: 100,5 % — вне пределов 0…100', en: 'Annex 2, indicator 2.1. "Доля рабочих мест, обеспеченных необходимым компьютерным…", 2021: 100,5 % is outside 0…100' } }],
    },
    {
      name: 'a negative base',
      program: edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[0].base = { value: '-1', bound: null }; }),
      errors: [{ messageId: 'percentOutOfRange', path: paths.indicatorField(0, 0, 0, 'base') , data: { actual: '-1' }}],
    },
  ],
});
