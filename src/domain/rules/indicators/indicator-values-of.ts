// The base and planned values of an indicator with the path of each, for the rules that check values.
import type { Decimal } from '../../amount';
import type { LocatedIndicator } from '../../indicator-rows';
import { compareDecimals } from '../../indicator-values';
import type { IndicatorValue } from '../../model/indicators';
import type { YearSpan } from '../../model/year-span';
import { paths, type Path } from '../../paths';

export interface PlacedValue {
  value: IndicatorValue;
  /** The base value or a year. */
  column: 'base' | YearSpan;
}

/** The value's path: made for a value a rule reports, not for every value it looks at. */
export function pathOf(r: LocatedIndicator, v: PlacedValue): Path {
  return v.column === 'base' ? paths.indicatorField(r.sub, r.act, r.ind, 'base') : paths.indicatorPlan(r.sub, r.act, r.ind, v.column);
}

/**
 * The value is below `low`, or above `high` when there is one, as compareDecimals orders them: a value of up to 15
 * characters is read once as a number (the bounds are short), a longer one compared exactly.
 */
export function outside(v: IndicatorValue, low: Decimal, high: Decimal | null): boolean {
  const d = v.value;
  if (d.length > 15) return compareDecimals(d, low) < 0 || (high !== null && compareDecimals(d, high) > 0);
  const n = Number(d);
  return n < Number(low) || (high !== null && n > Number(high));
}

/**
 * Whether any of the values `valuesOf` gives is `outside` the range: nothing made for an indicator none of whose
 * values a rule reports (nearly all of them), before its values are listed with their columns for the findings.
 * The range is data, not a test function of each rule's: the rules share one walk, which the engine compiles once
 * (with a function per rule, it compiled the walk for the first rule's and again for the second's).
 */
export function someOutside(r: LocatedIndicator, years: readonly YearSpan[], low: Decimal, high: Decimal | null): boolean {
  if (r.indicator.base && outside(r.indicator.base, low, high)) return true;
  for (let j = 0; j < years.length; j++) {
    const v = r.indicator.plan[j];
    if (v && outside(v, low, high)) return true;
  }
  return false;
}

export function valuesOf(r: LocatedIndicator, years: readonly YearSpan[]): PlacedValue[] {
  const out: PlacedValue[] = [];
  if (r.indicator.base) out.push({ value: r.indicator.base, column: 'base' });
  for (let j = 0; j < years.length; j++) {
    const v = r.indicator.plan[j];
    if (v) out.push({ value: v, column: years[j] });
  }
  return out;
}
