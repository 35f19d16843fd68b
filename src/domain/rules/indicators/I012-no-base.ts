import { indicatorRows } from '../../indicator-rows';
import { paths } from '../../paths';
import { defineRule } from '../define-rule';

export const noBase = defineRule({
  meta: {
    id: 'I012',
    title: { ru: 'Нет базового значения', en: 'No base value' },
    description: { ru: 'У показателя не указано базовое значение («-»).', en: 'An indicator has no base value ("-").' },
    messages: {
      noBase: {
        data: { indicator: 'place' },
        ru: '{{indicator}}: базовое значение не указано',
        en: '{{indicator}}: no base value',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { indicators } = ctx.program;
    if (!indicators) return;
    const rows = indicatorRows(indicators);
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      if (r.indicator.base === null) ctx.report({ messageId: 'noBase', path: paths.indicatorField(r.sub, r.act, r.ind, 'base'), data: { indicator: r.place() } });
    }
  },
});
