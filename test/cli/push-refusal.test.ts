// `sverka push` and a store that refuses what it sent, or cannot be reached: said where every command says a store
// failure (src/cli/store-error.ts) — a Russian first line naming what was refused and why (the store's status, code
// and message), the store's findings under it when it has any; the store's answer stays on stdout as JSON; exit 1
// for a refusal, 2 for an unreachable store. A real store over HTTP (SQLite), the CLI run in-process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../server/cli-store-fixture';
import { executedReport, withShortfall } from '../server/report-fixture';
import { acceptableBody, correctedExample, publishedExample } from '../server/store-fixture';
import { CliError } from '../../src/cli/cli-io';
import { storeCliError } from '../../src/cli/store-error';
import { checkProgram } from '../../src/domain/check-program';
import { makeReport } from '../../src/domain/report';
import { writeXlsxBuffer } from '../../src/cli/xlsx/write-xlsx';
import { createToken } from '../../src/server/auth/tokens';
import { openDatabase } from '../../src/server/db/database';
import { startStoreServer, type RunningStore } from '../../src/server/server';
import { writeReportWorkbook } from '../../src/sheets/write/report/report-workbook';
import { StoreApiError, StoreClient } from '../../src/store/client';

const dir = mkdtempSync(join(tmpdir(), 'sverka-push-refusal-'));
let running: RunningStore;
let token: string;
/** The worked example, corrected, as `sverka export` prints it. */
let programFile: string;
const TITLE = correctedExample().title;

beforeAll(async () => {
  const target = { kind: 'sqlite' as const, dataDir: join(dir, 'data') };
  const database = await openDatabase(target);
  token = (await createToken(database.db, { department: 'Управление информационных технологий', role: 'submitter' })).token;
  await database.close();
  running = await startStoreServer({ target, port: 0, logger: false });
  programFile = join(dir, 'program.json');
  writeFileSync(programFile, JSON.stringify(correctedExample()));
}, 60_000);

afterAll(async () => {
  await running?.close();
  rmSync(dir, { recursive: true, force: true });
});

const push = (file: string, ...more: string[]) => cli(['push', file, '--store', running.url, '--token', token, ...more]);

test('422 with findings (warnings without explanations): the program named, each unexplained warning under it with its key; exit 1', async () => {
  const r = await push(programFile);
  expect(r.code).toBe(1);
  const answer = JSON.parse(r.stdout) as { error: string; details: { missing: string[] } };
  expect(answer.error).toBe('unexplained_warnings');
  const [first, ...rest] = r.stderr.trimEnd().split('\n');
  expect(first).toMatch(new RegExp(`^sverka push: хранилище не приняло программу «${TITLE}» \\(422 unexplained_warnings\\): Нужны пояснения к предупреждениям \\(${answer.details.missing.length}\\)`));
  // One line per warning the store asks to explain, in Russian, where it is and the key --explain takes.
  expect(rest).toHaveLength(answer.details.missing.length);
  for (const key of answer.details.missing) {
    // A model sent as JSON has no cells: the message names the place (Приложение 2, показатель …).
    expect(rest.find((l) => l.endsWith(`[ключ ${key}]`))).toMatch(new RegExp(`^  предупреждение ${key.split(':')[0]}: Приложение \\d, `));
  }
  expect(r.stderr).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/); // no English sentence
});

test('409: the same --idempotency-key with another body — the program named, the store\'s reason, no findings; exit 1', async () => {
  const { explanations } = acceptableBody();
  const explain = (text: string) => Object.keys(explanations).flatMap((key) => ['--explain', `${key}=${text}`]);
  const accepted = await push(programFile, '--idempotency-key', 'push-refusal-409', ...explain('Согласовано'));
  expect([accepted.code, accepted.stderr]).toEqual([0, expect.stringContaining('Принято')]);
  const r = await push(programFile, '--idempotency-key', 'push-refusal-409', ...explain('Согласовано с министерством'));
  expect(r.code).toBe(1);
  expect(JSON.parse(r.stdout)).toMatchObject({ error: 'idempotency_conflict' });
  expect(r.stderr).toBe(`sverka push: хранилище не приняло программу «${TITLE}» (409 idempotency_conflict): Этот Idempotency-Key уже использован с другим содержимым. Для новой отправки нужен новый ключ.\n`);
});

test('a report refused (409) is named as the report of its program and period', async () => {
  const programId = (await new StoreClient({ baseUrl: running.url, token }).submit(acceptableBody())).programId;
  const file = join(dir, 'R-2021-Q1.xlsx');
  const report = executedReport('2021-Q1');
  writeFileSync(file, await writeXlsxBuffer(writeReportWorkbook({ ...report, program: { programId, version: 1, file: null } })));
  expect((await push(file, '--idempotency-key', 'report-409')).code).toBe(0);
  writeFileSync(file, await writeXlsxBuffer(writeReportWorkbook({ ...withShortfall(report, '1000.0'), program: { programId, version: 1, file: null } })));
  const r = await push(file, '--idempotency-key', 'report-409');
  expect(r.code).toBe(1);
  expect(JSON.parse(r.stdout)).toMatchObject({ error: 'idempotency_conflict' });
  expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`sverka push: хранилище не приняло отчёт по программе ${programId} за 2021-Q1 (409 idempotency_conflict): Этот Idempotency-Key уже использован с другим содержимым. Для новой отправки нужен новый ключ.`);
});

test('an unreachable store: one Russian line, exit 2, nothing on stdout', async () => {
  // A port that was free a moment ago: nothing listens there now.
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const p = (probe.address() as { port: number }).port;
      probe.close(() => resolve(p));
    });
  });
  const r = await cli(['push', programFile, '--store', `http://127.0.0.1:${port}`, '--token', token]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`sverka push: Хранилище недоступно (http://127.0.0.1:${port}): соединение отклонено — по этому адресу хранилище не запущено (sverka store serve) или порт не тот (ECONNREFUSED)\n`);
});

test('a refusal for errors lists them, at most 20 lines and how many more; without a sent thing, one line as for every command', () => {
  const errors = checkProgram({ program: publishedExample() }).findings.filter((f) => f.severity === 'error');
  const many = Array.from({ length: 25 }, (_, i) => ({ ...errors[i % errors.length], key: `${errors[i % errors.length].key}#${i}` }));
  const body = { error: 'validation_failed' as const, message: 'Программа не принята: ошибок — 25.', messageEn: 'Refused.', details: { report: makeReport(many) } };
  const refused = storeCliError(new StoreApiError(422, body), { what: 'программу «X»', exitCode: 1 }) as CliError;
  expect(refused).toBeInstanceOf(CliError);
  expect(refused.exitCode).toBe(1);
  const lines = refused.message.split('\n');
  expect(lines[0]).toBe('хранилище не приняло программу «X» (422 validation_failed): Программа не принята: ошибок — 25.');
  expect(lines.slice(1, 21).every((l) => /^ {2}ошибка P00\d: Паспорт/.test(l))).toBe(true);
  expect(lines.slice(21)).toEqual(['  …и ещё 5 (все — в ответе хранилища, JSON)']);
  const asked = storeCliError(new StoreApiError(422, body)) as CliError;
  expect([asked.message, asked.exitCode]).toEqual(['хранилище отказало (422 validation_failed): Программа не принята: ошибок — 25.', 2]);
});
