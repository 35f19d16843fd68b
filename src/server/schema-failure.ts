// The refusal of a request that does not match its schema (400 invalid_request), in one place: Fastify's
// validation errors (http-errors.ts) and the body of a push read off the main thread (prepare-submission.ts)
// say it in the same words.
import { ApiFailure } from './api-failure';

/** Where the schema refused the request: Fastify's validationContext. */
export type SchemaContext = 'body' | 'headers' | 'params' | 'querystring' | string | undefined;

export function schemaFailure(context: SchemaContext, validation: readonly { instancePath: string; message?: string }[]): ApiFailure {
  const issues = validation.map((v) => ({ where: context ?? null, path: v.instancePath, message: v.message ?? '' }));
  const where = context === 'body' ? 'тело запроса' : context === 'headers' ? 'заголовки' : 'адрес или параметры';
  return new ApiFailure(
    'invalid_request',
    `Запрос не соответствует API v1 (${where}): ${issues.slice(0, 5).map((i) => `${i.path || '/'} — ${i.message}`).join('; ')}.`,
    `The request does not match API v1 (${context ?? 'request'}).`,
    { issues: issues.slice(0, 100) },
  );
}
