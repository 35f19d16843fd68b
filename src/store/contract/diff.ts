// GET /api/v1/programs/:programId/diff?from=A&to=B — what changed between two versions, in the
// program's own terms: which table, subprogram, source, activity, indicator, field and year.
import { z } from 'zod';
import { YearSpan } from '../../domain/model/year-span';

export const DiffQuery = z.object({
  from: z.coerce.number().int().positive().max(2_147_483_647),
  to: z.coerce.number().int().positive().max(2_147_483_647),
});

export const ChangeKind = z.enum(['added', 'removed', 'changed']);
export type ChangeKind = z.infer<typeof ChangeKind>;

export const Change = z.object({
  change: ChangeKind,
  /** The domain path (see src/domain/paths.ts) of what changed, in the newer version's numbering where it exists. */
  path: z.string(),
  table: z.enum(['program', 'passport', 'funding', 'indicators']),
  subprogram: z.string().nullable(),
  /** The funding source as written. */
  source: z.string().nullable(),
  activity: z.string().nullable(),
  indicator: z.string().nullable(),
  /** What of the thing changed: "total", "amount", "unit", "type", "base", "plan", "title", "value" … */
  field: z.string(),
  year: YearSpan.nullable(),
  /** Old and new value as text (amounts as decimals "421246.1", bounds as "min 85"); null when absent. */
  old: z.string().nullable(),
  new: z.string().nullable(),
});
export type Change = z.infer<typeof Change>;

export const ProgramDiff = z.object({
  programId: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(Change),
});
export type ProgramDiff = z.infer<typeof ProgramDiff>;
