// A newcomer's path through the CLI, over a real port: start the store (a child process, as
// `sverka store serve` runs), create a token, push the worked example as published (refused with its
// report), push it corrected (refused until its warnings are explained, then stored), find it in
// the history with the real client, and stop the store with SIGTERM.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, correctedWorkbook, EXAMPLE_XLSX, ROOT, serve } from './cli-store-fixture';
import { readWorkbook } from '../../src/sheets/read/read-workbook';
import { loadWorkbookFile } from '../../src/cli/workbook-file';
import { StoreClient } from '../../src/store/client';


describe('the store through the CLI, over a real port', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sverka-cli-store-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('start, create a token, push, find it in the history, stop gracefully', async () => {
    const dataDir = join(dir, 'data');
    const made = await cli(['store', 'token', 'create', '--department', 'Управление информационных технологий', '--role', 'submitter', '--data', dataDir]);
    expect(made.code).toBe(0);
    const token = made.stdout.trim();
    expect(token).toMatch(/^svk_[A-Za-z0-9_-]{40,}$/);
    expect(made.stderr).toContain('показан один раз');

    const store = await serve(dataDir);
    try {
      // A token made while the store runs (a second process on the same SQLite file) works at once.
      const reviewer = (await cli(['store', 'token', 'create', '--department', 'Финансовое управление', '--role', 'reviewer', '--data', dataDir])).stdout.trim();

      const published = await cli(['push', EXAMPLE_XLSX, '--store', store.url, '--token', token]);
      expect(published.code).toBe(1);
      const refusal = JSON.parse(published.stdout);
      expect(refusal.error).toBe('validation_failed');
      expect(refusal.details.report.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { rule: string }) => f.rule).sort()).toEqual(['P003', 'P006']);

      // Issue 8: the untouched blank template is no program. `sverka push` refuses it with a message before
      // sending; sent past the CLI (the model read from its sheets, straight to the API), the store refuses it too.
      const blank = join(dir, 'blank.xlsx');
      expect((await cli(['template', '--out', blank, '--period', '2026-2030'])).code).toBe(0);
      const blankPush = await cli(['push', blank, '--store', store.url, '--token', token]);
      expect(blankPush.code).toBe(1);
      expect(blankPush.stderr).toContain('книга не отправлена');
      const blankRefusal = JSON.parse(blankPush.stdout);
      expect(blankRefusal.message).toMatch(/^Книга не отправлена/);
      expect(blankRefusal.details.report.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { rule: string; messageId: string }) => [f.rule, f.messageId])).toEqual([['S001', 'noProgramData']]);
      const blankProgram = readWorkbook(await loadWorkbookFile(blank)).program;
      const submitter = new StoreClient({ baseUrl: store.url, token });
      await expect(submitter.submit({ program: blankProgram, explanations: {} }, 'blank-template')).rejects.toMatchObject({ status: 422, body: { error: 'validation_failed' } });

      const corrected = await correctedWorkbook(dir);
      const unexplained = await cli(['push', corrected, '--store', store.url, '--token', token]);
      expect(unexplained.code).toBe(1);
      const answer = JSON.parse(unexplained.stdout);
      expect(answer.error).toBe('unexplained_warnings');
      const missing: string[] = answer.details.missing;
      expect(missing.length).toBeGreaterThan(0);
      expect(unexplained.stderr).toContain('422 unexplained_warnings');

      // The keys the store asks for are the `key`s of the warnings `sverka validate --format json` prints:
      // the explanations are written from that JSON into a file, and the push with it is accepted.
      const validated = await cli(['validate', corrected, '--format', 'json']);
      expect(validated.code).toBe(0);
      const warningKeys = (JSON.parse(validated.stdout) as { findings: { severity: string; key: string }[] }).findings.filter((f) => f.severity === 'warning').map((f) => f.key);
      expect([...warningKeys].sort()).toEqual([...missing].sort());
      const explanationsFile = join(dir, 'explanations.json');
      writeFileSync(explanationsFile, JSON.stringify(Object.fromEntries(warningKeys.map((key) => [key, 'Значение согласовано с министерством цифрового развития']))));
      const fromFile = await cli(['push', corrected, '--store', store.url, '--token', token, '--explanations', explanationsFile]);
      expect(fromFile.stderr).toContain('Принято');
      expect(fromFile.code).toBe(0);

      // The same explanations as --explain KEY=TEXT: the same push (the same Idempotency-Key), no second version.
      const explain = warningKeys.flatMap((key) => ['--explain', `${key}=Значение согласовано с министерством цифрового развития`]);
      const stored = await cli(['push', corrected, '--store', store.url, '--token', token, ...explain]);
      expect(stored.code).toBe(0);
      // The store's first answer, marked as its replay, and said to be one: nothing was accepted now.
      expect(JSON.parse(stored.stdout)).toEqual({ ...JSON.parse(fromFile.stdout), replayed: true });
      expect(stored.stderr).toMatch(/^Повторная отправка: это содержимое уже было принято по тому же ключу идемпотентности — программа \S+, версия 1 от /);
      expect(stored.stderr).not.toContain('Принято');
      const accepted = JSON.parse(stored.stdout);
      expect(accepted).toMatchObject({ programId: 'gorodskogo-okruga-stupino-moskovskoy-oblasti-tsifrovoe-munitsipalnoe-obrazovanie-2020-2024', version: 1, status: 'submitted' });

      // Running the same push again is answered from its Idempotency-Key: no second version.
      const again = await cli(['push', corrected, '--store', store.url, '--token', token, ...explain]);
      expect(JSON.parse(again.stdout)).toEqual(accepted);

      const client = new StoreClient({ baseUrl: store.url, token: reviewer });
      const { programs } = await client.listPrograms();
      expect(programs.map((p) => [p.programId, p.latestVersion, p.status])).toEqual([[accepted.programId, 1, 'submitted']]);
      const version = await client.getVersion(accepted.programId, 1);
      expect(version.program).toEqual(readWorkbook(await loadWorkbookFile(corrected)).program);
      expect(Object.keys(version.explanations).sort()).toEqual([...missing].sort());
      const review = await client.review(accepted.programId, 1, { decision: 'accepted', comment: 'Согласовано' });
      expect(review.review).toBe(1);
      expect((await client.listVersions(accepted.programId)).versions[0].status).toBe('accepted');

      const exported = await cli(['export', corrected]);
      expect(exported.code).toBe(0);
      expect(JSON.parse(exported.stdout)).toEqual(version.program);

      // The exported model pushed as .json is the same push: answered from the same Idempotency-Key.
      const json = join(dir, 'program.json');
      writeFileSync(json, exported.stdout);
      const fromJson = await cli(['push', json, '--store', store.url, '--token', token, ...explain]);
      expect(fromJson.code).toBe(0);
      expect(JSON.parse(fromJson.stdout)).toEqual(accepted);
      // Edited (another title), it is another program.
      const edited = { ...JSON.parse(exported.stdout), title: 'Цифровое муниципальное образование (новая редакция)' };
      writeFileSync(json, JSON.stringify(edited));
      const other = await cli(['push', json, '--store', store.url, '--token', token, ...explain]);
      expect(other.code).toBe(0);
      expect(JSON.parse(other.stdout)).toMatchObject({ programId: 'gorodskogo-okruga-stupino-moskovskoy-oblasti-tsifrovoe-munitsipalnoe-obrazovanie-novaya-redaktsiya-2020-2024', version: 1 });

      const logLines = store.logs().trim().split('\n').map((l) => JSON.parse(l));
      expect(logLines.some((l) => l.msg === 'sverka store listening')).toBe(true);
    } finally {
      store.child.kill('SIGTERM');
    }
    expect(await store.exited).toBe(0);
  });

  test.each([
    [['push', 'x.xlsx', '--token', 't'], /--store/],
    [['push', 'x.xlsx', '--store', 'http://127.0.0.1:1'], /--token/],
    [['push', 'x.xlsx', '--store', 'ftp://x', '--token', 't'], /--store/],
    [['push', 'x.xlsx', '--store', 'http://127.0.0.1:1', '--token', 't', '--explain', 'no-equals-sign'], /КЛЮЧ=ТЕКСТ/],
    [['push', 'x.xlsx', '--store', 'http://127.0.0.1:1', '--token', 't', '--explanations', 'no-such-folder/explanations.json'], /--explanations: файл не найден/],
    [['push', 'x.xlsx', '--store', 'http://127.0.0.1:1', '--token', 't', '--explanations', join(ROOT, 'tsconfig.json')], /--explanations: .*ожидается объект \{"КЛЮЧ": "ТЕКСТ"\}/],
    [['push', 'no-such-folder/file.xlsx', '--store', 'http://127.0.0.1:1', '--token', 't'], /не найден/],
    [['store', 'token', 'create', '--role', 'submitter'], /--department/],
    [['store', 'token', 'create', '--department', 'X', '--role', 'boss'], /--role/],
    [['store', 'serve', '--port', 'eighty'], /--port/],
    [['store', 'serve', '--origin', 'not a url'], /--origin/],
    [['store', 'serve', '--check-workers', 'many'], /--check-workers: «many» — ожидается целое число от 0 до 32/],
    [['store', 'serve', '--data', 'a', '--database-url', 'postgres://x'], /либо/],
    [['store', 'launch'], /неизвестная подкоманда/],
    [['export'], /один файл/],
    [['push', __filename.replace(/\.ts$/, '.json'), '--store', 'http://127.0.0.1:1', '--token', 't'], /не найден/],
    [['push', join(ROOT, 'package.json'), '--store', 'http://127.0.0.1:1', '--token', 't'], /не модель программы/],
  ])('sverka %j is refused with a one-line reason and exit 2', async (args, reason) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('store serve on a port already taken says so in Russian, one line, exit 2', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen({ port: 0, host: '127.0.0.1' }, resolve));
    try {
      const { port } = busy.address() as { port: number };
      const r = await cli(['store', 'serve', '--data', join(dir, 'busy'), '--port', String(port)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`sverka store: хранилище не запущено: порт ${port} на 127.0.0.1 занят (уже запущено хранилище или другая программа); остановите её или укажите --port\n`);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  test('push to a store that is not there exits 2 with a message', async () => {
    const r = await cli(['push', EXAMPLE_XLSX, '--store', 'http://127.0.0.1:9', '--token', 't']);
    // The published example is refused before sending; a corrected one would try to connect.
    expect(r.code).toBe(1);
    const corrected = await correctedWorkbook(dir);
    const unreachable = await cli(['push', corrected, '--store', 'http://127.0.0.1:9', '--token', 't']);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toMatch(/недоступно/);
  });
});
