import { parseActivityTitle } from '../../activity-code';
import { paths } from '../../paths';
import { collapseSpaces, CYRILLIC_TO_LATIN } from '../../text/fold';
import { defineRule } from '../define-rule';

const VALID_CODE = /^(\d{2}|[A-Z]\d)$/;

/** The code with Cyrillic look-alikes written in Latin ("Д6" → "D6"), when that makes it valid. */
export function latinCode(code: string): string | null {
  const latin = [...code].map((ch) => CYRILLIC_TO_LATIN[ch.toUpperCase()] ?? ch).join('').toUpperCase();
  return VALID_CODE.test(latin) ? latin : null;
}

export const activityCode = defineRule({
  meta: {
    id: 'I009',
    title: { ru: 'Неверный код мероприятия', en: 'Invalid activity code' },
    description: {
      ru: 'Код основного мероприятия — две цифры («01.») или латинская буква и цифра («D2.», «E4.»); русские буквы-двойники («Д6», «Е4») исправляются на латинские.',
      en: 'An activity code is two digits ("01.") or a Latin letter and a digit ("D2.", "E4."); Cyrillic look-alikes ("Д6", "Е4") are fixed to Latin.',
    },
    messages: {
      cyrillicCode: {
        data: { activity: 'place', actual: 'text', expected: 'text' },
        ru: '{{activity}}: в коде «{{actual}}» русская буква вместо латинской; правильно «{{expected}}»',
        en: '{{activity}}: the code "{{actual}}" has a Cyrillic letter instead of a Latin one; should be "{{expected}}"',
      },
      invalidCode: {
        data: { activity: 'place', actual: 'text' },
        ru: '{{activity}}: код «{{actual}}» — не две цифры и не латинская буква с цифрой',
        en: '{{activity}}: the code "{{actual}}" is neither two digits nor a Latin letter and a digit',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const { indicators } = ctx.program;
    if (!indicators) return;
    indicators.subprograms.forEach((sp, sub) =>
      sp.activities.forEach((a, act) => {
        const { code } = parseActivityTitle(a.title);
        if (code === null || VALID_CODE.test(code)) return;
        const path = paths.activityField(sub, act, 'title');
        const activity = { kind: 'activity', number: collapseSpaces(a.number) } as const;
        const latin = latinCode(code);
        if (latin === null) {
          ctx.report({ messageId: 'invalidCode', path, data: { activity, actual: code } });
          return;
        }
        const fixed = a.title.replace(/(основное\s+мероприятие\s+)([^\s.]+)/iu, (_, lead: string) => lead + latin);
        ctx.report({ messageId: 'cyrillicCode', path, data: { activity, actual: code, expected: latin }, fix: { kind: 'text', value: fixed } });
      }),
    );
  },
});
