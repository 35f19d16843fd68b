import { paths } from '../../../../src/domain/paths';
import { subprogramMismatch } from '../../../../src/domain/rules/indicators/I011-subprogram-mismatch';
import { buildProgram, edit, subprogramTitle } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(subprogramMismatch, {
  valid: [
    { name: 'the same subprograms in both annexes', program },
    { name: 'matched by number, whatever the order', program: edit(program, (p) => { p.indicators!.subprograms.reverse(); }) },
    { name: 'a title without a numeral matched by its "2." cell', program: edit(program, (p) => { p.indicators!.subprograms[1].title = 'Развитие информационной инфраструктуры'; }) },
  ],
  invalid: [
    {
      name: 'Приложение 2 has a Подпрограмма III that Приложение 1 lacks',
      program: edit(program, (p) => { p.indicators!.subprograms.push({ number: '3.', title: subprogramTitle(2, 'Развитие архивного дела'), activities: [] }); }),
      errors: [{ messageId: 'missingInFunding', path: paths.indicatorSubprogram(2), message: { ru: 'Приложение 2: подпрограммы III «Развитие архивного дела» нет в Приложении 1', en: 'Annex 2: subprogram III "Развитие архивного дела" is not in Annex 1' } }],
    },
    {
      name: 'Приложение 1 has a subprogram that Приложение 2 lacks',
      program: edit(program, (p) => { p.indicators!.subprograms.pop(); }),
      errors: [{ messageId: 'missingInIndicators', path: paths.fundingSubprogram(1), message: { ru: 'Приложение 1: подпрограммы II «Развитие информационной и технологической инфраструктуры экосистемы цифровой экономики муниципального образования Московской области» нет в Приложении 2', en: 'Annex 1: subprogram II "Развитие информационной и технологической инфраструктуры экосистемы цифровой экономики муниципального образования Московской области" is not in Annex 2' } }],
    },
  ],
});
