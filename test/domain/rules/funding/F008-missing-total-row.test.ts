import { paths } from '../../../../src/domain/paths';
import { missingTotalRow } from '../../../../src/domain/rules/funding/F008-missing-total-row';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(missingTotalRow, {
  valid: [
    { name: 'every subprogram has its total row and the table its ИТОГО', program },
    {
      name: 'a table of source rows without subprograms, its total stated by source only: no ИТОГО to miss',
      program: edit(program, (p) => { p.funding!.subprograms = []; p.funding!.total = null; p.funding!.totalBySourceOnly = true; }),
    },
  ],
  invalid: [
    {
      name: 'Подпрограмма II without "Всего по подпрограмме"',
      program: edit(program, (p) => { p.funding!.subprograms[1].total = null; }),
      errors: [{ messageId: 'subprogramTotalMissing', path: paths.fundingSubprogram(1), message: { ru: 'Приложение 1, Подпрограмма II: нет строки «Всего по подпрограмме»', en: 'Annex 1, subprogram II: the subprogram total row ("Всего по подпрограмме") is missing' } }],
    },
    {
      name: 'no ИТОГО row',
      program: edit(program, (p) => { p.funding!.total = null; }),
      errors: [{ messageId: 'programTotalMissing', path: paths.funding, message: { ru: 'Приложение 1: нет строки «ИТОГО по муниципальной программе»', en: 'Annex 1: the program total row ("ИТОГО по муниципальной программе") is missing' } }],
    },
  ],
});
