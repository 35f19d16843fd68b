import { renderMessage } from '../../../../src/domain/messages/render-message';
import { collectFindings } from '../../../../src/domain/check-program';
import { paths } from '../../../../src/domain/paths';
import { mixedAlphabets } from '../../../../src/domain/rules/structure/S009-mixed-alphabets';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(mixedAlphabets, {
  valid: [
    { name: 'words in one alphabet each ("Internet" and "Мбит/с" side by side)', program: edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[0].name = 'Доступ к сети Internet на скорости не менее 1 Мбит/с'; }) },
    { name: 'a Cyrillic activity code (Д6) is I009\'s', program: edit(program, (p) => { p.indicators!.subprograms[1].activities[1].title = 'Основное мероприятие Д6. Федеральный проект «Цифровое государственное управление»'; }) },
  ],
  invalid: [
    {
      name: '"Cтупино" with a Latin C in a source name: the whole cell respelled',
      program: edit(program, (p) => { p.funding!.subprograms[1].sources[0].source = 'Бюджет городского округа Cтупино'; }),
      errors: [{ messageId: 'mixedAlphabets', path: paths.fundingSource(1, 'municipal') , data: { expected: 'Ступино', actual: 'Cтупино' }, message: { ru: 'Приложение 1, Подпрограмма II, Бюджет городского округа Cтупино: в слове «Cтупино» смешаны латинские и русские буквы; правильно «Ступино»', en: 'Annex 1, subprogram II, source "Бюджет городского округа Cтупино": the word "Cтупино" mixes Latin and Cyrillic letters; should be "Ступино"' } }],
      fix: { kind: 'text', value: 'Бюджет городского округа Ступино' },
    },
    {
      name: '"OМСУ" with a Latin O and "Intеrnet" with a Cyrillic е in one indicator name: one finding, each word in its majority alphabet',
      program: edit(program, (p) => { p.indicators!.subprograms[1].activities[0].indicators[0].name = 'Доля рабочих мест OМСУ с доступом к сети Intеrnet'; }),
      errors: [{
        messageId: 'mixedAlphabets', path: paths.indicatorField(1, 0, 0, 'name'), data: { expected: 'ОМСУ, Internet' },
        fix: { kind: 'text', value: 'Доля рабочих мест ОМСУ с доступом к сети Internet' },
      }],
    },
    {
      name: 'a word with a letter that has no look-alike cannot be respelled',
      program: edit(program, (p) => { p.indicators!.subprograms[0].activities[0].indicators[1].unit = 'минутаs'; }),
      errors: [{ messageId: 'mixedAlphabetsNoFix', path: paths.indicatorField(0, 0, 1, 'unit'), fix: null, message: { ru: 'Приложение 2, показатель 1.1. «Среднее время ожидания в очереди для получения…», единица измерения: в слове «минутаs» смешаны латинские и русские буквы', en: 'Annex 2, indicator 1.1. "Среднее время ожидания в очереди для получения…", unit: the word "минутаs" mixes Latin and Cyrillic letters' } }],
    },
    {
      name: 'a passport subprogram is part of a longer cell: reported without a fix',
      program: edit(program, (p) => { p.passport!.subprograms[0] = p.passport!.subprograms[0].replace('Снижение', 'Cнижение'); }),
      errors: [{ messageId: 'mixedAlphabets', path: paths.passportSubprogram(0), fix: null }],
    },
  ],
});

it('S009 names the word and its correct spelling', () => {
  const p = edit(program, (q) => { q.funding!.subprograms[1].sources[0].source = 'Бюджет городского округа Cтупино'; });
  const [f] = collectFindings({ program: p, rules: [mixedAlphabets] });
  expect(renderMessage(f, 'ru')).toBe('Приложение 1, Подпрограмма II, Бюджет городского округа Cтупино: в слове «Cтупино» смешаны латинские и русские буквы; правильно «Ступино»');
});
