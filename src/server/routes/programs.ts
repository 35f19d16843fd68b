// The history: programs, versions, one version, diffs, reviews, and the department a program is bound to.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError } from '../../store/contract/api-error';
import { DiffQuery, ProgramDiff } from '../../store/contract/diff';
import { DepartmentAssignment, DepartmentBody, ProgramList, ProgramParams, VersionDetail, VersionList, VersionParams } from '../../store/contract/programs';
import { Review, ReviewBody } from '../../store/contract/review';
import { routes, urls } from '../../store/contract/routes';
import type { AuditThrottle } from '../audit-throttle';
import { holderOf, type RouteAccess } from '../auth/authenticate';
import type { StoreDatabase } from '../db/database';
import { diffVersions, getVersion, listPrograms, listVersions } from '../history';
import { reassignDepartment } from '../program-departments';
import { originOf } from '../request-origin';
import { addReview } from '../reviews';

const errors = { '4xx': ApiError, '5xx': ApiError } as const;

/** Anyone with a token reads the history. */
export const READERS: RouteAccess = { roles: ['submitter', 'reviewer', 'admin'], ru: 'читать историю', en: 'read the history' };

export const programRoutes: FastifyPluginAsyncZod<{ database: StoreDatabase; throttle: AuditThrottle }> = async (app, { database, throttle }) => {
  const { db } = database;

  app.get(routes.programs, { config: { action: 'programs.list', access: READERS }, schema: { response: { 200: ProgramList, ...errors } } }, async () => {
    return { programs: await listPrograms(db) };
  });

  app.get(
    routes.versions,
    { config: { action: 'versions.list', access: READERS }, schema: { params: ProgramParams, response: { 200: VersionList, ...errors } } },
    async (request) => ({ programId: request.params.programId, versions: await listVersions(db, request.params.programId) }),
  );

  // Reading a version's content is audited: once per reader, version and minute, with a count of the repeats.
  app.get(
    routes.version,
    { config: { action: 'version.read', access: READERS }, schema: { params: VersionParams, response: { 200: VersionDetail, ...errors } } },
    async (request) => {
      const { programId, version } = request.params;
      const detail = await getVersion(db, programId, version);
      const holder = holderOf(request);
      await throttle.note(`version.read|${holder.tokenId}|${programId}|${version}`, { action: 'version.read', status: 200, holder, programId, version, from: originOf(request) }, 'read').written;
      return detail;
    },
  );

  app.get(
    routes.diff,
    { config: { action: 'diff.read', access: READERS }, schema: { params: ProgramParams, querystring: DiffQuery, response: { 200: ProgramDiff, ...errors } } },
    async (request) => {
      const { programId } = request.params;
      const { from, to } = request.query;
      const diff = await diffVersions(db, programId, from, to);
      const holder = holderOf(request);
      await throttle.note(`diff.read|${holder.tokenId}|${programId}|${from}|${to}`, { action: 'diff.read', status: 200, holder, programId, version: to, from: originOf(request), details: { from, to } }, 'read').written;
      return diff;
    },
  );

  app.post(
    routes.review,
    {
      config: { action: 'review', access: { roles: ['reviewer', 'admin'], ru: 'рассматривать версии', en: 'review versions' } },
      schema: { params: VersionParams, body: ReviewBody, response: { 201: Review, ...errors } },
    },
    async (request, reply) => {
      const review = await addReview(database, { holder: holderOf(request), programId: request.params.programId, version: request.params.version, body: request.body, from: originOf(request) });
      reply.header('location', urls.version(review.programId, review.version));
      return reply.code(201).send(review);
    },
  );

  app.post(
    routes.department,
    {
      config: { action: 'program.department', access: { roles: ['admin'], ru: 'закреплять программы за отделами', en: 'assign programs to departments' } },
      schema: { params: ProgramParams, body: DepartmentBody, response: { 201: DepartmentAssignment, ...errors } },
    },
    async (request, reply) => {
      const assignment = await reassignDepartment(database, {
        holder: holderOf(request),
        programId: request.params.programId,
        department: request.body.department,
        reason: request.body.reason,
        from: originOf(request),
      });
      return reply.code(201).send(assignment);
    },
  );
};
