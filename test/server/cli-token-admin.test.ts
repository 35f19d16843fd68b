// The store's administration from the CLI: tokens that expire, are listed and revoked; a program
// assigned to another department; the PostgreSQL schema option; every change audited.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../cli/captured-cli';
import { expiryOf, trustedProxiesOf } from '../../src/cli/commands/store';
import { buildStoreApp } from '../../src/server/app';
import { openDatabase } from '../../src/server/db/database';
import { acceptableBody, bearer } from './store-fixture';

describe('sverka store token list | revoke, --expires; program assign', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sverka-admin-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  test('a folder without a store (a mistyped --data) is named, not made into an empty store that «has no tokens»', async () => {
    const typo = join(dataDir, 'stroe');
    for (const args of [['token', 'list'], ['token', 'revoke', 'tok_0123456789ab'], ['program', 'assign', 'p', '--department', 'Финансовое управление']]) {
      const r = await cli(['store', ...args, '--data', typo]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`в папке ${typo} нет хранилища (store.sqlite): проверьте --data`);
      expect(r.stdout).toBe('');
    }
    expect(existsSync(typo)).toBe(false);
    // token create may make a store — the first step of a new one — and says so.
    const created = await cli(['store', 'token', 'create', '--department', 'Финансовое управление', '--role', 'reviewer', '--data', typo]);
    expect(created.code).toBe(0);
    expect(created.stderr).toContain(`Хранилища в ${join(typo, 'store.sqlite')} ещё не было — создано новое.`);
    const again = await cli(['store', 'token', 'create', '--department', 'Финансовое управление', '--role', 'reviewer', '--data', typo]);
    expect(again.stderr).not.toContain('ещё не было');
    expect((await cli(['store', 'token', 'list', '--data', typo])).code).toBe(0);
  });

  test('create with an expiry, list, revoke: the server refuses the revoked token at once, and the log has it all', async () => {
    const created = await cli(['store', 'token', 'create', '--department', 'Финансовое управление', '--role', 'reviewer', '--expires', '2099-12-31', '--data', dataDir]);
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    const tokenId = /Токен (tok_[0-9a-f]{12})/.exec(created.stderr)![1];
    expect(created.stderr).toContain('действует до');

    const database = await openDatabase({ kind: 'sqlite', dataDir });
    const app = await buildStoreApp({ database, logger: false });
    try {
      expect((await app.inject({ method: 'GET', url: '/api/v1/programs', headers: bearer(token) })).statusCode).toBe(200);

      const listed = await cli(['store', 'token', 'list', '--format', 'json', '--data', dataDir]);
      expect(listed.code).toBe(0);
      const tokens = JSON.parse(listed.stdout);
      expect(tokens).toEqual([expect.objectContaining({ tokenId, role: 'reviewer', department: 'Финансовое управление', status: 'active', expiresAt: new Date(2100, 0, 1).toISOString() })]);
      expect(listed.stdout).not.toContain(token);
      const text = await cli(['store', 'token', 'list', '--data', dataDir]);
      // Russian role names and local times «ДД.ММ.ГГГГ ЧЧ:ММ», not ISO UTC.
      expect(text.stdout).toMatch(new RegExp(`${tokenId}\\s+проверяющий\\s+действует\\s+до 01\\.01\\.2100 00:00\\s+\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d\\s+Финансовое управление`));
      expect(text.stdout).not.toMatch(/\d{4}-\d\d-\d\dT|reviewer/);
      expect(created.stderr).toContain('(проверяющий, отдел «Финансовое управление», действует до 01.01.2100 00:00)');

      const revoked = await cli(['store', 'token', 'revoke', tokenId, '--reason', 'утерян ноутбук', '--data', dataDir]);
      expect(revoked.code).toBe(0);
      expect(revoked.stderr).toContain('отозван');
      const refused = await app.inject({ method: 'GET', url: '/api/v1/programs', headers: bearer(token) });
      expect(refused.statusCode).toBe(401);
      expect(refused.json().error).toBe('token_revoked');
      // Again: already revoked, when — in local time as the rest of the command, not ISO UTC.
      const again = await cli(['store', 'token', 'revoke', tokenId, '--data', dataDir]);
      expect([again.code, again.stderr]).toEqual([0, expect.stringMatching(new RegExp(`^Токен ${tokenId} уже отозван \\(\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d\\)\\.\\n$`))]);
      expect(await cli(['store', 'token', 'revoke', 'tok_000000000000', '--data', dataDir])).toMatchObject({ code: 2, stderr: expect.stringContaining('токена tok_000000000000 нет') });
      expect(await cli(['store', 'token', 'revoke', 'nonsense', '--data', dataDir])).toMatchObject({ code: 2 });

      const audit = await database.db.selectFrom('audit_log').select(['action', 'user_agent']).where('action', 'like', 'token.%').orderBy('at').execute();
      expect(audit).toEqual([
        { action: 'token.created', user_agent: 'sverka store token create' },
        { action: 'token.revoked', user_agent: 'sverka store token revoke' },
      ]);
    } finally {
      await app.close();
      await database.close();
    }
  });

  test('program assign moves a program to another department, audited; unknown programs are a one-line refusal', async () => {
    const submitter = (await cli(['store', 'token', 'create', '--department', 'Отдел А', '--role', 'submitter', '--data', dataDir])).stdout.trim();
    const database = await openDatabase({ kind: 'sqlite', dataDir });
    const app = await buildStoreApp({ database, logger: false });
    try {
      const pushed = await app.inject({ method: 'POST', url: '/api/v1/submissions', headers: bearer(submitter), payload: acceptableBody() });
      expect(pushed.statusCode).toBe(201);
      const { programId } = pushed.json();
      const moved = await cli(['store', 'program', 'assign', programId, '--department', 'Отдел Б', '--reason', 'реорганизация', '--data', dataDir]);
      expect(moved).toMatchObject({ code: 0, stderr: expect.stringContaining('закреплена за отделом «Отдел Б» (была — «Отдел А»)') });
      const list = await app.inject({ method: 'GET', url: '/api/v1/programs', headers: bearer(submitter) });
      expect(list.json().programs[0].department).toBe('Отдел Б');
      const audit = await database.db.selectFrom('audit_log').selectAll().where('action', '=', 'program.department_assigned').execute();
      expect(audit).toEqual([expect.objectContaining({ program_id: programId, token_id: null, status: 0, user_agent: 'sverka store program assign' })]);
      expect(await cli(['store', 'program', 'assign', 'no-such-program', '--department', 'Отдел Б', '--data', dataDir])).toMatchObject({ code: 2, stderr: 'sverka store: Программы no-such-program нет в хранилище.\n' });
    } finally {
      await app.close();
      await database.close();
    }
  });

  test.each([
    [['--expires', '2020-01-01'], 'дата уже прошла'],
    [['--expires', '2099-02-30'], 'нет такой даты'],
    [['--expires', '12/31/2099'], 'ожидается дата ДД.ММ.ГГГГ или ГГГГ-ММ-ДД'],
  ])('token create %j is refused in one line: %s', async (extra, message) => {
    const out = await cli(['store', 'token', 'create', '--department', 'Отдел', '--role', 'submitter', '--data', dataDir, ...extra]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stdout).toBe('');
  });

  test('--database-schema is for PostgreSQL and a plain name only', async () => {
    expect((await cli(['store', 'token', 'list', '--data', dataDir, '--database-schema', 'x'])).stderr).toContain('только для PostgreSQL');
    expect((await cli(['store', 'token', 'list', '--database-url', 'postgres://u@h/db', '--database-schema', 'Bad-Name'])).stderr).toContain('ожидается имя схемы');
  });
});

