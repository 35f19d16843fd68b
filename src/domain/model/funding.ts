import { z } from 'zod';
import { Decimal } from '../amount';
import { YearSpan } from './year-span';

/**
 * One row of Приложение 1: a source with "Общий объем" and one amount per year column.
 * `null` is an empty cell or a dash ("-", "–"), which means zero.
 */
export const FundingRow = z.object({
  source: z.string(),
  total: Decimal.nullable(),
  years: z.array(Decimal.nullable()),
});
export type FundingRow = z.infer<typeof FundingRow>;

/** A subprogram block: its title ("Подпрограмма I «…»"), its source rows and "Всего по подпрограмме". */
export const FundingSubprogram = z.object({
  title: z.string(),
  sources: z.array(FundingRow),
  total: FundingRow.nullable(),
});
export type FundingSubprogram = z.infer<typeof FundingSubprogram>;

/** Приложение №1 "Объем финансовых ресурсов…". */
export const FundingTable = z.object({
  title: z.string().nullable(),
  years: z.array(YearSpan),
  subprograms: z.array(FundingSubprogram),
  /** "ИТОГО по муниципальной программе" (its `source` is empty). */
  total: FundingRow.nullable(),
  /** The "в том числе:" rows under ИТОГО, one per source. */
  totalBySource: z.array(FundingRow),
});
export type FundingTable = z.infer<typeof FundingTable>;
