// The store's Fastify app: builds it (routes, schemas, security, limits, errors) without listening;
// server.ts listens. Every route's params, body and answers are the zod schemas of src/store.
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { sql } from 'kysely';
import { z } from 'zod';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { hasZodFastifySchemaValidationErrors, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError } from '../store/contract/api-error';
import { Health } from '../store/contract/health';
import { routes } from '../store/contract/routes';
import { ApiFailure } from './api-failure';
import { writeAudit } from './audit';
import { holderOf } from './auth/authenticate';
import type { StoreDatabase } from './db/database';
import { originOf } from './request-origin';
import { programRoutes } from './routes/programs';
import { submissionRoutes } from './routes/submissions';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route does, for the audit log of refusals ("submission", "review" …). */
    action?: string;
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

export interface StoreAppOptions {
  database: StoreDatabase;
  /** Close the database when the app closes (the server owns it; tests keep their own). */
  ownsDatabase?: boolean;
  /** Origins allowed by CORS, exactly ("https://addin.example.ru"); none besides these. */
  origins?: readonly string[];
  bodyLimit?: number;
  /** Per minute per client; `false` turns the limit off. */
  rateLimit?: number | false;
  /** Pino options or false; JSON lines on stdout by default. */
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean;
}

/** Refusals worth an audit entry (who tried what): authentication, permission, conflicts, validation. */
const AUDITED_STATUSES = new Set([401, 403, 409, 422]);

function failureOf(error: FastifyError): ApiFailure {
  if (error instanceof ApiFailure) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({ where: error.validationContext ?? null, path: v.instancePath, message: v.message ?? '' }));
    const where = error.validationContext === 'body' ? 'тело запроса' : error.validationContext === 'headers' ? 'заголовки' : 'адрес или параметры';
    return new ApiFailure(
      'invalid_request',
      `Запрос не соответствует API v1 (${where}): ${issues.slice(0, 5).map((i) => `${i.path || '/'} — ${i.message}`).join('; ')}.`,
      `The request does not match API v1 (${error.validationContext ?? 'request'}).`,
      { issues: issues.slice(0, 100) },
    );
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiFailure('body_too_large', 'Тело запроса больше допустимого размера.', 'The request body is over the size limit.', null);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiFailure('unsupported_media_type', 'Тело запроса должно быть JSON (Content-Type: application/json).', 'The body must be JSON (Content-Type: application/json).');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiFailure('malformed_json', 'Тело запроса — не JSON или JSON с ошибкой.', 'The request body is not valid JSON.');
  }
  if (error.statusCode === 429) {
    return new ApiFailure('rate_limited', 'Слишком много запросов; повторите позже.', 'Too many requests; retry later.', null);
  }
  if (error.statusCode === 400 && (error instanceof SyntaxError || /JSON|__proto__|constructor/i.test(error.message))) {
    return new ApiFailure('malformed_json', 'Тело запроса — не JSON или JSON с ошибкой.', 'The request body is not valid JSON.');
  }
  if (error.statusCode === 413) {
    return new ApiFailure('body_too_large', 'Тело запроса больше допустимого размера.', 'The request body is over the size limit.', null);
  }
  if (error.statusCode === 405) return new ApiFailure('method_not_allowed', 'Метод не поддерживается.', 'Method not allowed.');
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new ApiFailure('invalid_request', 'Запрос не соответствует API v1.', 'The request does not match API v1.', { code: error.code ?? null });
  }
  return new ApiFailure('internal_error', 'Внутренняя ошибка хранилища; подробности в журнале сервера.', 'Internal store error; see the server log.');
}

/** Seconds until a rate-limited client may retry (the plugin gives milliseconds), at least 1. */
function retryAfterSeconds(ttlMs: number): number {
  return Math.max(1, Math.ceil(ttlMs / 1000));
}

export async function buildStoreApp(options: StoreAppOptions): Promise<FastifyInstance> {
  const { database } = options;
  // zod's own messages (the details of 400 invalid_request) in Russian; our schemas' custom messages are Russian already.
  z.config(z.locales.ru());
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: options.logger ?? { level: 'info' },
    bodyLimit,
    trustProxy: options.trustProxy ?? false,
    requestTimeout: 60_000,
    connectionTimeout: 60_000,
    // Refused in our own shape instead (the onRequest hook below).
    return503OnClosing: false,
    // programIds are slugs of up to 160 characters (MAX_SLUG_LENGTH).
    routerOptions: { maxParamLength: 256 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const failure = failureOf(error);
    if (failure.code === 'internal_error') request.log.error({ err: error }, 'internal error');
    else request.log.info({ code: failure.code, status: failure.status }, 'refused');
    if (AUDITED_STATUSES.has(failure.status)) {
      const details = failure.details as { programId?: unknown } | null;
      try {
        await database.write((db) => writeAudit(db, {
          action: `${request.routeOptions.config.action ?? 'request'}.refused`,
          status: failure.status,
          holder: holderOf(request),
          programId: typeof details?.programId === 'string' ? details.programId : null,
          from: originOf(request),
          details: { error: failure.code, method: request.method, url: request.url.slice(0, 500) },
        }));
      } catch (auditError) {
        request.log.error({ err: auditError }, 'audit log write failed');
      }
    }
    for (const [name, value] of Object.entries(failure.headers)) reply.header(name, value);
    return reply.code(failure.status).type('application/json; charset=utf-8').send(failure.toBody());
  });

  app.setNotFoundHandler(async (request, reply) => {
    const failure = new ApiFailure('not_found', `Нет такого адреса: ${request.method} ${request.url.slice(0, 200)}.`, 'No such route.', null);
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
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) {
      reply.header('connection', 'close');
      throw new ApiFailure('unavailable', 'Хранилище останавливается; повторите запрос.', 'The store is shutting down; retry.', null, { 'retry-after': '1' });
    }
  });

  await app.register(helmet, { global: true });
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
      // The client's address only: the Authorization header is the client's to vary.
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

  app.get(routes.health, { config: { rateLimit: false }, schema: { response: { 200: Health, '5xx': ApiError } } }, async () => {
    await sql`select 1`.execute(database.db);
    return { status: 'ok' as const, database: database.dialect };
  });
  await app.register(submissionRoutes, { database });
  await app.register(programRoutes, { database });

  if (options.ownsDatabase) app.addHook('onClose', async () => database.close());
  return app;
}

