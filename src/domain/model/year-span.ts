// Year columns and the program period. Their schemas are in year-span-schema.ts, apart from these helpers:
// `sverka validate` loads no zod (amount-schema.ts).
import type { Period, YearSpan } from './year-span-schema';

export type { Period, YearSpan } from './year-span-schema';

export function yearSpanKey(y: YearSpan): string {
  return y.from === y.to ? String(y.from) : `${y.from}-${y.to}`;
}

export function yearSpanLabel(y: YearSpan): string {
  return y.from === y.to ? `${y.from} год` : `${y.from}–${y.to} годы`;
}

export function periodLabel(p: Period): string {
  return `${p.from}-${p.to} годы`;
}

export function yearCount(y: YearSpan): number {
  return y.to - y.from + 1;
}
