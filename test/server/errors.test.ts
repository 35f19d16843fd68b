// Every refusal of the API answers JSON { error, message, messageEn, details } with a stable code and
// the right status, never a stack trace; security headers and CORS on every answer.
import { ApiError } from '../../src/store/contract/api-error';
import { acceptableBody, bearer, countAll, edition, makeTestStore, push, SUBMISSIONS, testTargets, type TestStore } from './store-fixture';
import { skippedWithoutPostgres } from './postgres-skip';

function expectApiError(res: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number, code: string): ApiError {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  const error = ApiError.parse(JSON.parse(res.body));
  expect(error.error).toBe(code);
  expect(error.message.length).toBeGreaterThan(0);
  expect(res.body).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack trace
  expect(res.body).not.toMatch(/node_modules|\/src\//);
  return error;
}

skippedWithoutPostgres('errors');
describe.each(testTargets().map((t) => [t.name, t] as const))('errors on %s', (_name, target) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await makeTestStore(target);
  });
  afterAll(async () => {
    await store.close();
  });

  test.each([
    ['no Authorization header', {}],
    ['an unknown token', bearer('svk_this-token-was-never-issued')],
    ['a malformed header', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a bearer with no token', { authorization: 'Bearer ' }],
  ])('401 unauthorized for %s, on every API route', async (_what, headers) => {
    const routes: [string, string, unknown?][] = [
      ['POST', SUBMISSIONS, acceptableBody()],
      ['GET', '/api/v1/programs'],
      ['GET', '/api/v1/programs/some-program/versions'],
      ['GET', '/api/v1/programs/some-program/versions/1'],
      ['GET', '/api/v1/programs/some-program/diff?from=1&to=2'],
      ['POST', '/api/v1/programs/some-program/versions/1/review', { decision: 'accepted', comment: '' }],
    ];
    for (const [method, url, payload] of routes) {
      const res = await store.app.inject({ method: method as 'GET' | 'POST', url, headers, ...(payload ? { payload: payload as object } : {}) });
      expectApiError(res, 401, 'unauthorized');
    }
  });

  test('403 forbidden_role: a reviewer cannot push, a submitter cannot review', async () => {
    expectApiError(await push(store, acceptableBody(), {}, store.tokens.reviewer), 403, 'forbidden_role');
    const pushed = await push(store, acceptableBody());
    expect(pushed.statusCode).toBe(201);
    const { programId, version } = pushed.json();
    const review = await store.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${programId}/versions/${version}/review`,
      headers: bearer(store.tokens.submitter),
      payload: { decision: 'accepted', comment: 'сам себе' },
    });
    expectApiError(review, 403, 'forbidden_role');
  });

  test('400 malformed_json for a body that is not JSON, and for an empty JSON body', async () => {
    for (const payload of ['{"program": ', '{program: 1}', 'null,', '']) {
      const res = await store.app.inject({ method: 'POST', url: SUBMISSIONS, headers: { ...bearer(store.tokens.submitter), 'content-type': 'application/json' }, payload });
      expectApiError(res, 400, 'malformed_json');
    }
  });

  test('400 invalid_request for JSON that is not a submission, naming where', async () => {
    const body = acceptableBody();
    const cases: unknown[] = [
      {},
      { program: null },
      { program: { ...body.program, period: { from: 2024, to: 2020 } } },
      { program: { ...body.program, funding: { ...body.program.funding, total: { source: '', total: '1,5', years: [] } } } },
      { ...body, explanations: { key: 42 } },
      [body],
      { ...body, program: { ...body.program, title: 'Цифровое\u0000муниципальное образование' } },
    ];
    for (const payload of cases) {
      const res = await push(store, payload);
      const error = expectApiError(res, 400, 'invalid_request');
      expect(error.details).toMatchObject({ issues: expect.any(Array) });
    }
    const badKey = await push(store, body, { 'idempotency-key': 'k'.repeat(256) });
    expectApiError(badKey, 400, 'invalid_request');
  });

  test('413 body_too_large over the 5 MiB limit', async () => {
    const body = acceptableBody();
    const huge = { ...body, explanations: { ...body.explanations, padding: 'я'.repeat(3 * 1024 * 1024) } };
    const res = await push(store, huge);
    expectApiError(res, 413, 'body_too_large');
  });

  test('415 unsupported_media_type for a body that is not JSON by its Content-Type', async () => {
    const res = await store.app.inject({ method: 'POST', url: SUBMISSIONS, headers: { ...bearer(store.tokens.submitter), 'content-type': 'application/xml' }, payload: '<program/>' });
    expectApiError(res, 415, 'unsupported_media_type');
  });

  test('404 for an unknown route, program or version', async () => {
    expectApiError(await store.app.inject({ method: 'GET', url: '/api/v2/programs', headers: bearer(store.tokens.reviewer) }), 404, 'not_found');
    expectApiError(await store.app.inject({ method: 'GET', url: '/api/v1/programs/no-such-program/versions', headers: bearer(store.tokens.reviewer) }), 404, 'program_not_found');
    const pushed = (await push(store, acceptableBody())).json();
    expectApiError(
      await store.app.inject({ method: 'GET', url: `/api/v1/programs/${pushed.programId}/versions/999`, headers: bearer(store.tokens.reviewer) }),
      404,
      'version_not_found',
    );
    expectApiError(
      await store.app.inject({ method: 'POST', url: `/api/v1/programs/${pushed.programId}/versions/999/review`, headers: bearer(store.tokens.reviewer), payload: { decision: 'accepted' } }),
      404,
      'version_not_found',
    );
  });

  test('security headers on answers, errors included', async () => {
    for (const res of [
      await store.app.inject({ method: 'GET', url: '/healthz' }),
      await store.app.inject({ method: 'GET', url: '/api/v1/programs' }),
      await store.app.inject({ method: 'GET', url: '/nowhere' }),
    ]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['strict-transport-security']).toBeDefined();
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
  });

  test('CORS allows the configured add-in origin only', async () => {
    const preflight = (origin: string) =>
      store.app.inject({
        method: 'OPTIONS',
        url: SUBMISSIONS,
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,idempotency-key' },
      });
    const allowed = await preflight('https://addin.example.ru');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://addin.example.ru');
    expect(String(allowed.headers['access-control-allow-headers'])).toContain('idempotency-key');
    const other = await preflight('https://evil.example.com');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const get = await store.app.inject({ method: 'GET', url: '/healthz', headers: { origin: 'https://evil.example.com' } });
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('GET /healthz answers without a token', async () => {
    const res = await store.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: target.name });
  });

  test('refused requests leave no program, version, review or idempotency key behind', async () => {
    const before = await countAll(store.database);
    await push(store, acceptableBody(), {}, null);
    await push(store, acceptableBody(), {}, store.tokens.reviewer);
    await push(store, { program: {} });
    await push(store, { ...acceptableBody(edition(99)), explanations: {} }, { 'idempotency-key': 'refused-once' });
    expect(await countAll(store.database)).toEqual(before);
  });
});

describe('429 rate_limited', () => {
  test('a client over its limit is told to wait, with Retry-After', async () => {
    const store = await makeTestStore(testTargets()[0], { rateLimit: 5 });
    try {
      const answers = [];
      for (let i = 0; i < 7; i++) answers.push(await store.app.inject({ method: 'GET', url: '/api/v1/programs', headers: bearer(store.tokens.reviewer) }));
      expect(answers.slice(0, 5).map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
      const limited = answers[6];
      expectApiError(limited, 429, 'rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await store.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await store.close();
    }
  });
});
