import { paths } from '../../../../src/domain/paths';
import { noBase } from '../../../../src/domain/rules/indicators/I012-no-base';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(noBase, {
  valid: [
    { name: 'every indicator has a base value', program },
    { name: 'a base of 0 is a value', program: edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[1].base = { value: '0', bound: null }; }) },
  ],
  invalid: [
    {
      name: 'a base written "-"',
      program: edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[1].base = null; }),
      errors: [{ messageId: 'noBase', path: paths.indicatorField(0, 0, 1, 'base'), severity: 'info', message: { ru: 'Приложение 2, показатель 1.1. «Среднее время ожидания в очереди для получения…»: базовое значение не указано', en: 'Annex 2, indicator 1.1. "Среднее время ожидания в очереди для получения…": no base value' } }],
    },
  ],
});
