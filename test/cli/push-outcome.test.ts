// What `sverka push` says on stderr once the store took the push: a new version («Принято: …, версия N»), or — when
// the store answered `existing: true` — that this is already the stored version N and no new version was made, as the
// task pane says it («уже в хранилище»); each line in Russian, then in English. A real store over HTTP (SQLite).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, storeWithTokens } from '../server/cli-store-fixture';
import { executedReport } from '../server/report-fixture';
import { acceptableBody, correctedExample } from '../server/store-fixture';
import { writeXlsxBuffer } from '../../src/cli/xlsx/write-xlsx';
import type { RunningStore } from '../../src/server/server';
import { writeReportWorkbook } from '../../src/sheets/write/report/report-workbook';
import { StoreClient } from '../../src/store/client';

const dir = mkdtempSync(join(tmpdir(), 'sverka-push-outcome-'));
let running: RunningStore;
let token: string;
let programFile: string;
/** --explain KEY=TEXT for every warning of the worked example, so the store accepts it. */
let explain: string[];

beforeAll(async () => {
  ({ running, submitter: token } = await storeWithTokens(dir));
  programFile = join(dir, 'program.json');
  writeFileSync(programFile, JSON.stringify(correctedExample()));
  explain = Object.entries(acceptableBody().explanations).flatMap(([key, text]) => ['--explain', `${key}=${text}`]);
}, 60_000);

afterAll(async () => {
  await running?.close();
  rmSync(dir, { recursive: true, force: true });
});

const push = (file: string, ...more: string[]) => cli(['push', file, '--store', running.url, '--token', token, ...more]);

test('a program pushed again under another key: «уже в хранилище», version 1, no new version — in Russian and English', async () => {
  const first = await push(programFile, ...explain, '--idempotency-key', 'outcome-1');
  expect(first.code).toBe(0);
  expect(first.stderr).toMatch(/^Принято: \S+, версия 1\nAccepted: \S+, version 1\n$/);
  const again = await push(programFile, ...explain, '--idempotency-key', 'outcome-2');
  expect(again.code).toBe(0);
  expect(JSON.parse(again.stdout)).toMatchObject({ existing: true, version: 1 });
  const [ru, en, ...rest] = again.stderr.trimEnd().split('\n');
  expect(ru).toMatch(/^Уже в хранилище: программа \S+, версия 1 от \d\d\.\d\d\.\d{4} \d\d:\d\d\. Новая версия не создана\.$/);
  expect(en).toMatch(/^Already in the store: program \S+, version 1 of \d\d\.\d\d\.\d{4} \d\d:\d\d\. No new version was made\.$/);
  expect(rest).toEqual([]);
  expect(again.stderr).not.toMatch(/Принято/);
});

test('a report pushed again under another key: «уже в хранилище», no new version', async () => {
  const programId = (await new StoreClient({ baseUrl: running.url, token }).submit(acceptableBody())).programId;
  const file = join(dir, 'R-2021-Q1.xlsx');
  writeFileSync(file, await writeXlsxBuffer(writeReportWorkbook({ ...executedReport('2021-Q1'), program: { programId, version: 1, file: null } })));
  const first = await push(file, '--idempotency-key', 'report-outcome-1');
  expect(first.code).toBe(0);
  expect(first.stderr).toContain(`Принято: отчёт ${programId} за 2021-Q1, версия 1\nAccepted: report ${programId} for 2021-Q1, version 1\n`);
  const again = await push(file, '--idempotency-key', 'report-outcome-2');
  expect(again.code).toBe(0);
  expect(again.stderr).toMatch(new RegExp(`Уже в хранилище: отчёт ${programId} за 2021-Q1, версия 1 от [\\d.]+ [\\d:]+\\. Новая версия не создана\\.\\nAlready in the store: report ${programId} for 2021-Q1, version 1 of [\\d.]+ [\\d:]+\\. No new version was made\\.\\n$`));
  expect(again.stderr).not.toMatch(/Принято/);
});

