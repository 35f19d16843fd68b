// Indicator values compared exactly (they carry their own decimals: 96,68, 2,38, 13,8), and what
// "worse" means for an indicator's direction.
import { decimalPlaces, toScaled, type Decimal } from './amount';
import type { IndicatorDirection } from './indicator-direction';
import type { IndicatorValue } from './model/indicators';

/** -1, 0 or 1 as a < b, a = b, a > b. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  // A plan that keeps its value from year to year, or its base's: the same decimal as written, no number read.
  if (a === b) return 0;
  // Up to 15 digits each, a decimal is a double exactly enough to order (distinct ones stay distinct, equal ones equal).
  if (a.length <= 15 && b.length <= 15) {
    const x = Number(a);
    const y = Number(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const places = Math.max(decimalPlaces(a), decimalPlaces(b));
  const x = toScaled(a, places);
  const y = toScaled(b, places);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * True when `value` is worse than `than` for the direction. A planned value written as a bound is a
 * plain target when the bound points the good way ("не менее 85" on a higher-is-better indicator);
 * a bound the other way ("не более" on higher-is-better) says nothing about the target and is never worse.
 */
export function isWorse(value: IndicatorValue, than: IndicatorValue, direction: IndicatorDirection): boolean {
  if (direction === 'unknown') return false;
  if (value.bound === (direction === 'higher' ? 'max' : 'min')) return false;
  const c = compareDecimals(value.value, than.value);
  return direction === 'higher' ? c < 0 : c > 0;
}
