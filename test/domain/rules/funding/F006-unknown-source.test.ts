import { paths } from '../../../../src/domain/paths';
import { unknownSource } from '../../../../src/domain/rules/funding/F006-unknown-source';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(unknownSource, {
  valid: [
    { name: 'the dictionary\'s sources, "Бюджет городского округа" with the municipality\'s name', program },
    {
      name: 'other spellings of dictionary sources: "Средства бюджета…", a Latin look-alike (S009\'s), other case and spaces',
      program: edit(program, (p) => {
        p.funding!.subprograms[0].sources[0].source = 'Средства бюджета городского округа Ступино';
        p.funding!.subprograms[1].sources[0].source = 'Бюджет городского округа Cтупино';
        p.funding!.subprograms[1].sources[1].source = '  внебюджетные  источники ';
      }),
    },
    { name: 'an empty source name is S007\'s', program: edit(program, (p) => { p.funding!.subprograms[0].sources[1].source = ''; }) },
  ],
  invalid: [
    {
      name: 'a misspelt source, with the nearest dictionary entry',
      program: edit(program, (p) => { p.funding!.subprograms[0].sources[1].source = 'Бюджет Московсой области'; }),
      errors: [{ messageId: 'unknownSource', path: paths.fundingSource(0, 'other:бюджет московсой области') , data: { expected: 'Бюджет Московской области', actual: 'Бюджет Московсой области' }, message: { ru: 'Приложение 1, Подпрограмма I: источника «Бюджет Московсой области» нет в справочнике; возможно, «Бюджет Московской области»', en: 'Annex 1, subprogram I: the source "Бюджет Московсой области" is not in the dictionary; did you mean "Бюджет Московской области"?' } }],
    },
    {
      name: 'a source of no kind in the "в том числе" rows',
      program: edit(program, (p) => { p.funding!.totalBySource[2].source = 'Прочие средства'; }),
      errors: [{ messageId: 'unknownSource', path: paths.fundingBySource('other:прочие средства') , data: { actual: 'Прочие средства' }}],
    },
  ],
});
