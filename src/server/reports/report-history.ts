// The read side of reports: a program × period's versions, one version as pushed, its reviews, and the
// latest accepted version of a period (R005 and the coordinator's evaluation read it).
import type { Kysely, Selectable } from 'kysely';
import { Report } from '../../domain/report-schema';
import { ProgramReport } from '../../domain/reporting/model';
import { parsePeriodKey, periodKey } from '../../domain/reporting/period';
import type { ReportReview, ReportVersionDetail, ReportVersionSummary } from '../../store/contract/reports';
import { latestReviewOf } from '../../store/contract/review';
import { Explanations, type SubmissionStatus } from '../../store/contract/submission';
import { ApiFailure } from '../api-failure';
import type { ReportReviewsTable, ReportsTable, StoreSchema } from '../db/schema';
import { statusOf as statusOfReviews } from '../history';
import { assertProgramIdShape, programNotFound } from '../program-lookup';

export function reportNotFound(programId: string, period: string, version: number | null): ApiFailure {
  const shown = period.slice(0, 40);
  return version === null
    ? new ApiFailure('report_not_found', `У программы ${programId} нет отчётов за период ${shown}.`, `Program ${programId} has no report for ${shown}.`, { programId, period: shown })
    : new ApiFailure('report_not_found', `У отчёта программы ${programId} за период ${shown} нет версии ${version}.`, `The report of ${programId} for ${shown} has no version ${version}.`, {
        programId,
        period: shown,
        version,
      });
}

/** The period key as stored ("2021-Q1" … "2021"), from any key parsePeriodKey reads ("2021-H1" is "2021-Q2"); 404 otherwise. */
export function storedPeriodKey(programId: string, text: string): string {
  const period = parsePeriodKey(text);
  if (!period) throw reportNotFound(programId, text, null);
  return periodKey(period);
}

export function reportReviewOf(row: Selectable<ReportReviewsTable>): ReportReview {
  return {
    programId: row.program_id,
    period: row.period,
    version: Number(row.version),
    review: Number(row.review),
    decision: row.decision === 'accepted' ? 'accepted' : 'returned',
    comment: row.comment,
    department: row.department,
    tokenId: row.token_id,
    createdAt: row.created_at,
  };
}

/** Every review of a program × period, by version. */
export async function reviewsByVersion(db: Kysely<StoreSchema>, programId: string, period: string): Promise<Map<number, ReportReview[]>> {
  const rows = await db.selectFrom('report_reviews').selectAll().where('program_id', '=', programId).where('period', '=', period).orderBy('review').execute();
  const byVersion = new Map<number, ReportReview[]>();
  for (const review of rows.map(reportReviewOf)) {
    const list = byVersion.get(review.version);
    if (list) list.push(review);
    else byVersion.set(review.version, [review]);
  }
  return byVersion;
}

type ReportMeta = Pick<Selectable<ReportsTable>, 'version' | 'program_version' | 'sha256' | 'created_at' | 'department' | 'token_id' | 'check_result'>;

function summaryOf(row: ReportMeta, reviews: readonly ReportReview[]): ReportVersionSummary {
  const check = JSON.parse(row.check_result) as { summary?: ReportVersionSummary['summary'] };
  return {
    version: Number(row.version),
    programVersion: Number(row.program_version),
    sha256: row.sha256,
    createdAt: row.created_at,
    department: row.department,
    tokenId: row.token_id,
    summary: check.summary ?? { error: 0, warning: 0, info: 0 },
    status: statusOfReviews(reviews),
    reviews: reviews.length,
    lastReview: latestReviewOf(reviews),
  };
}

async function assertProgram(db: Kysely<StoreSchema>, programId: string): Promise<void> {
  assertProgramIdShape(programId);
  const program = await db.selectFrom('programs').select('program_id').where('program_id', '=', programId).executeTakeFirst();
  if (!program) throw programNotFound(programId);
}

export async function listReportVersions(db: Kysely<StoreSchema>, programId: string, periodText: string): Promise<{ period: string; versions: ReportVersionSummary[] }> {
  await assertProgram(db, programId);
  const period = storedPeriodKey(programId, periodText);
  const rows = await db
    .selectFrom('reports')
    .select(['version', 'program_version', 'sha256', 'created_at', 'department', 'token_id', 'check_result'])
    .where('program_id', '=', programId)
    .where('period', '=', period)
    .orderBy('version')
    .execute();
  const reviews = await reviewsByVersion(db, programId, period);
  return { period, versions: rows.map((row) => summaryOf(row, reviews.get(Number(row.version)) ?? [])) };
}

async function reportRow(db: Kysely<StoreSchema>, programId: string, period: string, version: number): Promise<Selectable<ReportsTable>> {
  const row = await db.selectFrom('reports').selectAll().where('program_id', '=', programId).where('period', '=', period).where('version', '=', version).executeTakeFirst();
  if (!row) throw reportNotFound(programId, period, version);
  return row;
}

export async function getReportVersion(db: Kysely<StoreSchema>, programId: string, periodText: string, version: number): Promise<ReportVersionDetail> {
  await assertProgram(db, programId);
  const period = storedPeriodKey(programId, periodText);
  const row = await reportRow(db, programId, period, version);
  const reviews = (await reviewsByVersion(db, programId, period)).get(version) ?? [];
  return {
    ...summaryOf(row, reviews),
    programId,
    period,
    report: ProgramReport.parse(JSON.parse(row.payload)),
    explanations: Explanations.parse(JSON.parse(row.explanations)),
    check: Report.parse(JSON.parse(row.check_result)),
    reviewList: reviews,
  };
}

/** Exists (for the review route): the stored period key. */
export async function assertReportVersion(db: Kysely<StoreSchema>, programId: string, periodText: string, version: number): Promise<string> {
  await assertProgram(db, programId);
  const period = storedPeriodKey(programId, periodText);
  await reportRow(db, programId, period, version);
  return period;
}

/** The latest version of a program × period with its status, or null when none was pushed. */
export async function latestReport(
  db: Kysely<StoreSchema>,
  programId: string,
  period: string,
): Promise<{ version: number; programVersion: number; sha256: string; createdAt: string; status: SubmissionStatus } | null> {
  const row = await db
    .selectFrom('reports')
    .select(['version', 'program_version', 'sha256', 'created_at'])
    .where('program_id', '=', programId)
    .where('period', '=', period)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const version = Number(row.version);
  const reviews = (await reviewsByVersion(db, programId, period)).get(version) ?? [];
  return { version, programVersion: Number(row.program_version), sha256: row.sha256, createdAt: row.created_at, status: statusOfReviews(reviews) };
}

/** The latest accepted version's report of a program × period, or null. */
export async function latestAcceptedReport(db: Kysely<StoreSchema>, programId: string, period: string): Promise<{ version: number; report: ProgramReport } | null> {
  const reviews = await reviewsByVersion(db, programId, period);
  const accepted = [...reviews.entries()].filter(([, list]) => statusOfReviews(list) === 'accepted').map(([v]) => v);
  if (accepted.length === 0) return null;
  const version = Math.max(...accepted);
  const row = await reportRow(db, programId, period, version);
  return { version, report: ProgramReport.parse(JSON.parse(row.payload)) };
}
