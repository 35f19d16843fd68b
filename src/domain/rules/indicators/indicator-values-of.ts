// The base and planned values of an indicator with the path of each, for the rules that check values.
import type { LocatedIndicator } from '../../indicator-rows';
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
 * Whether any of the values `valuesOf` gives passes the test: nothing made for an indicator none of whose values
 * a rule reports (nearly all of them), before its values are listed with their columns for the findings.
 */
export function someValue(r: LocatedIndicator, years: readonly YearSpan[], test: (v: IndicatorValue) => boolean): boolean {
  if (r.indicator.base && test(r.indicator.base)) return true;
  for (let j = 0; j < years.length; j++) {
    const v = r.indicator.plan[j];
    if (v && test(v)) return true;
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
