// The audit log cannot be flooded: 10 000 unauthenticated requests from one address add at most two
// rows for that address in a minute (the first refusal, and one summing up the rest); past 60 failures
// a minute the address is answered 429. Behind a trusted reverse proxy the client's address is the
// proxy's X-Forwarded-For, for the limits and the log alike; an untrusted peer's X-Forwarded-For is ignored.
import { bearer, countRows, makeTestStore, testTargets } from './store-fixture';

const [sqlite] = testTargets();
/** One minute for the whole test, however long the machine takes to run it. */
const minute = { auditThrottle: { now: () => Date.UTC(2025, 0, 1, 12, 0, 30) } };

describe('failed authentication is counted per address before it is written', () => {
  test('10 000 unauthenticated requests from one address: at most two audit rows, the second counting the rest', async () => {
    const store = await makeTestStore(sqlite, minute);
    try {
      const before = await countRows(store.database, 'audit_log');
      const statuses = new Map<number, number>();
      for (let i = 0; i < 10_000; i++) {
        const headers = i % 3 === 0 ? {} : i % 3 === 1 ? bearer(`svk_guess-${i}`) : { authorization: 'Basic Zm9vOmJhcg==' };
        const res = await store.app.inject({ method: i % 2 ? 'GET' : 'POST', url: i % 2 ? '/api/v1/programs' : '/api/v1/submissions', headers, remoteAddress: '198.51.100.7' });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      }
      expect(statuses.get(401)).toBe(60);
      expect(statuses.get(429)).toBe(10_000 - 60);
      expect((await countRows(store.database, 'audit_log')) - before).toBe(1);
      await store.app.auditThrottle.flush();
      const rows = await store.database.db.selectFrom('audit_log').selectAll().where('remote_address', '=', '198.51.100.7').orderBy('at').execute();
      expect(rows).toHaveLength(2);
      expect(rows.every((r) => r.action === 'auth.denied' && r.status === 401)).toBe(true);
      const summary = JSON.parse(rows[1].details!);
      expect(summary.repeats).toBe(9_999);
      expect(summary.kinds).toEqual({ unauthorized: 9_999 });
      // A real token from the same address still works: failures do not lock out a shared office address.
      expect((await store.app.inject({ method: 'GET', url: '/api/v1/programs', headers: bearer(store.tokens.reviewer), remoteAddress: '198.51.100.7' })).statusCode).toBe(200);
    } finally {
      await store.close();
    }
  }, 180_000);

  test('many addresses: two rows at most per address, and a bounded number of keys per minute', async () => {
    const store = await makeTestStore(sqlite, minute);
    try {
      const before = await countRows(store.database, 'audit_log');
      for (let i = 0; i < 3000; i++) {
        await store.app.inject({ method: 'GET', url: '/api/v1/programs', remoteAddress: `10.1.${Math.floor(i / 250)}.${i % 250}` });
        await store.app.inject({ method: 'GET', url: '/api/v1/programs', remoteAddress: `10.1.${Math.floor(i / 250)}.${i % 250}` });
      }
      await store.app.auditThrottle.flush();
      // 1000 keys a minute are written one by one; the other 2000 addresses share one overflow key (its first row and its summary).
      const rows = (await countRows(store.database, 'audit_log')) - before;
      expect(rows).toBeLessThanOrEqual(1000 * 2 + 2);
      expect(rows).toBeGreaterThanOrEqual(1000);
    } finally {
      await store.close();
    }
  }, 180_000);

  test('reads of a version are audited once per reader, version and minute, with the repeats counted', async () => {
    // The same minute for all 50 reads: on a busy machine they could span two, and each minute has its own row.
    const store = await makeTestStore(sqlite, minute);
    try {
      const { acceptableBody, push } = await import('./store-fixture');
      const { programId } = (await push(store, acceptableBody())).json();
      for (let i = 0; i < 50; i++) {
        const res = await store.app.inject({ method: 'GET', url: `/api/v1/programs/${programId}/versions/1`, headers: bearer(store.tokens.reviewer) });
        expect(res.statusCode).toBe(200);
      }
      const first = await store.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'version.read').execute();
      expect(first).toEqual([expect.objectContaining({ token_id: store.tokenIds.reviewer, program_id: programId, version: 1, status: 200 })]);
      await store.app.auditThrottle.flush();
      const all = await store.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'version.read').orderBy('at').execute();
      expect(all).toHaveLength(2);
      expect(JSON.parse(all[1].details!)).toMatchObject({ repeats: 49 });
    } finally {
      await store.close();
    }
  });
});

describe('--trust-proxy', () => {
  test('behind a trusted proxy, the client is the X-Forwarded-For address: its own rate bucket and its own audit address', async () => {
    const store = await makeTestStore(sqlite, { trustProxy: '127.0.0.1', rateLimit: 3 });
    try {
      const via = (client: string) => store.app.inject({ method: 'GET', url: '/api/v1/programs', headers: { ...bearer(store.tokens.reviewer), 'x-forwarded-for': client }, remoteAddress: '127.0.0.1' });
      const a = [];
      for (let i = 0; i < 4; i++) a.push((await via('203.0.113.5')).statusCode);
      expect(a).toEqual([200, 200, 200, 429]);
      expect((await via('203.0.113.6')).statusCode).toBe(200);
      await store.app.inject({ method: 'GET', url: '/api/v1/programs', headers: { 'x-forwarded-for': '203.0.113.9' }, remoteAddress: '127.0.0.1' });
      const rows = await store.database.db.selectFrom('audit_log').select('remote_address').where('action', '=', 'auth.denied').execute();
      expect(rows).toEqual([{ remote_address: '203.0.113.9' }]);
    } finally {
      await store.close();
    }
  });

  test('without it (or from a peer that is not the proxy) X-Forwarded-For is ignored', async () => {
    const store = await makeTestStore(sqlite, { trustProxy: '127.0.0.1' });
    try {
      await store.app.inject({ method: 'GET', url: '/api/v1/programs', headers: { 'x-forwarded-for': '203.0.113.9' }, remoteAddress: '192.0.2.44' });
      const rows = await store.database.db.selectFrom('audit_log').select('remote_address').where('action', '=', 'auth.denied').execute();
      expect(rows).toEqual([{ remote_address: '192.0.2.44' }]);
    } finally {
      await store.close();
    }
  });
});
