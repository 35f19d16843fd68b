// The zod schemas of a year column and of the program period (year-span.ts), kept apart as amount-schema.ts says.
import { z } from 'zod';

/** A year column: one year ("2021 год") or, in long programs, a span of years ("2026–2030 годы"). */
export const YearSpan = z
  .object({ from: z.number().int().min(1900).max(2200), to: z.number().int().min(1900).max(2200) })
  .refine((y) => y.to >= y.from, { message: 'конец периода раньше начала' });
export type YearSpan = z.infer<typeof YearSpan>;

/** The program period, "2020-2024 годы". */
export const Period = YearSpan;
export type Period = YearSpan;
