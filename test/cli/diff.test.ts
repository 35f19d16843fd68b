// sverka diff A B: two versions of the worked example that differ in one amount (every total that
// shows it adjusted) give one change and the eleven totals it moves — from program models (.json) and
// from workbooks (.xlsx) alike, the same changes as the store's GET …/diff.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli as run } from './captured-cli';
import { writeXlsxBuffer } from '../../src/cli/xlsx/write-xlsx';
import { Program } from '../../src/domain/model/program';
import { diffPrograms } from '../../src/server/program-diff';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';
import example from '../../examples/stupino-2020-2024.program.json';
import { createToken } from '../../src/server/auth/tokens';
import { openDatabase } from '../../src/server/db/database';
import { startStoreServer, type RunningStore } from '../../src/server/server';
import { StoreClient } from '../../src/store/client';
import { urls } from '../../src/store/contract/routes';
import { addToAmount } from '../server/amend';
import { acceptableBody } from '../server/store-fixture';

const dir = mkdtempSync(join(tmpdir(), 'sverka-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The corrected worked example (its passport total fixed), and the same with 12,5 added to one amount. */
function versions(): [Program, Program] {
  const a = Program.parse(structuredClone(example));
  a.passport!.funding!.sources.find((s) => /городского округа/.test(s.name))!.total = '421246.1';
  return [a, addToAmount(a, 1, /городского округа/, 2021, '12.5')];
}

describe('sverka diff', () => {
  const [a, b] = versions();
  const json = (name: string, p: Program) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(p));
    return file;
  };

  test('one changed amount: one change, then the totals it moves; exit 1', async () => {
    const r = await run(['diff', json('a.json', a), json('b.json', b)]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Изменений: 1 \(итогов, которые они сдвигают: 11\)/);
    expect(lines[1]).toMatch(/^1\. Приложение 1, подпрограмма «.+», источник «Бюджет городского округа Ступино», 2021 год: 15 867,6 тыс\. руб\. → 15 880,1 тыс\. руб\.$/);
    expect(lines.slice(2)).toHaveLength(11);
    expect(lines[2]).toMatch(/^ {3}1\.1\. итог: Приложение 1, подпрограмма «.+», источник «Бюджет городского округа.+», всего: 76 118,1 тыс\. руб\. → 76 130,6 тыс\. руб\.$/);
    expect(lines).toContain('   1.4. итог: Приложение 1, ИТОГО по программе, всего: 423 767,8 тыс. руб. → 423 780,3 тыс. руб.');
    expect(lines).toContain('   1.8. итог: Паспорт, объём финансирования, всего: 423 767,8 тыс. руб. → 423 780,3 тыс. руб.');
    expect(lines).toContain('   1.6. итог: Приложение 1, ИТОГО по программе, источник «Бюджет городского округа Ступино», всего: 421 246,1 тыс. руб. → 421 258,6 тыс. руб.');
  });

  test('--format json gives the changes as the store does (folded)', async () => {
    const r = await run(['diff', json('a.json', a), json('b.json', b), '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.changes).toEqual(diffPrograms(a, b));
    expect(out.changes).toHaveLength(1);
    expect(out.changes[0].totals).toHaveLength(11);
  });

  test('from workbooks: the same one change and its totals', async () => {
    const xa = join(dir, 'a.xlsx');
    const xb = join(dir, 'b.xlsx');
    writeFileSync(xa, await writeXlsxBuffer(writeProgramWorkbook(a)));
    writeFileSync(xb, await writeXlsxBuffer(writeProgramWorkbook(b)));
    const r = await run(['diff', xa, xb, '--format', 'json']);
    expect(r.stderr).toBe('');
    const changes = JSON.parse(r.stdout).changes;
    expect(changes.map((c: { path: string; old: string; new: string }) => [c.path, c.old, c.new])).toEqual([['funding/sub/2/src/municipal/y/2021', '15867.6', '15880.1']]);
    expect(changes[0].totals).toHaveLength(11);
  });

  test('amounts carry the unit of their table in their version: a table rewritten in млн руб. is no silent change of numbers', async () => {
    const c = structuredClone(a);
    c.passport!.funding!.unit = 'млн руб.';
    c.passport!.funding!.total = '423.7678';
    const r = await run(['diff', json('a.json', a), json('c.json', c)]);
    expect(r.stdout).toContain('1. Паспорт, объём финансирования, всего: 423 767,8 тыс. руб. → 423,7678 млн руб.');
  });

  test('the same program twice: no changes, exit 0', async () => {
    const file = json('a.json', a);
    const r = await run(['diff', file, file]);
    expect([r.code, r.stdout]).toEqual([0, `Изменений нет: ${file} и ${file} — одна и та же программа.\n`]);
  });

  test('an added indicator and a changed bound are words, not paths', async () => {
    const c = structuredClone(a);
    const ind = c.indicators!.subprograms[0].activities[0].indicators[0];
    ind.unit = 'процент';
    const r = await run(['diff', json('a.json', a), json('c.json', c)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`1. Приложение 2, подпрограмма «${c.indicators!.subprograms[0].title}», мероприятие «${c.indicators!.subprograms[0].activities[0].title}», показатель «${ind.name}», единица измерения: `);
  });

  test('one file, a missing file, a file that is no program, a bad format: exit 2 with one line', async () => {
    expect((await run(['diff', json('a.json', a)])).code).toBe(2);
    const missing = await run(['diff', json('a.json', a), join(dir, 'нет.json')]);
    expect([missing.code, missing.stderr]).toEqual([2, `sverka diff: файл не найден: ${join(dir, 'нет.json')}\n`]);
    writeFileSync(join(dir, 'x.json'), '{"title": 1}');
    const bad = await run(['diff', json('a.json', a), join(dir, 'x.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^sverka diff: .*x\.json: не модель программы — /);
    writeFileSync(join(dir, 'deep.json'), '['.repeat(200_000) + ']'.repeat(200_000));
    const deep = await run(['diff', json('a.json', a), join(dir, 'deep.json')]);
    expect(deep.code).toBe(2);
    expect(deep.stderr.trim().split('\n')).toHaveLength(1);
    expect((await run(['diff', json('a.json', a), json('b.json', b), '--format', 'xml'])).code).toBe(2);
  });
});

describe('sverka diff --store: two versions of a program in the store', () => {
  let running: RunningStore;
  let token: string;
  let programId: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'sverka-diff-store-'));
  const [a, b] = versions();
  const BASIS = 'постановление от 12.03.2021 № 715-п';

  beforeAll(async () => {
    const target = { kind: 'sqlite' as const, dataDir };
    const database = await openDatabase(target);
    token = (await createToken(database.db, { department: 'Управление информационных технологий', role: 'submitter' })).token;
    await database.close();
    running = await startStoreServer({ target, port: 0, logger: false });
    const client = new StoreClient({ baseUrl: running.url, token });
    programId = (await client.submit(acceptableBody(a))).programId;
    expect((await client.submit({ ...acceptableBody(b), basis: BASIS })).version).toBe(2);
  });
  afterAll(async () => {
    await running.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('versions 1 and 2: the same folded change as from files, named by version', async () => {
    const r = await run(['diff', '--store', running.url, '--program-id', programId, '--token', token, '1', 'v2']);
    expect([r.code, r.stderr]).toEqual([1, '']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Изменений: 1 (итогов, которые они сдвигают: 11) — от версии 1 к версии 2');
    expect(lines[1]).toMatch(/^1\. Приложение 1, подпрограмма «.+», источник «Бюджет городского округа Ступино», 2021 год: 15 867,6 тыс\. руб\. → 15 880,1 тыс\. руб\.$/);
  });

  test('--format json: the store’s own answer to GET …/diff (version numbers, programId, basis), not the text’s words', async () => {
    const json = await run(['diff', '--store', running.url, '--program-id', programId, '--token', token, '1', '2', '--format', 'json']);
    expect([json.code, json.stderr]).toEqual([1, '']);
    const answer = await fetch(`${running.url}${urls.diff(programId, 1, 2)}`, { headers: { authorization: `Bearer ${token}` } });
    expect(answer.status).toBe(200);
    const stored: unknown = await answer.json();
    expect(JSON.parse(json.stdout)).toEqual(stored);
    expect(stored).toEqual({ programId, from: 1, to: 2, basis: BASIS, changes: diffPrograms(a, b) });
  });

  test('the address and token from SVERKA_STORE_URL / SVERKA_STORE_TOKEN; the same version twice: exit 0', async () => {
    const { code, stdout } = await run(['diff', '--program-id', programId, '2', '2'], { SVERKA_STORE_URL: running.url, SVERKA_STORE_TOKEN: token });
    expect([code, stdout]).toEqual([0, 'Изменений нет: версия 2 и версия 2 — одна и та же программа.\n']);
  });

  test('a version the store does not have, a bad number, no program id, no token, no store: one line each', async () => {
    const missing = await run(['diff', '--store', running.url, '--program-id', programId, '--token', token, '1', '9']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^sverka diff: хранилище отказало \(404 [a-z_]+\): .+\n$/);
    const bad = await run(['diff', '--store', running.url, '--program-id', programId, '--token', token, '1', 'два']);
    expect([bad.code, bad.stderr]).toEqual([2, 'sverka diff: «два» — ожидается номер версии в хранилище, например 3\n']);
    expect((await run(['diff', '--store', running.url, '1', '2'])).stderr).toBe('sverka diff: укажите --program-id ID (программа в хранилище)\n');
    const noToken = await run(['diff', '--store', running.url, '--program-id', programId, '1', '2']);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/^sverka diff: хранилище требует токен: укажите --token TOKEN или переменную SVERKA_STORE_TOKEN/);
    expect((await run(['diff', '--program-id', programId, '1', '2'])).stderr).toBe('sverka diff: укажите --store URL (адрес хранилища) или SVERKA_STORE_URL\n');
    expect((await run(['diff', '--store', 'ftp://x', '--program-id', programId, '1', '2'])).stderr).toBe('sverka diff: --store: «ftp://x» — ожидается http://… или https://…\n');
  });

  test('an unreachable store: exit 2 with a Russian message', async () => {
    const r = await run(['diff', '--store', 'http://127.0.0.1:1', '--program-id', programId, '--token', token, '1', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sverka diff: Хранилище недоступно \(http:\/\/127\.0\.0\.1:1\)/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
