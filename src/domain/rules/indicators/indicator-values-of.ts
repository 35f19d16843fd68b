// The base and planned values of an indicator with the path of each, for the rules that check values.
import type { LocatedIndicator } from '../../indicator-rows';
import type { IndicatorValue } from '../../model/indicators';
import type { YearSpan } from '../../model/year-span';
import { paths, type Path } from '../../paths';

export interface PlacedValue {
  value: IndicatorValue;
  path: Path;
  /** The base value or a year. */
  column: 'base' | YearSpan;
}

export function valuesOf(r: LocatedIndicator, years: readonly YearSpan[]): PlacedValue[] {
  const out: PlacedValue[] = [];
  if (r.indicator.base) out.push({ value: r.indicator.base, path: paths.indicatorField(r.sub, r.act, r.ind, 'base'), column: 'base' });
  years.forEach((y, j) => {
    const v = r.indicator.plan[j];
    if (v) out.push({ value: v, path: paths.indicatorPlan(r.sub, r.act, r.ind, y), column: y });
  });
  return out;
}
