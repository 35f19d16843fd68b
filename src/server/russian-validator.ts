// The validator of request schemas: fastify-type-provider-zod's, but with zod's own messages in
// Russian for this call (the details of 400 invalid_request), not by changing zod for the process.
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { RUSSIAN_ZOD } from '../domain/messages/zod-errors';

/** The mark fastify-type-provider-zod puts on its validation errors (hasZodFastifySchemaValidationErrors). */
const ZOD_VALIDATION_ERROR = Symbol.for('ZodFastifySchemaValidationError');

export const russianValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema }) => (data) => {
  const result = schema.safeParse(data, RUSSIAN_ZOD);
  if (result.success) return { value: result.data };
  return {
    error: result.error.issues.map((issue) => {
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
