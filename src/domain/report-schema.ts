// The zod schema of a check's report (report.ts makes one), kept apart as amount-schema.ts says.
import { z } from 'zod';
import { Finding } from './finding';
import { ReadSummary } from './read-summary';

export const Report = z.object({
  /** No finding is an error. */
  valid: z.boolean(),
  summary: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  findings: z.array(Finding),
  /** What was read, table by table (absent for a program that did not come from a workbook). */
  read: ReadSummary.optional(),
});
export type Report = z.infer<typeof Report>;
