// Creating a token: a department that is blank or too long is refused in one Russian line naming the
// option (no ZodError dump); the token and its audit entry are stored together or not at all.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { cli } from '../cli/captured-cli';
import { checkToken, createToken } from '../../src/server/auth/tokens';
import { openDatabase } from '../../src/server/db/database';
import { countRows, testTargets } from './store-fixture';
import { skippedWithoutPostgres } from './postgres-skip';

describe('sverka store token create --department', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sverka-token-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ['blank', '   ', 'пустое название отдела'],
    ['empty', '', 'пустое название отдела'],
    ['longer than 200 characters', `Управление ${'информационных технологий '.repeat(9)}`, 'название отдела длиннее 200 символов'],
  ])('%s: one Russian line naming the option, exit code 2, no database opened', async (_what, department, reason) => {
    const dataDir = join(dir, `data-${reason.length}-${department.length}`);
    const out = await cli(['store', 'token', 'create', '--department', department, '--role', 'submitter', '--data', dataDir]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(`sverka store: --department: «${department}» — ${reason}\n`);
    expect(out.stderr).not.toMatch(/ZodError|"code"|\[\s*\{/);
    expect(existsSync(dataDir)).toBe(false);
  });

  test('a department with spaces around it is stored trimmed', async () => {
    const dataDir = join(dir, 'data-trimmed');
    const out = await cli(['store', 'token', 'create', '--department', '  Управление образования  ', '--role', 'reviewer', '--data', dataDir]);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain('отдел «Управление образования»');
    const database = await openDatabase({ kind: 'sqlite', dataDir });
    try {
      expect(await checkToken(database, out.stdout.trim())).toMatchObject({ holder: { department: 'Управление образования', role: 'reviewer' } });
    } finally {
      await database.close();
    }
  });
});

skippedWithoutPostgres('createToken');
describe.each(testTargets().map((t) => [t.name, t] as const))('createToken on %s', (name, testTarget) => {
  test('stores the token and its audit entry (who, what, when) with the same time', async () => {
    const { target, cleanup } = testTarget.make();
    const database = await openDatabase(target);
    try {
      const created = await createToken(database.db, { department: 'Управление информационных технологий', role: 'submitter', label: 'Иванова И. И.' });
      const token = await database.db.selectFrom('tokens').selectAll().where('id', '=', created.tokenId).executeTakeFirstOrThrow();
      const audit = await database.db.selectFrom('audit_log').selectAll().where('token_id', '=', created.tokenId).execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        at: token.created_at,
        department: 'Управление информационных технологий',
        role: 'submitter',
        action: 'token.created',
        program_id: null,
        version: null,
        status: 0,
        remote_address: null,
        user_agent: 'sverka store token create',
        details: null,
      });
      expect(audit[0].id).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await database.close();
      await cleanup();
    }
  });

  test('when the audit entry cannot be written, no token is stored either', async () => {
    const { target, cleanup } = testTarget.make();
    const database = await openDatabase(target);
    try {
      if (name === 'sqlite') {
        await sql`CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused by the test'); END`.execute(database.db);
      } else {
        await sql`CREATE FUNCTION test_refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit refused by the test'; END $$ LANGUAGE plpgsql`.execute(database.db);
        await sql`CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()`.execute(database.db);
      }
      const tokensBefore = await countRows(database, 'tokens');
      // toHaveProperty, not toThrow: better-sqlite3's errors may come from another test file's realm (one native addon per worker).
      await expect(createToken(database.db, { department: 'Управление образования', role: 'reviewer' })).rejects.toHaveProperty('message', expect.stringMatching(/audit refused by the test/));
      expect(await countRows(database, 'tokens')).toBe(tokensBefore);
    } finally {
      await database.close();
      await cleanup();
    }
  });

  test('a blank department is refused with a Russian message, not a ZodError', async () => {
    const { target, cleanup } = testTarget.make();
    const database = await openDatabase(target);
    try {
      const refusal = createToken(database.db, { department: ' \t ', role: 'admin' });
      await expect(refusal).rejects.toThrow('пустое название отдела');
      await expect(refusal).rejects.not.toHaveProperty('issues');
      expect(await countRows(database, 'tokens')).toBe(0);
    } finally {
      await database.close();
      await cleanup();
    }
  });
});
