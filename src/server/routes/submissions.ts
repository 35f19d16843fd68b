// POST /api/v1/submissions
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../../store/contract/api-error';
import { routes, urls } from '../../store/contract/routes';
import { IDEMPOTENCY_HEADER, IdempotencyKey, SubmissionAccepted, SubmissionBody } from '../../store/contract/submission';
import { authenticate } from '../auth/authenticate';
import type { StoreDatabase } from '../db/database';
import { originOf } from '../request-origin';
import { pushSubmission } from '../submissions/push-submission';

export const submissionRoutes: FastifyPluginAsyncZod<{ database: StoreDatabase }> = async (app, { database }) => {
  app.post(
    routes.submissions,
    {
      config: { action: 'submission' },
      schema: {
        body: SubmissionBody,
        headers: z.looseObject({ [IDEMPOTENCY_HEADER]: IdempotencyKey.optional() }),
        response: { 200: SubmissionAccepted, 201: SubmissionAccepted, '4xx': ApiError, '5xx': ApiError },
      },
    },
    async (request, reply) => {
      const holder = await authenticate(request, database.db);
      const outcome = await pushSubmission(database, {
        holder,
        body: request.body,
        idempotencyKey: request.headers[IDEMPOTENCY_HEADER] ?? null,
        from: originOf(request),
      });
      if (outcome.replayed) reply.header('idempotent-replayed', 'true');
      reply.header('location', urls.version(outcome.accepted.programId, outcome.accepted.version));
      return reply.code(201).send(outcome.accepted);
    },
  );
};
