import { indicatorRows } from '../../indicator-rows';
import { foldUnit } from '../../indicator-units';
import { paths } from '../../paths';
import { editDistance } from '../../text/edit-distance';
import { collapseSpaces } from '../../text/fold';
import { defineRule } from '../define-rule';

export const unknownUnit = defineRule({
  meta: {
    id: 'I004',
    title: { ru: 'Единица измерения не из справочника', en: 'Unit not in the dictionary' },
    description: {
      ru: 'Единица измерения показателя есть в справочнике (%, единиц, минута, человек, штук, тыс. руб., балл, …); предлагается ближайшая.',
      en: 'An indicator\'s unit is in the dictionary (%, единиц, минута, человек, штук, тыс. руб., балл, …); the nearest is suggested.',
    },
    messages: {
      unknownUnit: {
        data: { indicator: 'place', unit: 'text', nearest: 'text', expected: 'text', actual: 'text' },
        ru: '{{indicator}}: единицы измерения «{{unit}}» нет в справочнике; возможно, «{{nearest}}»',
        en: '{{indicator}}: the unit "{{unit}}" is not in the dictionary; did you mean "{{nearest}}"?',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { indicators } = ctx.program;
    if (!indicators) return;
    const known = new Set(ctx.config.units.map(foldUnit));
    for (const r of indicatorRows(indicators)) {
      const unit = collapseSpaces(r.indicator.unit);
      if (unit === '' || known.has(foldUnit(unit))) continue; // an empty unit is S007's
      const nearest = [...ctx.config.units].sort((a, b) => editDistance(foldUnit(unit), foldUnit(a)) - editDistance(foldUnit(unit), foldUnit(b)))[0] ?? '';
      ctx.report({ messageId: 'unknownUnit', path: paths.indicatorField(r.sub, r.act, r.ind, 'unit'), data: { indicator: r.place(), unit, nearest, expected: nearest, actual: unit } });
    }
  },
});
