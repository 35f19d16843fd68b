import { paths } from '../../../../src/domain/paths';
import { programTotal } from '../../../../src/domain/rules/funding/F003-program-total';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(programTotal, {
  valid: [
    { name: 'ИТОГО is the sum of the subprogram totals', program },
    { name: 'a subprogram without its total row counts with the sum of its sources', program: edit(program, (p) => { p.funding!.subprograms[1].total = null; }) },
    { name: 'no ИТОГО row is F008\'s', program: edit(program, (p) => { p.funding!.total = null; }) },
  ],
  invalid: [
    {
      name: 'an ИТОГО year cell differs from the subprograms',
      program: edit(program, (p) => { p.funding!.total!.years[2] = '75438.7'; }),
      errors: [{ messageId: 'programTotal', path: paths.fundingTotalCell({ from: 2022, to: 2022 }), expected: '75 438,6', actual: '75 438,7' }],
      fix: { kind: 'number', value: '75438.6' },
    },
    {
      name: 'a wrong subprogram total shows in ИТОГО as well (the subprogram total is what ИТОГО sums)',
      program: edit(program, (p) => { p.funding!.subprograms[0].total!.total = '226408.0'; }),
      errors: [{ messageId: 'programTotal', path: paths.fundingTotalCell('total'), expected: '273 660,6', actual: '273 659,6', fix: { kind: 'number', value: '273660.6' } }],
    },
  ],
});
