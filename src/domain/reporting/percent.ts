// The percentages of the forms, exactly: «Процент исполнения» = Освоено / План × 100 (R1), «Процент
// достижения» = fact / plan × 100 where more is better, plan / fact × 100 where less is better (R2).
// A zero denominator gives no percentage (null): the form shows a dash there, and nothing is divided by zero.
import type { Decimal } from '../amount';
import type { IndicatorDirection } from '../indicator-direction';
import type { IndicatorValue } from '../model/indicators';
import { compareRatios, divide, isZero, multiply, ratio, ratioOf, type Ratio } from './ratio';

const HUNDRED = ratio(100n, 1n);

/** Освоено / План × 100; null when the plan is zero or empty, or nothing was spent-read. */
export function executionPercent(spent: Decimal | null, plan: Decimal | null): Ratio | null {
  if (plan === null) return null;
  const p = ratioOf(plan);
  if (isZero(p)) return null;
  return multiply(divide(spent === null ? ratio(0n, 1n) : ratioOf(spent), p), HUNDRED);
}

/** Which way an indicator is read: an unknown direction counts as "more is better" (most indicators are shares reached). */
export function effectiveDirection(direction: IndicatorDirection): 'higher' | 'lower' {
  return direction === 'lower' ? 'lower' : 'higher';
}

/** fact / plan (more is better) or plan / fact (less is better); null when the divisor is zero. */
export function achievementRatio(fact: Decimal, plan: IndicatorValue, direction: IndicatorDirection): Ratio | null {
  const f = ratioOf(fact);
  const p = ratioOf(plan.value);
  if (effectiveDirection(direction) === 'higher') return isZero(p) ? null : divide(f, p);
  return isZero(f) ? null : divide(p, f);
}

/** The ratio × 100. */
export function achievementPercent(fact: Decimal, plan: IndicatorValue, direction: IndicatorDirection): Ratio | null {
  const r = achievementRatio(fact, plan, direction);
  return r === null ? null : multiply(r, HUNDRED);
}

/**
 * Is the plan reached? "не менее 85" is reached by any fact ≥ 85, "не более 5" by any fact ≤ 5; a plain
 * plan by a fact at least as good, given the direction.
 */
export function isReached(fact: Decimal, plan: IndicatorValue, direction: IndicatorDirection): boolean {
  const c = compareRatios(ratioOf(fact), ratioOf(plan.value));
  if (plan.bound === 'min') return c >= 0;
  if (plan.bound === 'max') return c <= 0;
  return effectiveDirection(direction) === 'higher' ? c >= 0 : c <= 0;
}
