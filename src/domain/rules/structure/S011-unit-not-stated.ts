import { defineRule } from '../define-rule';
import { relayReadIssues } from './relay-read-issues';

const TABLE = {
  ru: { passport: 'в паспорте', funding: 'в Приложении 1' },
  en: { passport: 'the passport', funding: 'Annex 1' },
} as const;

const messages = {
  unitNotStated: {
    data: { sheet: 'text', cell: 'text', table: TABLE, assumed: 'unit', other: TABLE, otherUnit: 'unit' },
    ru: 'Лист «{{sheet}}», {{cell}}: единица измерения сумм {{table}} не указана — принята «{{assumed}}», а {{other}} суммы в «{{otherUnit}}»; укажите единицу, иначе суммы сравнены как «{{assumed}}»',
    en: 'Sheet "{{sheet}}", {{cell}}: {{table}} does not state the unit of its amounts — "{{assumed}}" is assumed, while {{other}} writes in "{{otherUnit}}"; state the unit, or the amounts are compared as "{{assumed}}"',
  },
} as const;

export const unitNotStated = defineRule({
  meta: {
    id: 'S011',
    title: { ru: 'Единица измерения сумм не указана, а в другой форме — иная', en: 'The unit of the amounts is not stated, and another form uses another' },
    description: {
      ru: 'Суммы паспорта и Приложения 1 — одни и те же деньги; если одна форма указывает единицу (например, «млн руб.»), а другая её не указывает (принимается «тыс. руб.»), сравнение зависит от догадки: об этом предупреждение у таблицы или абзаца без единицы. Если обе формы указывают свои единицы, суммы пересчитываются точно (1 млн руб. = 1 000 тыс. руб.) и предупреждения нет.',
      en: 'The passport\'s and Annex 1\'s amounts are the same money; when one form states its unit (e.g. "млн руб.") and the other does not ("тыс. руб." is assumed), the comparison rests on a guess: a warning at the table or paragraph without a unit. When both state their units, amounts are converted exactly (1 million = 1 000 thousand rubles) and there is no warning.',
    },
    messages,
    fixable: false,
  },
  check(ctx) {
    relayReadIssues(ctx, 'S011', messages);
  },
});
