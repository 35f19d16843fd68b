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
    // Each type as written answered once: a table writes its handful of types alike row after row, and folding each
    // row's anew ran often enough to be compiled by the optimizing compiler (more instructions than the answers).
    const answered = new Map<string, boolean>();
    const rows = indicatorRows(indicators);
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      let fine = answered.get(r.indicator.type);
      if (fine === undefined) {
        const written = collapseSpaces(r.indicator.type);
        fine = written === '' || known.has(typeKey(written));
        answered.set(r.indicator.type, fine);
      }
      if (fine) continue;
      const type = collapseSpaces(r.indicator.type);
      ctx.report({ messageId: 'unknownType', path: paths.indicatorField(r.sub, r.act, r.ind, 'type'), data: { indicator: r.place(), type, actual: type } });
    }
  },
});
