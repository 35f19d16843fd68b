import { indicatorRows } from '../../indicator-rows';
import { paths } from '../../paths';
import { foldName } from '../../text/fold';
import { defineRule } from '../define-rule';

export const duplicateIndicator = defineRule({
  meta: {
    id: 'I010',
    title: { ru: 'Показатель повторяется', en: 'An indicator appears twice' },
    description: {
      ru: 'Один и тот же показатель (без учёта регистра, пробелов и кавычек) указан в одном мероприятии дважды.',
      en: 'The same indicator (case, spaces and quotes folded) appears twice under one activity.',
    },
    messages: {
      duplicateIndicator: {
        data: { indicator: 'place', first: 'integer' },
        ru: '{{indicator}}: показатель уже указан выше в этом мероприятии ({{first}}-й показатель мероприятия)',
        en: '{{indicator}}: the indicator already appears above under this activity (indicator no. {{first}})',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { indicators } = ctx.program;
    if (!indicators) return;
    const seen = new Map<string, number>();
    for (const r of indicatorRows(indicators)) {
      const name = foldName(r.indicator.name);
      if (name === '') continue;
      const key = `${r.sub}/${r.act}/${name}`;
      const first = seen.get(key);
      if (first === undefined) { seen.set(key, r.ind); continue; }
      ctx.report({ messageId: 'duplicateIndicator', path: paths.indicatorField(r.sub, r.act, r.ind, 'name'), data: { indicator: r.place(), first: first + 1 } });
    }
  },
});
