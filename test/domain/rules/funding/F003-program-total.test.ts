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
      errors: [{ messageId: 'programTotal', path: paths.fundingTotalCell({ from: 2022, to: 2022 }) , data: { expected: '75438.6', actual: '75438.7' }, message: { ru: 'Приложение 1, 2022 год: сумма подпрограмм 75 438,6, в строке «ИТОГО по муниципальной программе» 75 438,7', en: 'Annex 1, 2022: the subprograms add up to 75 438,6, the program total row says 75 438,7' } }],
      fix: { kind: 'sum', addends: ['funding/sub/1/total/y/2022', 'funding/sub/2/total/y/2022'], value: '75438.6' },
    },
    {
      name: 'a wrong subprogram total shows in ИТОГО as well (the subprogram total is what ИТОГО sums)',
      program: edit(program, (p) => { p.funding!.subprograms[0].total!.total = '226408.0'; }),
      errors: [{ messageId: 'programTotal', path: paths.fundingTotalCell('total'), data: { expected: '273660.6', actual: '273659.6' }, fix: { kind: 'sum', addends: ['funding/sub/1/total/total', 'funding/sub/2/total/total'], value: '273660.6' } }],
    },
  ],
});
