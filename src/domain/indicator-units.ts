// What a unit of Приложение 2 says about the values: a share in percent (0…100) or a count or a time
// (never negative). Units are compared folded, without the trailing dot of an abbreviation.
import { foldName } from './text/fold';

export function foldUnit(unit: string): string {
  return foldName(unit).replace(/\.$/, '');
}

export function isPercentUnit(unit: string): boolean {
  const u = foldUnit(unit);
  return u === '%' || u.startsWith('процент');
}

const COUNT_OR_TIME = /^(единиц|ед|шт|штук|человек|чел|тыс\. человек|мест|рабочих мест|объект|организаци|учреждени|минут|мин|час|день|дн|сут|недел|месяц|лет|год)/;

export function isCountOrTimeUnit(unit: string): boolean {
  return COUNT_OR_TIME.test(foldUnit(unit));
}
