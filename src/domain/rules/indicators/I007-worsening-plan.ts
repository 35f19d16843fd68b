import { rowDirections } from '../../indicator-direction';
import { indicatorRows } from '../../indicator-rows';
import { isWorse } from '../../indicator-values';
import type { IndicatorValue } from '../../model/indicators';
import { paths } from '../../paths';
import { defineRule } from '../define-rule';

export const worseningPlan = defineRule({
  meta: {
    id: 'I007',
    title: { ru: 'План ухудшается от года к году', en: 'The plan gets worse from year to year' },
    description: {
      ru: 'Плановые значения не ухудшаются от года к году с учётом направления показателя (из настроек, иначе по словам наименования); пустые годы пропускаются. По направлению, принятому по динамике самого плана (допущение, I013), правило не судит: по такому направлению план не ухудшается никогда; указанное в настройках направление — судит.',
      en: 'Planned values do not get worse from one year to the next, given the indicator\'s direction (configured, else from the words of its name); empty years are skipped. It does not judge by a direction assumed from the plan\'s own trend (I013): by that direction the plan never gets worse; a direction set in the configuration it does judge by.',
    },
    messages: {
      worseningPlan: {
        data: { indicator: 'place', year: 'year', previousYear: 'year', expected: 'decimal', actual: 'decimal' },
        ru: '{{indicator}}: план на {{year}} {{actual}} хуже, чем на {{previousYear}} ({{expected}})',
        en: '{{indicator}}: the plan for {{year}}, {{actual}}, is worse than for {{previousYear}} ({{expected}})',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { indicators } = ctx.program;
    if (!indicators) return;
    const rows = indicatorRows(indicators);
    const directions = rowDirections(indicators, ctx.config);
    const { years } = indicators;
    for (let i = 0; i < rows.length; i++) {
      // The configured or worded direction only: an assumed one is the plan's own trend, which it never goes against.
      const direction = directions[i];
      if (direction === 'unknown') continue;
      const r = rows[i];
      // The year and value before: an index into the plan, no object made per value.
      let previous = -1;
      for (let j = 0; j < years.length; j++) {
        const v = r.indicator.plan[j];
        if (!v) continue;
        const before: IndicatorValue | null = previous < 0 ? null : r.indicator.plan[previous]!;
        if (before && isWorse(v, before, direction)) {
          ctx.report({
            messageId: 'worseningPlan',
            path: paths.indicatorPlan(r.sub, r.act, r.ind, years[j]),
            data: { indicator: r.place(), year: years[j], previousYear: years[previous], expected: before.value, actual: v.value },
          });
        }
        previous = j;
      }
    }
  },
});
