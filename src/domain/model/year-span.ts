import { z } from 'zod';

/** A year column: one year ("2021 год") or, in long programs, a span of years ("2026–2030 годы"). */
export const YearSpan = z
  .object({ from: z.number().int().min(1900).max(2200), to: z.number().int().min(1900).max(2200) })
  .refine((y) => y.to >= y.from, { message: 'конец периода раньше начала' });
export type YearSpan = z.infer<typeof YearSpan>;

/** The program period, "2020-2024 годы". */
export const Period = YearSpan;
export type Period = YearSpan;

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
