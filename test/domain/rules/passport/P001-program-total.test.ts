import { paths } from '../../../../src/domain/paths';
import { passportProgramTotal } from '../../../../src/domain/rules/passport/P001-program-total';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(passportProgramTotal, {
  valid: [
    { name: 'the passport total is ИТОГО', program },
    { name: 'no passport', program: buildProgram({ passport: false }) },
    { name: 'a passport that does not state its total', program: edit(program, (p) => { p.passport!.funding!.total = null; }) },
    { name: 'ИТОГО\'s total cell left empty: the passport total equals the sum of ИТОГО\'s years', program: edit(program, (p) => { p.funding!.total!.total = null; }) },
    { name: 'a table without a column of totals: the passport total equals the sum of ИТОГО\'s years', program: edit(program, (p) => { p.funding!.totalColumn = 'none'; p.funding!.total!.total = null; }) },
  ],
  invalid: [
    {
      name: 'ИТОГО\'s total cell left empty: the passport total is compared with the sum of ИТОГО\'s years',
      program: edit(program, (p) => { p.funding!.total!.total = null; p.passport!.funding!.total = '273659.9'; }),
      errors: [{ messageId: 'programTotal', path: paths.passportFundingTotal, data: { expected: '273659.6', actual: '273659.9' } }],
    },
    {
      name: 'the passport total differs from ИТОГО of Приложение 1',
      program: edit(program, (p) => { p.passport!.funding!.total = '273659.9'; }),
      errors: [{ messageId: 'programTotal', path: paths.passportFundingTotal , data: { expected: '273659.6', actual: '273659.9' }, message: { ru: 'Паспорт, источники финансирования: всего 273 659,9 тыс. руб., а в Приложении 1 «ИТОГО по муниципальной программе» 273 659,6', en: 'Passport, funding: total 273 659,9 thousand rubles, the program total of Annex 1 says 273 659,6' } }],
    },
  ],
});
