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
      errors: [{ messageId: 'negativeValue', path: paths.indicatorPlan(1, 1, 0, { from: 2020, to: 2020 }), actual: '-13,8' }],
    },
    {
      name: 'a negative waiting time in minutes',
      program: edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[1].base = { value: '-2', bound: null }; }),
      errors: [{ messageId: 'negativeValue', path: paths.indicatorField(0, 0, 1, 'base') }],
    },
  ],
});
