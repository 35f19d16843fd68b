import { paths } from '../../../../src/domain/paths';
import { requiredCell } from '../../../../src/domain/rules/structure/S007-required-cell';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(requiredCell, {
  valid: [
    { name: 'every source, indicator name and unit is filled', program },
    { name: 'an empty base value is I012\'s, an empty type is not required', program: edit(program, (p) => { const i = p.indicators!.subprograms[0].activities[0].indicators[0]; i.base = null; i.type = ''; }) },
  ],
  invalid: [
    {
      name: 'a source row without a name',
      program: edit(program, (p) => { p.funding!.subprograms[1].sources[1].source = '  '; }),
      errors: [{ messageId: 'sourceNameEmpty', path: paths.fundingSource(1, 'other:'), message: { ru: 'Приложение 1, Подпрограмма II: не указан источник финансирования', en: 'Annex 1, subprogram II: the funding source is empty' } }],
    },
    {
      name: 'an indicator without a name and without a unit',
      program: edit(program, (p) => { const i = p.indicators!.subprograms[1].activities[1].indicators[0]; i.name = ''; i.unit = ''; }),
      errors: [
        { messageId: 'indicatorNameEmpty', path: paths.indicatorField(1, 1, 0, 'name'), message: { ru: 'Приложение 2, мероприятие 2.2.: у 1-го показателя нет наименования', en: 'Annex 2, activity 2.2.: indicator no. 1 has no name' } },
        { messageId: 'unitEmpty', path: paths.indicatorField(1, 1, 0, 'unit'), message: { ru: 'Приложение 2, показатель 2.2. «»: не указана единица измерения', en: 'Annex 2, indicator 2.2. "": the unit is empty' } },
      ],
    },
    {
      name: 'a passport source without a name',
      program: edit(program, (p) => { p.passport!.funding!.sources[2].name = ''; }),
      errors: [{ messageId: 'passportSourceNameEmpty', path: paths.passportSource('other:'), message: { ru: 'Паспорт, источники финансирования: у 3-го источника нет наименования', en: 'Passport, funding sources: source no. 3 has no name' } }],
    },
  ],
});
