import { indicatorRows } from '../../indicator-rows';
import type { Indicator } from '../../model/indicators';
import type { Period, YearSpan } from '../../model/year-span';
import { paths } from '../../paths';
import { defineRule } from '../define-rule';

export const planMissing = defineRule({
  meta: {
    id: 'I001',
    title: { ru: 'Нет планового значения', en: 'A planned value is missing' },
    description: {
      ru: 'У каждого показателя Приложения 2 есть плановое значение на каждый год срока реализации программы.',
      en: 'Every indicator of Annex 2 has a planned value for each year of the program period.',
    },
    messages: {
      planMissing: {
        data: { indicator: 'place', year: 'year' },
        ru: '{{indicator}}: нет планового значения на {{year}}',
        en: '{{indicator}}: no planned value for {{year}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { indicators, period } = ctx.program;
    if (!indicators) return;
    const { years } = indicators;
    const rows = indicatorRows(indicators);
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      for (let j = missingFrom(r.indicator, years, period, 0); j >= 0; j = missingFrom(r.indicator, years, period, j + 1)) {
        const y = years[j];
        if (ctx.unreadable(paths.indicatorPlan(r.sub, r.act, r.ind, y))) continue; // S004/S005 at that cell says it
        ctx.report({ messageId: 'planMissing', path: paths.indicatorPlan(r.sub, r.act, r.ind, y), data: { indicator: r.place(), year: y } });
      }
    }
  },
});

/**
 * The first year column from `from` on within the period with no planned value, where the table does not say that no
 * target is set ("-"); -1 when none is. A function of its own: the years of every indicator are walked here, and the
 * rule's loop over the indicators stays too short to be compiled with all it calls (see I006's worseFrom).
 */
function missingFrom(indicator: Indicator, years: readonly YearSpan[], period: Period, from: number): number {
  for (let j = from; j < years.length; j++) {
    const y = years[j];
    if (y.to < period.from || y.from > period.to) continue;
    if (indicator.plan[j]) continue;
    // "-": the table says no target is set that year.
    if (indicator.noTarget?.some((t) => t.from === y.from && t.to === y.to)) continue;
    return j;
  }
  return -1;
}
