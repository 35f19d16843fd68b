// POST /api/v1/submissions: what a client sends and what the store answers.
import { z } from 'zod';
import { Program } from '../../domain/model/program';
import { Report } from '../../domain/report-schema';
import { refuseUnstorableText } from './storable-text';

/** The longest explanation kept for one warning (characters). */
export const MAX_EXPLANATION_LENGTH = 4000;
/** The longest legal basis of a version (characters). */
export const MAX_BASIS_LENGTH = 1000;

/** Explanations ("пояснения") for warnings, keyed by the finding's `key` (rule id + domain path). */
export const Explanations = z.record(z.string().min(1).max(500), z.string().max(MAX_EXPLANATION_LENGTH));
export type Explanations = z.infer<typeof Explanations>;

/**
 * The legal basis of a version: the act that adopted or amended the program, as written
 * («постановление от 12.03.2021 № 715-п»). Spaces are collapsed; blank is none.
 */
export const Basis = z
  .string()
  // The same words as the limit after collapsing: a very long basis is too long for the same reason.
  .max(MAX_BASIS_LENGTH * 2, `основание длиннее ${MAX_BASIS_LENGTH} символов`)
  .transform((s) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim())
  .pipe(z.string().max(MAX_BASIS_LENGTH, `основание длиннее ${MAX_BASIS_LENGTH} символов`))
  .transform((s) => (s === '' ? null : s));

/** The body's shape without the storable-text check (for a body already known to hold no such text). */
export const SubmissionBodyShape = z.object({
  program: Program,
  explanations: Explanations.default({}),
  /** Why this version exists: the act that adopts or amends the program (optional). */
  basis: Basis.nullable().default(null),
});

export const SubmissionBody = SubmissionBodyShape.superRefine(refuseUnstorableText);
export type SubmissionBody = z.infer<typeof SubmissionBody>;
export type SubmissionBodyInput = z.input<typeof SubmissionBody>;

/** Optional header; the same key with the same body gives the same answer and no new version. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IdempotencyKey = z.string().min(1).max(255).regex(/^[\x20-\x7e]+$/, 'печатные символы ASCII');

export const SubmissionHeaders = z.object({
  [IDEMPOTENCY_HEADER]: IdempotencyKey.optional(),
});

export const SubmissionStatus = z.enum(['submitted', 'accepted', 'returned']);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

/**
 * The answer to a push. 201: a new version was stored (`existing: false`). 200: the program is the same
 * (same sha256) as the program's latest version, so no version was made; the answer names that version,
 * its date, basis and review status (`existing: true`). A repeated Idempotency-Key gets the first answer.
 */
export const SubmissionAccepted = z.object({
  programId: z.string(),
  version: z.number().int().positive(),
  /** SHA-256 (hex) of the stored payload: the program as canonical JSON (see canonical-json.ts). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The review status of that version ("submitted" for a new one). */
  status: SubmissionStatus,
  /** When that version was stored. */
  createdAt: z.string(),
  /** The legal basis stored with that version. */
  basis: z.string().nullable().default(null),
  /** True when the program was already stored as this version (nothing new was stored). */
  existing: z.boolean().default(false),
});
export type SubmissionAccepted = z.infer<typeof SubmissionAccepted>;

/** `details` of a 422 `validation_failed` (the program has errors). */
export const ValidationFailedDetails = z.object({ programId: z.string(), report: Report });
export type ValidationFailedDetails = z.infer<typeof ValidationFailedDetails>;

/** `details` of a 422 `unexplained_warnings`: the keys of the warnings that still need an explanation. */
export const UnexplainedWarningsDetails = z.object({ programId: z.string(), missing: z.array(z.string()), report: Report });
export type UnexplainedWarningsDetails = z.infer<typeof UnexplainedWarningsDetails>;