describe('--basis: the legal basis of the version («Основание»), stored with it', () => {
  test('sent with the program, stored and shown in the store\'s answer; documented in --help', async () => {
    const program = { ...correctedExample(), title: `${correctedExample().title} (с основанием)` };
    const file = join(dir, 'program-basis.json');
    writeFileSync(file, JSON.stringify(program));
    const explainThis = Object.entries(acceptableBody(program).explanations).flatMap(([key, text]) => ['--explain', `${key}=${text}`]);
    const r = await push(file, ...explainThis, '--basis', '  постановление от 12.03.2021   № 715-п ');
    expect([r.code, r.stderr]).toEqual([0, expect.stringContaining('Принято')]);
    const answer = JSON.parse(r.stdout) as { programId: string; version: number; basis: string | null };
    expect(answer.basis).toBe('постановление от 12.03.2021 № 715-п');
    const stored = await new StoreClient({ baseUrl: running.url, token }).listVersions(answer.programId);
    expect(stored.versions.map((v) => v.basis)).toEqual(['постановление от 12.03.2021 № 715-п']);
    const help = await cli(['push', '--help']);
    expect(help.stderr).toMatch(/--basis TEXT\s+основание версии/);
  });

  test('too long a basis is refused before sending (exit 2); for a report workbook it is refused (a report has none)', async () => {
    const long = await push(programFile, '--basis', 'п'.repeat(1001));
    expect([long.code, long.stdout]).toEqual([2, '']);
    expect(long.stderr).toBe('sverka push: --basis: основание длиннее 1000 символов\n');
    // Past twice the limit (the first check, before spaces are collapsed): the same words, not zod's English "string".
    const longer = await push(programFile, '--basis', 'п'.repeat(2001));
    expect([longer.code, longer.stdout, longer.stderr]).toEqual([2, '', 'sverka push: --basis: основание длиннее 1000 символов\n']);
    const file = join(dir, 'R-2021-Q2.xlsx');
    writeFileSync(file, await writeXlsxBuffer(writeReportWorkbook(executedReport('2021-Q2'))));
    const report = await push(file, '--basis', 'постановление');
    expect([report.code, report.stdout]).toEqual([2, '']);
    expect(report.stderr).toBe('sverka push: --basis — основание версии программы; у отчёта его нет: уберите --basis\n');
  });

  test('a basis sent with a version the store already holds: said to be not recorded, with the stored basis', async () => {
    const program = { ...correctedExample(), title: `${correctedExample().title} (основание не записано)` };
    const file = join(dir, 'program-basis-again.json');
    writeFileSync(file, JSON.stringify(program));
    const explainThis = Object.entries(acceptableBody(program).explanations).flatMap(([key, text]) => ['--explain', `${key}=${text}`]);
    const first = await push(file, ...explainThis, '--basis', 'постановление № 1');
    expect(first.code).toBe(0);
    const again = await push(file, ...explainThis, '--basis', 'постановление № 2');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ existing: true, basis: 'постановление № 1' });
    const [, , ru, en, ...rest] = again.stderr.trimEnd().split('\n');
    expect(ru).toBe('Основание не записано: оно хранится с новой версией, а эта уже была в хранилище. Основание этой версии: постановление № 1');
    expect(en).toBe("The basis was not recorded: a basis is kept with a new version, and this one was already in the store. This version's basis: постановление № 1");
    expect(rest).toEqual([]);
    // The same command once more: the store replays that answer, and the basis is still said not to be recorded.
    const replayed = await push(file, ...explainThis, '--basis', 'постановление № 2');
    expect(replayed.code).toBe(0);
    const lines = replayed.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Повторная отправка: /);
    expect(lines.slice(2)).toEqual([ru, en]);
  });

  test('a basis sent with a stored version that has none: not recorded, and the version has no basis', async () => {
    const again = await push(programFile, ...explain, '--basis', 'постановление № 3');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ existing: true, basis: null });
    expect(again.stderr).toContain(
      'Основание не записано: оно хранится с новой версией, а эта уже была в хранилище. У этой версии основания нет.\n' +
        'The basis was not recorded: a basis is kept with a new version, and this one was already in the store. This version has no basis.\n',
    );
  });
});

