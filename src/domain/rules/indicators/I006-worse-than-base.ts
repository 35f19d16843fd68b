import { rowDirections, type IndicatorDirection } from '../../indicator-direction';
import { indicatorRows } from '../../indicator-rows';
import { isWorse } from '../../indicator-values';
import type { IndicatorValue } from '../../model/indicators';
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
      ru: 'Плановое значение не хуже базового с учётом направления показателя (из настроек, иначе по словам наименования: «Увеличение…», «Повышение…», «…обеспеченных…» — больше лучше; «Снижение…», нарушения, отказы, ожидающие — меньше лучше; динамика самого плана — лишь допущение: о нём, и о плане, который при допущенном направлении хуже базы, сообщает I013 как сведение, а предупреждения по допущению нет — его снимает направление, указанное в настройках). Одно сообщение на показатель, у первого года, который хуже базы.',
      en: 'A planned value is not worse than the base, given the indicator\'s direction (configured, else from the words of its name; the plan\'s own trend is only an assumption: I013 states it, and a plan worse than the base by it, as information; no warning rests on the assumption — a direction set in the configuration replaces it); one finding per indicator, at the first year worse than the base.',
    },
    messages: {
      worseThanBase: {
        data: { indicator: 'place', direction: DIRECTION, year: 'year', expected: 'decimal', actual: 'decimal' },
        ru: '{{indicator}} ({{direction}}): план на {{year}} {{actual}} хуже базового значения {{expected}}',
        en: '{{indicator}} ({{direction}}): the plan for {{year}}, {{actual}}, is worse than the base {{expected}}',
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
    const rows = indicatorRows(indicators);
    const directions = rowDirections(indicators, ctx.config);
    const { years } = indicators;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const base = r.indicator.base;
      if (!base) continue;
      // The configured or the worded direction; the plan's own trend is only an assumption (I013 states it).
      const direction = directions[i];
      if (direction === 'unknown') continue;
      // The first year worse than the base, and how many more are (no list made for the many that are not).
      const first = worseFrom(r.indicator.plan, years.length, base, direction, 0);
      if (first < 0) continue;
      let more = 0;
      for (let j = worseFrom(r.indicator.plan, years.length, base, direction, first + 1); j >= 0; j = worseFrom(r.indicator.plan, years.length, base, direction, j + 1)) more++;
      const y = indicators.years[first];
      const v = r.indicator.plan[first]!;
      const path = paths.indicatorPlan(r.sub, r.act, r.ind, y);
      // Each message's data written out: a spread of the one into the other made and copied an object more per finding.
      const indicator = r.place();
      if (more > 0) ctx.report({ messageId: 'worseThanBaseMore', path, data: { indicator, direction, year: y, expected: base.value, actual: v.value, more } });
      else ctx.report({ messageId: 'worseThanBase', path, data: { indicator, direction, year: y, expected: base.value, actual: v.value } });
    }
  },
});

/**
 * The first planned year from `from` on worse than the base; -1 when none is. A function of its own: the years of
 * every indicator are walked here, and the rule's loop over the indicators stays too short to be compiled with all
 * it calls (at 100×, compiling that loop cost more instructions than running it).
 */
function worseFrom(plan: readonly (IndicatorValue | null)[], count: number, base: IndicatorValue, direction: IndicatorDirection, from: number): number {
  for (let j = from; j < count; j++) {
    const v = plan[j];
    if (v && isWorse(v, base, direction)) return j;
  }
  return -1;
}
