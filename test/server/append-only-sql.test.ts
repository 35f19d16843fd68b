// Direct SQL on the store's SQLite file — another connection, as the sqlite3 shell would have, with its
// own pragmas — cannot change or remove a stored version, token, audit row or any other row: every
// statement that could is tried on every table, and every row is compared before and after.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { SQLITE_FILE, openDatabase } from '../../src/server/db/database';
import { APPEND_ONLY_TABLES } from '../../src/server/db/schema';
import { revokeToken } from '../../src/server/auth/tokens';
import { reportBody } from './report-fixture';
import { acceptableBody, bearer, edition, makeTestStore, push, testTargets, type TestStore } from './store-fixture';

type Row = Record<string, unknown>;

function snapshot(file: Database.Database): Record<string, Row[]> {
  return Object.fromEntries(APPEND_ONLY_TABLES.map((t) => [t, file.prepare(`SELECT rowid AS _rowid, * FROM ${t} ORDER BY rowid`).all() as Row[]]));
}

/** The statements that would change or remove `row` of `table`, one per way SQLite has. */
function attacks(table: string, row: Row, columns: string[]): string[] {
  const lit = (v: unknown): string => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
  const changed = (c: string): string => {
    const v = row[c];
    return typeof v === 'number' ? String(v + 1000) : `'tampered'`;
  };
  const cols = columns.join(', ');
  const same = columns.map((c) => lit(row[c])).join(', ');
  const tampered = columns.map((c, i) => (i === columns.length - 1 ? changed(c) : lit(row[c]))).join(', ');
  const everyOther = columns.map((c) => (['id', 'program_id', 'period', 'version', 'review', 'token_id', 'key', 'seq'].includes(c) ? lit(row[c]) : changed(c))).join(', ');
  const rowid = row._rowid as number;
  const where = `rowid = ${rowid}`;
  const first = columns[0];
  const last = columns[columns.length - 1];
  return [
    `UPDATE ${table} SET ${last} = ${changed(last)} WHERE ${where}`,
    `UPDATE OR REPLACE ${table} SET ${first} = ${lit(row[first])} WHERE ${where}`,
    `UPDATE ${table} SET rowid = rowid + 100000 WHERE ${where}`,
    `DELETE FROM ${table} WHERE ${where}`,
    `DELETE FROM ${table}`,
    `INSERT OR REPLACE INTO ${table} (${cols}) VALUES (${tampered})`,
    `INSERT OR REPLACE INTO ${table} (${cols}) VALUES (${everyOther})`,
    `REPLACE INTO ${table} (${cols}) VALUES (${tampered})`,
    `REPLACE INTO ${table} (${cols}) VALUES (${same})`,
    `INSERT INTO ${table} (${cols}) VALUES (${tampered}) ON CONFLICT DO UPDATE SET ${last} = excluded.${last}`,
    `INSERT OR REPLACE INTO ${table} (rowid, ${cols}) SELECT rowid, ${columns.map((c) => (c === last ? changed(c) : c)).join(', ')} FROM ${table} WHERE ${where}`,
    // Another row with this row's rowid: a REPLACE by rowid.
    `INSERT OR REPLACE INTO ${table} (rowid, ${cols}) VALUES (${rowid}, ${columns.map((c) => (c === 'id' ? `'other-${rowid}'` : changed(c))).join(', ')})`,
    `INSERT OR REPLACE INTO ${table} (rowid, ${cols}) VALUES (-1, ${tampered})`,
    `INSERT INTO ${table} (rowid, ${cols}) VALUES (-1, ${columns.map((c) => (c === 'id' ? `'other-neg'` : changed(c))).join(', ')})`,
    `ALTER TABLE ${table} DROP COLUMN ${last}`,
    `INSERT OR IGNORE INTO ${table} (${cols}) VALUES (${tampered})`,
  ];
}

