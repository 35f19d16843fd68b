// POST /api/v1/submissions: re-validation, explanations, versions, idempotency and concurrency,
// against SQLite and (with DATABASE_URL) PostgreSQL.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { checkProgram } from '../../src/domain/check-program';
import { ApiError } from '../../src/store/contract/api-error';
import { SubmissionAccepted } from '../../src/store/contract/submission';
import { canonicalJson } from '../../src/store/canonical-json';
import { programIdOf } from '../../src/store/program-id';
import { readWorkbook } from '../../src/sheets/read/read-workbook';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';
import { skippedWithoutPostgres } from './postgres-skip';
import {
  acceptableBody,
  bearer,
  correctedExample,
  countAll,
  countRows,
  edition,
  explainAll,
  makeTestStore,
  publishedExample,
  push,
  testTargets,
  DEPARTMENT,
  OTHER_DEPARTMENT,
  type TestStore,
} from './store-fixture';

const STUPINO_ID = 'gorodskogo-okruga-stupino-moskovskoy-oblasti-tsifrovoe-munitsipalnoe-obrazovanie-2020-2024';

skippedWithoutPostgres('submissions');
describe.each(testTargets().map((t) => [t.name, t] as const))('submissions on %s', (_name, target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await makeTestStore(target);
  });
  afterEach(async () => {
    await store.close();
  });

  test('the corrected worked example with its warnings explained is stored as version 1 of its program', async () => {
    const body = acceptableBody();
    const res = await push(store, body);
    expect(res.statusCode).toBe(201);
    const accepted = SubmissionAccepted.parse(res.json());
    expect(accepted.programId).toBe(STUPINO_ID);
    expect(accepted.version).toBe(1);
    expect(accepted.status).toBe('submitted');
    expect(accepted.sha256).toBe(createHash('sha256').update(canonicalJson(body.program)).digest('hex'));
    expect(res.headers.location).toBe(`/api/v1/programs/${STUPINO_ID}/versions/1`);

    const detail = await store.app.inject({ method: 'GET', url: `/api/v1/programs/${STUPINO_ID}/versions/1`, headers: bearer(store.tokens.reviewer) });
    expect(detail.statusCode).toBe(200);
    const stored = detail.json();
    expect(stored.program).toEqual(body.program);
    expect(stored.explanations).toEqual(body.explanations);
    expect(stored.sha256).toBe(accepted.sha256);
    expect(stored.summary).toEqual(checkProgram({ program: body.program }).summary);
  });

  test('the payload is stored as text, the canonical JSON whose sha256 the version carries, from a check worker as inline', async () => {
    // The check hands the payload over as its UTF-8 bytes (the ones hashed); the store must write them as
    // text (a blob in SQLite would read back as a Buffer), character for character the canonical JSON.
    const pooled = await makeTestStore(target, { checkWorkers: 1 });
    try {
      for (const [who, where] of [['inline', store], ['worker', pooled]] as const) {
        const body = acceptableBody(edition(who === 'inline' ? 1 : 2));
        const accepted = SubmissionAccepted.parse((await push(where, body)).json());
        const kind = where.database.dialect === 'sqlite' ? sql<string>`typeof(payload)` : sql<string>`pg_typeof(payload)::text`;
        const row = await where.database.db.selectFrom('versions').select(['payload', 'sha256', kind.as('kind')]).where('program_id', '=', accepted.programId).executeTakeFirstOrThrow();
        expect(row.kind).toBe('text');
        expect(typeof row.payload).toBe('string');
        expect(row.payload).toBe(canonicalJson(body.program));
        expect(row.sha256).toBe(createHash('sha256').update(row.payload, 'utf8').digest('hex'));
        expect(row.sha256).toBe(accepted.sha256);
      }
    } finally {
      await pooled.close();
    }
  });

  test('the worked example as published is refused with its report (P003 and P006 are its errors) and nothing is stored', async () => {
    const program = publishedExample();
    const res = await push(store, { program, explanations: explainAll(checkProgram({ program })) });
    expect(res.statusCode).toBe(422);
    const error = ApiError.parse(res.json());
    expect(error.error).toBe('validation_failed');
    const details = error.details as { programId: string; report: { valid: boolean; findings: { rule: string; severity: string }[] } };
    expect(details.programId).toBe(STUPINO_ID);
    expect(details.report.valid).toBe(false);
    expect([...new Set(details.report.findings.filter((f) => f.severity === 'error').map((f) => f.rule))].sort()).toEqual(['P003', 'P006']);
    expect(await countAll(store.database)).toEqual({ programs: 0, versions: 0, reviews: 0, idempotency_keys: 0 });
  });

  test('the untouched blank template is refused with a message (S001: no program data) and nothing is stored', async () => {
    // As the pane or the CLI would send it: the template written, then read back from its sheets.
    const program = readWorkbook(writeProgramWorkbook(null, { period: { from: 2026, to: 2030 } })).program;
    const res = await push(store, { program, explanations: {} });
    expect(res.statusCode).toBe(422);
    const error = ApiError.parse(res.json());
    expect(error.error).toBe('validation_failed');
    expect(error.message).toMatch(/не принята/);
    const details = error.details as { programId: string; report: { findings: { rule: string; severity: string; messageId: string }[] } };
    expect(details.report.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.messageId])).toEqual([['S001', 'noProgramData']]);
    // No shared id like "2026-2030" for a program without a name.
    expect(details.programId).toBe('');
    expect((await countAll(store.database)).versions).toBe(0);
  });

  test('a valid program without a name or municipality is refused: the store cannot tell which program it is', async () => {
    const program = correctedExample();
    program.title = '';
    program.municipality = ' ';
    const res = await push(store, acceptableBody(program));
    expect(res.statusCode).toBe(422);
    const error = ApiError.parse(res.json());
    expect(error.error).toBe('program_unnamed');
    expect(error.message).toMatch(/наименование программы и муниципальное образование/);
    expect(error.details).toEqual({ missing: ['title', 'municipality'] });
    expect((await countAll(store.database)).versions).toBe(0);
  });

  test('a row whose total is not the sum of its years (F001) is refused', async () => {
    const program = correctedExample();
    const row = program.funding!.subprograms[1].sources[0];
    row.total = '76118.2';
    const res = await push(store, { program, explanations: explainAll(checkProgram({ program })) });
    expect(res.statusCode).toBe(422);
    const { error, details } = res.json() as { error: string; details: { report: { findings: { rule: string; severity: string; path: string }[] } } };
    expect(error).toBe('validation_failed');
    expect(details.report.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'F001', severity: 'error', path: 'funding/sub/2/src/municipal/total' })]));
    expect((await countAll(store.database)).versions).toBe(0);
  });

  test('warnings without explanations are refused, naming each finding key that still needs one', async () => {
    const program = correctedExample();
    const warnings = checkProgram({ program }).findings.filter((f) => f.severity === 'warning').map((f) => f.key);
    expect(warnings.length).toBeGreaterThan(0);

    const none = await push(store, { program, explanations: {} });
    expect(none.statusCode).toBe(422);
    expect(none.json().error).toBe('unexplained_warnings');
    expect([...none.json().details.missing].sort()).toEqual([...warnings].sort());

    const [first, ...rest] = warnings;
    const almost = Object.fromEntries(rest.map((k) => [k, 'Согласовано']));
    const blank = await push(store, { program, explanations: { ...almost, [first]: '   ' } });
    expect(blank.statusCode).toBe(422);
    expect(blank.json().details.missing).toEqual([first]);
    expect(blank.json().message).toContain(first);
    expect((await countAll(store.database)).versions).toBe(0);

    const ok = await push(store, { program, explanations: { ...almost, [first]: 'Плановое значение уточнено' } });
    expect(ok.statusCode).toBe(201);
  });

  test('explanations for keys that are not warnings of the program are not kept', async () => {
    const body = acceptableBody();
    const res = await push(store, { ...body, explanations: { ...body.explanations, 'F001:funding/sub/9/total': 'лишнее' } });
    expect(res.statusCode).toBe(201);
    const detail = await store.app.inject({ method: 'GET', url: `/api/v1/programs/${STUPINO_ID}/versions/1`, headers: bearer(store.tokens.submitter) });
    expect(detail.json().explanations).toEqual(body.explanations);
  });

  test('versions count from 1 per program; another title or period is another program', async () => {
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await push(store, acceptableBody(edition(i)))).json());
    expect(answers.map((a) => a.version)).toEqual([1, 2, 3]);
    const body = acceptableBody();
    const other = { ...body, program: { ...body.program, title: 'Развитие образования' } };
    const res = await push(store, other);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ programId: programIdOf(other.program), version: 1 });
    expect(res.json().programId).toBe('gorodskogo-okruga-stupino-moskovskoy-oblasti-razvitie-obrazovaniya-2020-2024');
  });

  // Contract change (issue 11): an identical program is no longer a new version.
  test('a second push of the same program answers the existing version (200), with its date, and stores nothing new', async () => {
    const body = acceptableBody();
    const first = await push(store, body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ version: 1, existing: false, basis: null });
    const auditBefore = await countRows(store.database, 'audit_log');
    // Another key, other explanations, even another basis: the program is the same, so is the version.
    const again = await push(store, { ...body, explanations: { ...body.explanations, extra: 'ещё' }, basis: 'постановление от 01.02.2022 № 1-п' }, { 'idempotency-key': 'second-try' });
    expect(again.statusCode).toBe(200);
    const answer = SubmissionAccepted.parse(again.json());
    expect(answer).toEqual({ ...first.json(), existing: true });
    expect(again.headers.location).toBe(`/api/v1/programs/${STUPINO_ID}/versions/1`);
    expect((await countAll(store.database)).versions).toBe(1);
    const audit = await store.database.db.selectFrom('audit_log').select(['action', 'status', 'version']).where('action', '=', 'submission.unchanged').execute();
    expect(audit).toEqual([{ action: 'submission.unchanged', status: 200, version: 1 }]);
    expect(await countRows(store.database, 'audit_log')).toBe(auditBefore + 1);
    // The key of that push answers the same again; a changed program is version 2.
    const replay = await push(store, { ...body, explanations: { ...body.explanations, extra: 'ещё' }, basis: 'постановление от 01.02.2022 № 1-п' }, { 'idempotency-key': 'second-try' });
    expect(replay.statusCode).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(answer);
    const changed = await push(store, acceptableBody(edition(1)));
    expect(changed.statusCode).toBe(201);
    expect(changed.json()).toMatchObject({ version: 2, existing: false });
  });

  test('the answer for an existing version carries its review status', async () => {
    const body = acceptableBody();
    await push(store, body);
    await store.app.inject({ method: 'POST', url: `/api/v1/programs/${STUPINO_ID}/versions/1/review`, headers: bearer(store.tokens.reviewer), payload: { decision: 'accepted' } });
    const again = await push(store, body);
    expect(again.json()).toMatchObject({ version: 1, status: 'accepted', existing: true });
  });

  test('the same program as an older version, not the latest, is a new version (a return to an earlier edition)', async () => {
    expect((await push(store, acceptableBody(edition(1)))).json().version).toBe(1);
    expect((await push(store, acceptableBody(edition(2)))).json().version).toBe(2);
    const back = await push(store, acceptableBody(edition(1)));
    expect(back.statusCode).toBe(201);
    expect(back.json()).toMatchObject({ version: 3, existing: false });
  });

  test('the legal basis is stored with the version, spaces collapsed, and shown in the history', async () => {
    const basis = '  постановление   администрации от 12.03.2021\u00a0№ 715-п ';
    const res = await push(store, { ...acceptableBody(), basis });
    expect(res.statusCode).toBe(201);
    expect(res.json().basis).toBe('постановление администрации от 12.03.2021 № 715-п');
    const versions = await store.app.inject({ method: 'GET', url: `/api/v1/programs/${STUPINO_ID}/versions`, headers: bearer(store.tokens.reviewer) });
    expect(versions.json().versions[0].basis).toBe('постановление администрации от 12.03.2021 № 715-п');
    const detail = await store.app.inject({ method: 'GET', url: `/api/v1/programs/${STUPINO_ID}/versions/1`, headers: bearer(store.tokens.reviewer) });
    expect(detail.json().basis).toBe('постановление администрации от 12.03.2021 № 715-п');
    const tooLong = await push(store, { ...acceptableBody(edition(1)), basis: 'п'.repeat(1001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error).toBe('invalid_request');
  });

  test('the same Idempotency-Key with the same body gives the same answer and no new version', async () => {
    const body = acceptableBody();
    const first = await push(store, body, { 'idempotency-key': 'push-2024-001' });
    const again = await push(store, body, { 'idempotency-key': 'push-2024-001' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await countAll(store.database)).versions).toBe(1);
  });

  test('the same Idempotency-Key with another body is a 409 and stores nothing', async () => {
    const body = acceptableBody();
    await push(store, body, { 'idempotency-key': 'push-2024-002' });
    const changed = { ...body, explanations: { ...body.explanations, [Object.keys(body.explanations)[0]]: 'Другое пояснение' } };
    const res = await push(store, changed, { 'idempotency-key': 'push-2024-002' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe('idempotency_conflict');
    expect((await countAll(store.database)).versions).toBe(1);
  });

  test('Idempotency-Keys are per token: another department’s token with the same key is not answered from the first', async () => {
    const body = acceptableBody();
    await push(store, body, { 'idempotency-key': 'shared-key' });
    const other = { ...body, program: { ...body.program, title: 'Развитие культуры' } };
    const res = await push(store, other, { 'idempotency-key': 'shared-key' }, store.tokens.otherSubmitter);
    expect(res.statusCode).toBe(201);
    expect(res.json().programId).toBe(programIdOf(other.program));
  });

  test('concurrent pushes for one program get consecutive versions, never the same one', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => push(store, acceptableBody(edition(i)))));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(12).fill(201));
    expect(answers.map((a) => a.json().version).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect((await countAll(store.database)).versions).toBe(12);
  });

  test('concurrent pushes of one program with different keys make one version; the others are answered with it', async () => {
    const body = acceptableBody();
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => push(store, body, { 'idempotency-key': `click-${i}` })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().version))).toEqual(new Set([1]));
    expect((await countAll(store.database)).versions).toBe(1);
  });

  test('concurrent pushes with one Idempotency-Key make one version and all get its answer', async () => {
    const body = acceptableBody();
    const answers = await Promise.all(Array.from({ length: 6 }, () => push(store, body, { 'idempotency-key': 'double-click' })));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(6).fill(201));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect((await countAll(store.database)).versions).toBe(1);
  });

  test('the first push binds a program to its department; an admin may push for any department', async () => {
    expect((await push(store, acceptableBody())).statusCode).toBe(201);
    const wrong = await push(store, acceptableBody(edition(1)), {}, store.tokens.otherSubmitter);
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toBe('forbidden_department');
    // Even the same program: another department is not told it is there through a push.
    expect((await push(store, acceptableBody(), {}, store.tokens.otherSubmitter)).statusCode).toBe(403);
    const admin = await push(store, acceptableBody(edition(1)), {}, store.tokens.admin);
    expect(admin.statusCode).toBe(201);
    expect(admin.json().version).toBe(2);
    const versions = await store.app.inject({ method: 'GET', url: `/api/v1/programs/${STUPINO_ID}/versions`, headers: bearer(store.tokens.reviewer) });
    expect(versions.json().versions.map((v: { department: string; tokenId: string }) => v.tokenId)).toEqual([store.tokenIds.submitter, store.tokenIds.admin]);
  });

  test('an admin’s first push binds the program to no department; the first submitter’s push binds it to theirs', async () => {
    expect((await push(store, acceptableBody(), {}, store.tokens.admin)).statusCode).toBe(201);
    const programs = () => store.app.inject({ method: 'GET', url: '/api/v1/programs', headers: bearer(store.tokens.reviewer) }).then((r) => r.json().programs);
    expect((await programs())[0].department).toBeNull();
    const other = await push(store, acceptableBody(edition(1)), {}, store.tokens.otherSubmitter);
    expect(other.statusCode).toBe(201);
    expect((await programs())[0].department).toBe(OTHER_DEPARTMENT);
    const first = await push(store, acceptableBody(edition(2)));
    expect(first.statusCode).toBe(403);
    expect(first.json().details).toMatchObject({ owner: OTHER_DEPARTMENT });
  });

  test('an admin reassigns a program to another department (audited); its submitters push, the old department’s do not', async () => {
    expect((await push(store, acceptableBody())).statusCode).toBe(201);
    const assign = (token: string, payload: object) =>
      store.app.inject({ method: 'POST', url: `/api/v1/programs/${STUPINO_ID}/department`, headers: bearer(token), payload });
    const bySubmitter = await assign(store.tokens.submitter, { department: OTHER_DEPARTMENT });
    expect(bySubmitter.statusCode).toBe(403);
    expect(bySubmitter.json().error).toBe('forbidden_role');
    const res = await assign(store.tokens.admin, { department: OTHER_DEPARTMENT, reason: 'распоряжение № 12-р' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ programId: STUPINO_ID, department: OTHER_DEPARTMENT, previous: DEPARTMENT, reason: 'распоряжение № 12-р', tokenId: store.tokenIds.admin });
    expect((await assign(store.tokens.admin, { department: OTHER_DEPARTMENT })).statusCode).toBe(400);
    expect((await store.app.inject({ method: 'POST', url: '/api/v1/programs/no-such-program/department', headers: bearer(store.tokens.admin), payload: { department: 'X' } })).statusCode).toBe(404);
    expect((await push(store, acceptableBody(edition(1)))).statusCode).toBe(403);
    expect((await push(store, acceptableBody(edition(1)), {}, store.tokens.otherSubmitter)).statusCode).toBe(201);
    const audit = await store.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'program.department_assigned').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ token_id: store.tokenIds.admin, program_id: STUPINO_ID, status: 201 });
    expect(JSON.parse(audit[0].details!)).toEqual({ department: OTHER_DEPARTMENT, previous: DEPARTMENT, reason: 'распоряжение № 12-р' });
  });
});
