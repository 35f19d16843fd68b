import { paths } from '../../paths';
import { collapseSpaces } from '../../text/fold';
import { defineRule } from '../define-rule';

const SUBPROGRAM_NUMBER = /^(\d+)\.?$/;
const ACTIVITY_NUMBER = /^(\d+)\.(\d+)\.?$/;

export const numbering = defineRule({
  meta: {
    id: 'I008',
    title: { ru: 'Нарушена нумерация', en: 'Numbering out of order' },
    description: {
      ru: 'В Приложении 2 подпрограммы пронумерованы 1., 2., …, мероприятия подпрограммы N — N.1., N.2., … по порядку, без пропусков и повторов.',
      en: 'In Annex 2 subprograms are numbered 1., 2., … and the activities of subprogram N are N.1., N.2., … in order, without gaps or repeats.',
    },
    messages: {
      subprogramNumber: {
        data: { actual: 'text', expected: 'text' },
        ru: 'Приложение 2: подпрограмма под номером «{{actual}}», по порядку должна быть «{{expected}}»',
        en: 'Annex 2: a subprogram is numbered "{{actual}}", in order it should be "{{expected}}"',
      },
      wrongSubprogram: {
        data: { actual: 'text', subprogram: 'integer', expected: 'text' },
        ru: 'Приложение 2: мероприятие «{{actual}}» стоит в подпрограмме {{subprogram}}; его номер должен начинаться с «{{subprogram}}.»',
        en: 'Annex 2: the activity "{{actual}}" is under subprogram {{subprogram}}; its number must start with "{{subprogram}}."',
      },
      skipped: {
        data: { previous: 'text', actual: 'text', expected: 'text' },
        ru: 'Приложение 2: после мероприятия «{{previous}}» идёт «{{actual}}», ожидался номер «{{expected}}»',
        en: 'Annex 2: "{{actual}}" follows the activity "{{previous}}", expected "{{expected}}"',
      },
      duplicated: {
        data: { actual: 'text', expected: 'text' },
        ru: 'Приложение 2: номер мероприятия «{{actual}}» повторяется',
        en: 'Annex 2: the activity number "{{actual}}" is repeated',
      },
      badNumber: {
        data: { activity: 'text', actual: 'text', expected: 'text' },
        ru: 'Приложение 2: у мероприятия «{{activity}}» номер «{{actual}}» не вида «N.M.»; ожидался «{{expected}}»',
        en: 'Annex 2: the activity "{{activity}}" has the number "{{actual}}", not of the form "N.M."; expected "{{expected}}"',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { indicators } = ctx.program;
    if (!indicators) return;
    // A table that numbers none of its subprograms (or activities) has no numbering to keep in order.
    const numbersSubprograms = indicators.subprograms.some((sp) => collapseSpaces(sp.number) !== '');
    const numbersActivities = indicators.subprograms.some((sp) => sp.activities.some((a) => collapseSpaces(a.number) !== ''));
    indicators.subprograms.forEach((sp, sub) => {
      // Activities are checked against the subprogram's position, so one wrong subprogram number is one finding.
      const n = sub + 1;
      const spNumber = SUBPROGRAM_NUMBER.exec(collapseSpaces(sp.number));
      if (numbersSubprograms && (!spNumber || Number(spNumber[1]) !== n)) {
        ctx.report({ messageId: 'subprogramNumber', path: paths.indicatorSubprogram(sub), data: { actual: collapseSpaces(sp.number), expected: `${sub + 1}.` } });
      }
      let previous: { m: number; text: string } | null = null;
      sp.activities.forEach((a, act) => {
        if (!numbersActivities) return;
        const path = paths.activityField(sub, act, 'number');
        const text = collapseSpaces(a.number);
        const expectedM = (previous?.m ?? 0) + 1;
        const match = ACTIVITY_NUMBER.exec(text);
        if (!match) {
          const expected = `${n}.${expectedM}.`;
          ctx.report({ messageId: 'badNumber', path, data: { activity: collapseSpaces(a.title).slice(0, 60), actual: text, expected } });
          previous = { m: expectedM, text: expected };
          return;
        }
        const N = Number(match[1]);
        const M = Number(match[2]);
        if (N !== n) {
          ctx.report({ messageId: 'wrongSubprogram', path, data: { actual: text, subprogram: n, expected: `${n}.${M}.` } });
        } else if (previous && M === previous.m) {
          ctx.report({ messageId: 'duplicated', path, data: { actual: text, expected: `${n}.${expectedM}.` } });
        } else if (M !== expectedM) {
          const expected = `${n}.${expectedM}.`;
          ctx.report({ messageId: 'skipped', path, data: { previous: previous?.text ?? `${n}.`, actual: text, expected } });
        }
        previous = { m: M, text };
      });
    });
  },
});
