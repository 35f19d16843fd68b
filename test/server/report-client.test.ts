// The real client's report calls against the store on a real port (SQLite, and PostgreSQL with DATABASE_URL):
// push (a lost answer retried with the same Idempotency-Key makes no second version), versions, review, the year.
import { createToken } from '../../src/server/auth/tokens';
import { openDatabase } from '../../src/server/db/database';
import { startStoreServer, type RunningStore } from '../../src/server/server';
import { StoreApiError, StoreClient } from '../../src/store/client';
import { skippedWithoutPostgres } from './postgres-skip';
import { reportBody } from './report-fixture';
import { acceptableBody, testTargets } from './store-fixture';

skippedWithoutPostgres('the client’s report calls');
describe.each(testTargets().map((t) => [t.name, t] as const))('the client’s report calls on %s', (_name, testTarget) => {
  let running: RunningStore;
  let tokens: { submitter: string; reviewer: string };
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const made = testTarget.make();
    cleanup = made.cleanup;
    const database = await openDatabase(made.target);
    tokens = {
      submitter: (await createToken(database.db, { department: 'Управление информационных технологий', role: 'submitter' })).token,
      reviewer: (await createToken(database.db, { department: 'Финансовое управление', role: 'reviewer' })).token,
    };
    await database.close();
    running = await startStoreServer({ target: made.target, port: 0, logger: false });
  });
  afterAll(async () => {
    await running.close();
    await cleanup();
  });

  test('push a report, read its versions, review it, and see it in the year', async () => {
    let dropped = 0;
    const lossyFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST' && String(input).endsWith('/api/v1/reports') && dropped === 0) {
        dropped++;
        await response.text();
        throw new TypeError('fetch failed: socket hang up');
      }
      return response;
    };
    const submitter = new StoreClient({ baseUrl: running.url, token: tokens.submitter, fetch: lossyFetch, retryDelayMs: 10 });
    const reviewer = new StoreClient({ baseUrl: running.url, token: tokens.reviewer });
    const { programId } = await submitter.submit(acceptableBody());

    const accepted = await submitter.pushReport(reportBody(programId));
    expect(dropped).toBe(1);
    expect(accepted).toMatchObject({ programId, period: '2021-Q1', version: 1, existing: false });
    expect((await submitter.listReportVersions(programId, '2021-Q1')).versions.map((v) => v.version)).toEqual([1]);
    expect((await reviewer.reviewReport(programId, '2021-Q1', 1, { decision: 'accepted' })).decision).toBe('accepted');
    expect((await reviewer.getReportVersion(programId, '2021-Q1', 1)).status).toBe('accepted');

    const year = await reviewer.listReports(2021);
    const row = year.programs.find((p) => p.programId === programId);
    // Pushed today, years after 5 April 2021: late.
    expect(row?.periods[0]).toMatchObject({ period: '2021-Q1', accepted: 1, deadline: { status: 'late', due: '2021-04-05' } });

    const missing = await reviewer.getReportVersion(programId, '2021-Q2', 1).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(StoreApiError);
    expect((missing as StoreApiError).body.error).toBe('report_not_found');
  });
});
