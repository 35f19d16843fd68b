// The coordinator's year 2021 on a store with three programs (and a fourth that starts in 2022), reports
// pushed and reviewed at set instants of the store's clock, and the statuses docs/design/REPORTS.md's deadlines give
// for them: quarterly reports due on the 5th of the month after the quarter, the annual one on 1 March
// of the next year, dates in Moscow time (UTC+3). Shared by the API test and the page test in Chromium.
import type { Program } from '../../src/domain/model/program';
import { programIdOf } from '../../src/store/program-id';
import { executedReport, reportBody, withShortfall } from './report-fixture';
import { acceptableBody, bearer, correctedExample, makeTestStore, push, type TestStore, type TestTarget } from './store-fixture';

export function namedProgram(title: string, period = { from: 2020, to: 2024 }): Program {
  const program = correctedExample();
  program.title = title;
  program.period = period;
  return program;
}

export interface CoordinatorStore {
  store: TestStore;
  /** The store's clock: set it, then ask. */
  clock: { now: Date };
  ids: { a: string; b: string; c: string; later: string };
}

/** The instant of a Moscow wall-clock time ("2021-04-05T23:59"). */
export function moscow(local: string): Date {
  return new Date(`${local}:00+03:00`);
}

/** The date the overview is asked on: 15 February 2022, before the annual reports are due. */
export const ASKED_ON = moscow('2022-02-15T12:00');

export async function coordinatorStore(target: TestTarget): Promise<CoordinatorStore> {
  const clock = { now: moscow('2021-01-10T10:00') };
  const store = await makeTestStore(target, { now: () => clock.now });
  const programs = {
    a: namedProgram('Цифровое муниципальное образование'),
    b: namedProgram('Развитие образования'),
    c: namedProgram('Формирование современной комфортной городской среды'),
    later: namedProgram('Развитие культуры', { from: 2022, to: 2026 }),
  };
  for (const program of Object.values(programs)) {
    const res = await push(store, acceptableBody(program));
    if (res.statusCode !== 201) throw new Error(`program not stored: ${res.statusCode} ${res.body.slice(0, 300)}`);
  }
  const ids = { a: programIdOf(programs.a), b: programIdOf(programs.b), c: programIdOf(programs.c), later: programIdOf(programs.later) };

  const programOf: Record<string, Program> = { [ids.a]: programs.a, [ids.b]: programs.b, [ids.c]: programs.c };
  const send = async (programId: string, period: string, at: string): Promise<void> => {
    clock.now = moscow(at);
    const body = reportBody(programId, { period, program: programOf[programId], date: at.slice(0, 10) });
    const res = await store.app.inject({ method: 'POST', url: '/api/v1/reports', headers: bearer(store.tokens.submitter), payload: body as object });
    if (res.statusCode !== 201) throw new Error(`report not stored: ${res.statusCode} ${res.body.slice(0, 300)}`);
  };
  const decide = async (programId: string, period: string, version: number, decision: 'accepted' | 'returned', at: string): Promise<void> => {
    clock.now = moscow(at);
    const res = await store.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${programId}/reports/${period}/versions/${version}/review`,
      headers: bearer(store.tokens.reviewer),
      payload: { decision, comment: decision === 'returned' ? 'Не заполнены причины отклонения' : '' },
    });
    if (res.statusCode !== 201) throw new Error(`review not stored: ${res.statusCode} ${res.body.slice(0, 300)}`);
  };

  // A: Q1 at 23:59 on the due date (on time); H1 at 00:00 the day after (1 day late); 9 months three days late;
  // the annual report well before 1 March, accepted (the evaluation is shown).
  await send(ids.a, '2021-Q1', '2021-04-05T23:59');
  await decide(ids.a, '2021-Q1', 1, 'accepted', '2021-04-06T10:00');
  await send(ids.a, '2021-Q2', '2021-07-06T00:00');
  await send(ids.a, '2021-Q3', '2021-10-08T09:00');
  clock.now = moscow('2022-02-01T11:00');
  const annual = await store.app.inject({ method: 'POST', url: '/api/v1/reports', headers: bearer(store.tokens.submitter), payload: reportBody(ids.a, { period: '2021', report: annualReport(programs.a) }) as object });
  if (annual.statusCode !== 201) throw new Error(`annual report not stored: ${annual.statusCode} ${annual.body.slice(0, 300)}`);
  await decide(ids.a, '2021', 1, 'accepted', '2022-02-03T10:00');

  // B: Q1 sent early but returned, sent again on 12 April (7 days late); nothing for H1 (missing); 9 months on
  // 1 October, not reviewed yet (on time); no annual report (not yet due on 15 February).
  await send(ids.b, '2021-Q1', '2021-04-01T15:00');
  await decide(ids.b, '2021-Q1', 1, 'returned', '2021-04-02T10:00');
  await send(ids.b, '2021-Q1', '2021-04-12T16:30');
  await send(ids.b, '2021-Q3', '2021-10-01T12:00');

  // C: nothing at all.
  clock.now = ASKED_ON;
  return { store, clock, ids };
}

/**
 * The annual report of A: everything executed but 4 919,9 of Подпрограмма I's city budget (with the reason).
 * By hand: УФ = 93 478,4 / 98 398,3 = 0,9500001… → 0,9500; every indicator at its plan, СД = 1, СДЦ = 1;
 * Э = СДЦ / УФ = 1 / 0,9500001… = 1,05263… → 1,0526 — высокая (Э ≥ 0,9).
 */
export function annualReport(program: Program): ReturnType<typeof executedReport> {
  return withShortfall(executedReport('2021', { program, date: '2022-02-01' }), '4919.9');
}

/** What docs/design/REPORTS.md's deadlines say for the scenario on ASKED_ON, in Russian and English, Q1 … year. */
export const EXPECTED_2021 = {
  a: [
    ['onTime', 'в срок', 'on time'],
    ['late', 'с опозданием на 1 день', 'late by 1 day'],
    ['late', 'с опозданием на 3 дня', 'late by 3 days'],
    ['onTime', 'в срок', 'on time'],
  ],
  b: [
    ['late', 'с опозданием на 7 дней', 'late by 7 days'],
    ['missing', 'нет отчёта', 'missing'],
    ['onTime', 'в срок', 'on time'],
    ['notDue', 'срок не наступил', 'not yet due'],
  ],
  c: [
    ['missing', 'нет отчёта', 'missing'],
    ['missing', 'нет отчёта', 'missing'],
    ['missing', 'нет отчёта', 'missing'],
    ['notDue', 'срок не наступил', 'not yet due'],
  ],
} as const;
