import { judgedFrom, rowDirections } from '../../indicator-direction';
import { indicatorRows } from '../../indicator-rows';
import { isWorse } from '../../indicator-values';
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
      ru: 'Ни настройки (directions), ни слова наименования не говорят, что лучше у показателя — больше или меньше; план по годам идёт в одну сторону, и это направление сообщается как допущение — сведение, не ошибка и не предупреждение. Если и при допущенном направлении план хуже базового значения, сведение говорит и это: при обратном направлении план ухудшался бы год от года, так что смотреть стоит в любом случае. I006 и I007 по допущению не судят: предупреждение, которое держится на догадке, — шум (на чистых книгах приёмочных тестов их было бы до 14 на книгу); указанное в настройках направление снимает допущение, и тогда они судят.',
      en: 'Neither the configuration (directions) nor the words of the name say whether more or less is better; the plan goes one way over the years, and that direction is stated as an assumption — information, neither an error nor a warning. When even by the assumed direction the plan is worse than the base, the information says so too: by the other direction the plan would get worse year by year, so it is worth a look either way. I006 and I007 do not judge by the assumption: a warning that rests on a guess is noise (up to 14 a workbook on the clean workbooks of the acceptance tests); a direction set in the configuration replaces the assumption, and then they judge.',
    },
    messages: {
      assumedDirection: {
        data: { indicator: 'place', direction: DIRECTION, first: 'decimal', last: 'decimal' },
        ru: '{{indicator}}: по наименованию не понять, что лучше — больше или меньше; по плану ({{first}} → {{last}}) похоже, что «{{direction}}». Укажите направление в настройках, чтобы план сверялся с базой и по годам',
        en: '{{indicator}}: the name does not say whether more or less is better; the plan ({{first}} → {{last}}) suggests "{{direction}}". Set the direction in the configuration to have the plan checked against the base and year by year',
      },
      assumedDirectionWorseThanBase: {
        data: { indicator: 'place', direction: DIRECTION, first: 'decimal', last: 'decimal', year: 'year', base: 'decimal' },
        ru: '{{indicator}}: по наименованию не понять, что лучше — больше или меньше; по плану ({{first}} → {{last}}) похоже, что «{{direction}}», но и тогда план на {{year}} хуже базового значения {{base}} (а при обратном направлении план ухудшается год от года). Укажите направление в настройках',
        en: '{{indicator}}: the name does not say whether more or less is better; the plan ({{first}} → {{last}}) suggests "{{direction}}", yet even so the plan for {{year}} is worse than the base {{base}} (and by the other direction the plan gets worse year by year). Set the direction in the configuration',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { indicators } = ctx.program;
    if (!indicators) return;
    const rows = indicatorRows(indicators);
    const directions = rowDirections(indicators, ctx.config);
    for (let i = 0; i < rows.length; i++) {
      // A worded direction is no assumption: only the others' plans are looked at.
      if (directions[i] !== 'unknown') continue;
      const r = rows[i];
      const { direction, assumed } = judgedFrom(directions[i], r.indicator.plan);
      if (!assumed || direction === 'unknown') continue;
      const planned = r.indicator.plan.filter((v) => v !== null && v.bound === null);
      const path = paths.indicatorField(r.sub, r.act, r.ind, 'name');
      const data = { indicator: r.place(), direction, first: planned[0]!.value, last: planned[planned.length - 1]!.value };
      // A plan that improves by its own trend and still stays worse than the base is worth a look whichever way
      // is better: said here, as information, not as a warning that rests on a guess.
      const base = r.indicator.base;
      const worse = base ? r.indicator.plan.findIndex((v) => v !== null && isWorse(v, base, direction)) : -1;
      if (base && worse >= 0) ctx.report({ messageId: 'assumedDirectionWorseThanBase', path, data: { ...data, year: indicators.years[worse], base: base.value } });
      else ctx.report({ messageId: 'assumedDirection', path, data });
    }
  },
});
