import { paths } from '../../../../src/domain/paths';
import { activityCode } from '../../../../src/domain/rules/indicators/I009-activity-code';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const title = (t: string) => edit(program, (p) => { p.indicators!.subprograms[1].activities[1].title = t; });

ruleTester.run(activityCode, {
  valid: [
    { name: '"01." and "E4." (Latin)', program },
    { name: '"D2." (Latin)', program: title('Основное мероприятие D2. Федеральный проект «Информационная инфраструктура»') },
    { name: 'a title without a code', program: title('Обеспечение деятельности МФЦ') },
  ],
  invalid: [
    {
      name: '"Д6" with a Cyrillic Д: fixed to D6',
      program: title('Основное мероприятие Д6. Федеральный проект «Цифровое государственное управление»'),
      errors: [{ messageId: 'cyrillicCode', path: paths.activityField(1, 1, 'title') , data: { expected: 'D6', actual: 'Д6' }, message: { ru: 'Приложение 2, мероприятие 2.2.: в коде «Д6» русская буква вместо латинской; правильно «D6»', en: 'Annex 2, activity 2.2.: the code "Д6" has a Cyrillic letter instead of a Latin one; should be "D6"' } }],
      fix: { kind: 'text', value: 'Основное мероприятие D6. Федеральный проект «Цифровое государственное управление»' },
    },
    {
      name: '"Е4" with a Cyrillic Е: fixed to E4',
      program: title('Основное мероприятие Е4. Федеральный проект «Цифровая образовательная среда»'),
      errors: [{ messageId: 'cyrillicCode', path: paths.activityField(1, 1, 'title'), data: { expected: 'E4' }, fix: { kind: 'text', value: 'Основное мероприятие E4. Федеральный проект «Цифровая образовательная среда»' } }],
    },
    {
      name: 'a one-digit code has no fix',
      program: title('Основное мероприятие 1. Информационная инфраструктура'),
      errors: [{ messageId: 'invalidCode', path: paths.activityField(1, 1, 'title') , data: { actual: '1' }, fix: null, message: { ru: 'Приложение 2, мероприятие 2.2.: код «1» — не две цифры и не латинская буква с цифрой', en: 'Annex 2, activity 2.2.: the code "1" is neither two digits nor a Latin letter and a digit' } }],
    },
  ],
});