test('expiry dates: the last day of validity, through its end in local time', () => {
  expect(expiryOf('2099-12-31', new Date(2025, 0, 1))).toBe(new Date(2100, 0, 1).toISOString());
  expect(expiryOf('2099-06-01T12:00:00Z', new Date(2025, 0, 1))).toBe('2099-06-01T12:00:00.000Z');
  expect(expiryOf(undefined)).toBeNull();
  expect(expiryOf('31.12.2099', new Date(2025, 0, 1))).toBe(new Date(2100, 0, 1).toISOString());
  expect(expiryOf('1.6.2099', new Date(2025, 0, 1))).toBe(new Date(2099, 5, 2).toISOString());
  expect(() => expiryOf('31.02.2099')).toThrow('нет такой даты');
  expect(() => expiryOf('31.12.2020', new Date(2025, 0, 1))).toThrow('уже прошла');
  expect(() => expiryOf('12/31/2099')).toThrow('ДД.ММ.ГГГГ');
});

test('trusted proxies: addresses, networks and the names proxy-addr knows; anything else refused', () => {
  expect(trustedProxiesOf('127.0.0.1, 10.0.0.0/8,::1,loopback')).toBe('127.0.0.1,10.0.0.0/8,::1,loopback');
  expect(trustedProxiesOf(undefined)).toBe(false);
  for (const bad of ['', 'proxy.example.ru', '10.0.0.0/33', '1.2.3.4/8/9', 'true']) expect(() => trustedProxiesOf(bad)).toThrow(/--trust-proxy/);
});
