import { paths } from '../../../../src/domain/paths';
import { numbering } from '../../../../src/domain/rules/indicators/I008-numbering';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const numbers = (sub: number, values: string[]) => edit(program, (p) => {
  const acts = p.indicators!.subprograms[sub].activities;
  while (acts.length < values.length) acts.push({ ...structuredClone(acts[0]) });
  values.forEach((n, i) => { acts[i].number = n; });
});

ruleTester.run(numbering, {
  valid: [
    { name: '1., 1.1., 2., 2.1., 2.2.', program },
    { name: 'numbers without the final dot', program: numbers(1, ['2.1', '2.2']) },
  ],
  invalid: [
    {
      name: 'a skipped number',
      program: numbers(1, ['2.1.', '2.3.']),
      errors: [{ messageId: 'skipped', path: paths.activityField(1, 1, 'number') , data: { expected: '2.2.', actual: '2.3.' }, message: { ru: 'Приложение 2: после мероприятия «2.1.» идёт «2.3.», ожидался номер «2.2.»', en: 'Annex 2: "2.3." follows the activity "2.1.", expected "2.2."' } }],
    },
    {
      name: 'a repeated number, then the numbering goes on',
      program: numbers(1, ['2.1.', '2.1.', '2.2.']),
      errors: [{ messageId: 'duplicated', path: paths.activityField(1, 1, 'number') , data: { actual: '2.1.' }, message: { ru: 'Приложение 2: номер мероприятия «2.1.» повторяется', en: 'Annex 2: the activity number "2.1." is repeated' } }],
    },
    {
      name: 'an activity numbered for another subprogram',
      program: numbers(1, ['2.1.', '1.2.']),
      errors: [{ messageId: 'wrongSubprogram', path: paths.activityField(1, 1, 'number') , data: { expected: '2.2.' }, message: { ru: 'Приложение 2: мероприятие «1.2.» стоит в подпрограмме 2; его номер должен начинаться с «2.»', en: 'Annex 2: the activity "1.2." is under subprogram 2; its number must start with "2."' } }],
    },
    {
      name: 'a subprogram out of order and a number not of the form N.M.',
      program: edit(program, (p) => { p.indicators!.subprograms[1].number = '3.'; p.indicators!.subprograms[1].activities[0].number = '3'; }),
      errors: [
        { messageId: 'subprogramNumber', path: paths.indicatorSubprogram(1) , data: { expected: '2.', actual: '3.' }, message: { ru: 'Приложение 2: подпрограмма под номером «3.», по порядку должна быть «2.»', en: 'Annex 2: a subprogram is numbered "3.", in order it should be "2."' } },
        { messageId: 'badNumber', path: paths.activityField(1, 0, 'number') , data: { expected: '2.1.', actual: '3' }, message: { ru: 'Приложение 2: у мероприятия «Основное мероприятие 01. Информационная инфраструктура» номер «3» не вида «N.M.»; ожидался «2.1.»', en: 'Annex 2: the activity "Основное мероприятие 01. Информационная инфраструктура" has the number "3", not of the form "N.M."; expected "2.1."' } },
      ],
    },
  ],
});
