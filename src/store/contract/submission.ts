// POST /api/v1/submissions: what a client sends and what the store answers.
import { z } from 'zod';
import { Program } from '../../domain/model/program';
import { Report } from '../../domain/report';
import { refuseNul } from './no-nul';

/** The longest explanation kept for one warning (characters). */
export const MAX_EXPLANATION_LENGTH = 4000;

/** Explanations ("пояснения") for warnings, keyed by the finding's `key` (rule id + domain path). */
export const Explanations = z.record(z.string().min(1).max(500), z.string().max(MAX_EXPLANATION_LENGTH));
export type Explanations = z.infer<typeof Explanations>;

export const SubmissionBody = z
  .object({
    program: Program,
    explanations: Explanations.default({}),
  })
  .superRefine(refuseNul);
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

/** 201: a new version was stored (or, for a repeated Idempotency-Key, the answer given the first time). */
export const SubmissionAccepted = z.object({
  programId: z.string(),
  version: z.number().int().positive(),
  /** SHA-256 (hex) of the stored payload: the program as canonical JSON (see canonical-json.ts). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  status: z.literal('submitted'),
  createdAt: z.string(),
});
export type SubmissionAccepted = z.infer<typeof SubmissionAccepted>;

/** `details` of a 422 `validation_failed` (the program has errors). */
export const ValidationFailedDetails = z.object({ programId: z.string(), report: Report });
export type ValidationFailedDetails = z.infer<typeof ValidationFailedDetails>;

/** `details` of a 422 `unexplained_warnings`: the keys of the warnings that still need an explanation. */
export const UnexplainedWarningsDetails = z.object({ programId: z.string(), missing: z.array(z.string()), report: Report });
export type UnexplainedWarningsDetails = z.infer<typeof UnexplainedWarningsDetails>;
