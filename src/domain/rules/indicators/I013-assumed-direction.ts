import { judgedDirection } from '../../indicator-direction';
import { indicatorRows } from '../../indicator-rows';
import { paths } from '../../paths';
import { defineRule } from '../define-rule';

const DIRECTION = {
  ru: { higher: 'чем больше, тем лучше', lower: 'чем меньше, тем лучше' },
  en: { higher: 'higher is better', lower: 'lower is better' },
} as const;

export const assumedDirection = defineRule({
  meta: {
    id: 'I013',
    title: { ru: 'Направление показателя принято по динамике плана', en: 'An indicator\'s direction is assumed from its plan' },
    description: {
      ru: 'Ни настройки (directions), ни слова наименования не говорят, что лучше у показателя — больше или меньше; план по годам идёт в одну сторону, и это направление сообщается как допущение (сведение, не ошибка). По нему I006 лишь предупреждает, если план, улучшаясь, всё же хуже базы (назвав допущение), а I007 не судит (по собственной динамике план не ухудшается); указанное в настройках направление снимает допущение.',
      en: 'Neither the configuration (directions) nor the words of the name say whether more or less is better; the plan goes one way over the years, and that direction is stated as an assumption (information, not an error). By it I006 only warns when the plan, improving, still stays worse than the base (naming the assumption), and I007 does not judge (by its own trend the plan never gets worse); a direction set in the configuration replaces the assumption.',
    },
    messages: {
      assumedDirection: {
        data: { indicator: 'place', direction: DIRECTION, first: 'decimal', last: 'decimal' },
        ru: '{{indicator}}: по наименованию не понять, что лучше — больше или меньше; по плану ({{first}} → {{last}}) похоже, что «{{direction}}». Укажите направление в настройках, чтобы план сверялся с базой и по годам',
        en: '{{indicator}}: the name does not say whether more or less is better; the plan ({{first}} → {{last}}) suggests "{{direction}}". Set the direction in the configuration to have the plan checked against the base and year by year',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { indicators } = ctx.program;
    if (!indicators) return;
    for (const r of indicatorRows(indicators)) {
      const { direction, assumed } = judgedDirection(r.indicator, ctx.config);
      if (!assumed || direction === 'unknown') continue;
      const planned = r.indicator.plan.filter((v) => v !== null && v.bound === null);
      ctx.report({
        messageId: 'assumedDirection',
        path: paths.indicatorField(r.sub, r.act, r.ind, 'name'),
        data: { indicator: r.place(), direction, first: planned[0]!.value, last: planned[planned.length - 1]!.value },
      });
    }
  },
});
