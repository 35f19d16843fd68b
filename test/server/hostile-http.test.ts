// Hostile requests all end in the API's one error shape, with the right status: U+0000 in ids (404),
// ids of any length (404, or 414 past the limit), other methods (405 with Allow), lone surrogates
// (400: answered as sent and stored as U+FFFD is never the outcome), and bytes the HTTP parser refuses
// (400, 431) — over a real socket, since app.inject does not go through the parser.
import { connect } from 'node:net';
import { ApiError } from '../../src/store/contract/api-error';
import { acceptableBody, bearer, makeTestStore, push, testTargets, type TestStore } from './store-fixture';
import { skippedWithoutPostgres } from './postgres-skip';

function expectShape(res: { statusCode: number; body: string }, status: number, code: string): ApiError {
  expect(res.statusCode).toBe(status);
  const error = ApiError.parse(JSON.parse(res.body));
  expect(error.error).toBe(code);
  return error;
}

skippedWithoutPostgres('hostile HTTP');
describe.each(testTargets().map((t) => [t.name, t] as const))('hostile HTTP on %s', (_name, target) => {
  let store: TestStore;
  let programId: string;
  beforeAll(async () => {
    store = await makeTestStore(target);
    programId = (await push(store, acceptableBody())).json().programId;
  });
  afterAll(async () => {
    await store.close();
  });
  const get = (url: string) => store.app.inject({ method: 'GET', url, headers: bearer(store.tokens.admin) });

  test.each([
    '/api/v1/programs/%00/versions',
    '/api/v1/programs/abc%00def/versions/1',
    '/api/v1/programs/%00/diff?from=1&to=2',
    `/api/v1/programs/${'a'.repeat(257)}/versions`,
    `/api/v1/programs/${'a'.repeat(2000)}/versions/1`,
    '/api/v1/programs/%F0%9F%92%A9/versions',
    '/api/v1/programs/..%2F..%2Fetc%2Fpasswd/versions',
  ])('GET %s is no such program: 404 in our shape', async (url) => {
    expectShape(await get(url), 404, 'program_not_found');
  });

  test('U+0000 in the id of a review or a department assignment is 404 too, and nothing is written', async () => {
    const before = await store.database.db.selectFrom('reviews').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expectShape(await store.app.inject({ method: 'POST', url: '/api/v1/programs/%00/versions/1/review', headers: bearer(store.tokens.admin), payload: { decision: 'accepted' } }), 404, 'program_not_found');
    expectShape(await store.app.inject({ method: 'POST', url: '/api/v1/programs/%00/department', headers: bearer(store.tokens.admin), payload: { department: 'X' } }), 404, 'program_not_found');
    expect(await store.database.db.selectFrom('reviews').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).toEqual(before);
  });

  test('ids past 2048 characters and URLs past 4096 are 414 in our shape', async () => {
    expectShape(await get(`/api/v1/programs/${'a'.repeat(3000)}/versions`), 414, 'uri_too_long');
    expectShape(await get(`/api/v1/programs?${'x'.repeat(5000)}`), 414, 'uri_too_long');
  });

  test.each(['PUT', 'DELETE', 'PATCH'] as const)('%s on an API route is 405 with Allow, in our shape', async (method) => {
    const submissions = await store.app.inject({ method, url: '/api/v1/submissions', headers: bearer(store.tokens.admin), payload: {} });
    expectShape(submissions, 405, 'method_not_allowed');
    expect(submissions.headers.allow).toBe('POST');
    const version = await store.app.inject({ method, url: `/api/v1/programs/${programId}/versions/1`, headers: bearer(store.tokens.admin) });
    expectShape(version, 405, 'method_not_allowed');
    expect(version.headers.allow).toBe('GET, HEAD');
    expectShape(await store.app.inject({ method, url: '/api/v1/elsewhere' }), 404, 'not_found');
  });

  test('a lone surrogate in a review comment, an explanation or a basis is refused (400), never stored as U+FFFD', async () => {
    const review = await store.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${programId}/versions/1/review`,
      headers: { ...bearer(store.tokens.reviewer), 'content-type': 'application/json' },
      payload: '{"decision":"returned","comment":"плохо \\ud800 сделано"}',
    });
    const error = expectShape(review, 400, 'invalid_request');
    expect(error.message).toContain('суррогат');
    const body = acceptableBody();
    const key = Object.keys(body.explanations)[0];
    const text = JSON.stringify(body).replace(JSON.stringify(body.explanations[key]), '"\\udc01 пояснение"');
    expectShape(await store.app.inject({ method: 'POST', url: '/api/v1/submissions', headers: { ...bearer(store.tokens.submitter), 'content-type': 'application/json' }, payload: text }), 400, 'invalid_request');
    const withBasis = JSON.stringify({ ...body, basis: 'постановление X' }).replace('постановление X', '\\ud83d');
    expectShape(await store.app.inject({ method: 'POST', url: '/api/v1/submissions', headers: { ...bearer(store.tokens.submitter), 'content-type': 'application/json' }, payload: withBasis }), 400, 'invalid_request');
    // A well-formed pair (an emoji) is text like any other: stored and answered exactly.
    const emoji = await store.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${programId}/versions/1/review`,
      headers: { ...bearer(store.tokens.reviewer), 'content-type': 'application/json' },
      payload: '{"decision":"returned","comment":"см. замечание \\ud83d\\udcdd"}',
    });
    expect(emoji.statusCode).toBe(201);
    const detail = await get(`/api/v1/programs/${programId}/versions/1`);
    expect(detail.json().reviewList.map((r: { comment: string }) => r.comment)).toContain('см. замечание 📝');
  });
});

/** Sends raw bytes to the listening store and reads the whole answer. */
function raw(port: number, bytes: Buffer | string): Promise<{ statusCode: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve({ statusCode: status ? Number(status[1]) : 0, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
    socket.end(bytes);
  });
}

describe('what the HTTP parser refuses is answered in our shape', () => {
  let store: TestStore;
  let port: number;
  beforeAll(async () => {
    store = await makeTestStore(testTargets()[0]);
    await store.app.listen({ port: 0, host: '127.0.0.1' });
    port = (store.app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await store.close();
  });

  test.each([
    ['a control character in a header value', Buffer.from('GET /api/v1/programs HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer svk_\x01abc\r\n\r\n', 'latin1')],
    ['a header name with a space', 'GET /api/v1/programs HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n'],
    ['a request line that is not HTTP', 'HELLO THERE\r\n\r\n'],
    ['a NUL in the request line', Buffer.from('GET /api/v1/pro\x00grams HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1')],
  ])('%s: 400 invalid_request', async (_what, bytes) => {
    expectShape(await raw(port, bytes), 400, 'invalid_request');
  });

  test('headers over the limit: 431 headers_too_large', async () => {
    expectShape(await raw(port, `GET /api/v1/programs HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`), 431, 'headers_too_large');
  });

  test('bytes above 0x7F in the Authorization header are an unknown token (401), not a crash', async () => {
    const res = await raw(port, Buffer.concat([Buffer.from('GET /api/v1/programs HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer svk_'), Buffer.from([0xff, 0xfe, 0xd0, 0x96]), Buffer.from('\r\n\r\n')]));
    expectShape(res, 401, 'unauthorized');
    expect((await store.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
