import { paths } from '../../../../src/domain/paths';
import { duplicateIndicator } from '../../../../src/domain/rules/indicators/I010-duplicate-indicator';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(duplicateIndicator, {
  valid: [
    { name: 'different indicators', program },
    { name: 'the same indicator under two activities', program: edit(program, (p) => { p.indicators!.subprograms[1].activities[1].indicators[0].name = p.indicators!.subprograms[1].activities[0].indicators[0].name; }) },
  ],
  invalid: [
    {
      name: 'the same indicator twice under one activity, with other case and spaces',
      program: edit(program, (p) => {
        const a = p.indicators!.subprograms[0].activities[0];
        a.indicators.push({ ...structuredClone(a.indicators[0]), name: '  УРОВЕНЬ удовлетворенности граждан качеством  предоставления государственных и муниципальных услуг' });
      }),
      errors: [{ messageId: 'duplicateIndicator', path: paths.indicatorField(0, 0, 2, 'name'), message: { ru: 'Приложение 2, показатель 1.1. «УРОВЕНЬ удовлетворенности граждан качеством предоставления…»: показатель уже указан выше в этом мероприятии (1-й показатель мероприятия)', en: 'Annex 2, indicator 1.1. "УРОВЕНЬ удовлетворенности граждан качеством предоставления…": the indicator already appears above under this activity (indicator no. 1)' } }],
    },
  ],
});
