// GET /api/v1/reports?year=2021: the coordinator's view on a store with three programs and an injected
// date — statuses exactly as docs/design/REPORTS.md's deadlines say — against SQLite and (with DATABASE_URL) PostgreSQL.
import { ApiError } from '../../src/store/contract/api-error';
import { ReportsOverview } from '../../src/store/contract/reports';
import { ASKED_ON, EXPECTED_2021, coordinatorStore, moscow, type CoordinatorStore } from './coordinator-scenario';
import { bearer, testTargets } from './store-fixture';
import { skippedWithoutPostgres } from './postgres-skip';

skippedWithoutPostgres('the coordinator’s view');

describe.each(testTargets().map((t) => [t.name, t] as const))('the coordinator’s view on %s', (_name, target) => {
  let world: CoordinatorStore;
  beforeAll(async () => {
    world = await coordinatorStore(target);
  });
  afterAll(async () => {
    await world.store.close();
  });

  async function overview(year = 2021, token = world.store.tokens.reviewer): Promise<ReportsOverview> {
    const res = await world.store.app.inject({ method: 'GET', url: `/api/v1/reports?year=${year}`, headers: bearer(token) });
    expect(res.statusCode).toBe(200);
    return ReportsOverview.parse(res.json());
  }
  function statuses(view: ReportsOverview, programId: string): string[][] {
    const row = view.programs.find((p) => p.programId === programId);
    if (!row) throw new Error(`no row for ${programId}`);
    return row.periods.map((c) => [c.deadline.status, c.text.ru, c.text.en]);
  }

  test('on 15 February 2022: every program of 2021 × period with its status, as the deadlines say', async () => {
    world.clock.now = ASKED_ON;
    const view = await overview();
    expect(view.year).toBe(2021);
    expect(view.today).toBe('2022-02-15');
    expect(view.programs.map((p) => p.programId).sort()).toEqual([world.ids.a, world.ids.b, world.ids.c].sort());
    expect(statuses(view, world.ids.a)).toEqual(EXPECTED_2021.a);
    expect(statuses(view, world.ids.b)).toEqual(EXPECTED_2021.b);
    expect(statuses(view, world.ids.c)).toEqual(EXPECTED_2021.c);

    const a = view.programs.find((p) => p.programId === world.ids.a)!;
    expect(a.periods.map((c) => c.period)).toEqual(['2021-Q1', '2021-Q2', '2021-Q3', '2021']);
    expect(a.periods.map((c) => c.deadline.due)).toEqual(['2021-04-05', '2021-07-05', '2021-10-05', '2022-03-01']);
    expect(a.periods[0].deadline).toEqual({ status: 'onTime', due: '2021-04-05', submitted: '2021-04-05' });
    expect(a.periods[1].deadline).toEqual({ status: 'late', due: '2021-07-05', submitted: '2021-07-06', daysLate: 1 });
    expect(a.periods[0]).toMatchObject({ versions: 1, accepted: 1, latest: { version: 1, status: 'accepted', programVersion: 1 } });
    const b = view.programs.find((p) => p.programId === world.ids.b)!;
    // The returned first version does not count; the second, sent on 12 April, does.
    expect(b.periods[0]).toMatchObject({ versions: 2, accepted: null, latest: { version: 2, status: 'submitted' } });
    expect(b.periods[1].deadline).toEqual({ status: 'missing', due: '2021-07-05', daysOverdue: 225 });
  });

  test('the evaluation is given for the year once the annual report is accepted, and only then', async () => {
    world.clock.now = ASKED_ON;
    const view = await overview();
    const [a, b, c] = [world.ids.a, world.ids.b, world.ids.c].map((id) => view.programs.find((p) => p.programId === id)!);
    expect(b.evaluation).toBeNull();
    expect(c.evaluation).toBeNull();
    expect(a.evaluation?.reportVersion).toBe(1);
    const program = a.evaluation!.evaluation.program;
    // By hand (coordinator-scenario.ts): УФ = 93 478,4 / 98 398,3 = 0,9500001… → 0,9500; СДЦ = 1; Э = 1 / 0,9500001… = 1,0526…; Э ≥ 0,9 — высокая.
    expect([program.uf.value, program.sdc.value, program.e.value]).toEqual(['0.9500', '1.0000', '1.0526']);
    expect(program.rating).toEqual({ ru: 'высокая', en: 'high' });
  });

  test('the day turns at midnight in Moscow: a quarter with nothing is not yet due on the 5th until 23:59, missing from 00:00 on the 6th', async () => {
    world.clock.now = moscow('2021-04-05T23:59');
    expect(statuses(await overview(), world.ids.c)[0]).toEqual(['notDue', 'срок не наступил', 'not yet due']);
    world.clock.now = moscow('2021-04-06T00:00');
    expect((await overview()).programs.find((p) => p.programId === world.ids.c)!.periods[0].deadline).toEqual({ status: 'missing', due: '2021-04-05', daysOverdue: 1 });
    world.clock.now = moscow('2022-03-02T00:00');
    expect(statuses(await overview(), world.ids.b)[3]).toEqual(['missing', 'нет отчёта', 'missing']);
  });

  test('a year lists the programs whose period covers it; any token reads it; a year that is not one is 400', async () => {
    world.clock.now = ASKED_ON;
    expect((await overview(2022, world.store.tokens.submitter)).programs.map((p) => p.programId)).toContain(world.ids.later);
    expect((await overview(2019)).programs).toEqual([]);
    const bad = await world.store.app.inject({ method: 'GET', url: '/api/v1/reports?year=двадцать', headers: bearer(world.store.tokens.reviewer) });
    expect([bad.statusCode, ApiError.parse(bad.json()).error]).toEqual([400, 'invalid_request']);
    const anonymous = await world.store.app.inject({ method: 'GET', url: '/api/v1/reports?year=2021' });
    expect(anonymous.statusCode).toBe(401);
  });
});
