// The one error shape of the store's HTTP API: a stable machine code, a message for people
// (Russian first, English second) and details that depend on the code.
import { z } from 'zod';

/** Every code the API answers with; clients switch on these, never on the message. */
export const API_ERROR_CODES = {
  malformed_json: 400,
  invalid_request: 400,
  unauthorized: 401,
  /** The token was revoked (sverka store token revoke): a new one is needed. */
  token_revoked: 401,
  /** The token's expiry date has passed: a new one is needed. */
  token_expired: 401,
  forbidden_role: 403,
  forbidden_department: 403,
  not_found: 404,
  program_not_found: 404,
  version_not_found: 404,
  /** No such report (program × period) or report version. */
  report_not_found: 404,
  method_not_allowed: 405,
  /** The request did not arrive whole in time. */
  request_timeout: 408,
  idempotency_conflict: 409,
  body_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  validation_failed: 422,
  /** The program has no name or no municipality: the store cannot tell which program it is. */
  program_unnamed: 422,
  unexplained_warnings: 422,
  rate_limited: 429,
  headers_too_large: 431,
  internal_error: 500,
  /** The store is shutting down; retry (the client does, with the same Idempotency-Key). */
  unavailable: 503,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_CODES;
export const ApiErrorCode = z.enum(Object.keys(API_ERROR_CODES) as [ApiErrorCode, ...ApiErrorCode[]]);

export const ApiError = z.object({
  error: ApiErrorCode,
  /** For people, in Russian. */
  message: z.string(),
  /** The same in English. */
  messageEn: z.string(),
  /** Depends on `error`: the report for 422, the offending fields for 400, null when there is nothing to add. */
  details: z.unknown(),
});
export type ApiError = z.infer<typeof ApiError>;
