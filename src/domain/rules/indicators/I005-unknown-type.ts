import { indicatorRows } from '../../indicator-rows';
import { paths } from '../../paths';
import { collapseSpaces, foldName } from '../../text/fold';
import { defineRule } from '../define-rule';
import { foldedOnce } from '../../folded-list';

/** A type as the dictionary is matched: folded, without a closing full stop. */
function typeKey(type: string): string {
  const f = foldName(type);
  return f.endsWith('.') ? f.slice(0, -1) : f;
}

/** The dictionary's types folded, once per list. */
const foldedTypes = foldedOnce(typeKey);

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
    const known = foldedTypes(ctx.config.indicatorTypes);
    const rows = indicatorRows(indicators);
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      const type = collapseSpaces(r.indicator.type);
      if (type === '' || known.has(typeKey(type))) continue;
      ctx.report({ messageId: 'unknownType', path: paths.indicatorField(r.sub, r.act, r.ind, 'type'), data: { indicator: r.place(), type, actual: type } });
    }
  },
});
