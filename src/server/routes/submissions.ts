// POST /api/v1/submissions: 201 with a new version, or 200 naming the version the program already is.
// The body is not parsed here: its bytes go to the check pool (submissions/check-pool.ts), which reads it
// (JSON budget, JSON, schema) and re-validates it off the event loop's thread, with the same refusals as
// the schema of a route; this thread then does the database part (submissions/push-submission.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../../store/contract/api-error';
import { routes, urls } from '../../store/contract/routes';
import { IDEMPOTENCY_HEADER, IdempotencyKey, SubmissionAccepted } from '../../store/contract/submission';
import { holderOf } from '../auth/authenticate';
import type { StoreDatabase } from '../db/database';
import { originOf } from '../request-origin';
import { issuesOf } from '../russian-validator';
import { schemaFailure } from '../schema-failure';
import type { SubmissionChecker } from '../submissions/check-pool';
import { failureOfData, type SubmissionInput } from '../submissions/prepare-submission';
import { pushSubmission } from '../submissions/push-submission';

const SubmissionHeaders = z.looseObject({ [IDEMPOTENCY_HEADER]: IdempotencyKey.optional() });

/** The bytes of a JSON body, as the parser of this route leaves them (the check pool parses them). */
class JsonBytes {
  constructor(readonly bytes: Buffer) {}
}

export const submissionRoutes: FastifyPluginAsyncZod<{ database: StoreDatabase; checker: SubmissionChecker }> = async (app, { database, checker }) => {
  // In this route's context only: the JSON body is kept as bytes (within the body limit, as before).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body: string | Buffer, done) => {
    done(null, new JsonBytes(typeof body === 'string' ? Buffer.from(body, 'utf8') : body));
  });
  app.post(
    routes.submissions,
    {
      config: { action: 'submission', access: { roles: ['submitter', 'admin'], ru: 'отправлять программы', en: 'push programs' } },
      schema: {
        response: { 200: SubmissionAccepted, 201: SubmissionAccepted, '4xx': ApiError, '5xx': ApiError },
      },
    },
    async (request, reply) => {
      const body: unknown = request.body;
      const input: SubmissionInput = body instanceof JsonBytes ? { json: body.bytes } : { value: body };
      const outcome = await checker.prepare(input);
      // The body's refusal comes before the headers', as when Fastify validated both (body first).
      if (!outcome.ok) throw failureOfData(outcome.failure);
      const headers = issuesOf(SubmissionHeaders, request.headers);
      if (Array.isArray(headers)) throw schemaFailure('headers', headers.map((issue) => ({ instancePath: `/${issue.path.join('/')}`, message: issue.message })));
      const key = request.headers[IDEMPOTENCY_HEADER];
      const result = await pushSubmission(database, {
        holder: holderOf(request),
        prepared: outcome.prepared,
        idempotencyKey: typeof key === 'string' ? key : null,
        from: originOf(request),
      });
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      reply.header('location', urls.version(result.accepted.programId, result.accepted.version));
      return reply.code(result.accepted.existing ? 200 : 201).send(result.accepted);
    },
  );
};
