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
    for (const r of indicatorRows(indicators)) {
      // The configured or worded direction only: an assumed one is the plan's own trend, which it never goes against.
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
