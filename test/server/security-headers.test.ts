// The store's security headers are helmet's with its default options, as @fastify/helmet set them before
// they were recorded once (security-headers.ts): the same names, values and order, on answers of any kind.
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { useSecurityHeaders } from '../../src/server/security-headers';

async function appWith(headers: (app: FastifyInstance) => Promise<void> | void): Promise<FastifyInstance> {
  const app = Fastify();
  await headers(app);
  app.get('/json', async () => ({ ok: true }));
  app.get('/page', async (_request, reply) => reply.header('content-security-policy', "default-src 'none'").type('text/html').send('<p>'));
  app.get('/fails', async () => {
    throw new Error('boom');
  });
  await app.ready();
  return app;
}

/** The raw header lines of an answer but the date (which differs between two answers). */
async function headerLines(app: FastifyInstance, url: string): Promise<string[]> {
  const res = await app.inject({ method: 'GET', url });
  return Object.entries(res.headers)
    .filter(([name]) => name !== 'date')
    .map(([name, value]) => `${name}: ${String(value)}`)
    .concat(`order: ${res.raw.res.getHeaderNames().join(',')}`, `status: ${res.statusCode}`);
}

test.each(['/json', '/page', '/fails', '/missing'])('%s: the same headers as @fastify/helmet gives', async (url) => {
  const plugin = await appWith(async (app) => {
    await app.register(fastifyHelmet, { global: true });
  });
  const recorded = await appWith(useSecurityHeaders);
  try {
    const expected = await headerLines(plugin, url);
    expect(expected.some((line) => line.startsWith('strict-transport-security: '))).toBe(true);
    expect(await headerLines(recorded, url)).toEqual(expected);
  } finally {
    await plugin.close();
    await recorded.close();
  }
});
