import { formatDecimalRu } from '../../amount';
import { indicatorDirection } from '../../indicator-direction';
import { indicatorRows } from '../../indicator-rows';
import { isWorse } from '../../indicator-values';
import { yearSpanLabel } from '../../model/year-span';
import { paths } from '../../paths';
import { defineRule } from '../define-rule';

const DIRECTION = { higher: 'чем больше, тем лучше', lower: 'чем меньше, тем лучше' } as const;
const DIRECTION_EN = { higher: 'higher is better', lower: 'lower is better' } as const;

export const worseThanBase = defineRule({
  meta: {
    id: 'I006',
    title: { ru: 'План хуже базового значения', en: 'A planned value is worse than the base' },
    description: {
      ru: 'Плановое значение не хуже базового с учётом направления показателя (из настроек, иначе по словам наименования: «Увеличение…», «Повышение…» — больше лучше; «Снижение…», нарушения, отказы, время ожидания — меньше лучше). Одно сообщение на показатель, у первого года, который хуже базы.',
      en: 'A planned value is not worse than the base, given the indicator\'s direction; one finding per indicator, at the first year worse than the base.',
    },
    messages: {
      worseThanBase: {
        ru: 'Приложение 2, показатель {{indicator}} ({{direction}}): план на {{year}} {{actual}} хуже базового значения {{expected}}{{more}}',
        en: 'Приложение 2, indicator {{indicator}} ({{directionEn}}): the plan for {{year}}, {{actual}}, is worse than the base {{expected}}{{moreEn}}',
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
      const direction = indicatorDirection(r.indicator.name, ctx.config);
      if (direction === 'unknown') continue;
      const worse = indicators.years.map((y, j) => ({ y, v: r.indicator.plan[j] })).filter(({ v }) => v && isWorse(v, base, direction));
      if (worse.length === 0) continue;
      const { y, v } = worse[0];
      const expected = formatDecimalRu(base.value);
      const actual = formatDecimalRu(v!.value);
      const others = worse.length - 1;
      ctx.report({
        messageId: 'worseThanBase',
        path: paths.indicatorPlan(r.sub, r.act, r.ind, y),
        data: {
          indicator: r.label, direction: DIRECTION[direction], directionEn: DIRECTION_EN[direction], year: yearSpanLabel(y), expected, actual,
          more: others > 0 ? `; хуже базового и ещё в ${others} ${others === 1 ? 'году' : 'годах'}` : '',
          moreEn: others > 0 ? `; worse than the base in ${others} more year${others === 1 ? '' : 's'}` : '',
        },
        expected,
        actual,
      });
    }
  },
});
