// The passport's funding section seen against the year columns of Приложение 1: which year column
// of the annex a passport year is, and the passport's sources with their keys.
import type { FundingTable } from './model/funding';
import type { PassportFunding, PassportSource } from './model/passport';
import { yearSpanKey, type YearSpan } from './model/year-span';
import { sourceKeys } from './sources';

/** The position of a passport year among the annex's year columns, or null when the annex has no such column. */
export function annexYearIndex(funding: FundingTable, year: YearSpan): number | null {
  const i = funding.years.findIndex((y) => yearSpanKey(y) === yearSpanKey(year));
  return i < 0 ? null : i;
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
