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
      errors: [{ messageId: 'percentOutOfRange', path: paths.indicatorPlan(1, 0, 0, { from: 2021, to: 2021 }), expected: '0…100', actual: '100,5' }],
    },
    {
      name: 'a negative base',
      program: edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[0].base = { value: '-1', bound: null }; }),
      errors: [{ messageId: 'percentOutOfRange', path: paths.indicatorField(0, 0, 0, 'base'), actual: '-1' }],
    },
  ],
});
