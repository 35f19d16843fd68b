// The passport's funding section seen against the year columns of Приложение 1: which year column
// of the annex a passport year is, and the passport's sources with their keys.
import type { Decimal } from './amount';
import type { RulesConfig } from './config';
import { passportPrecision } from './declared-precision';
import type { FundingTable } from './model/funding';
import { convertAmount, unitOf, type Unit } from './model/unit';
import type { PassportFunding, PassportSource } from './model/passport';
import { yearSpanKey, type YearSpan } from './model/year-span';
import { sourceKeys } from './sources';

/**
 * The position of a passport year among the annex's year columns, or null when the annex has no such column — or
 * has two: which of them the passport's year is cannot be told, and the repeat is S003's finding (one defect, one
 * finding), not a passport amount off in P002 and P003 at every source of that year.
 */
export function annexYearIndex(funding: FundingTable, year: YearSpan): number | null {
  const key = yearSpanKey(year);
  let found: number | null = null;
  for (let i = 0; i < funding.years.length; i++) {
    if (yearSpanKey(funding.years[i]) !== key) continue;
    if (found !== null) return null;
    found = i;
  }
  return found;
}

export interface KeyedPassportSource {
  source: PassportSource;
  /** The key from `sourceKeys` (used in paths). */
  key: string;
}

export function passportSources(funding: PassportFunding): KeyedPassportSource[] {
  const keys = sourceKeys(funding.sources.map((s) => s.name));
  return funding.sources.map((source, i) => ({ source, key: keys[i] }));
}

export interface PassportComparison {
  /** The passport's unit: the findings speak in it. */
  unit: Unit;
  /** Decimals the comparison is made at: absent (the config's) when both forms write in one unit, else the passport's own. */
  precision?: number;
  /** An amount of Приложение 1 written in the passport's unit, exactly (1 млн руб. = 1 000 тыс. руб.). */
  annex(amount: Decimal | null): Decimal | null;
  /** `annex` gives every amount as it is: both forms write in one unit. */
  sameUnit: boolean;
}

/** How the passport is compared with Приложение 1 when each writes in its own unit: in the passport's unit, converted exactly. */
export function passportComparison(passport: PassportFunding, funding: FundingTable, config: Pick<RulesConfig, 'precision'>): PassportComparison {
  const unit = unitOf(passport);
  const annexUnit = unitOf(funding);
  if (unit === annexUnit) return { unit, annex: (amount) => amount, sameUnit: true };
  return { unit, precision: passportPrecision(passport, config), annex: (amount) => (amount === null ? null : convertAmount(amount, annexUnit, unit)), sameUnit: false };
}
