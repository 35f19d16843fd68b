// Reports on a program's implementation in the store (docs/design/REPORTS.md): a report is pushed for one program,
// one period and the program version it refers to; each push with new content is a new version of that
// program × period, reviewed (accepted / returned) like program versions. The coordinator's view lists
// every program × period of a year with its deadline status and, once an annual report is accepted,
// the effectiveness evaluation.
import { z } from 'zod';
import { Decimal } from '../../domain/amount-schema';
import { Localized } from '../../domain/finding';
import { Period } from '../../domain/model/year-span-schema';
import { Report } from '../../domain/report-schema';
import { CalendarDate } from '../../domain/reporting/deadlines';
import { ProgramReport } from '../../domain/reporting/model';
import { parsePeriodKey, type ReportPeriod } from '../../domain/reporting/period';
import { ProgramId } from './programs';
import { LatestReview, ReviewDecision } from './review';
import { refuseUnstorableText } from './storable-text';
import { Explanations, SubmissionStatus } from './submission';

/** "2021-Q1", "2021-Q2", "2021-Q3", "2021" (the annual report): periodKey() of the domain. */
export const PeriodKey = z.string().refine((s) => parsePeriodKey(s) !== null, 'период вида 2021-Q1, 2021-Q2, 2021-Q3 или 2021 (год)');

/** The period of a key that PeriodKey accepted. */
export function periodOfKey(key: string): ReportPeriod {
  const period = parsePeriodKey(key);
  if (!period) throw new Error(`not a period key: ${key}`);
  return period;
}

/** POST /api/v1/reports. */
export const ReportBody = z
  .object({
    /** The stored program the report is on. */
    programId: z.string().min(1).max(200),
    /** The version of that program the report refers to (its plan is the report's «План на год»). */
    programVersion: z.number().int().positive().max(2_147_483_647),
    /** The reporting period; the report's own period (its title block), when it names one, must be this one. */
    period: PeriodKey,
    report: ProgramReport,
    /** Explanations for the report's warnings, keyed by the finding's `key`. */
    explanations: Explanations.default({}),
  })
  .superRefine(refuseUnstorableText);
export type ReportBody = z.infer<typeof ReportBody>;
export type ReportBodyInput = z.input<typeof ReportBody>;

/**
 * The answer to a report push. 201: a new version of the program × period (`existing: false`). 200: the
 * report is the same (same sha256) as that period's latest version, nothing new was stored (`existing: true`).
 */
export const ReportAccepted = z.object({
  programId: z.string(),
  period: z.string(),
  /** The version of this program × period's report, from 1. */
  version: z.number().int().positive(),
  programVersion: z.number().int().positive(),
  /** SHA-256 (hex) of the stored report as canonical JSON. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  status: SubmissionStatus,
  createdAt: z.string(),
  existing: z.boolean(),
});
export type ReportAccepted = z.infer<typeof ReportAccepted>;

export const ReportParams = z.object({ programId: ProgramId, period: z.string() });
export const ReportVersionParams = ReportParams.extend({ version: z.coerce.number().int().positive().max(2_147_483_647) });

export const ReportReview = z.object({
  programId: z.string(),
  period: z.string(),
  version: z.number().int().positive(),
  review: z.number().int().positive(),
  decision: ReviewDecision,
  comment: z.string(),
  department: z.string(),
  tokenId: z.string(),
  createdAt: z.string(),
});
export type ReportReview = z.infer<typeof ReportReview>;

export const ReportVersionSummary = z.object({
  version: z.number().int().positive(),
  programVersion: z.number().int().positive(),
  sha256: z.string(),
  createdAt: z.string(),
  department: z.string(),
  tokenId: z.string(),
  summary: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  status: SubmissionStatus,
  reviews: z.number().int().nonnegative(),
  /**
   * The decision the status comes from, with the reviewer's comment; null before any review. Absent in the
   * answers of a store one release older (before reviews were summarised): read as null, not refused.
   */
  lastReview: LatestReview.nullable().default(null),
});
export type ReportVersionSummary = z.infer<typeof ReportVersionSummary>;

export const ReportVersionList = z.object({ programId: z.string(), period: z.string(), versions: z.array(ReportVersionSummary) });
export type ReportVersionList = z.infer<typeof ReportVersionList>;

