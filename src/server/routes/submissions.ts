// POST /api/v1/submissions: 201 with a new version, or 200 naming the version the program already is.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../../store/contract/api-error';
import { routes, urls } from '../../store/contract/routes';
import { IDEMPOTENCY_HEADER, IdempotencyKey, SubmissionAccepted, SubmissionBody } from '../../store/contract/submission';
import { holderOf } from '../auth/authenticate';
import type { StoreDatabase } from '../db/database';
import { originOf } from '../request-origin';
import { pushSubmission } from '../submissions/push-submission';

export const submissionRoutes: FastifyPluginAsyncZod<{ database: StoreDatabase }> = async (app, { database }) => {
  app.post(
    routes.submissions,
    {
      config: { action: 'submission', access: { roles: ['submitter', 'admin'], ru: 'отправлять программы', en: 'push programs' } },
      schema: {
        body: SubmissionBody,
        headers: z.looseObject({ [IDEMPOTENCY_HEADER]: IdempotencyKey.optional() }),
        response: { 200: SubmissionAccepted, 201: SubmissionAccepted, '4xx': ApiError, '5xx': ApiError },
      },
    },
    async (request, reply) => {
      const outcome = await pushSubmission(database, {
        holder: holderOf(request),
        body: request.body,
        idempotencyKey: request.headers[IDEMPOTENCY_HEADER] ?? null,
        from: originOf(request),
      });
      if (outcome.replayed) reply.header('idempotent-replayed', 'true');
      reply.header('location', urls.version(outcome.accepted.programId, outcome.accepted.version));
      return reply.code(outcome.accepted.existing ? 200 : 201).send(outcome.accepted);
    },
  );
};
