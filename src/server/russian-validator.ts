// The validator of request schemas: fastify-type-provider-zod's, but with zod's own messages in
// Russian for this call (the details of 400 invalid_request), not by changing zod for the process.
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { RUSSIAN_ZOD } from '../domain/messages/zod-errors';
import { bodyValues } from './json-body';

/** The mark fastify-type-provider-zod puts on its validation errors (hasZodFastifySchemaValidationErrors). */
const ZOD_VALIDATION_ERROR = Symbol.for('ZodFastifySchemaValidationError');

/** Past this many values a body is first checked by zod's validate (stops at the first wrong value). */
const LARGE_BODY = 20_000;
/** A large wrong body is described by its arrays' first items only. */
const FIRST_ITEMS = 20;

/** A copy with every array cut to its first `n` items (the body is within the JSON budget: depth ≤ 64). */
function firstItems(value: unknown, n: number): unknown {
  if (Array.isArray(value)) return value.slice(0, n).map((v) => firstItems(v, n));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, firstItems(v, n)]));
}

/**
 * Zod describes every wrong value of a body (hundreds of thousands of wrong items cost a minute and
 * gigabytes), so a large body is first validated with early abort; when it is wrong, the issues given
 * are those of its arrays' first items, or one issue saying the fault is further on.
 */
export function issuesOf(schema: z.ZodType, data: unknown): z.core.$ZodIssue[] | { value: unknown } {
  const large = data !== null && typeof data === 'object' && (bodyValues.get(data) ?? 0) > LARGE_BODY;
  if (large && !schema.validate(data)) {
    const head = schema.safeParse(firstItems(data, FIRST_ITEMS), RUSSIAN_ZOD);
    if (!head.success) return head.error.issues;
    return [{ code: 'custom', path: [], input: undefined, message: `значение не по схеме дальше первых ${FIRST_ITEMS} элементов какого-то массива` }];
  }
  const result = schema.safeParse(data, RUSSIAN_ZOD);
  return result.success ? { value: result.data } : result.error.issues;
}

export const russianValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema }) => (data) => {
  const result = issuesOf(schema, data);
  if (!Array.isArray(result)) return result;
  return {
    error: result.map((issue) => {
      const { path, code, message, ...params } = issue;
      return {
        [ZOD_VALIDATION_ERROR]: true,
        keyword: code,
        instancePath: `/${path.join('/')}`,
        schemaPath: `#/${path.join('/')}/${code}`,
        message,
        params,
      };
    }) as unknown as Error,
  };
};
