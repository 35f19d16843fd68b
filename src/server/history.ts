// The read side of the store: programs, their versions, one version as pushed, diffs and reviews.
import type { Kysely, Selectable } from 'kysely';
import { Program } from '../domain/model/program';
import { checkProgram } from '../domain/check-program';
import { Report } from '../domain/report-schema';
import type { ProgramDiff } from '../store/contract/diff';
import type { ProgramSummary, VersionDetail, VersionSummary } from '../store/contract/programs';
import { latestReviewOf, type Review } from '../store/contract/review';
import { Explanations, type SubmissionStatus } from '../store/contract/submission';
import { diffPrograms } from './program-diff';
import type { ReviewsTable, StoreSchema, VersionsTable } from './db/schema';
import { assertProgramIdShape, programNotFound, versionNotFound } from './program-lookup';

function reviewOf(row: Selectable<ReviewsTable>): Review {
  return {
    programId: row.program_id,
    version: Number(row.version),
    review: Number(row.review),
    decision: row.decision === 'accepted' ? 'accepted' : 'returned',
    comment: row.comment,
    department: row.department,
    tokenId: row.token_id,
    createdAt: row.created_at,
  };
}

/** The status of a version: its latest review's decision, or "submitted" when nobody has reviewed it. */
export function statusOf(reviews: readonly Review[]): SubmissionStatus {
  const latest = reviews.reduce<Review | null>((a, r) => (a === null || r.review > a.review ? r : a), null);
  return latest ? latest.decision : 'submitted';
}

function reportSummary(reportJson: string): VersionSummary['summary'] {
  const parsed = JSON.parse(reportJson) as { summary?: VersionSummary['summary'] };
  return parsed.summary ?? { error: 0, warning: 0, info: 0 };
}

type VersionMeta = Pick<Selectable<VersionsTable>, 'version' | 'sha256' | 'created_at' | 'department' | 'token_id' | 'report' | 'basis'>;

function summaryOf(row: VersionMeta, reviews: readonly Review[]): VersionSummary {
  return {
    version: Number(row.version),
    sha256: row.sha256,
    createdAt: row.created_at,
    department: row.department,
    tokenId: row.token_id,
    basis: row.basis ?? null,
    summary: reportSummary(row.report),
    status: statusOf(reviews),
    reviews: reviews.length,
    lastReview: latestReviewOf(reviews),
  };
}

export async function listPrograms(db: Kysely<StoreSchema>): Promise<ProgramSummary[]> {
  const latest = db
    .selectFrom('versions')
    .select(['program_id', (eb) => eb.fn.max('version').as('latest')])
    .groupBy('program_id')
    .as('l');
  const assigned = db
    .selectFrom('program_departments')
    .select(['program_id', (eb) => eb.fn.max('seq').as('seq')])
    .groupBy('program_id')
    .as('a');
  const programs = await db
    .selectFrom('programs as p')
    .innerJoin(latest, 'l.program_id', 'p.program_id')
    .innerJoin('versions as v', (join) => join.onRef('v.program_id', '=', 'p.program_id').onRef('v.version', '=', 'l.latest'))
    .leftJoin(assigned, 'a.program_id', 'p.program_id')
    .leftJoin('program_departments as d', (join) => join.onRef('d.program_id', '=', 'p.program_id').onRef('d.seq', '=', 'a.seq'))
    .select([
      'p.program_id',
      'p.municipality',
      'p.title',
      'p.period_from',
      'p.period_to',
      'p.department',
      'p.created_at',
      'v.version',
      'v.created_at as latest_at',
      'a.seq as assigned_seq',
      'd.department as assigned_department',
    ])
    .orderBy('p.program_id')
    .execute();
  const reviews = await db
    .selectFrom('reviews as r')
    .innerJoin(latest, (join) => join.onRef('l.program_id', '=', 'r.program_id').onRef('l.latest', '=', 'r.version'))
    .selectAll('r')
    .execute();
  const reviewsOf = new Map<string, Review[]>();
  for (const row of reviews) {
    const list = reviewsOf.get(row.program_id);
    if (list) list.push(reviewOf(row));
    else reviewsOf.set(row.program_id, [reviewOf(row)]);
  }
  return programs.map((p) => ({
    programId: p.program_id,
    municipality: p.municipality,
    title: p.title,
    period: { from: Number(p.period_from), to: Number(p.period_to) },
    department: p.assigned_seq === null ? p.department : p.assigned_department,
    createdAt: p.created_at,
    latestVersion: Number(p.version),
    latestAt: p.latest_at,
    status: statusOf(reviewsOf.get(p.program_id) ?? []),
  }));
}

