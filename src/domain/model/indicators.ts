import { z } from 'zod';
import { Decimal } from '../amount-schema';
import { YearSpan } from './year-span-schema';

/** A base or planned value; "не менее 85" is { value: "85", bound: "min" }, "не более 5" has bound "max". */
export const IndicatorValue = z.object({
  value: Decimal,
  bound: z.enum(['min', 'max']).nullable(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const Indicator = z.object({
  name: z.string(),
  unit: z.string(),
  type: z.string(),
  /** null: no base value ("-"). */
  base: IndicatorValue.nullable(),
  /** One per year column; null where the cell is empty. */
  plan: z.array(IndicatorValue.nullable()),
  /** Reported actual values inside the period ("факт." beside "план." of a year): read, not a target. */
  facts: z.array(z.object({ year: YearSpan, value: IndicatorValue })).optional(),
  /** Years whose planned value is written "-": no target set that year (not a missing value). */
  noTarget: z.array(YearSpan).optional(),
});
export type Indicator = z.infer<typeof Indicator>;

/** "1.2." "Основное мероприятие 02. Организация деятельности МФЦ" with its indicators. */
export const Activity = z.object({
  number: z.string(),
  title: z.string(),
  indicators: z.array(Indicator),
});
export type Activity = z.infer<typeof Activity>;

/** "1." "Подпрограмма I «…»" spanning the width of Приложение 2. */
export const IndicatorSubprogram = z.object({
  number: z.string(),
  title: z.string(),
  activities: z.array(Activity),
});
export type IndicatorSubprogram = z.infer<typeof IndicatorSubprogram>;

/** Приложение №2 "Планируемые результаты реализации муниципальной программы". */
export const IndicatorTable = z.object({
  title: z.string().nullable(),
  years: z.array(YearSpan),
  subprograms: z.array(IndicatorSubprogram),
});
export type IndicatorTable = z.infer<typeof IndicatorTable>;
