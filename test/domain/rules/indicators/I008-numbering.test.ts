import { paths } from '../../../../src/domain/paths';
import { numbering } from '../../../../src/domain/rules/indicators/I008-numbering';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const numbers = (sub: number, values: string[]) => edit(program, (p) => {
  const acts = p.indicators!.subprograms[sub].activities;
  while (acts.length < values.length) acts.push({ ...structuredClone(acts[0]) });
  values.forEach((n, i) => { acts[i].number = n; });
});

ruleTester.run(numbering, {
  valid: [
    { name: '1., 1.1., 2., 2.1., 2.2.', program },
    { name: 'numbers without the final dot', program: numbers(1, ['2.1', '2.2']) },
  ],
  invalid: [
    {
      name: 'a skipped number',
      program: numbers(1, ['2.1.', '2.3.']),
      errors: [{ messageId: 'skipped', path: paths.activityField(1, 1, 'number'), expected: '2.2.', actual: '2.3.' }],
    },
    {
      name: 'a repeated number, then the numbering goes on',
      program: numbers(1, ['2.1.', '2.1.', '2.2.']),
      errors: [{ messageId: 'duplicated', path: paths.activityField(1, 1, 'number'), actual: '2.1.' }],
    },
    {
      name: 'an activity numbered for another subprogram',
      program: numbers(1, ['2.1.', '1.2.']),
      errors: [{ messageId: 'wrongSubprogram', path: paths.activityField(1, 1, 'number'), expected: '2.2.' }],
    },
    {
      name: 'a subprogram out of order and a number not of the form N.M.',
      program: edit(program, (p) => { p.indicators!.subprograms[1].number = '3.'; p.indicators!.subprograms[1].activities[0].number = '3'; }),
      errors: [
        { messageId: 'subprogramNumber', path: paths.indicatorSubprogram(1), expected: '2.', actual: '3.' },
        { messageId: 'badNumber', path: paths.activityField(1, 0, 'number'), expected: '2.1.', actual: '3' },
      ],
    },
  ],
});