export async function listVersions(db: Kysely<StoreSchema>, programId: string): Promise<VersionSummary[]> {
  assertProgramIdShape(programId);
  const program = await db.selectFrom('programs').select('program_id').where('program_id', '=', programId).executeTakeFirst();
  if (!program) throw programNotFound(programId);
  const rows = await db
    .selectFrom('versions')
    .select(['version', 'sha256', 'created_at', 'department', 'token_id', 'report', 'basis'])
    .where('program_id', '=', programId)
    .orderBy('version')
    .execute();
  const reviewsByVersion = new Map<number, Review[]>();
  for (const review of (await db.selectFrom('reviews').selectAll().where('program_id', '=', programId).execute()).map(reviewOf)) {
    const list = reviewsByVersion.get(review.version);
    if (list) list.push(review);
    else reviewsByVersion.set(review.version, [review]);
  }
  return rows.map((row) => summaryOf(row, reviewsByVersion.get(Number(row.version)) ?? []));
}

async function versionRow(db: Kysely<StoreSchema>, programId: string, version: number): Promise<Selectable<VersionsTable>> {
  assertProgramIdShape(programId);
  const row = await db.selectFrom('versions').selectAll().where('program_id', '=', programId).where('version', '=', version).executeTakeFirst();
  if (row) return row;
  const program = await db.selectFrom('programs').select('program_id').where('program_id', '=', programId).executeTakeFirst();
  throw program ? versionNotFound(programId, version) : programNotFound(programId);
}

export async function reviewsOf(db: Kysely<StoreSchema>, programId: string, version: number): Promise<Review[]> {
  const rows = await db.selectFrom('reviews').selectAll().where('program_id', '=', programId).where('version', '=', version).orderBy('review').execute();
  return rows.map(reviewOf);
}

/** A version's report as stored; one stored before findings were data (issue 9) is computed again from its program. */
function storedReport(reportJson: string, payload: string): Report {
  const stored = Report.safeParse(JSON.parse(reportJson));
  return stored.success ? stored.data : checkProgram({ program: Program.parse(JSON.parse(payload)) });
}

export async function getVersion(db: Kysely<StoreSchema>, programId: string, version: number): Promise<VersionDetail> {
  const row = await versionRow(db, programId, version);
  const reviews = await reviewsOf(db, programId, version);
  return {
    ...summaryOf(row, reviews),
    programId,
    program: Program.parse(JSON.parse(row.payload)),
    explanations: Explanations.parse(JSON.parse(row.explanations)),
    report: storedReport(row.report, row.payload),
    reviewList: reviews,
  };
}

export async function diffVersions(db: Kysely<StoreSchema>, programId: string, from: number, to: number): Promise<ProgramDiff> {
  const [a, b] = [await versionRow(db, programId, from), await versionRow(db, programId, to)];
  const changes = diffPrograms(Program.parse(JSON.parse(a.payload)), Program.parse(JSON.parse(b.payload)));
  return { programId, from, to, basis: b.basis ?? null, changes };
}

/** Exists (for the review route). */
export async function assertVersion(db: Kysely<StoreSchema>, programId: string, version: number): Promise<void> {
  await versionRow(db, programId, version);
}
