import { paths } from '../../../../src/domain/paths';
import { programTotal } from '../../../../src/domain/rules/funding/F003-program-total';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
/** A program without subprograms: its table is source rows and a "Всего" row (the corpus has several). */
const withoutSubprograms = edit(program, (p) => {
  p.funding!.subprograms = [];
  p.funding!.total!.source = 'Всего';
});
const y2022 = { from: 2022, to: 2022 };

ruleTester.run(programTotal, {
  valid: [
    { name: 'ИТОГО is the sum of the subprogram totals', program },
    { name: 'a subprogram without its total row counts with the sum of its sources', program: edit(program, (p) => { p.funding!.subprograms[1].total = null; }) },
    { name: 'no ИТОГО row is F008\'s', program: edit(program, (p) => { p.funding!.total = null; }) },
    { name: 'a program without subprograms: "Всего" is the sum of its source rows', program: withoutSubprograms },
    {
      name: 'a row repeating the total under the table says the same amounts',
      program: edit(program, (p) => { p.funding!.totalRepeats = [{ source: 'ВСЕГО:', total: '273659.6', years: ['99822.7', '98398.3', '75438.6'] }]; }),
    },
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
    {
      name: 'a program without subprograms: a "Всего" cell differs from its source rows',
      program: edit(withoutSubprograms, (p) => { p.funding!.total!.years[2] = '75438.7'; }),
      errors: [
        {
          messageId: 'sourcesTotal',
          path: paths.fundingTotalCell(y2022),
          data: { label: 'Всего', expected: '75438.6', actual: '75438.7' },
          message: { ru: 'Приложение 1, 2022 год: сумма источников 75 438,6, в строке «Всего» 75 438,7', en: 'Annex 1, 2022: the sources add up to 75 438,6, the row "Всего" says 75 438,7' },
          fix: { kind: 'sum', addends: ['funding/bySource/municipal/y/2022', 'funding/bySource/regional/y/2022', 'funding/bySource/extrabudgetary/y/2022'], value: '75438.6' },
        },
      ],
    },
    {
      name: 'a row repeating the total under the table says another amount',
      program: edit(program, (p) => { p.funding!.totalRepeats = [{ source: 'ВСЕГО:', total: '273659.6', years: ['99822.7', '98398.3', '75483.6'] }]; }),
      errors: [{ messageId: 'totalRepeated', path: paths.fundingTotalRepeatCell(0, y2022), data: { label: 'ВСЕГО:', expected: '75438.6', actual: '75483.6' },
          message: { ru: 'Приложение 1, 2022 год: в строке «ВСЕГО:» 75 483,6, а итог таблицы 75 438,6', en: 'Annex 1, 2022: the row "ВСЕГО:" says 75 483,6, the table\'s total is 75 438,6' },
          fix: { kind: 'sum', addends: ['funding/total/y/2022'], value: '75438.6' } }],
    },
  ],
});
