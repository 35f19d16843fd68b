// sverka review: the coordinator's decision on a stored version without curl — a program's version accepted or
// returned with a comment, a report's version with --period; a submitter's token refused in Russian; mistakes in
// the options named before anything is sent. A real store over HTTP (SQLite).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, storeWithTokens } from './cli-store-fixture';
import { reportBody } from './report-fixture';
import { acceptableBody } from './store-fixture';
import type { RunningStore } from '../../src/server/server';
import { StoreClient } from '../../src/store/client';

const dir = mkdtempSync(join(tmpdir(), 'sverka-cli-review-'));
let running: RunningStore;
let submitter: string;
let reviewer: string;
let programId: string;

beforeAll(async () => {
  ({ running, submitter, reviewer } = await storeWithTokens(dir));
  const client = new StoreClient({ baseUrl: running.url, token: submitter });
  programId = (await client.submit(acceptableBody())).programId;
  await client.pushReport(reportBody(programId));
}, 60_000);

afterAll(async () => {
  await running.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a program version returned with a comment, then accepted: the store keeps both, the history shows the last', async () => {
  const returned = await cli(['review', '--program-id', programId, '--version', '1', '--return', '--comment', 'Уточните цели программы в паспорте', '--store', running.url, '--token', reviewer]);
  expect(returned.code).toBe(0);
  expect(returned.stderr).toMatch(new RegExp(`^Программа ${programId}, версия 1: возвращена на доработку \\(решение 1, Финансовое управление, \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d \\(МСК\\)\\); комментарий: Уточните цели программы в паспорте\\.\\n$`));
  expect(JSON.parse(returned.stdout)).toMatchObject({ programId, version: 1, review: 1, decision: 'returned' });
  const accepted = await cli(['review', '--program-id', programId, '--version', '1', '--accept', '--store', running.url], { SVERKA_STORE_TOKEN: reviewer });
  expect(accepted.code).toBe(0);
  expect(accepted.stderr).toContain('версия 1: принята (решение 2');
  const versions = await new StoreClient({ baseUrl: running.url, token: reviewer }).listVersions(programId);
  expect(versions.versions[0].lastReview).toMatchObject({ decision: 'accepted' });
});

test('a report version with --period', async () => {
  const r = await cli(['review', '--program-id', programId, '--version', '1', '--period', '2021-Q1', '--accept', '--store', running.url, '--token', reviewer]);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain(`Отчёт за I квартал 2021 года по программе ${programId}, версия 1: принят (решение 1`);
});

test('a submitter may not review: the store’s refusal in Russian, exit 2', async () => {
  const r = await cli(['review', '--program-id', programId, '--version', '1', '--accept', '--store', running.url, '--token', submitter]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^sverka review: хранилище отказало \(403 forbidden_role\): [А-Я]/);
});

test.each([
  [['--version', '1', '--accept'], 'укажите --program-id ID'],
  [['--program-id', 'p', '--accept'], '--version: укажите номер версии'],
  [['--program-id', 'p', '--version', 'два', '--accept'], '--version: «два» — ожидается номер версии'],
  [['--program-id', 'p', '--version', '1'], 'укажите одно: --accept (принять) или --return'],
  [['--program-id', 'p', '--version', '1', '--accept', '--return'], 'укажите одно: --accept (принять) или --return'],
  [['--program-id', 'p', '--version', '1', '--return'], '--return: укажите --comment ТЕКСТ'],
  [['--program-id', 'p', '--version', '1', '--accept', '--period', '2021-Q5'], '--period: «2021-Q5»'],
  [['--program-id', 'p', '--version', '1', '--accept'], 'укажите --store URL'],
])('%j: %s, exit 2, nothing sent', async (args, words) => {
  const r = await cli(['review', ...args]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`sverka review: ${words}`);
  expect(r.stdout).toBe('');
});
