import { indicatorRows } from '../../indicator-rows';
import { foldUnit } from '../../indicator-units';
import { paths } from '../../paths';
import { editDistance } from '../../text/edit-distance';
import { collapseSpaces } from '../../text/fold';
import { defineRule } from '../define-rule';
import { foldedOnce } from '../../folded-list';

/** The dictionary's units folded, once per list. */
const foldedUnits = foldedOnce(foldUnit);

export const unknownUnit = defineRule({
  meta: {
    id: 'I004',
    title: { ru: 'Единица измерения не из справочника', en: 'Unit not in the dictionary' },
    description: {
      ru: 'Единица измерения показателя есть в справочнике (%, единиц, минута, человек, штук, тыс. руб., балл, …); ближайшая из справочника предлагается, только если отличается на опечатку (не больше одной буквы на четыре).',
      en: 'An indicator\'s unit is in the dictionary (%, единиц, минута, человек, штук, тыс. руб., балл, …); the nearest is suggested only when it is a typo away (at most one letter in four).',
    },
    messages: {
      unknownUnit: {
        data: { indicator: 'place', unit: 'text', nearest: 'text', expected: 'text', actual: 'text' },
        ru: '{{indicator}}: единицы измерения «{{unit}}» нет в справочнике; возможно, «{{nearest}}»',
        en: '{{indicator}}: the unit "{{unit}}" is not in the dictionary; did you mean "{{nearest}}"?',
        values: { expected: { ru: 'Похожая в справочнике', en: 'Similar in the dictionary' }, actual: { ru: 'Указано', en: 'Found' } },
      },
      unknownUnitNoSuggestion: {
        data: { indicator: 'place', unit: 'text', actual: 'text' },
        ru: '{{indicator}}: единицы измерения «{{unit}}» нет в справочнике; выберите единицу из справочника или добавьте эту в настройки',
        en: '{{indicator}}: the unit "{{unit}}" is not in the dictionary; choose a unit from the dictionary or add this one to the settings',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { indicators } = ctx.program;
    if (!indicators) return;
    const known = foldedUnits(ctx.config.units);
    const rows = indicatorRows(indicators);
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      const unit = collapseSpaces(r.indicator.unit);
      if (unit === '' || known.has(foldUnit(unit))) continue; // an empty unit is S007's
      const path = paths.indicatorField(r.sub, r.act, r.ind, 'unit');
      const nearest = closeUnit(unit, ctx.config.units);
      if (nearest === null) ctx.report({ messageId: 'unknownUnitNoSuggestion', path, data: { indicator: r.place(), unit, actual: unit } });
      else ctx.report({ messageId: 'unknownUnit', path, data: { indicator: r.place(), unit, nearest, expected: nearest, actual: unit } });
    }
  },
});

/**
 * The dictionary's unit nearest to the one typed, when it is a typo away: at most one changed letter in
 * four (at least one). «едениц» → «единиц», «процентов» → «процент»; «процентов» never → «рабочих мест».
 */
export function closeUnit(unit: string, units: readonly string[]): string | null {
  const folded = foldUnit(unit);
  const allowed = Math.max(1, Math.floor(folded.length / 4));
  let best: { unit: string; distance: number } | null = null;
  for (const known of units) {
    const distance = editDistance(folded, foldUnit(known));
    if (distance <= allowed && (best === null || distance < best.distance)) best = { unit: known, distance };
  }
  return best?.unit ?? null;
}
