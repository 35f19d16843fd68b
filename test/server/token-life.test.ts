// A token's life: it may expire, it may be revoked; either way the next request is refused with a 401
// of its own code (token_expired, token_revoked), in every process serving the database — the
// revocation is read with the token on each request, never cached.
import { ApiError } from '../../src/store/contract/api-error';
import { createToken, listTokens, revokeToken } from '../../src/server/auth/tokens';
import { openDatabase } from '../../src/server/db/database';
import { buildStoreApp } from '../../src/server/app';
import { acceptableBody, bearer, makeTestStore, push, testTargets, type TestStore } from './store-fixture';
import { skippedWithoutPostgres } from './postgres-skip';

skippedWithoutPostgres('token life');
describe.each(testTargets().map((t) => [t.name, t] as const))('token life on %s', (_name, target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await makeTestStore(target);
  });
  afterEach(async () => {
    await store.close();
  });

  const programs = (token: string) => store.app.inject({ method: 'GET', url: '/api/v1/programs', headers: bearer(token) });

  test('a revoked token gets 401 token_revoked on its very next request; the revocation is audited', async () => {
    expect((await programs(store.tokens.reviewer)).statusCode).toBe(200);
    const outcome = await revokeToken(store.database.db, { tokenId: store.tokenIds.reviewer, reason: 'сотрудник уволился' });
    expect(outcome).toMatchObject({ revoked: { tokenId: store.tokenIds.reviewer, status: 'revoked', revokeReason: 'сотрудник уволился' } });
    const refused = await programs(store.tokens.reviewer);
    expect(refused.statusCode).toBe(401);
    const error = ApiError.parse(refused.json());
    expect(error.error).toBe('token_revoked');
    expect(error.message).toMatch(/^Токен отозван/);
    // A push with the revoked token is refused before its body is looked at.
    const pushed = await push(store, { not: 'a submission' }, {}, store.tokens.reviewer);
    expect(pushed.statusCode).toBe(401);
    expect(pushed.json().error).toBe('token_revoked');
    const audit = await store.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'token.revoked').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].details!)).toMatchObject({ tokenId: store.tokenIds.reviewer, reason: 'сотрудник уволился' });
    expect(await revokeToken(store.database.db, { tokenId: store.tokenIds.reviewer })).toMatchObject({ alreadyRevoked: { tokenId: store.tokenIds.reviewer } });
    expect(await revokeToken(store.database.db, { tokenId: 'tok_000000000000' })).toEqual({ unknown: true });
    expect((await listTokens(store.database.db)).map((t) => [t.tokenId, t.status])).toContainEqual([store.tokenIds.reviewer, 'revoked']);
  });

  test('a revocation made through another connection (the CLI on the server) is effective at once', async () => {
    const other = await openDatabase(store.target);
    try {
      expect((await programs(store.tokens.submitter)).statusCode).toBe(200);
      await revokeToken(other.db, { tokenId: store.tokenIds.submitter });
      expect((await programs(store.tokens.submitter)).json().error).toBe('token_revoked');
    } finally {
      await other.close();
    }
  });

  test('an expired token gets 401 token_expired; one expiring later works', async () => {
    const past = await createToken(store.database.db, { department: 'Отдел', role: 'reviewer', expiresAt: new Date(Date.now() - 1000).toISOString() });
    const future = await createToken(store.database.db, { department: 'Отдел', role: 'reviewer', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const refused = await programs(past.token);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error).toBe('token_expired');
    expect((await programs(future.token)).statusCode).toBe(200);
    expect((await listTokens(store.database.db)).find((t) => t.tokenId === past.tokenId)?.status).toBe('expired');
  });

  test('the token is checked before the body: a bad body with no token is 401, not 400', async () => {
    const res = await store.app.inject({ method: 'POST', url: '/api/v1/submissions', headers: { 'content-type': 'application/json' }, payload: '{"program": ' });
    expect(res.statusCode).toBe(401);
    const role = await push(store, { program: null }, {}, store.tokens.reviewer);
    expect(role.statusCode).toBe(403);
    expect(role.json().error).toBe('forbidden_role');
    expect((await push(store, acceptableBody())).statusCode).toBe(201);
  });
});

test('a store app built on a database opened elsewhere sees its tokens (no per-process token cache)', async () => {
  const [target] = testTargets();
  const { target: t, cleanup } = target.make();
  const a = await openDatabase(t);
  const b = await openDatabase(t);
  const app = await buildStoreApp({ database: b, logger: false });
  try {
    const created = await createToken(a.db, { department: 'Отдел', role: 'reviewer' });
    expect((await app.inject({ method: 'GET', url: '/api/v1/programs', headers: bearer(created.token) })).statusCode).toBe(200);
    await revokeToken(a.db, { tokenId: created.tokenId });
    expect((await app.inject({ method: 'GET', url: '/api/v1/programs', headers: bearer(created.token) })).json().error).toBe('token_revoked');
  } finally {
    await app.close();
    await a.close();
    await b.close();
    await cleanup();
  }
});
