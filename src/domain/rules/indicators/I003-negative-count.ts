import { indicatorRows } from '../../indicator-rows';
import { isCountOrTimeUnit } from '../../indicator-units';
import { collapseSpaces } from '../../text/fold';
import { defineRule } from '../define-rule';
import { outside, pathOf, someOutside, valuesOf } from './indicator-values-of';

export const negativeCount = defineRule({
  meta: {
    id: 'I003',
    title: { ru: 'Отрицательное количество или время', en: 'A negative count or time' },
    description: {
      ru: 'Значения показателей, измеряемых в единицах, штуках, людях или времени (минуты, дни …), не бывают отрицательными.',
      en: 'Values of indicators counted in units, pieces, people or time are never negative.',
    },
    messages: {
      negativeValue: {
        data: { indicator: 'place', column: 'indicatorColumn', actual: 'decimal', unit: 'text' },
        ru: '{{indicator}}, {{column}}: отрицательное значение {{actual}} ({{unit}})',
        en: '{{indicator}}, {{column}}: negative value {{actual}} ("{{unit}}")',
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
      if (!isCountOrTimeUnit(r.indicator.unit) || !someOutside(r, indicators.years, '0', null)) continue;
      for (const v of valuesOf(r, indicators.years)) {
        if (!outside(v.value, '0', null)) continue;
        ctx.report({ messageId: 'negativeValue', path: pathOf(r, v), data: { indicator: r.place(), column: v.column, actual: v.value.value, unit: collapseSpaces(r.indicator.unit) } });
      }
    }
  },
});
