// When reports are due is a setting of the store (docs/design/REPORTS.md): `sverka store serve --quarterly-day N
// --annual-due MM-DD`, checked before the store starts; the coordinator's view follows it.
import { runCli } from '../../src/cli/main';
import { deadlinesOf } from '../../src/cli/commands/store';
import { ReportsOverview } from '../../src/store/contract/reports';
import { acceptableBody, bearer, makeTestStore, push, testTargets } from './store-fixture';

test('the settings read from the command line: defaults, a day of the month, a date every year has', () => {
  expect(deadlinesOf(undefined, undefined)).toEqual({ quarterlyDay: 5, annualDue: '03-01' });
  expect(deadlinesOf('10', '04-15')).toEqual({ quarterlyDay: 10, annualDue: '04-15' });
  expect(() => deadlinesOf('29', undefined)).toThrow('--quarterly-day: «29» — ожидается целое число от 1 до 28');
  for (const bad of ['02-29', '02-30', '13-01', '3-1', '03-01x']) expect(() => deadlinesOf(undefined, bad)).toThrow(`--annual-due: «${bad}» — ожидается месяц и день вида 03-01 (1 марта)`);
});

test('sverka store serve with a date that is none refuses to start and says why', async () => {
  let stderr = '';
  const code = await runCli(['store', 'serve', '--data', 'unused', '--annual-due', '02-30'], { stdout: () => undefined, stderr: (t) => void (stderr += t), env: {} });
  expect(code).toBe(2);
  expect(stderr).toContain('--annual-due: «02-30» — ожидается месяц и день вида 03-01 (1 марта)');
});

test('the coordinator’s view follows the store’s settings: quarters due on the 10th, the year on 15 April', async () => {
  const store = await makeTestStore(testTargets()[0], { now: () => new Date('2021-04-08T12:00:00Z'), deadlines: { quarterlyDay: 10, annualDue: '04-15' } });
  try {
    expect((await push(store, acceptableBody())).statusCode).toBe(201);
    const view = ReportsOverview.parse((await store.app.inject({ method: 'GET', url: '/api/v1/reports?year=2021', headers: bearer(store.tokens.reviewer) })).json());
    expect(view.programs[0].periods.map((c) => [c.deadline.due, c.deadline.status])).toEqual([
      ['2021-04-10', 'notDue'],
      ['2021-07-10', 'notDue'],
      ['2021-10-10', 'notDue'],
      ['2022-04-15', 'notDue'],
    ]);
  } finally {
    await store.close();
  }
});