export const ReportVersionDetail = ReportVersionSummary.extend({
  programId: z.string(),
  period: z.string(),
  /** The report exactly as stored (its SHA-256 is `sha256`). */
  report: ProgramReport,
  explanations: Explanations,
  /** The findings the store computed when the version was pushed. */
  check: Report,
  reviewList: z.array(ReportReview),
});
export type ReportVersionDetail = z.infer<typeof ReportVersionDetail>;

/** GET /api/v1/reports?year=2021. */
export const ReportsQuery = z.object({ year: z.coerce.number().int().min(1900).max(2200) });

/** The deadline status of one program × period (domain/reporting/deadlines.ts), with its words. */
export const DeadlineStatusView = z.discriminatedUnion('status', [
  z.object({ status: z.literal('notDue'), due: CalendarDate }),
  z.object({ status: z.literal('onTime'), due: CalendarDate, submitted: CalendarDate }),
  z.object({ status: z.literal('late'), due: CalendarDate, submitted: CalendarDate, daysLate: z.number().int().positive() }),
  z.object({ status: z.literal('missing'), due: CalendarDate, daysOverdue: z.number().int().positive() }),
]);
export type DeadlineStatusView = z.infer<typeof DeadlineStatusView>;

export const PeriodCell = z.object({
  /** "2021-Q1" … "2021". */
  period: z.string(),
  quarters: z.number().int().min(1).max(4),
  /** «I кв. 2021» / "Q1 2021". */
  label: Localized,
  deadline: DeadlineStatusView,
  /** «в срок», «с опозданием на 3 дня» … */
  text: Localized,
  /** Versions of this program × period's report (0: none pushed). */
  versions: z.number().int().nonnegative(),
  /** The latest version and its review status; null when none was pushed. */
  latest: z.object({ version: z.number().int().positive(), programVersion: z.number().int().positive(), status: SubmissionStatus, createdAt: z.string() }).nullable(),
  /** The latest accepted version, or null. */
  accepted: z.number().int().positive().nullable(),
});
export type PeriodCell = z.infer<typeof PeriodCell>;

export const EvaluationFigure = z.object({ value: Decimal.nullable(), exact: z.string().nullable(), formula: Localized, note: Localized.nullable() });

export const ScopeEvaluationView = z.object({
  scope: Localized,
  plan: Decimal.nullable(),
  spent: Decimal.nullable(),
  sdc: EvaluationFigure,
  uf: EvaluationFigure,
  e: EvaluationFigure,
  rating: Localized.nullable(),
});

/** domain/reporting/evaluate.ts's Evaluation, as the API gives it. */
export const EvaluationView = z.object({
  method: Localized,
  formula: z.string(),
  year: z.number().int().nullable(),
  program: ScopeEvaluationView,
  subprograms: z.array(ScopeEvaluationView),
  indicators: z.array(
    z.object({
      path: z.string(),
      label: z.string(),
      subprogram: z.number().int(),
      activity: z.number().int(),
      direction: z.enum(['higher', 'lower']),
      directionKnown: z.boolean(),
      plan: z.string().nullable(),
      fact: z.string().nullable(),
      counted: z.boolean(),
      reached: z.boolean().nullable(),
      sd: EvaluationFigure,
    }),
  ),
});
export type EvaluationView = z.infer<typeof EvaluationView>;

export const ProgramReportsRow = z.object({
  programId: z.string(),
  municipality: z.string(),
  title: z.string(),
  period: Period,
  department: z.string().nullable(),
  /** The four periods of the year in order: Q1, H1, 9 months, the year. */
  periods: z.array(PeriodCell),
  /** The evaluation of the year's latest accepted annual report; null until one is accepted. */
  evaluation: z.object({ reportVersion: z.number().int().positive(), evaluation: EvaluationView }).nullable(),
});
export type ProgramReportsRow = z.infer<typeof ProgramReportsRow>;

export const ReportsOverview = z.object({
  year: z.number().int(),
  /** The store's date (Moscow) the statuses were computed on. */
  today: CalendarDate,
  programs: z.array(ProgramReportsRow),
});
export type ReportsOverview = z.infer<typeof ReportsOverview>;
