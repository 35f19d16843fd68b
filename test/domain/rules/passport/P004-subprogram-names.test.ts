import { renderMessage } from '../../../../src/domain/messages/render-message';
import { collectFindings } from '../../../../src/domain/check-program';
import { paths } from '../../../../src/domain/paths';
import { subprogramNames } from '../../../../src/domain/rules/passport/P004-subprogram-names';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const lacking = (p: ReturnType<typeof buildProgram>) => { p.funding!.subprograms[0].title = p.funding!.subprograms[0].title.replace('государственных и ', ''); };

ruleTester.run(subprogramNames, {
  valid: [
    { name: 'the same names everywhere', program },
    {
      name: 'case, spaces, quotes and a Latin look-alike are folded',
      program: edit(program, (p) => {
        p.funding!.subprograms[1].title = p.funding!.subprograms[1].title.replace('«', '"').replace('»', '"').replace(' ', '   ').toUpperCase();
        p.indicators!.subprograms[0].title = p.indicators!.subprograms[0].title.replace('Снижение', 'Cнижение');
      }),
    },
    { name: 'subprograms matched by numeral, not position', program: edit(program, (p) => { p.indicators!.subprograms.reverse(); }) },
  ],
  invalid: [
    {
      name: 'the worked example: Подпрограмма I in Приложение 1 lacks "государственных и"',
      program: edit(program, lacking),
      errors: [{ messageId: 'wordsMissing', path: paths.fundingSubprogram(0), message: { ru: 'Приложение 1, Подпрограмма I: в наименовании нет слов «государственных и», которые есть в паспорте', en: 'Annex 1, subprogram I: the name lacks the words "государственных и" found in the passport' } }],
    },
    {
      name: 'a word added in Приложение 2 and the passport missing: Приложение 1 is the reference',
      program: edit(program, (p) => { p.passport!.subprograms = []; p.indicators!.subprograms[1].title = p.indicators!.subprograms[1].title.replace('цифровой экономики', 'цифровой экономики и связи'); }),
      errors: [{ messageId: 'wordsAdded', path: paths.indicatorSubprogram(1), message: { ru: 'Приложение 2, Подпрограмма II: в наименовании лишние слова «и связи», которых нет в Приложении 1', en: 'Annex 2, subprogram II: the name has the words "и связи" not found in Annex 1' } }],
    },
    {
      name: 'the passport the odd one out (both annexes name it alike): one finding, at the passport',
      program: edit(program, (p) => { p.passport!.subprograms[1] = p.passport!.subprograms[1].replace('технологической', 'телекоммуникационной'); }),
      errors: [{ messageId: 'wordsDiffer', path: paths.passportSubprogram(1), data: { expected: program.funding!.subprograms[1].title.replace(/^Подпрограмма II\s*/, '').replace(/^«|»$/g, '') }, message: { ru: 'Паспорт, Подпрограмма II: наименование отличается от указанного в Приложениях 1 и 2: нет слов «технологической», лишние «телекоммуникационной»', en: 'Passport, subprogram II: the name differs from Annexes 1 and 2: lacks "технологической", adds "телекоммуникационной"' } }],
    },
    {
      name: 'all three differ: the passport stays the reference for both annexes',
      program: edit(program, (p) => {
        p.passport!.subprograms[1] = p.passport!.subprograms[1].replace('технологической', 'телекоммуникационной');
        p.indicators!.subprograms[1].title = p.indicators!.subprograms[1].title.replace('цифровой экономики', 'цифровой экономики и связи');
      }),
      errors: [
        { messageId: 'wordsDiffer', path: paths.fundingSubprogram(1) },
        { messageId: 'wordsDiffer', path: paths.indicatorSubprogram(1) },
      ],
    },
    {
      name: 'words both missing and added',
      program: edit(program, (p) => { p.indicators!.subprograms[1].title = p.indicators!.subprograms[1].title.replace('технологической', 'телекоммуникационной'); }),
      errors: [{ messageId: 'wordsDiffer', path: paths.indicatorSubprogram(1) }],
    },
  ],
});

it('P004 shows the missing words', () => {
  const [f] = collectFindings({ program: edit(program, lacking), rules: [subprogramNames] });
  expect(renderMessage(f, 'ru')).toBe('Приложение 1, Подпрограмма I: в наименовании нет слов «государственных и», которые есть в паспорте');
});

it('P004 at the passport names both annexes as the reference', () => {
  const odd = edit(program, (p) => { p.passport!.subprograms[1] = p.passport!.subprograms[1].replace(' и технологической', ''); });
  const findings = collectFindings({ program: odd, rules: [subprogramNames] });
  expect(findings.map((f) => renderMessage(f, 'ru'))).toEqual(['Паспорт, Подпрограмма II: в наименовании нет слов «и технологической», которые есть в Приложениях 1 и 2']);
});

it('P004 with words both missing and added reads as Russian for every reference', () => {
  const odd = edit(program, (p) => { p.passport!.subprograms[1] = p.passport!.subprograms[1].replace('технологической', 'телекоммуникационной'); });
  expect(collectFindings({ program: odd, rules: [subprogramNames] }).map((f) => renderMessage(f, 'ru'))).toEqual([
    'Паспорт, Подпрограмма II: наименование отличается от указанного в Приложениях 1 и 2: нет слов «технологической», лишние «телекоммуникационной»',
  ]);
});
