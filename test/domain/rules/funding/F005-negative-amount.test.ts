import { paths } from '../../../../src/domain/paths';
import { negativeAmount } from '../../../../src/domain/rules/funding/F005-negative-amount';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(negativeAmount, {
  valid: [
    { name: 'no negative amounts', program },
    { name: 'zero and empty cells', program: edit(program, (p) => { p.funding!.subprograms[0].sources[1].years = ['0', null, '0.0']; }) },
  ],
  invalid: [
    {
      name: 'a negative year amount of a source',
      program: edit(program, (p) => { p.funding!.subprograms[1].sources[1].years[2] = '-195.3'; }),
      errors: [{ messageId: 'negativeAmount', path: paths.fundingSourceCell(1, 'extrabudgetary', { from: 2022, to: 2022 }) , data: { actual: '-195.3' }, message: { ru: 'Приложение 1, Подпрограмма II, Внебюджетные источники, 2022 год: отрицательная сумма -195,3', en: 'Annex 1, subprogram II, source "Внебюджетные источники", 2022: negative amount -195,3' } }],
    },
    {
      name: 'a negative total of ИТОГО',
      program: edit(program, (p) => { p.funding!.total!.total = '-273659.6'; }),
      errors: [{ messageId: 'negativeAmount', path: paths.fundingTotalCell('total') , data: { actual: '-273659.6' }}],
    },
  ],
});
