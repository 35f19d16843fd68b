// Reports on a program's implementation: push (POST /api/v1/reports), a program × period's versions, one
// version, and its review.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../../store/contract/api-error';
import type { DeadlineSettings } from '../../domain/reporting/deadlines';
import type { EvaluationMethod } from '../../domain/reporting/evaluation-method';
import {
  ReportAccepted,
  ReportBody,
  ReportParams,
  ReportReview,
  ReportsOverview,
  ReportsQuery,
  ReportVersionDetail,
  ReportVersionList,
  ReportVersionParams,
} from '../../store/contract/reports';
import { ReviewBody } from '../../store/contract/review';
import { routes, urls } from '../../store/contract/routes';
import { IDEMPOTENCY_HEADER, IdempotencyKey } from '../../store/contract/submission';
import { holderOf } from '../auth/authenticate';
import type { StoreDatabase } from '../db/database';
import { originOf } from '../request-origin';
import { pushReport } from '../reports/push-report';
import type { ReportChecker } from '../reports/report-check';
import { getReportVersion, listReportVersions } from '../reports/report-history';
import { addReportReview } from '../reports/report-reviews';
import { reportsOverview } from '../reports/reports-overview';
import { READERS } from './programs';

const errors = { '4xx': ApiError, '5xx': ApiError } as const;

export interface ReportRoutesOptions {
  database: StoreDatabase;
  checkReport: ReportChecker;
  now: () => Date;
  deadlines: DeadlineSettings;
  evaluationMethod: EvaluationMethod;
}

export const reportRoutes: FastifyPluginAsyncZod<ReportRoutesOptions> = async (app, { database, checkReport, now, deadlines, evaluationMethod }) => {
  const { db } = database;

  app.get(
    routes.reports,
    { config: { action: 'reports.overview', access: READERS }, schema: { querystring: ReportsQuery, response: { 200: ReportsOverview, ...errors } } },
    async (request) => reportsOverview(db, request.query.year, { now, deadlines, evaluationMethod }),
  );

  app.post(
    routes.reports,
    {
      config: { action: 'report', access: { roles: ['submitter', 'admin'], ru: 'отправлять отчёты', en: 'push reports' } },
      schema: {
        body: ReportBody,
        headers: z.looseObject({ [IDEMPOTENCY_HEADER]: IdempotencyKey.optional() }),
        response: { 200: ReportAccepted, 201: ReportAccepted, ...errors },
      },
    },
    async (request, reply) => {
      const outcome = await pushReport(
        { database, check: checkReport, now },
        { holder: holderOf(request), body: request.body, idempotencyKey: request.headers[IDEMPOTENCY_HEADER] ?? null, from: originOf(request) },
      );
      const { accepted } = outcome;
      if (outcome.replayed) reply.header('idempotent-replayed', 'true');
      reply.header('location', urls.reportVersion(accepted.programId, accepted.period, accepted.version));
      return reply.code(accepted.existing ? 200 : 201).send(accepted);
    },
  );

  app.get(
    routes.reportVersions,
    { config: { action: 'report_versions.list', access: READERS }, schema: { params: ReportParams, response: { 200: ReportVersionList, ...errors } } },
    async (request) => {
      const { programId } = request.params;
      const { period, versions } = await listReportVersions(db, programId, request.params.period);
      return { programId, period, versions };
    },
  );

  app.get(
    routes.reportVersion,
    { config: { action: 'report_version.read', access: READERS }, schema: { params: ReportVersionParams, response: { 200: ReportVersionDetail, ...errors } } },
    async (request) => getReportVersion(db, request.params.programId, request.params.period, request.params.version),
  );

  app.post(
    routes.reportReview,
    {
      config: { action: 'report_review', access: { roles: ['reviewer', 'admin'], ru: 'рассматривать отчёты', en: 'review reports' } },
      schema: { params: ReportVersionParams, body: ReviewBody, response: { 201: ReportReview, ...errors } },
    },
    async (request, reply) => {
      const { programId, period, version } = request.params;
      const review = await addReportReview(database, now, { holder: holderOf(request), programId, period, version, body: request.body, from: originOf(request) });
      reply.header('location', urls.reportVersion(review.programId, review.period, review.version));
      return reply.code(201).send(review);
    },
  );
};
