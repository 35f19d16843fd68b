// GET /api/v1/programs/:programId/diff?from=A&to=B — what changed between two versions, folded: one
// changed amount is one change, with the totals it moves (the subprogram's, the source's over all
// subprograms, ИТОГО, the passport's) listed under it instead of as changes of their own. A total that
// moved with no changed amount under it (a corrected passport figure) is a change of its own.
import { z } from 'zod';
import { YearSpan } from '../../domain/model/year-span-schema';

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
  /** Old and new value as text (amounts as decimals "421246.1", bounds as "не менее 85"); null when absent. */
  old: z.string().nullable(),
  new: z.string().nullable(),
});
export type Change = z.infer<typeof Change>;

/** A change and the totals it moves (empty for texts, indicators and totals changed on their own). */
export const FoldedChange = Change.extend({ totals: z.array(Change) });
export type FoldedChange = z.infer<typeof FoldedChange>;

export const ProgramDiff = z.object({
  programId: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  /** The legal basis stored with version `to` (the act that made the changes), when given. */
  basis: z.string().nullable().default(null),
  changes: z.array(FoldedChange),
});
export type ProgramDiff = z.infer<typeof ProgramDiff>;