describe('content pushed before, pushed again with the key push derives from it: the store replays its first answer', () => {
  test('A, then B, then A again: «Повторная отправка», version 1 named, no «Принято», no new version, how to make one', async () => {
    const a = { ...correctedExample(), title: `${correctedExample().title} (повтор А)` };
    // B: the same program (title and municipality) with one more passport row.
    const b = { ...a, passport: { ...a.passport!, fields: [...a.passport!.fields, { label: 'Примечание', value: 'Вторая редакция' }] } };
    const files = { a: join(dir, 'program-replay-a.json'), b: join(dir, 'program-replay-b.json') };
    writeFileSync(files.a, JSON.stringify(a));
    writeFileSync(files.b, JSON.stringify(b));
    const explainOf = (p: typeof a) => Object.entries(acceptableBody(p).explanations).flatMap(([key, text]) => ['--explain', `${key}=${text}`]);
    const first = await push(files.a, ...explainOf(a));
    expect([first.code, first.stderr]).toEqual([0, expect.stringMatching(/^Принято: \S+, версия 1\n/)]);
    const programId = (JSON.parse(first.stdout) as { programId: string }).programId;
    const second = await push(files.b, ...explainOf(b));
    expect([second.code, second.stderr]).toEqual([0, `Принято: ${programId}, версия 2\nAccepted: ${programId}, version 2\n`]);
    const again = await push(files.a, ...explainOf(a));
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ programId, version: 1, replayed: true });
    const [ru, en, ...rest] = again.stderr.trimEnd().split('\n');
    expect(ru).toMatch(
      new RegExp(`^Повторная отправка: это содержимое уже было принято по тому же ключу идемпотентности — программа ${programId}, версия 1 от \\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d\\. Хранилище вернуло прежний ответ; новая версия не создана\\. .*--idempotency-key НОВЫЙ-КЛЮЧ\\.$`),
    );
    expect(en).toMatch(new RegExp(`^Sent again: this content was already accepted under the same idempotency key — program ${programId}, version 1 of .*no new version was made\\. .*--idempotency-key NEW-KEY\\.$`));
    expect(rest).toEqual([]);
    expect(again.stderr).not.toMatch(/Принято|Accepted:/);
    // The store holds two versions, the latest B: nothing was stored by the replay.
    const stored = await new StoreClient({ baseUrl: running.url, token }).listVersions(programId);
    expect(stored.versions).toHaveLength(2);
    // With a new key, A becomes version 3.
    const fresh = await push(files.a, ...explainOf(a), '--idempotency-key', 'replay-fresh');
    expect([fresh.code, fresh.stderr]).toEqual([0, `Принято: ${programId}, версия 3\nAccepted: ${programId}, version 3\n`]);
  });

  test('a report pushed twice with the derived key: the second time «Повторная отправка», not «Принято»', async () => {
    const programId = (await new StoreClient({ baseUrl: running.url, token }).submit(acceptableBody({ ...correctedExample(), title: `${correctedExample().title} (повтор отчёта)` }))).programId;
    const file = join(dir, 'R-2021-Q3.xlsx');
    writeFileSync(file, await writeXlsxBuffer(writeReportWorkbook({ ...executedReport('2021-Q3'), program: { programId, version: 1, file: null } })));
    const first = await push(file);
    expect([first.code, first.stderr]).toEqual([0, expect.stringContaining(`Принято: отчёт ${programId} за 2021-Q3, версия 1\n`)]);
    const again = await push(file);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ programId, version: 1, replayed: true });
    expect(again.stderr).toContain(`Повторная отправка: это содержимое уже было принято по тому же ключу идемпотентности — отчёт ${programId} за 2021-Q3, версия 1 от `);
    expect(again.stderr).not.toMatch(/Принято/);
  });
});
