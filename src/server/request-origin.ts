import type { FastifyRequest } from 'fastify';
import type { RequestOrigin } from './audit';

/** From where a request came, for the audit log. */
export function originOf(request: FastifyRequest): RequestOrigin {
  const agent = request.headers['user-agent'];
  return { remoteAddress: request.ip ?? null, userAgent: typeof agent === 'string' ? agent : null };
}
