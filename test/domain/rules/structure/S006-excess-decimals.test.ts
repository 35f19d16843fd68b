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
      errors: [{ messageId: 'excessDecimals', path: paths.fundingSourceCell(0, 'municipal', y2020), expected: '82 348,1', actual: '82 348,05' }],
      fix: { kind: 'number', value: '82348.1' },
    },
    {
      name: 'a passport amount too',
      program: edit(program, (p) => { p.passport!.funding!.sources[0].years[0].amount = '98100.94'; }),
      errors: [{ messageId: 'excessDecimals', path: paths.passportSourceCell('municipal', y2020), expected: '98 100,9', actual: '98 100,94', fix: { kind: 'number', value: '98100.9' } }],
    },
  ],
});
