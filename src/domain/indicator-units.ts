// What a unit of Приложение 2 says about the values: a share in percent (0…100) or a count or a time
// (never negative). Units are compared folded, without dots and spaces: "тыс.человек", "тыс. человек"
// and "Тыс. Человек" are one unit, as are "кв.м" and "кв. м".
import { foldName } from './text/fold';

/** Units folded already: a table has a handful of units, asked for by several rules on every indicator. */
const FOLDED_UNITS = new Map<string, string>();
const FOLDED_UNITS_MAX = 5_000;

export function foldUnit(unit: string): string {
  let folded = FOLDED_UNITS.get(unit);
  if (folded === undefined) {
    folded = foldName(unit).replace(/[.\s]/g, '');
    if (FOLDED_UNITS.size >= FOLDED_UNITS_MAX) FOLDED_UNITS.clear();
    FOLDED_UNITS.set(unit, folded);
  }
  return folded;
}

export function isPercentUnit(unit: string): boolean {
  const u = foldUnit(unit);
  return u === '%' || u.startsWith('процент');
}

const COUNT_OR_TIME = /^(единиц|ед|шт|штук|человек|чел|тысчеловек|мест|рабочихмест|объект|организаци|учреждени|минут|мин|час|день|дн|сут|недел|месяц|лет|год)/;

export function isCountOrTimeUnit(unit: string): boolean {
  return COUNT_OR_TIME.test(foldUnit(unit));
}
