// What was read, table by table: the report says it, so that a table nobody recognised, or read otherwise
// than the officer expects, is never a silent "no errors". Data; the words are rendered by
// messages/render-reading.ts.
import { z } from 'zod';
import { Unit, UnitSource } from './model/unit-schema';
import { YearSpan } from './model/year-span-schema';

export const TableReading = z.object({
  table: z.enum(['passport', 'funding', 'indicators']),
  sheet: z.string(),
  /** The header's first cell (the passport's first label; a funding text's first line). */
  cell: z.string(),
  /** How the table is laid out. */
  layout: z.enum(['blocks', 'sources', 'transposed', 'paragraph', 'text', 'table', 'rows']),
  /** Data rows read (funding: rows with amounts; indicators: indicators; passport: its rows). */
  rows: z.number().int(),
  subprograms: z.number().int().optional(),
  sources: z.number().int().optional(),
  indicators: z.number().int().optional(),
  years: z.array(YearSpan).optional(),
  /** Where "Общий объем" stands: before the years, after them, or no such column. */
  totalColumn: z.enum(['first', 'last', 'none']).optional(),
  unit: Unit.optional(),
  unitFrom: UnitSource.optional(),
  /** Amounts read (funding tables and paragraphs). */
  amounts: z.number().int().optional(),
  /** Amounts of a funding text that could not be placed (S010). */
  unread: z.number().int().optional(),
});
export type TableReading = z.infer<typeof TableReading>;

export const ReadSummary = z.array(TableReading);
export type ReadSummary = z.infer<typeof ReadSummary>;
