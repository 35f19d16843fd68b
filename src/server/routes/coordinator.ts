// The coordinator's pages, plain HTML served by the store: GET /coordinator?year=2021(&lang=en) and a report's
// versions, GET /coordinator/programs/:programId/reports/:period. A browser without script cannot send a bearer
// token, so these pages also take the token as HTTP Basic credentials (the browser asks for them: any user
// name, the token as the password); the token is then checked exactly as for the API. A refusal is a page
// when the browser asked for one (refusal-page.ts), the API's JSON otherwise.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DeadlineSettings } from '../../domain/reporting/deadlines';
import type { EvaluationMethod } from '../../domain/reporting/evaluation-method';
import { parsePeriodKey } from '../../domain/reporting/period';
import { ApiError } from '../../store/contract/api-error';
import { ReportParams } from '../../store/contract/reports';
import { routes } from '../../store/contract/routes';
import type { StoreDatabase } from '../db/database';
import { coordinatorPage } from '../pages/coordinator-page';
import { refusalPage } from '../pages/refusal-page';
import { reportVersionsPage } from '../pages/report-versions-page';
import { programNotFound } from '../program-lookup';
import { listReportVersions, reviewsByVersion } from '../reports/report-history';
import { reportsOverview } from '../reports/reports-overview';
import { READERS } from './programs';

const Lang = z.enum(['ru', 'en']).default('ru');
const PageQuery = z.object({ year: z.coerce.number().int().min(1900).max(2200).optional(), lang: Lang });
const LangQuery = z.object({ lang: Lang });

/** No script, no frames, no forms: the pages need nothing but their own inline style. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const BASIC = /^Basic[ \t]+([A-Za-z0-9+/=]{1,1024})[ \t]*$/i;

/** `Authorization: Basic base64(name:token)` becomes `Bearer token` (the password, or the name when the password is empty). */
export async function basicAsBearer(request: FastifyRequest): Promise<void> {
  const match = request.headers.authorization ? BASIC.exec(request.headers.authorization) : null;
  if (!match) return;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const token = colon < 0 ? decoded : decoded.slice(colon + 1) || decoded.slice(0, colon);
  request.headers.authorization = `Bearer ${token}`;
}

/** A refused request asks the browser for credentials. */
async function askForCredentials(_request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (reply.statusCode === 401) reply.header('www-authenticate', 'Basic realm="sverka", charset="UTF-8"');
  return payload;
}

/** Did the client ask for a page (a browser: `Accept: text/html…`), not for JSON? */
function wantsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return /\btext\/html\b/i.test(accept) && !/^\s*application\/json\b/i.test(accept);
}

/** The page's language from the address as written (a refused query may not have been parsed). */
function langOfUrl(url: string): 'ru' | 'en' {
  const query = url.indexOf('?');
  return query >= 0 && new URLSearchParams(url.slice(query + 1).slice(0, 2000)).get('lang') === 'en' ? 'en' : 'ru';
}

/**
 * A refusal (bad year or period, unknown program, no token or a wrong one, too many requests) answered to a
 * browser as a page in its language, with the same status; a client that asked for JSON gets the API's shape.
 */
async function refusalAsPage(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (reply.statusCode < 400 || typeof payload !== 'string' || !wantsHtml(request)) return payload;
  let body: ApiError;
  try {
    body = ApiError.parse(JSON.parse(payload));
  } catch {
    return payload;
  }
  reply.header('content-security-policy', PAGE_CSP).header('cache-control', 'no-store').type('text/html; charset=utf-8');
  return refusalPage(reply.statusCode, body, langOfUrl(request.url));
}

function html(reply: FastifyReply, text: string): FastifyReply {
  return reply.header('content-security-policy', PAGE_CSP).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(text);
}

export interface CoordinatorRoutesOptions {
  database: StoreDatabase;
  now: () => Date;
  deadlines: DeadlineSettings;
  evaluationMethod: EvaluationMethod;
}

export const coordinatorRoutes: FastifyPluginAsyncZod<CoordinatorRoutesOptions> = async (app, { database, now, deadlines, evaluationMethod }) => {
  const { db } = database;
  const errors = { '4xx': ApiError, '5xx': ApiError } as const;

  app.get(
    routes.coordinator,
    {
      config: { action: 'coordinator.page', access: READERS },
      onRequest: basicAsBearer,
      onSend: [askForCredentials, refusalAsPage],
      schema: { querystring: PageQuery, response: errors },
    },
    async (request, reply) => {
      const year = request.query.year ?? Number(new Date(now().getTime() + 3 * 60 * 60 * 1000).toISOString().slice(0, 4));
      return html(reply, coordinatorPage(await reportsOverview(db, year, { now, deadlines, evaluationMethod }), request.query.lang));
    },
  );

  app.get(
    routes.coordinatorReport,
    {
      config: { action: 'coordinator.report_page', access: READERS },
      onRequest: basicAsBearer,
      onSend: [askForCredentials, refusalAsPage],
      schema: { params: ReportParams, querystring: LangQuery, response: errors },
    },
    async (request, reply) => {
      const { programId } = request.params;
      const { period: key, versions } = await listReportVersions(db, programId, request.params.period);
      const program = await db.selectFrom('programs').select('title').where('program_id', '=', programId).executeTakeFirst();
      const period = parsePeriodKey(key);
      if (!program || !period) throw programNotFound(programId);
      const reviews = await reviewsByVersion(db, programId, key);
      return html(reply, reportVersionsPage({ programId, programTitle: program.title, period, periodKey: key, versions, reviews }, request.query.lang));
    },
  );
};
