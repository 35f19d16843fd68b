// Hostile strings in every string field are stored verbatim and do nothing; versions, reviews and the
// audit log are append-only (the database itself refuses UPDATE and DELETE); tokens are kept as hashes.
import { sql } from 'kysely';
import { checkProgram } from '../../src/domain/check-program';
import type { Program } from '../../src/domain/model/program';
import { hashToken } from '../../src/server/auth/tokens';
import { bearer, correctedExample, countRows, explainAll, makeTestStore, push, testTargets, type TestStore } from './store-fixture';
import { skippedWithoutPostgres } from './postgres-skip';

const HOSTILE = [
  "'; DROP TABLE versions; --",
  'Robert"); DELETE FROM programs WHERE ("1"="1',
  '<script>alert("x")</script>',
  '{{7*7}} ${process.exit()} `rm -rf /`',
  "1' OR '1'='1' UNION SELECT token_hash FROM tokens --",
  '\\x00\\u0000 %00 ../../etc/passwd',
];

/** Appends a hostile tail to every free-text field of the program, keeping what the rules compare consistent. */
function hostileProgram(base: Program, tail: string): Program {
  const p = structuredClone(base);
  const t = (s: string) => `${s} ${tail}`;
  p.municipality = t(p.municipality);
  p.title = t(p.title);
  const subTitles = new Map<string, string>();
  const subTitle = (s: string) => {
    if (!subTitles.has(s)) subTitles.set(s, t(s));
    return subTitles.get(s)!;
  };
  if (p.passport) {
    p.passport.periodText = p.passport.periodText === null ? null : p.passport.periodText;
    p.passport.fields = p.passport.fields.map((f) => ({ label: t(f.label), value: t(f.value) }));
  }
  if (p.funding) {
    p.funding.title = p.funding.title === null ? null : t(p.funding.title);
    for (const sub of p.funding.subprograms) sub.title = subTitle(sub.title);
  }
  if (p.indicators) {
    p.indicators.title = p.indicators.title === null ? null : t(p.indicators.title);
    for (const sub of p.indicators.subprograms) {
      for (const act of sub.activities) {
        act.title = t(act.title);
        for (const ind of act.indicators) ind.name = t(ind.name);
      }
    }
  }
  return p;
}

