// A review of a report version (accepted / returned) is a new row, never an update of the version.
import type { ReportReview } from '../../store/contract/reports';
import type { ReviewBody } from '../../store/contract/review';
import { auditRow, type RequestOrigin } from '../audit';
import type { TokenHolder } from '../auth/tokens';
import type { StoreDatabase } from '../db/database';
import { withConflictRetry } from '../db/transient-conflict';
import { assertReportVersion } from './report-history';

export async function addReportReview(
  database: StoreDatabase,
  now: () => Date,
  request: { holder: TokenHolder; programId: string; period: string; version: number; body: ReviewBody; from: RequestOrigin },
): Promise<ReportReview> {
  const { holder, programId, version, body, from } = request;
  const period = await assertReportVersion(database.db, programId, request.period, version);
  return withConflictRetry(() =>
    database.write(async (trx) => {
      const last = await trx
        .selectFrom('report_reviews')
        .select((eb) => eb.fn.max('review').as('n'))
        .where('program_id', '=', programId)
        .where('period', '=', period)
        .where('version', '=', version)
        .executeTakeFirst();
      const review: ReportReview = {
        programId,
        period,
        version,
        review: Number(last?.n ?? 0) + 1,
        decision: body.decision,
        comment: body.comment,
        department: holder.department,
        tokenId: holder.tokenId,
        createdAt: now().toISOString(),
      };
      await trx
        .insertInto('report_reviews')
        .values({
          program_id: programId,
          period,
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
        .values(
          auditRow({ action: 'report.review_created', status: 201, holder, programId, version, from, at: review.createdAt, details: { period, review: review.review, decision: review.decision } }),
        )
        .execute();
      return review;
    }),
  );
}
