import { indicatorDirection } from '../../indicator-direction';
import { indicatorRows } from '../../indicator-rows';
import { isWorse } from '../../indicator-values';
import type { IndicatorValue } from '../../model/indicators';
import type { YearSpan } from '../../model/year-span';
import { paths } from '../../paths';
import { defineRule } from '../define-rule';

export const worseningPlan = defineRule({
  meta: {
    id: 'I007',
    title: { ru: 'План ухудшается от года к году', en: 'The plan gets worse from year to year' },
    description: {
      ru: 'Плановые значения не ухудшаются от года к году с учётом направления показателя; пустые годы пропускаются.',
      en: 'Planned values do not get worse from one year to the next, given the indicator\'s direction; empty years are skipped.',
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
    for (const r of indicatorRows(indicators)) {
      const direction = indicatorDirection(r.indicator.name, ctx.config);
      if (direction === 'unknown') continue;
      let previous: { y: YearSpan; v: IndicatorValue } | null = null;
      indicators.years.forEach((y, j) => {
        const v = r.indicator.plan[j];
        if (!v) return;
        if (previous && isWorse(v, previous.v, direction)) {
          ctx.report({
            messageId: 'worseningPlan',
            path: paths.indicatorPlan(r.sub, r.act, r.ind, y),
            data: { indicator: r.place(), year: y, previousYear: previous.y, expected: previous.v.value, actual: v.value },
          });
        }
        previous = { y, v };
      });
    }
  },
});
