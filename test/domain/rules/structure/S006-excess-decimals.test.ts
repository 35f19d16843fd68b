import { paths } from '../../../../src/domain/paths';
import { excessDecimals } from '../../../../src/domain/rules/structure/S006-excess-decimals';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const y2020 = { from: 2020, to: 2020 };

ruleTester.run(excessDecimals, {
  valid: [
    { name: 'one decimal or none', program: edit(program, (p) => { p.funding!.subprograms[0].sources[1].years[0] = '1567'; }) },
    { name: 'two decimals are fine at precision 2', program: edit(program, (p) => { p.funding!.subprograms[0].sources[0].years[0] = '82348.05'; }), config: { precision: 2 } },
    { name: 'indicator values are not amounts (96,68 %)', program: edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[0].base = { value: '96.68', bound: null }; }) },
  ],
  invalid: [
    {
      name: '98 100,94 in Приложение 1 is rounded half away from zero',
      program: edit(program, (p) => { p.funding!.subprograms[0].sources[0].years[0] = '82348.05'; }),
      errors: [{ messageId: 'excessDecimals', path: paths.fundingSourceCell(0, 'municipal', y2020) , data: { expected: '82348.1', actual: '82348.05' }, message: { ru: 'Приложение 1, Подпрограмма I, Бюджет городского округа Ступино, 2020 год: сумма 82 348,05 записана с 2 знаками после запятой, допускается 1; округлённо 82 348,1', en: 'Annex 1, subprogram I, source "Бюджет городского округа Ступино", 2020: the amount 82 348,05 has 2 decimals, 1 allowed; rounded: 82 348,1' } }],
      fix: { kind: 'number', value: '82348.1' },
    },
    {
      name: 'a passport amount too',
      program: edit(program, (p) => { p.passport!.funding!.sources[0].years[0].amount = '98100.94'; }),
      errors: [{ messageId: 'excessDecimals', path: paths.passportSourceCell('municipal', y2020), data: { expected: '98100.9', actual: '98100.94' }, fix: { kind: 'number', value: '98100.9' } }],
    },
  ],
});
