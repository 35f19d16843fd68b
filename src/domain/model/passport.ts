import { z } from 'zod';
import { Decimal } from '../amount-schema';
import { Unit } from './unit-schema';
import { YearSpan } from './year-span-schema';

export const PassportYearAmount = z.object({ year: YearSpan, amount: Decimal.nullable() });
export type PassportYearAmount = z.infer<typeof PassportYearAmount>;

/** A stage's subtotal: "второй этап - 12000 тыс.рублей, из них: 2007 год - 6000…; 2008 год - 6000…". */
export const PassportStage = z.object({
  label: z.string(),
  amount: Decimal.nullable(),
  /** The years listed under the stage (they add up to it). */
  years: z.array(YearSpan),
});
export type PassportStage = z.infer<typeof PassportStage>;

export const PassportSource = z.object({
  /** As written: "Бюджет городского округа Ступино Московской области". */
  name: z.string(),
  total: Decimal.nullable(),
  years: z.array(PassportYearAmount),
  stages: z.array(PassportStage).optional(),
});
export type PassportSource = z.infer<typeof PassportSource>;

/** "Источники финансирования муниципальной программы": written as a paragraph or as a table. */
export const PassportFunding = z.object({
  form: z.enum(['paragraph', 'table']),
  /** The unit the amounts are written in (an amount printed in another unit is converted to it exactly); absent: тыс. руб. */
  unit: Unit.optional(),
  total: Decimal.nullable(),
  years: z.array(PassportYearAmount),
  sources: z.array(PassportSource),
});
export type PassportFunding = z.infer<typeof PassportFunding>;

/** A row of the passport table: "Координатор муниципальной программы" → "Заместитель главы…". */
export const PassportField = z.object({ label: z.string(), value: z.string() });
export type PassportField = z.infer<typeof PassportField>;

export const Passport = z.object({
  /** "Сроки реализации муниципальной программы" as written: "2020-2024 годы". */
  periodText: z.string().nullable(),
  period: YearSpan.nullable(),
  /** "Перечень подпрограмм": each "Подпрограмма I «…»" as written. */
  subprograms: z.array(z.string()),
  funding: PassportFunding.nullable(),
  /** The other rows, kept as written so that the passport can be laid out again. */
  fields: z.array(PassportField),
});
export type Passport = z.infer<typeof Passport>;