describe('append-only on the SQLite file, by direct SQL', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await makeTestStore(testTargets()[0]);
    // A row in every table: programs, versions (one by an admin: an unbound assignment), reviews, keys, audit, a revocation.
    expect((await push(store, acceptableBody(), { 'idempotency-key': 'k-1' })).statusCode).toBe(201);
    expect((await push(store, acceptableBody(edition(1)), {}, store.tokens.admin)).statusCode).toBe(201);
    const { programId } = (await push(store, acceptableBody(edition(1)))).json();
    await store.app.inject({ method: 'POST', url: `/api/v1/programs/${programId}/versions/1/review`, headers: bearer(store.tokens.reviewer), payload: { decision: 'accepted' } });
    await store.app.inject({ method: 'POST', url: `/api/v1/programs/${programId}/department`, headers: bearer(store.tokens.admin), payload: { department: 'Другой отдел' } });
    // A report on version 1, pushed with a key and reviewed: rows of reports, report_idempotency_keys and report_reviews.
    const report = await store.app.inject({ method: 'POST', url: '/api/v1/reports', headers: { ...bearer(store.tokens.admin), 'idempotency-key': 'r-1' }, payload: reportBody(programId) });
    expect(report.statusCode).toBe(201);
    await store.app.inject({ method: 'POST', url: `/api/v1/programs/${programId}/reports/2021-Q1/versions/1/review`, headers: bearer(store.tokens.reviewer), payload: { decision: 'accepted' } });
    await revokeToken(store.database.db, { tokenId: store.tokenIds.otherSubmitter });
  });
  afterAll(async () => {
    await store.close();
  });

  test('every table has rows to attack', async () => {
    const file = new Database(join((store.target as { dataDir: string }).dataDir, SQLITE_FILE), { readonly: true });
    try {
      for (const [table, rows] of Object.entries(snapshot(file))) expect([table, rows.length > 0]).toEqual([table, true]);
    } finally {
      file.close();
    }
  });

  test.each([
    ['plain connection (the shell’s defaults)', {}],
    ['recursive_triggers on, foreign keys off', { recursive_triggers: 'ON', foreign_keys: 'OFF' }],
  ])('no statement changes or removes a row: %s', (_what, pragmas) => {
    const file = new Database(join((store.target as { dataDir: string }).dataDir, SQLITE_FILE));
    try {
      for (const [name, value] of Object.entries(pragmas)) file.pragma(`${name} = ${value}`);
      const before = snapshot(file);
      const went: string[] = [];
      let tried = 0;
      for (const table of APPEND_ONLY_TABLES) {
        const columns = (file.prepare(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`).all() as { name: string }[]).map((c) => c.name);
        for (const row of before[table]) {
          for (const statement of attacks(table, row, columns)) {
            tried++;
            try {
              const info = file.prepare(statement).run();
              if (info.changes > 0 && !/OR IGNORE/.test(statement)) went.push(`${statement} (${info.changes} changed)`);
            } catch {
              // refused: what we want
            }
          }
        }
      }
      expect(tried).toBeGreaterThan(200);
      const after = snapshot(file);
      for (const table of APPEND_ONLY_TABLES) expect([table, after[table]]).toEqual([table, before[table]]);
      expect(went).toEqual([]);
    } finally {
      file.close();
    }
  });

  test('a dropped guard is put back when the store opens the file again, and that is in the audit log', async () => {
    const dataDir = (store.target as { dataDir: string }).dataDir;
    const file = new Database(join(dataDir, SQLITE_FILE));
    try {
      file.exec('DROP TRIGGER versions_no_update; DROP TRIGGER audit_log_no_replace');
    } finally {
      file.close();
    }
    const reopened = await openDatabase(store.target);
    try {
      expect(reopened.guardsRestored.sort()).toEqual(['audit_log_no_replace', 'versions_no_update']);
      const audit = await reopened.db.selectFrom('audit_log').selectAll().where('action', '=', 'store.guards_restored').execute();
      expect(audit).toHaveLength(1);
      // Matched on the message: better-sqlite3's error class may come from another test file's realm (not instanceof Error here).
      const outcome = await reopened.db
        .updateTable('versions')
        .set({ sha256: 'x' })
        .execute()
        .then(
          () => 'went through',
          (error: unknown) => String((error as Error).message),
        );
      expect(outcome).toMatch(/append-only/);
    } finally {
      await reopened.close();
    }
  });
});
