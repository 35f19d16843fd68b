// Every refusal in the API's one shape: errors thrown by handlers and hooks, Fastify's own (body
// parsing, schema validation, limits), and what the HTTP parser refuses before there is a request at
// all (bad header bytes, headers too large) — written to the socket by hand, in the same JSON.
import type { Socket } from 'node:net';
import type { FastifyError, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiFailure } from './api-failure';
import type { AuditThrottle } from './audit-throttle';
import { originOf } from './request-origin';
import { schemaFailure } from './schema-failure';

export function failureOf(error: FastifyError): ApiFailure {
  if (error instanceof ApiFailure) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return schemaFailure(error.validationContext, error.validation);
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
  if (error.statusCode === 414) return new ApiFailure('uri_too_long', 'Адрес запроса слишком длинный.', 'The request URL is too long.');
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new ApiFailure('invalid_request', 'Запрос не соответствует API v1.', 'The request does not match API v1.', { code: error.code ?? null });
  }
  return new ApiFailure('internal_error', 'Внутренняя ошибка хранилища; подробности в журнале сервера.', 'Internal store error; see the server log.');
}

/** Refusals worth an audit entry (who tried what): permission, conflicts, validation; 401s are audited where they are raised. */
const AUDITED_STATUSES = new Set([401, 403, 409, 422]);

/** One audit entry per refusal kind, holder (or address), program and minute, plus a count of the repeats. */
export async function auditRefusal(throttle: AuditThrottle, request: FastifyRequest, failure: ApiFailure): Promise<void> {
  if (failure.audited || !AUDITED_STATUSES.has(failure.status)) return;
  const details = failure.details as { programId?: unknown } | null;
  const programId = typeof details?.programId === 'string' ? details.programId.slice(0, 200) : null;
  const action = `${request.routeOptions.config.action ?? 'request'}.refused`;
  const who = request.holder?.tokenId ?? request.ip;
  const { written } = throttle.note(
    `${action}|${who}|${failure.code}|${programId ?? ''}`,
    {
      action,
      status: failure.status,
      holder: request.holder,
      programId,
      from: originOf(request),
      details: { error: failure.code, method: request.method, url: request.url.slice(0, 500) },
    },
    failure.code,
  );
  await written;
}

const PARSER_REFUSALS: Record<string, { status: number; code: string; ru: string; en: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'headers_too_large', ru: 'Заголовки запроса слишком велики.', en: 'The request headers are too large.' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'request_timeout', ru: 'Запрос не получен целиком вовремя.', en: 'The request did not arrive in time.' },
};

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 414: 'URI Too Long', 431: 'Request Header Fields Too Large' };

/**
 * Fastify's clientErrorHandler: the HTTP parser refused the bytes (a header with a control character, a
 * request line it cannot read, headers over the size limit). Answered in our shape, then the socket is closed.
 */
export function refuseMalformedHttp(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = error.code ? PARSER_REFUSALS[error.code] : undefined;
  const refusal = known ?? {
    status: 400,
    code: 'invalid_request',
    ru: 'Запрос не разобран: неверные байты в строке запроса или в заголовках.',
    en: 'The request cannot be read: bad bytes in the request line or headers.',
  };
  const body = JSON.stringify({ error: refusal.code, message: refusal.ru, messageEn: refusal.en, details: { parser: error.code ?? null } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${refusal.status} ${STATUS_TEXT[refusal.status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
