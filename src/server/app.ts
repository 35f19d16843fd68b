// The store's Fastify app: builds it (routes, schemas, security, limits, errors) without listening;
// server.ts listens. Every route's params, body and answers are the zod schemas of src/store; every
// answer that is not a success is the one error shape of api-error.ts, whatever refused it (our
// handlers, the router, the HTTP parser, the rate limit).
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { sql } from 'kysely';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions, type onRequestHookHandler } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError } from '../store/contract/api-error';
import { Health } from '../store/contract/health';
import { routes } from '../store/contract/routes';
import { ApiFailure } from './api-failure';
import { AuditThrottle, type AuditThrottleOptions } from './audit-throttle';
import { auditRefusal, failureOf, refuseMalformedHttp } from './http-errors';
import { AUTH_FAILURES_PER_MINUTE, tokenGuard } from './auth/authenticate';
import type { StoreDatabase } from './db/database';
import { MethodTable } from './method-table';
import { useBudgetedJsonParser } from './json-body';
import { russianValidatorCompiler } from './russian-validator';
import { useSecurityHeaders } from './security-headers';
import { programRoutes } from './routes/programs';
import { reportRoutes } from './routes/reports';
import { coordinatorRoutes } from './routes/coordinator';
import { coreReportCheck, type ReportChecker } from './reports/report-check';
import { DEFAULT_DEADLINES, type DeadlineSettings } from '../domain/reporting/deadlines';
import { DEFAULT_EVALUATION_METHOD, type EvaluationMethod } from '../domain/reporting/evaluation-method';
import { submissionRoutes } from './routes/submissions';
import { CheckPool, inlineChecker, type SubmissionChecker, type WorkerScript } from './submissions/check-pool';

declare module 'fastify' {
  interface FastifyInstance {
    /** The audit log's throttle for what can repeat without bound (tests flush it). */
    auditThrottle: AuditThrottle;
  }
}

/** The largest request body accepted: 5 MiB (the 100× benchmark program is under 1 MiB as JSON). */
export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;
/**
 * Requests per minute per client address before 429; the limit covers all of one address's tokens,
 * so that made-up tokens do not get a budget each. High enough for the documented benchmark
 * (16 clients on one loopback address, up to ~800 submissions/s ≈ 48 000 a minute) with room to spare.
 */
export const DEFAULT_RATE_LIMIT = 120_000;
/** The add-in's development origin (manifest.xml); production origins come from --origin. */
export const DEFAULT_ORIGINS: readonly string[] = ['https://localhost:3000'];
/** Longer URLs are answered 414 (ids are slugs of at most 160 characters). */
export const MAX_URL_LENGTH = 4096;
/** A path parameter up to this long reaches the handlers (and is no such program: 404). */
const MAX_PARAM_LENGTH = 2048;

export interface StoreAppOptions {
  database: StoreDatabase;
  /** Close the database when the app closes (the server owns it; tests keep their own). */
  ownsDatabase?: boolean;
  /** Origins allowed by CORS, exactly ("https://addin.example.ru"); none besides these. */
  origins?: readonly string[];
  bodyLimit?: number;
  /** Per minute per client; `false` turns the limit off. */
  rateLimit?: number | false;
  /** Failed authentications per minute per client address before 429. */
  authFailuresPerMinute?: number;
  /** Pino options or false; JSON lines on stdout by default. */
  logger?: FastifyServerOptions['logger'];
  /**
   * Which peers are reverse proxies whose X-Forwarded-For names the client: false (none: the peer is
   * the client) or their addresses and networks ("127.0.0.1,10.0.0.0/8", "loopback").
   */
  trustProxy?: false | string;
  /** The audit throttle's window, key bound and clock (tests fix the clock). */
  auditThrottle?: Pick<AuditThrottleOptions, 'windowMs' | 'maxKeys' | 'now'>;
  /** The store's clock for reports: when they were pushed and reviewed, and their deadline statuses (tests inject it). */
  now?: () => Date;
  /** How a pushed report is re-validated (the core's report check). */
  checkReport?: ReportChecker;
  /** When reports are due (default: the 5th of the month after the quarter; the annual one on 1 March). */
  deadlines?: DeadlineSettings;
  /** The effectiveness evaluation's method (default: docs/design/REPORTS.md's). */
  evaluationMethod?: EvaluationMethod;
  /**
   * Worker threads that read and re-validate pushed programs (submissions/check-pool.ts); 0: in the
   * event loop's thread (the default here; the served store takes DEFAULT_CHECK_WORKERS).
   */
  checkWorkers?: number;
  /** The workers' code (tests); found beside the bundle or the sources by default. */
  checkWorkerScript?: WorkerScript;
}

/** Seconds until a rate-limited client may retry (the plugin gives milliseconds), at least 1. */
function retryAfterSeconds(ttlMs: number): number {
  return Math.max(1, Math.ceil(ttlMs / 1000));
}

