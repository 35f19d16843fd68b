import { paths } from '../../../../src/domain/paths';
import { unknownType } from '../../../../src/domain/rules/indicators/I005-unknown-type';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const type = (t: string) => edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[1].type = t; });

ruleTester.run(unknownType, {
  valid: [
    { name: 'Приоритетный целевой', program },
    { name: '"муниципальной программы" as in the worked example', program: type('муниципальной программы') },
    { name: 'Указ Президента, other case and spaces', program: type('указ  президента') },
  ],
  invalid: [
    {
      name: 'a type not in the dictionary',
      program: type('Приоритетный целевый'),
      errors: [{ messageId: 'unknownType', path: paths.indicatorField(0, 0, 1, 'type') , data: { actual: 'Приоритетный целевый' }, message: { ru: 'Приложение 2, показатель 1.1. «Среднее время ожидания в очереди для получения…»: типа показателя «Приоритетный целевый» нет в справочнике', en: 'Annex 2, indicator 1.1. "Среднее время ожидания в очереди для получения…": the indicator type "Приоритетный целевый" is not in the dictionary' } }],
    },
  ],
});
