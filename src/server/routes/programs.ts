// The history: programs, versions, one version, diffs and reviews.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError } from '../../store/contract/api-error';
import { DiffQuery, ProgramDiff } from '../../store/contract/diff';
import { ProgramList, ProgramParams, VersionDetail, VersionList, VersionParams } from '../../store/contract/programs';
import { Review, ReviewBody } from '../../store/contract/review';
import { routes, urls } from '../../store/contract/routes';
import { authenticate } from '../auth/authenticate';
import type { StoreDatabase } from '../db/database';
import { diffVersions, getVersion, listPrograms, listVersions } from '../history';
import { originOf } from '../request-origin';
import { addReview } from '../reviews';

const errors = { '4xx': ApiError, '5xx': ApiError } as const;

export const programRoutes: FastifyPluginAsyncZod<{ database: StoreDatabase }> = async (app, { database }) => {
  const { db } = database;

  app.get(routes.programs, { config: { action: 'programs.list' }, schema: { response: { 200: ProgramList, ...errors } } }, async (request) => {
    await authenticate(request, db);
    return { programs: await listPrograms(db) };
  });

  app.get(routes.versions, { config: { action: 'versions.list' }, schema: { params: ProgramParams, response: { 200: VersionList, ...errors } } }, async (request) => {
    await authenticate(request, db);
    return { programId: request.params.programId, versions: await listVersions(db, request.params.programId) };
  });

  app.get(routes.version, { config: { action: 'version.read' }, schema: { params: VersionParams, response: { 200: VersionDetail, ...errors } } }, async (request) => {
    await authenticate(request, db);
    return getVersion(db, request.params.programId, request.params.version);
  });

  app.get(
    routes.diff,
    { config: { action: 'diff.read' }, schema: { params: ProgramParams, querystring: DiffQuery, response: { 200: ProgramDiff, ...errors } } },
    async (request) => {
      await authenticate(request, db);
      return diffVersions(db, request.params.programId, request.query.from, request.query.to);
    },
  );

  app.post(
    routes.review,
    { config: { action: 'review' }, schema: { params: VersionParams, body: ReviewBody, response: { 201: Review, ...errors } } },
    async (request, reply) => {
      const holder = await authenticate(request, db);
      const review = await addReview(database, { holder, programId: request.params.programId, version: request.params.version, body: request.body, from: originOf(request) });
      reply.header('location', urls.version(review.programId, review.version));
      return reply.code(201).send(review);
    },
  );
};
