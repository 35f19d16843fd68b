import { judgedDirection } from '../../indicator-direction';
import { indicatorRows } from '../../indicator-rows';
import { isWorse } from '../../indicator-values';
import { paths } from '../../paths';
import { defineRule } from '../define-rule';

const DIRECTION = {
  ru: { higher: 'чем больше, тем лучше', lower: 'чем меньше, тем лучше' },
  en: { higher: 'higher is better', lower: 'lower is better' },
} as const;

/** The rule's own terms: the plan must be no worse than the base value; what the plan says for that year. */
const BASE_AND_PLAN = {
  expected: { ru: 'Не хуже базового значения', en: 'No worse than the base value' },
  actual: { ru: 'Указано на {{year}}', en: 'Planned for {{year}}' },
} as const;

export const worseThanBase = defineRule({
  meta: {
    id: 'I006',
    title: { ru: 'План хуже базового значения', en: 'A planned value is worse than the base' },
    description: {
      ru: 'Плановое значение не хуже базового с учётом направления показателя (из настроек, иначе по словам наименования: «Увеличение…», «Повышение…», «…обеспеченных…» — больше лучше; «Снижение…», нарушения, отказы, ожидающие — меньше лучше). Одно сообщение на показатель, у первого года, который хуже базы. Когда ни настройки, ни слова не говорят о направлении, а план идёт в одну сторону (допущение, I013), план, который и при этом остаётся хуже базы, — предупреждение с названным допущением: при допущенном направлении он хуже базы, а при обратном ухудшается год от года; указанное в настройках направление снимает допущение.',
      en: 'A planned value is not worse than the base, given the indicator\'s direction (configured, else from the words of its name); one finding per indicator, at the first year worse than the base. When neither the configuration nor the words tell the direction and the plan goes one way (an assumption, I013), a plan that still stays worse than the base is a warning that names the assumption: by the assumed direction it is worse than the base, by the other it gets worse year by year; a direction set in the configuration replaces the assumption.',
    },
    messages: {
      worseThanBase: {
        data: { indicator: 'place', direction: DIRECTION, year: 'year', expected: 'decimal', actual: 'decimal' },
        ru: '{{indicator}} ({{direction}}): план на {{year}} {{actual}} хуже базового значения {{expected}}',
        en: '{{indicator}} ({{direction}}): the plan for {{year}}, {{actual}}, is worse than the base {{expected}}',
        values: BASE_AND_PLAN,
      },
      worseThanBaseAssumed: {
        data: { indicator: 'place', direction: DIRECTION, first: 'decimal', last: 'decimal', year: 'year', expected: 'decimal', actual: 'decimal' },
        ru: '{{indicator}}: направление не указано, по плану ({{first}} → {{last}}) принято «{{direction}}» (допущение, I013); при нём план на {{year}} {{actual}} хуже базового значения {{expected}}, а при обратном направлении план ухудшается год от года. Укажите направление в настройках',
        en: '{{indicator}}: no direction is stated; from the plan ({{first}} → {{last}}) "{{direction}}" is assumed (I013); by it the plan for {{year}}, {{actual}}, is worse than the base {{expected}}, and by the other direction the plan gets worse year by year. Set the direction in the configuration',
        values: BASE_AND_PLAN,
      },
      worseThanBaseMore: {
        data: { indicator: 'place', direction: DIRECTION, year: 'year', expected: 'decimal', actual: 'decimal', more: 'moreYears' },
        ru: '{{indicator}} ({{direction}}): план на {{year}} {{actual}} хуже базового значения {{expected}}; хуже базового и ещё в {{more}}',
        en: '{{indicator}} ({{direction}}): the plan for {{year}}, {{actual}}, is worse than the base {{expected}}; worse than the base in {{more}}',
        values: BASE_AND_PLAN,
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { indicators } = ctx.program;
    if (!indicators) return;
    for (const r of indicatorRows(indicators)) {
      const base = r.indicator.base;
      if (!base) continue;
      // The configured or the worded direction; else the plan's own trend, an assumption (I013 states it).
      const { direction, assumed } = judgedDirection(r.indicator, ctx.config);
      if (direction === 'unknown') continue;
      const worse = indicators.years.map((y, j) => ({ y, v: r.indicator.plan[j] })).filter(({ v }) => v && isWorse(v, base, direction));
      if (worse.length === 0) continue;
      const { y, v } = worse[0];
      const path = paths.indicatorPlan(r.sub, r.act, r.ind, y);
      const data = { indicator: r.place(), direction, year: y, expected: base.value, actual: v!.value };
      if (assumed) {
        // A plan that improves (by its own trend) and stays worse than the base is suspect whichever way is
        // better: one finding naming the assumption, never an error (the rule is a warning).
        const planned = r.indicator.plan.filter((p) => p !== null && p.bound === null);
        ctx.report({ messageId: 'worseThanBaseAssumed', path, data: { ...data, first: planned[0]!.value, last: planned[planned.length - 1]!.value } });
        continue;
      }
      const more = worse.length - 1;
      if (more > 0) ctx.report({ messageId: 'worseThanBaseMore', path, data: { ...data, more } });
      else ctx.report({ messageId: 'worseThanBase', path, data });
    }
  },
});