export async function buildStoreApp(options: StoreAppOptions): Promise<FastifyInstance> {
  const { database } = options;
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const methods = new MethodTable();
  const app = Fastify({
    logger: options.logger ?? { level: 'info' },
    bodyLimit,
    trustProxy: options.trustProxy ?? false,
    requestTimeout: 60_000,
    connectionTimeout: 60_000,
    // Refused in our own shape instead (the onRequest hook below).
    return503OnClosing: false,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // A URL the router cannot take apart, or a parameter over MAX_PARAM_LENGTH: our shape, not Fastify's.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      const failure =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? new ApiFailure('uri_too_long', 'Адрес запроса слишком длинный.', 'The request URL is too long.', { max: MAX_PARAM_LENGTH })
          : new ApiFailure('not_found', 'Нет такого адреса: адрес запроса не разобран.', 'No such route: the URL cannot be read.', null);
      void reply.code(failure.status).type('application/json; charset=utf-8').send(failure.toBody());
    },
    clientErrorHandler: refuseMalformedHttp,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(russianValidatorCompiler);
  useBudgetedJsonParser(app);
  app.setSerializerCompiler(serializerCompiler);

  const throttle = new AuditThrottle((rows) => database.write(async (db) => void (await db.insertInto('audit_log').values(rows).execute())), {
    ...options.auditThrottle,
    onError: (error) => app.log.error({ err: error }, 'audit log write failed'),
  });
  app.decorate('auditThrottle', throttle);
  app.decorateRequest('holder', null);

  app.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const failure = failureOf(error);
    if (failure.code === 'internal_error') request.log.error({ err: error }, 'internal error');
    else request.log.info({ code: failure.code, status: failure.status }, 'refused');
    await auditRefusal(throttle, request, failure);
    for (const [name, value] of Object.entries(failure.headers)) reply.header(name, value);
    return reply.code(failure.status).type('application/json; charset=utf-8').send(failure.toBody());
  });

  app.setNotFoundHandler(async (request, reply) => {
    const allowed = methods.allowedFor(request.url);
    if (allowed.length > 0) {
      const failure = new ApiFailure(
        'method_not_allowed',
        `Метод ${request.method.slice(0, 20)} не поддерживается по этому адресу; можно: ${allowed.join(', ')}.`,
        `Method ${request.method.slice(0, 20)} is not allowed here; allowed: ${allowed.join(', ')}.`,
        { allowed },
      );
      return reply.code(405).header('allow', allowed.join(', ')).send(failure.toBody());
    }
    const failure = new ApiFailure('not_found', `Нет такого адреса: ${request.method.slice(0, 20)} ${request.url.slice(0, 200)}.`, 'No such route.', null);
    return reply.code(404).send(failure.toBody());
  });

  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  // Answers finished while closing end their connection, so that the drain does not wait for keep-alive timeouts.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onRequest', async (request, reply) => {
    if (closing) {
      reply.header('connection', 'close');
      throw new ApiFailure('unavailable', 'Хранилище останавливается; повторите запрос.', 'The store is shutting down; retry.', null, { 'retry-after': '1' });
    }
    if (request.url.length > MAX_URL_LENGTH) {
      throw new ApiFailure('uri_too_long', `Адрес запроса длиннее ${MAX_URL_LENGTH} символов.`, `The request URL is longer than ${MAX_URL_LENGTH} characters.`, { max: MAX_URL_LENGTH });
    }
  });
  app.addHook('onRoute', (route) => methods.add(route.url, route.method));

  useSecurityHeaders(app);
  await app.register(cors, {
    origin: options.origins && options.origins.length > 0 ? [...options.origins] : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key'],
    exposedHeaders: ['location', 'idempotent-replayed', 'retry-after'],
    maxAge: 600,
  });
  if (options.rateLimit !== false) {
    await app.register(rateLimit, {
      global: true,
      max: options.rateLimit ?? DEFAULT_RATE_LIMIT,
      timeWindow: 60_000,
      // The client's address only (the proxy's X-Forwarded-For with --trust-proxy): the Authorization header is the client's to vary.
      keyGenerator: (request) => request.ip,
      errorResponseBuilder: (_request, context) => {
        const seconds = retryAfterSeconds(context.ttl);
        const failure = new ApiFailure(
          'rate_limited',
          `Слишком много запросов (не более ${context.max} в минуту); повторите через ${seconds} с.`,
          `Too many requests (at most ${context.max} a minute); retry in ${seconds} s.`,
          { max: context.max, retryAfter: seconds },
        );
        return Object.assign(failure, { statusCode: 429 });
      },
    });
  }
  // The token is checked in onRequest, before the body is read: after the rate limit's hook (added to
  // each route by the plugin above), on every route that names who may use it.
  const checkToken = tokenGuard(database, throttle, options.authFailuresPerMinute ?? AUTH_FAILURES_PER_MINUTE);
  app.addHook('onRoute', (route) => {
    if (!route.config?.access) return;
    const hooks: onRequestHookHandler[] = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? [...route.onRequest] : [route.onRequest];
    route.onRequest = [...hooks, checkToken as onRequestHookHandler];
  });

  const workers = options.checkWorkers ?? 0;
  let checker: SubmissionChecker = inlineChecker;
  if (workers > 0) {
    const pool = new CheckPool(workers, { script: options.checkWorkerScript, onWorkerError: (error) => app.log.error({ err: error }, 'check worker failed') });
    try {
      await pool.ready();
    } catch (error) {
      await pool.close();
      await app.close();
      throw error;
    }
    checker = pool;
  }
  // After the requests in flight are answered (Fastify's close waits for them): the workers are stopped.
  app.addHook('onClose', async () => checker.close());

  app.get(routes.health, { config: { rateLimit: false }, schema: { response: { 200: Health, '5xx': ApiError } } }, async () => {
    await sql`select 1`.execute(database.db);
    return { status: 'ok' as const, database: database.dialect };
  });
  await app.register(submissionRoutes, { database, checker });
  await app.register(programRoutes, { database, throttle });
  const now = options.now ?? (() => new Date());
  const reporting = {
    now,
    deadlines: options.deadlines ?? DEFAULT_DEADLINES,
    evaluationMethod: options.evaluationMethod ?? DEFAULT_EVALUATION_METHOD,
  };
  await app.register(reportRoutes, { database, checkReport: options.checkReport ?? coreReportCheck, ...reporting });
  await app.register(coordinatorRoutes, { database, ...reporting });

  app.addHook('onClose', async () => {
    await throttle.close();
    if (options.ownsDatabase) await database.close();
  });
  return app;
}
