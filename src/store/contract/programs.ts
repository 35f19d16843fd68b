// The read side: the list of programs, a program's versions and one version as pushed.
import { z } from 'zod';
import { Program } from '../../domain/model/program';
import { Period } from '../../domain/model/year-span-schema';
import { Report } from '../../domain/report-schema';
import { LatestReview, Review } from './review';
import { refuseUnstorableText } from './storable-text';
import { Explanations, SubmissionStatus } from './submission';

/**
 * Ids are slugs (latin, digits, hyphens; see program-id.ts); any other text, however long or odd
 * (U+0000 included), is simply an id no program has: 404, never 400 or 500.
 */
export const ProgramId = z.string();

export const ProgramParams = z.object({ programId: ProgramId });
export const VersionParams = z.object({ programId: ProgramId, version: z.coerce.number().int().positive().max(2_147_483_647) });

export const ProgramSummary = z.object({
  programId: z.string(),
  municipality: z.string(),
  title: z.string(),
  period: Period,
  /**
   * The department the program is bound to: the first submitter's, or the one an admin assigned; null
   * while no department holds it (an admin pushed it first), until a submitter's push binds it.
   */
  department: z.string().nullable(),
  createdAt: z.string(),
  latestVersion: z.number().int().positive(),
  latestAt: z.string(),
  /** The review status of the latest version. */
  status: SubmissionStatus,
});
export type ProgramSummary = z.infer<typeof ProgramSummary>;

export const ProgramList = z.object({ programs: z.array(ProgramSummary) });
export type ProgramList = z.infer<typeof ProgramList>;

export const VersionSummary = z.object({
  version: z.number().int().positive(),
  sha256: z.string(),
  createdAt: z.string(),
  /** The submitter's department and token id (never the token). */
  department: z.string(),
  tokenId: z.string(),
  /** The legal basis given with the version («постановление от 12.03.2021 № 715-п»), or null. */
  basis: z.string().nullable(),
  /** Warnings and infos of the version's report. */
  summary: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  status: SubmissionStatus,
  reviews: z.number().int().nonnegative(),
  /**
   * The decision the status comes from, with the reviewer's comment; null before any review. Absent in the
   * answers of a store one release older (before reviews were summarised): read as null, not refused.
   */
  lastReview: LatestReview.nullable().default(null),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

export const VersionList = z.object({ programId: z.string(), versions: z.array(VersionSummary) });
export type VersionList = z.infer<typeof VersionList>;

export const VersionDetail = VersionSummary.extend({
  programId: z.string(),
  /** The program exactly as stored (its SHA-256 is `sha256`). */
  program: Program,
  explanations: Explanations,
  /** The report the store computed when the version was pushed. */
  report: Report,
  reviewList: z.array(Review),
});
export type VersionDetail = z.infer<typeof VersionDetail>;

/** POST /api/v1/programs/:programId/department (admins): bind the program to another department. */
export const DepartmentBody = z
  .object({
    department: z
      .string()
      .transform((s) => s.trim())
      .pipe(z.string().min(1, 'пустое название отдела').max(200, 'название отдела длиннее 200 символов')),
    /** Why (an order, a reorganisation); kept with the assignment. */
    reason: z.string().max(1000).default(''),
  })
  .superRefine(refuseUnstorableText);
export type DepartmentBody = z.infer<typeof DepartmentBody>;
export type DepartmentBodyInput = z.input<typeof DepartmentBody>;

export const DepartmentAssignment = z.object({
  programId: z.string(),
  department: z.string(),
  /** The department it was bound to before (null when none was). */
  previous: z.string().nullable(),
  reason: z.string(),
  tokenId: z.string(),
  assignedAt: z.string(),
});
export type DepartmentAssignment = z.infer<typeof DepartmentAssignment>;
