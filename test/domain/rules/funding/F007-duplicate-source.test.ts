import { paths } from '../../../../src/domain/paths';
import { duplicateSource } from '../../../../src/domain/rules/funding/F007-duplicate-source';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(duplicateSource, {
  valid: [
    { name: 'one row per source in each subprogram', program },
    { name: 'the same source in two subprograms is normal', program: edit(program, (p) => { p.funding!.subprograms[1].sources[1].source = 'Бюджет Московской области'; }) },
  ],
  invalid: [
    {
      name: 'the city budget twice in Подпрограмма I (once as "Средства бюджета…")',
      program: edit(program, (p) => { p.funding!.subprograms[0].sources.push({ source: 'Средства бюджета городского округа Ступино', total: '1.0', years: ['1.0', null, null] }); }),
      errors: [{ messageId: 'duplicateSource', path: paths.fundingSource(0, 'municipal#2') , data: { actual: 'Средства бюджета городского округа Ступино' }, message: { ru: 'Приложение 1, Подпрограмма I: источник «Средства бюджета городского округа Ступино» уже указан выше в этой подпрограмме', en: 'Annex 1, subprogram I: the source "Средства бюджета городского округа Ступино" already appears above in this subprogram' } }],
    },
    {
      name: 'a repeated "в том числе" row',
      program: edit(program, (p) => { p.funding!.totalBySource.push({ ...p.funding!.totalBySource[1] }); }),
      errors: [{ messageId: 'duplicateSource', path: paths.fundingBySource('regional#2') }],
    },
  ],
});
