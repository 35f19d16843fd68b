// The coordinator's view of a year: every program whose period covers the year × its four periods (I квартал,
// I полугодие, 9 месяцев, год), each with its deadline status on the store's clock (domain/reporting/deadlines.ts)
// and, once the year's annual report is accepted, the effectiveness evaluation (domain/reporting/evaluate.ts).
// A version counts for the deadline when it is accepted or not yet reviewed; a returned one does not.
import type { Kysely } from 'kysely';
import { DEFAULT_CONFIG } from '../../domain/config';
import { deadlineStatus, deadlineStatusText, moscowDate, type DeadlineSettings } from '../../domain/reporting/deadlines';
import { evaluateReport } from '../../domain/reporting/evaluate';
import type { EvaluationMethod } from '../../domain/reporting/evaluation-method';
import { ProgramReport } from '../../domain/reporting/model';
import { periodKey, periodShort, periodsOf } from '../../domain/reporting/period';
import type { PeriodCell, ProgramReportsRow, ReportReview, ReportsOverview } from '../../store/contract/reports';
import type { SubmissionStatus } from '../../store/contract/submission';
import type { StoreSchema } from '../db/schema';
import { listPrograms, statusOf } from '../history';
import { reportReviewOf } from './report-history';

export interface OverviewSettings {
  now: () => Date;
  deadlines: DeadlineSettings;
  evaluationMethod: EvaluationMethod;
}

interface StoredVersion {
  version: number;
  programVersion: number;
  createdAt: string;
  status: SubmissionStatus;
}

function cellOf(year: number, quarters: number, versions: readonly StoredVersion[], now: Date, settings: OverviewSettings): PeriodCell {
  const period = { year, quarters };
  // The first version that counts: accepted, or not reviewed yet.
  const counting = versions.filter((v) => v.status !== 'returned').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const deadline = deadlineStatus(period, counting.length > 0 ? new Date(counting[0].createdAt) : null, now, settings.deadlines);
  const latest = versions.reduce<StoredVersion | null>((a, v) => (a === null || v.version > a.version ? v : a), null);
  const accepted = versions.filter((v) => v.status === 'accepted').reduce<number | null>((a, v) => (a === null || v.version > a ? v.version : a), null);
  return {
    period: periodKey(period),
    quarters,
    label: periodShort(period),
    deadline,
    text: deadlineStatusText(deadline),
    versions: versions.length,
    latest: latest ? { version: latest.version, programVersion: latest.programVersion, status: latest.status, createdAt: latest.createdAt } : null,
    accepted,
  };
}

export async function reportsOverview(db: Kysely<StoreSchema>, year: number, settings: OverviewSettings): Promise<ReportsOverview> {
  const now = settings.now();
  const keys = periodsOf(year).map(periodKey);
  const programs = (await listPrograms(db)).filter((p) => p.period.from <= year && year <= p.period.to);
  const reports = await db.selectFrom('reports').select(['program_id', 'period', 'version', 'program_version', 'created_at']).where('year', '=', year).execute();
  const reviews = reports.length === 0 ? [] : (await db.selectFrom('report_reviews').selectAll().where('period', 'in', keys).execute()).map(reportReviewOf);
  const reviewsOf = new Map<string, ReportReview[]>();
  for (const r of reviews) {
    const id = `${r.programId}|${r.period}|${r.version}`;
    const list = reviewsOf.get(id);
    if (list) list.push(r);
    else reviewsOf.set(id, [r]);
  }
  const versionsOf = new Map<string, StoredVersion[]>();
  for (const row of reports) {
    const version = Number(row.version);
    const id = `${row.program_id}|${row.period}`;
    const stored: StoredVersion = { version, programVersion: Number(row.program_version), createdAt: row.created_at, status: statusOf(reviewsOf.get(`${id}|${version}`) ?? []) };
    const list = versionsOf.get(id);
    if (list) list.push(stored);
    else versionsOf.set(id, [stored]);
  }

  const rows: ProgramReportsRow[] = [];
  for (const p of programs) {
    const periods = [1, 2, 3, 4].map((quarters) => cellOf(year, quarters, versionsOf.get(`${p.programId}|${keys[quarters - 1]}`) ?? [], now, settings));
    const annual = periods[3].accepted;
    let evaluation: ProgramReportsRow['evaluation'] = null;
    if (annual !== null) {
      const row = await db.selectFrom('reports').select('payload').where('program_id', '=', p.programId).where('period', '=', keys[3]).where('version', '=', annual).executeTakeFirstOrThrow();
      const report = ProgramReport.parse(JSON.parse(row.payload));
      evaluation = { reportVersion: annual, evaluation: evaluateReport(report, settings.evaluationMethod, DEFAULT_CONFIG) };
    }
    rows.push({ programId: p.programId, municipality: p.municipality, title: p.title, period: p.period, department: p.department, periods, evaluation });
  }
  return { year, today: moscowDate(now), programs: rows };
}
