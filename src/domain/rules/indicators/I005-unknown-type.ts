import { indicatorRows } from '../../indicator-rows';
import { paths } from '../../paths';
import { collapseSpaces, foldName } from '../../text/fold';
import { defineRule } from '../define-rule';

export const unknownType = defineRule({
  meta: {
    id: 'I005',
    title: { ru: 'Тип показателя не из справочника', en: 'Indicator type not in the dictionary' },
    description: {
      ru: 'Тип показателя есть в справочнике (Приоритетный целевой, Показатель муниципальной программы / «муниципальной программы», Отраслевой, Указ Президента, Рейтинг, …).',
      en: 'An indicator\'s type is in the dictionary (Приоритетный целевой, муниципальной программы, Отраслевой, Указ Президента, Рейтинг, …).',
    },
    messages: {
      unknownType: {
        data: { indicator: 'place', type: 'text', actual: 'text' },
        ru: '{{indicator}}: типа показателя «{{type}}» нет в справочнике',
        en: '{{indicator}}: the indicator type "{{type}}" is not in the dictionary',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { indicators } = ctx.program;
    if (!indicators) return;
    const known = new Set(ctx.config.indicatorTypes.map((t) => foldName(t).replace(/\.$/, '')));
    const rows = indicatorRows(indicators);
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      const type = collapseSpaces(r.indicator.type);
      if (type === '' || known.has(foldName(type).replace(/\.$/, ''))) continue;
      ctx.report({ messageId: 'unknownType', path: paths.indicatorField(r.sub, r.act, r.ind, 'type'), data: { indicator: r.place(), type, actual: type } });
    }
  },
});
