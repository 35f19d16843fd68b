import { z } from 'zod';
import { Decimal } from '../amount-schema';
import { Unit } from './unit-schema';
import { YearSpan } from './year-span-schema';

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
  /**
   * A section rather than a subprogram: a direction of expenditure named on a row of its own ("Капитальные
   * вложения", "Прочие расходы") with a row per source and no total row of its own (none is expected).
   */
  section: z.literal(true).optional(),
  sources: z.array(FundingRow),
  total: FundingRow.nullable(),
});
export type FundingSubprogram = z.infer<typeof FundingSubprogram>;

/** "из них: средства Дорожного фонда…": a part of the source row above it, read but not added again. */
export const FundingPart = FundingRow.extend({
  /** The source it is a part of, as written. */
  parent: z.string(),
});
export type FundingPart = z.infer<typeof FundingPart>;

/**
 * Приложение №1 "Объем финансовых ресурсов…", or any funding table of a program: with subprogram blocks
 * (the Moscow-region layout), or without (a program without subprograms is valid: its source rows are
 * `totalBySource`, its "Всего"/"Итого" row `total`).
 */
export const FundingTable = z.object({
  title: z.string().nullable(),
  /** The unit every amount of the table is written in; absent: тыс. руб. (`unitOf`). */
  unit: Unit.optional(),
  years: z.array(YearSpan),
  /** Where the column of amounts over all years stands; absent: before the years. "none": the table has no such column. */
  totalColumn: z.enum(['first', 'last', 'none']).optional(),
  subprograms: z.array(FundingSubprogram),
  /** "ИТОГО по муниципальной программе" (its `source` is empty). */
  total: FundingRow.nullable(),
  /** The "в том числе:" rows under ИТОГО, one per source (without subprograms: the table's source rows). */
  totalBySource: z.array(FundingRow),
  /** "из них …" rows: parts of a source, not added again. */
  ofWhich: z.array(FundingPart).optional(),
  /**
   * The total is stated by source only, no row of all sources: "Всего" on a row of its own over a row per source,
   * or a table of source rows (no subprograms) that no total row sums up. Such a table misses no ИТОГО (F008).
   */
  totalBySourceOnly: z.literal(true).optional(),
  /** Rows that state the program total once more ("По источникам финансирования: …" under "ВСЕГО:"). */
  totalRepeats: z.array(FundingRow).optional(),
});
export type FundingTable = z.infer<typeof FundingTable>;
