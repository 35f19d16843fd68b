// A review is a new row (reviews of one version count from 1), never an update of the version.
import type { Review, ReviewBody } from '../store/contract/review';
import { auditRow, type RequestOrigin } from './audit';
import type { TokenHolder } from './auth/tokens';
import type { StoreDatabase } from './db/database';
import { withConflictRetry } from './db/transient-conflict';
import { assertVersion } from './history';

export async function addReview(
  database: StoreDatabase,
  request: { holder: TokenHolder; programId: string; version: number; body: ReviewBody; from: RequestOrigin },
): Promise<Review> {
  const { holder, programId, version, body, from } = request;
  const { db } = database;
  await assertVersion(db, programId, version);
  return withConflictRetry(() =>
    database.write(async (trx) => {
      const last = await trx
        .selectFrom('reviews')
        .select((eb) => eb.fn.max('review').as('n'))
        .where('program_id', '=', programId)
        .where('version', '=', version)
        .executeTakeFirst();
      const review: Review = {
        programId,
        version,
        review: Number(last?.n ?? 0) + 1,
        decision: body.decision,
        comment: body.comment,
        department: holder.department,
        tokenId: holder.tokenId,
        createdAt: new Date().toISOString(),
      };
      await trx
        .insertInto('reviews')
        .values({
          program_id: programId,
          version,
          review: review.review,
          decision: review.decision,
          comment: review.comment,
          department: review.department,
          token_id: review.tokenId,
          created_at: review.createdAt,
        })
        .execute();
      await trx
        .insertInto('audit_log')
        .values(auditRow({ action: 'review.created', status: 201, holder, programId, version, from, at: review.createdAt, details: { review: review.review, decision: review.decision } }))
        .execute();
      return review;
    }),
  );
}
