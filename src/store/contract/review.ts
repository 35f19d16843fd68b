// POST /api/v1/programs/:programId/versions/:version/review (reviewers and admins).
import { z } from 'zod';
import { refuseUnstorableText } from './storable-text';

export const MAX_REVIEW_COMMENT_LENGTH = 4000;

export const ReviewDecision = z.enum(['accepted', 'returned']);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export const ReviewBody = z
  .object({
    decision: ReviewDecision,
    comment: z.string().max(MAX_REVIEW_COMMENT_LENGTH).default(''),
  })
  .superRefine(refuseUnstorableText);
export type ReviewBody = z.infer<typeof ReviewBody>;
export type ReviewBodyInput = z.input<typeof ReviewBody>;

/** A stored review; reviews of one version count from 1. */
export const Review = z.object({
  programId: z.string(),
  version: z.number().int().positive(),
  review: z.number().int().positive(),
  decision: ReviewDecision,
  comment: z.string(),
  /** The reviewer's department (from the token). */
  department: z.string(),
  /** The id of the reviewer's token (never the token itself). */
  tokenId: z.string(),
  createdAt: z.string(),
});
export type Review = z.infer<typeof Review>;

/** The latest decision on a version as its history shows it: what was decided, why, by whom and when. */
export const LatestReview = z.object({
  decision: ReviewDecision,
  /** The reviewer's words («Показатель 1.2: базовое значение из отчёта за 2019 год»); '' when none were given. */
  comment: z.string(),
  department: z.string(),
  createdAt: z.string(),
});
export type LatestReview = z.infer<typeof LatestReview>;

/** The latest of a version's reviews (the one its status comes from), or null when nobody has reviewed it. */
export function latestReviewOf(reviews: readonly { review: number; decision: ReviewDecision; comment: string; department: string; createdAt: string }[]): LatestReview | null {
  let latest: (typeof reviews)[number] | null = null;
  for (const r of reviews) if (latest === null || r.review > latest.review) latest = r;
  return latest && { decision: latest.decision, comment: latest.comment, department: latest.department, createdAt: latest.createdAt };
}
