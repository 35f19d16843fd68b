import { indicatorRows } from '../../indicator-rows';
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
      for (let j = 0; j < years.length; j++) {
        const y = years[j];
        if (y.to < period.from || y.from > period.to) continue;
        if (r.indicator.plan[j]) continue;
        // "-": the table says no target is set that year.
        if (r.indicator.noTarget?.some((t) => t.from === y.from && t.to === y.to)) continue;
        if (ctx.unreadable(paths.indicatorPlan(r.sub, r.act, r.ind, y))) continue; // S004/S005 at that cell says it
        ctx.report({ messageId: 'planMissing', path: paths.indicatorPlan(r.sub, r.act, r.ind, y), data: { indicator: r.place(), year: y } });
      }
    }
  },
});
