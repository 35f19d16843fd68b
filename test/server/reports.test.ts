// Reports in the store (docs/design/REPORTS.md): versions of a program × period, pushed against a stored program
// version, re-validated, explained, reviewed, idempotent — against SQLite and (with DATABASE_URL) PostgreSQL.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/store/canonical-json';
import { ApiError } from '../../src/store/contract/api-error';
import { ReportAccepted, ReportReview, ReportVersionDetail, ReportVersionList } from '../../src/store/contract/reports';
import { executedReport, finding, recordingChecker, reportBody, withShortfall } from './report-fixture';
import { acceptableBody, bearer, edition, makeTestStore, push, testTargets, type TestStore } from './store-fixture';
import { skippedWithoutPostgres } from './postgres-skip';

const STUPINO_ID = 'gorodskogo-okruga-stupino-moskovskoy-oblasti-tsifrovoe-munitsipalnoe-obrazovanie-2020-2024';
const REPORTS = '/api/v1/reports';

skippedWithoutPostgres('reports');

describe.each(testTargets().map((t) => [t.name, t] as const))('reports on %s', (_name, target) => {
  let store: TestStore;
  const checker = recordingChecker();
  let clock = new Date('2021-04-02T09:00:00Z');

  beforeEach(async () => {
    checker.calls.length = 0;
    checker.findings.length = 0;
    clock = new Date('2021-04-02T09:00:00Z');
    store = await makeTestStore(target, { checkReport: checker, now: () => clock });
    expect((await push(store, acceptableBody())).statusCode).toBe(201);
  });
  afterEach(async () => {
    await store.close();
  });

  function pushReport(body: unknown, headers: Record<string, string> = {}, token: string = store.tokens.submitter) {
    return store.app.inject({ method: 'POST', url: REPORTS, headers: { ...bearer(token), ...headers }, payload: body as object });
  }
  function review(period: string, version: number, decision: 'accepted' | 'returned', token = store.tokens.reviewer) {
    return store.app.inject({ method: 'POST', url: `/api/v1/programs/${STUPINO_ID}/reports/${period}/versions/${version}/review`, headers: bearer(token), payload: { decision, comment: 'проверено' } });
  }
  async function rows(table: 'reports' | 'report_reviews' | 'report_idempotency_keys'): Promise<number> {
    const row = await store.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  test('a report is stored as version 1 of its program × period, dated by the store’s clock, and read back exactly', async () => {
    const body = reportBody(STUPINO_ID);
    const res = await pushReport(body);
    expect(res.statusCode).toBe(201);
    const accepted = ReportAccepted.parse(res.json());
    expect(accepted).toEqual({
      programId: STUPINO_ID,
      period: '2021-Q1',
      version: 1,
      programVersion: 1,
      sha256: createHash('sha256').update(canonicalJson(body.report)).digest('hex'),
      status: 'submitted',
      createdAt: '2021-04-02T09:00:00.000Z',
      existing: false,
    });
    expect(res.headers.location).toBe(`/api/v1/programs/${STUPINO_ID}/reports/2021-Q1/versions/1`);

    const list = ReportVersionList.parse((await store.app.inject({ method: 'GET', url: `/api/v1/programs/${STUPINO_ID}/reports/2021-Q1/versions`, headers: bearer(store.tokens.reviewer) })).json());
    expect(list.versions.map((v) => [v.version, v.programVersion, v.status])).toEqual([[1, 1, 'submitted']]);
    const detail = ReportVersionDetail.parse((await store.app.inject({ method: 'GET', url: res.headers.location as string, headers: bearer(store.tokens.reviewer) })).json());
    expect(detail.report).toEqual(body.report);
    expect(detail.check.valid).toBe(true);
    expect(checker.calls).toHaveLength(1);
  });

  test('period keys are read as the CLI writes them: 2021-H1 is the Q2 report, 2021-Y the annual one', async () => {
    const h1 = ReportAccepted.parse((await pushReport(reportBody(STUPINO_ID, { period: '2021-H1', report: executedReport('2021-Q2') }))).json());
    expect(h1.period).toBe('2021-Q2');
    const year = ReportAccepted.parse((await pushReport(reportBody(STUPINO_ID, { period: '2021-Y', report: executedReport('2021') }))).json());
    expect(year.period).toBe('2021');
    const res = await store.app.inject({ method: 'GET', url: `/api/v1/programs/${STUPINO_ID}/reports/2021-H1/versions`, headers: bearer(store.tokens.reviewer) });
    expect(ReportVersionList.parse(res.json()).period).toBe('2021-Q2');
  });

  test('the same report again is the version it already is (200); new content or another program version is a new version', async () => {
    expect((await pushReport(reportBody(STUPINO_ID))).statusCode).toBe(201);
    const again = await pushReport(reportBody(STUPINO_ID));
    expect(again.statusCode).toBe(200);
    expect(ReportAccepted.parse(again.json())).toMatchObject({ version: 1, existing: true });
    expect(checker.calls).toHaveLength(1);

    const changed = await pushReport(reportBody(STUPINO_ID, { date: '2021-04-03' }));
    expect(ReportAccepted.parse(changed.json())).toMatchObject({ version: 2, existing: false });

    expect((await push(store, acceptableBody(edition(2)))).statusCode).toBe(201);
    const onV2 = await pushReport(reportBody(STUPINO_ID, { date: '2021-04-03', programVersion: 2 }));
    expect(onV2.statusCode).toBe(201);
    expect(ReportAccepted.parse(onV2.json())).toMatchObject({ version: 3, programVersion: 2 });
    expect(await rows('reports')).toBe(3);
  });

  test('an Idempotency-Key repeated with the same body gives the first answer; with another body, 409', async () => {
    const first = await pushReport(reportBody(STUPINO_ID), { 'idempotency-key': 'report-1' });
    expect(first.statusCode).toBe(201);
    const replay = await pushReport(reportBody(STUPINO_ID), { 'idempotency-key': 'report-1' });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(first.json());
    const other = await pushReport(reportBody(STUPINO_ID, { date: '2021-04-04' }), { 'idempotency-key': 'report-1' });
    expect(other.statusCode).toBe(409);
    expect(ApiError.parse(other.json()).error).toBe('idempotency_conflict');
    expect(await rows('reports')).toBe(1);
    expect(await rows('report_idempotency_keys')).toBe(1);
  });

  test('a report with errors is refused with its findings, one with warnings until they are explained; only its warnings’ explanations are kept', async () => {
    checker.findings.push(finding('R002', 'error', 'report/funding/total/spent'));
    const refused = await pushReport(reportBody(STUPINO_ID));
    expect(refused.statusCode).toBe(422);
    const error = ApiError.parse(refused.json());
    expect(error.error).toBe('validation_failed');
    expect(error.message).toMatch(/^Отчёт не принят: ошибок — 1\./);
    expect((error.details as { report: { findings: { rule: string }[] } }).report.findings.map((f) => f.rule)).toEqual(['R002']);

    checker.findings.splice(0, 1, finding('R004', 'warning', 'report/funding/sub/0/spent'));
    const unexplained = await pushReport(reportBody(STUPINO_ID));
    expect(unexplained.statusCode).toBe(422);
    expect(ApiError.parse(unexplained.json())).toMatchObject({ error: 'unexplained_warnings', details: { missing: ['R004:report/funding/sub/0/spent'] } });
    expect(await rows('reports')).toBe(0);

    const explanations = { 'R004:report/funding/sub/0/spent': 'Оплата по контракту поступила досрочно', 'X999:nothing': 'лишнее' };
    const res = await pushReport(reportBody(STUPINO_ID, { explanations }));
    expect(res.statusCode).toBe(201);
    const detail = ReportVersionDetail.parse((await store.app.inject({ method: 'GET', url: res.headers.location as string, headers: bearer(store.tokens.reviewer) })).json());
    expect(detail.explanations).toEqual({ 'R004:report/funding/sub/0/spent': 'Оплата по контракту поступила досрочно' });
    expect(detail.summary).toEqual({ error: 0, warning: 1, info: 0 });
  });

  test('R005 gets the previous period’s accepted report: none before it is accepted, none after it is returned', async () => {
    const q1 = reportBody(STUPINO_ID, { date: '2021-04-01' });
    expect((await pushReport(q1)).statusCode).toBe(201);
    expect((await pushReport(reportBody(STUPINO_ID, { period: '2021-Q2', date: '2021-07-01' }))).statusCode).toBe(201);
    expect(checker.calls[1].options.previous).toBeNull();

    expect((await review('2021-Q1', 1, 'accepted')).statusCode).toBe(201);
    expect((await pushReport(reportBody(STUPINO_ID, { period: '2021-Q2', date: '2021-07-02' }))).statusCode).toBe(201);
    expect(checker.calls[2].options.previous).toEqual(q1.report);

    expect((await review('2021-Q1', 1, 'returned')).statusCode).toBe(201);
    expect((await pushReport(reportBody(STUPINO_ID, { period: '2021-Q2', date: '2021-07-03' }))).statusCode).toBe(201);
    expect(checker.calls[3].options.previous).toBeNull();
    // The first quarter has no previous period.
    expect((await pushReport(reportBody(STUPINO_ID, { date: '2021-04-05' }))).statusCode).toBe(201);
    expect(checker.calls[4].options.previous).toBeNull();
  });

  test('reviews are rows of their own: the latest decides the status; submitters may not review, reviewers may not push', async () => {
    expect((await pushReport(reportBody(STUPINO_ID))).statusCode).toBe(201);
    expect((await review('2021-Q1', 1, 'returned')).statusCode).toBe(201);
    const second = await review('2021-Q1', 1, 'accepted');
    expect(ReportReview.parse(second.json())).toMatchObject({ review: 2, decision: 'accepted', period: '2021-Q1', createdAt: '2021-04-02T09:00:00.000Z' });
    const detail = ReportVersionDetail.parse((await store.app.inject({ method: 'GET', url: `/api/v1/programs/${STUPINO_ID}/reports/2021-Q1/versions/1`, headers: bearer(store.tokens.submitter) })).json());
    expect(detail.status).toBe('accepted');
    expect(detail.reviewList.map((r) => r.decision)).toEqual(['returned', 'accepted']);
    expect(await rows('report_reviews')).toBe(2);
    // The list of versions carries the decision the status comes from, with its comment and reviewer.
    const list = ReportVersionList.parse((await store.app.inject({ method: 'GET', url: `/api/v1/programs/${STUPINO_ID}/reports/2021-Q1/versions`, headers: bearer(store.tokens.submitter) })).json());
    expect(list.versions.map((v) => v.lastReview)).toEqual([{ decision: 'accepted', comment: 'проверено', department: detail.reviewList[1].department, createdAt: detail.reviewList[1].createdAt }]);

    expect(ApiError.parse((await review('2021-Q1', 1, 'accepted', store.tokens.submitter)).json()).error).toBe('forbidden_role');
    expect(ApiError.parse((await pushReport(reportBody(STUPINO_ID), {}, store.tokens.reviewer)).json()).error).toBe('forbidden_role');
    expect(ApiError.parse((await review('2021-Q1', 2, 'accepted')).json()).error).toBe('report_not_found');
  });

  test('a report on no such program, program version or period, or on another period than it says, is refused and nothing is stored', async () => {
    const cases: [unknown, number, string][] = [
      [reportBody('no-such-program'), 404, 'program_not_found'],
      [reportBody(STUPINO_ID, { programVersion: 7 }), 404, 'version_not_found'],
      [{ ...reportBody(STUPINO_ID), period: '2021-Q5' }, 400, 'invalid_request'],
      [reportBody(STUPINO_ID, { period: '2021-Q2', report: executedReport('2021-Q1') }), 400, 'invalid_request'],
      [reportBody(STUPINO_ID, { period: '2031-Q1' }), 400, 'invalid_request'],
      [{ ...reportBody(STUPINO_ID), report: { ...executedReport(), program: { programId: 'another-program', version: 1 } } }, 400, 'invalid_request'],
      [{ ...reportBody(STUPINO_ID), report: { ...executedReport(), unit: 5 } }, 400, 'invalid_request'],
    ];
    for (const [body, status, code] of cases) {
      const res = await pushReport(body);
      expect([res.statusCode, ApiError.parse(res.json()).error]).toEqual([status, code]);
    }
    const said = ApiError.parse((await pushReport(cases[3][0])).json());
    expect(said.message).toBe('Отчёт составлен за I квартал 2021 года, а отправлен как отчёт за I полугодие 2021 года.');
    expect(said.messageEn).toBe('The report is for Q1 2021 but was pushed as the report for H1 2021.');
    expect(await rows('reports')).toBe(0);
    expect(checker.calls).toHaveLength(0);
  });

  test('only the department the program is bound to (and admins) push its reports', async () => {
    const other = await pushReport(reportBody(STUPINO_ID), {}, store.tokens.otherSubmitter);
    expect(other.statusCode).toBe(403);
    expect(ApiError.parse(other.json()).error).toBe('forbidden_department');
    expect((await pushReport(reportBody(STUPINO_ID), {}, store.tokens.admin)).statusCode).toBe(201);
  });

  test('the report tables refuse UPDATE and DELETE in the database itself', async () => {
    expect((await pushReport(reportBody(STUPINO_ID))).statusCode).toBe(201);
    expect((await review('2021-Q1', 1, 'accepted')).statusCode).toBe(201);
    const { db } = store.database;
    const attempts = [
      () => db.updateTable('reports').set({ payload: '{}' }).execute(),
      () => db.deleteFrom('reports').execute(),
      () => db.updateTable('report_reviews').set({ decision: 'returned' }).execute(),
      () => db.deleteFrom('report_reviews').execute(),
    ];
    for (const [i, attempt] of attempts.entries()) {
      // The message, not toThrow: a native driver's error may come from another realm when suites share a process.
      const outcome = await attempt().then(
        () => `attempt ${i} went through`,
        (error: unknown) => String((error as Error)?.message ?? error),
      );
      expect(outcome).toMatch(/append-only/);
    }
    expect(await rows('reports')).toBe(1);
  });
});

describe.each(testTargets().map((t) => [t.name, t] as const))('reports re-validated by the R-rules on %s', (_name, target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await makeTestStore(target);
    expect((await push(store, acceptableBody())).statusCode).toBe(201);
  });
  afterEach(async () => {
    await store.close();
  });

  function pushReport(body: unknown) {
    return store.app.inject({ method: 'POST', url: REPORTS, headers: bearer(store.tokens.submitter), payload: body as object });
  }
  function errorRules(res: { json(): unknown }): string[] {
    const details = ApiError.parse(res.json()).details as { report: { findings: { rule: string; severity: string }[] } };
    return [...new Set(details.report.findings.filter((f) => f.severity === 'error').map((f) => f.rule))];
  }

  test('a report whose plan is the stored program version’s is accepted; one whose plan differs from it is refused (R001)', async () => {
    const clean = await pushReport(reportBody(STUPINO_ID));
    expect(clean.statusCode).toBe(201);
    const detail = ReportVersionDetail.parse((await store.app.inject({ method: 'GET', url: clean.headers.location as string, headers: bearer(store.tokens.reviewer) })).json());
    expect(detail.check).toMatchObject({ valid: true, summary: { error: 0, warning: 0, info: 0 } });

    const report = executedReport('2021-Q2');
    const line = report.funding!.subprograms[0].sources[0];
    line.plan = '82348.1';
    const refused = await pushReport(reportBody(STUPINO_ID, { period: '2021-Q2', report }));
    expect(refused.statusCode).toBe(422);
    expect(ApiError.parse(refused.json()).error).toBe('validation_failed');
    expect(errorRules(refused)).toContain('R001');
  });

  test('R005: a cumulative fact below the previous period’s accepted report is refused; before that report is accepted, it is not compared', async () => {
    expect((await pushReport(reportBody(STUPINO_ID))).statusCode).toBe(201);
    const lower = () => reportBody(STUPINO_ID, { period: '2021-Q2', report: withShortfall(executedReport('2021-Q2'), '1000.0') });
    // Q1 not reviewed yet: nothing to compare with.
    const first = await pushReport(lower());
    expect(first.statusCode).toBe(201);

    const accepted = await store.app.inject({ method: 'POST', url: `/api/v1/programs/${STUPINO_ID}/reports/2021-Q1/versions/1/review`, headers: bearer(store.tokens.reviewer), payload: { decision: 'accepted' } });
    expect(accepted.statusCode).toBe(201);
    const again = lower();
    (again.report as { date: string | null }).date = '2021-07-02';
    const refused = await pushReport(again);
    expect(refused.statusCode).toBe(422);
    expect(errorRules(refused)).toEqual(['R005']);
    expect(ApiError.parse(refused.json()).message).toMatch(/^Отчёт не принят: ошибок — 2\. Исправьте их и отправьте снова\. R005: Форма R1, Подпрограмма I, Бюджет городского округа Ступино, «Профинансировано»: 81 348,0 /);
  });
});
