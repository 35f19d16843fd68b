// The zod schema of a reporting period (period.ts), kept apart as amount-schema.ts says.
import { z } from 'zod';

export const ReportPeriod = z.object({
  year: z.number().int().min(1900).max(2200),
  quarters: z.number().int().min(1).max(4),
});
export type ReportPeriod = z.infer<typeof ReportPeriod>;