skippedWithoutPostgres('hostile input and append-only');
describe.each(testTargets().map((t) => [t.name, t] as const))('hostile input and append-only on %s', (_name, target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await makeTestStore(target);
  });
  afterEach(async () => {
    await store.close();
  });

  test.each(HOSTILE.map((h) => [h]))('strings carrying %j are stored verbatim and harmless', async (tail) => {
    const program = hostileProgram(correctedExample(), tail);
    const report = checkProgram({ program });
    expect(report.summary.error).toBe(0);
    const explanations = Object.fromEntries(Object.entries(explainAll(report)).map(([k, v]) => [k, `${v} ${tail}`]));
    const res = await push(store, { program, explanations }, { 'idempotency-key': "x'; DROP TABLE versions; --" });
    expect(res.statusCode).toBe(201);
    const { programId, version } = res.json();
    expect(programId).toMatch(/^[a-z0-9-]+$/);

    const review = await store.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${programId}/versions/${version}/review`,
      headers: { ...bearer(store.tokens.reviewer), 'user-agent': tail },
      payload: { decision: 'returned', comment: tail },
    });
    expect(review.statusCode).toBe(201);

    const detail = await store.app.inject({ method: 'GET', url: `/api/v1/programs/${programId}/versions/${version}`, headers: bearer(store.tokens.reviewer) });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().program).toEqual(program);
    expect(detail.json().explanations).toEqual(explanations);
    expect(detail.json().reviewList[0].comment).toBe(tail);
    const list = await store.app.inject({ method: 'GET', url: '/api/v1/programs', headers: bearer(store.tokens.reviewer) });
    expect(list.json().programs).toEqual([expect.objectContaining({ title: program.title, municipality: program.municipality })]);

    // Every table is still there with what was put in it.
    expect(await countRows(store.database, 'versions')).toBe(1);
    expect(await countRows(store.database, 'programs')).toBe(1);
    expect(await countRows(store.database, 'tokens')).toBe(4);
    const audit = await store.database.db.selectFrom('audit_log').select(['user_agent', 'action']).where('action', '=', 'review.created').execute();
    expect(audit).toEqual([{ user_agent: tail, action: 'review.created' }]);
    const keys = await store.database.db.selectFrom('versions').select('idempotency_key').execute();
    expect(keys).toEqual([{ idempotency_key: "x'; DROP TABLE versions; --" }]);
  });

  test.each([
    ["program id with a quote: x'--", "/api/v1/programs/x'--/versions", 404, 'program_not_found'],
    ['program id with SQL', '/api/v1/programs/1%20OR%201%3D1/versions', 404, 'program_not_found'],
    ['program id with SQL, a version', "/api/v1/programs/x'%3B%20DROP%20TABLE%20versions%3B--/versions/1", 404, 'program_not_found'],
    ['version that is not a number', '/api/v1/programs/abc/versions/1;DROP', 400, 'invalid_request'],
    ['diff with SQL in the query', '/api/v1/programs/abc/diff?from=1%20OR%201=1&to=2', 400, 'invalid_request'],
  ])('hostile path parameters are answered as no such thing or as malformed: %s', async (_what, url, status, code) => {
    const res = await store.app.inject({ method: 'GET', url, headers: bearer(store.tokens.reviewer) });
    expect(res.statusCode).toBe(status);
    expect(res.json().error).toBe(code);
    expect(await countRows(store.database, 'tokens')).toBe(4);
  });

  test('the database refuses to update or delete versions, reviews, programs, tokens and the audit log', async () => {
    const body = { program: correctedExample(), explanations: explainAll(checkProgram({ program: correctedExample() })) };
    const pushed = await push(store, body, { 'idempotency-key': 'append-only-check' });
    expect(pushed.statusCode).toBe(201);
    const { programId } = pushed.json();
    const reviewed = await store.app.inject({ method: 'POST', url: `/api/v1/programs/${programId}/versions/1/review`, headers: bearer(store.tokens.reviewer), payload: { decision: 'accepted' } });
    expect(reviewed.body).toContain('"review":1');
    const { db } = store.database;
    const before = await db.selectFrom('versions').select(['payload', 'sha256']).executeTakeFirstOrThrow();
    const attempts = [
      () => db.updateTable('versions').set({ sha256: '0'.repeat(64) }).execute(),
      () => db.updateTable('versions').set({ payload: '{}' }).execute(),
      () => db.deleteFrom('versions').execute(),
      () => db.updateTable('reviews').set({ decision: 'returned' }).execute(),
      () => db.deleteFrom('reviews').execute(),
      () => db.updateTable('programs').set({ department: 'Чужой отдел' }).execute(),
      () => db.deleteFrom('audit_log').execute(),
      () => db.updateTable('tokens').set({ role: 'admin' }).execute(),
      () => db.deleteFrom('idempotency_keys').execute(),
    ];
    for (const [i, attempt] of attempts.entries()) {
      const outcome = await attempt().then(
        () => `attempt ${i} went through`,
        (error: unknown) => String((error as Error)?.message ?? error),
      );
      expect(outcome).toMatch(/append-only/);
    }
    if (target.name === 'postgres') await expect(sql`TRUNCATE versions CASCADE`.execute(db)).rejects.toThrow(/append-only/);
    expect(await db.selectFrom('versions').select(['payload', 'sha256']).executeTakeFirstOrThrow()).toEqual(before);
    expect(await countRows(store.database, 'reviews')).toBe(1);
  });

  test('tokens are kept only as SHA-256 hashes', async () => {
    const rows = await store.database.db.selectFrom('tokens').selectAll().execute();
    const dump = JSON.stringify(rows);
    for (const token of Object.values(store.tokens)) {
      expect(dump).not.toContain(token);
      expect(rows.map((r) => r.token_hash)).toContain(hashToken(token));
    }
  });

  test('the audit log records who did what, when and from where, refusals included', async () => {
    const body = { program: correctedExample(), explanations: explainAll(checkProgram({ program: correctedExample() })) };
    await store.app.inject({ method: 'POST', url: '/api/v1/submissions', headers: { ...bearer(store.tokens.submitter), 'user-agent': 'sverka-taskpane/1.0' }, payload: body });
    await push(store, body, {}, store.tokens.otherSubmitter);
    await push(store, body, {}, null);
    const rows = await store.database.db.selectFrom('audit_log').selectAll().where('action', '!=', 'token.created').orderBy('at').execute();
    expect(rows.map((r) => [r.action, r.status, r.token_id])).toEqual([
      ['submission.accepted', 201, store.tokenIds.submitter],
      ['submission.refused', 403, store.tokenIds.otherSubmitter],
      ['auth.denied', 401, null],
    ]);
    expect(rows[0]).toMatchObject({ department: 'Управление информационных технологий', role: 'submitter', user_agent: 'sverka-taskpane/1.0', version: 1 });
    expect(rows[0].remote_address).toBeTruthy();
    expect(Date.parse(rows[0].at)).not.toBeNaN();
  });
});
