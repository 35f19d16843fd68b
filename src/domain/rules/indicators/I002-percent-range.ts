import { indicatorRows } from '../../indicator-rows';
import { isPercentUnit } from '../../indicator-units';
import { defineRule } from '../define-rule';
import { outside, pathOf, someOutside, valuesOf } from './indicator-values-of';

export const percentRange = defineRule({
  meta: {
    id: 'I002',
    title: { ru: 'Процент вне 0…100', en: 'A percentage outside 0…100' },
    description: {
      ru: 'Базовое и плановые значения показателя в процентах лежат в пределах от 0 до 100.',
      en: 'The base and planned values of a percentage indicator lie within 0…100.',
    },
    messages: {
      percentOutOfRange: {
        data: { indicator: 'place', column: 'indicatorColumn', actual: 'decimal' },
        ru: '{{indicator}}, {{column}}: {{actual}} % — вне пределов 0…100',
        en: '{{indicator}}, {{column}}: {{actual}} % is outside 0…100',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { indicators } = ctx.program;
    if (!indicators) return;
    const rows = indicatorRows(indicators);
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      if (!isPercentUnit(r.indicator.unit) || !someOutside(r, indicators.years, '0', '100')) continue;
      for (const v of valuesOf(r, indicators.years)) {
        if (!outside(v.value, '0', '100')) continue;
        ctx.report({ messageId: 'percentOutOfRange', path: pathOf(r, v), data: { indicator: r.place(), column: v.column, actual: v.value.value } });
      }
    }
  },
});
