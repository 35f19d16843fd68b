// Opens the store's database: SQLite in a data folder (the embedded default) or PostgreSQL through a
// URL, and applies the migrations. SQLite runs in WAL mode with synchronous=FULL (an acknowledged
// push survives a power cut) and a busy timeout, so that a second process on the same file waits
// instead of failing.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { Pool } from 'pg';
import { migrateToLatest, type DialectName } from './migrations';
import type { StoreSchema } from './schema';
import { SqliteGroupCommit, type Write } from './sqlite-group-commit';

export type DatabaseTarget =
  | { kind: 'sqlite'; /** The data folder; the file is store.sqlite inside it. */ dataDir: string }
  | { kind: 'postgres'; url: string; /** A schema to work in (created when missing); tests use a fresh one per run. */ schema?: string };

export interface StoreDatabase {
  db: Kysely<StoreSchema>;
  dialect: DialectName;
  /**
   * Runs a write all-or-nothing and settles once it is durable: a transaction of its own in
   * PostgreSQL, a savepoint within a group commit in SQLite (see sqlite-group-commit.ts).
   */
  write<T>(work: Write<T>): Promise<T>;
  /** Where, for logs (the URL without its password). */
  location: string;
  close(): Promise<void>;
}

export const DEFAULT_DATA_DIR = '.data/store';
export const SQLITE_FILE = 'store.sqlite';
const BUSY_TIMEOUT_MS = 5000;

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'sqlite') return join(resolve(target.dataDir), SQLITE_FILE);
  try {
    const url = new URL(target.url);
    if (url.password) url.password = '***';
    return url.toString() + (target.schema ? ` (schema ${target.schema})` : '');
  } catch {
    return 'postgres';
  }
}

export async function openDatabase(target: DatabaseTarget): Promise<StoreDatabase> {
  let db: Kysely<StoreSchema>;
  let dialect: DialectName;
  if (target.kind === 'sqlite') {
    mkdirSync(target.dataDir, { recursive: true });
    const file = new Database(join(target.dataDir, SQLITE_FILE));
    file.pragma('journal_mode = WAL');
    file.pragma('synchronous = FULL');
    file.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    file.pragma('foreign_keys = ON');
    db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: file }) });
    dialect = 'sqlite';
  } else {
    if (target.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(target.schema)) throw new Error(`Недопустимое имя схемы: ${target.schema}`);
    if (target.schema) {
      const setup = new Pool({ connectionString: target.url, max: 1 });
      try {
        await setup.query(`CREATE SCHEMA IF NOT EXISTS ${target.schema}`);
      } finally {
        await setup.end();
      }
    }
    const pool = new Pool({
      connectionString: target.url,
      max: 10,
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    });
    // An idle connection dropped by the server (a restart) must not bring the store down: the pool
    // opens a new one for the next query, and that query reports any lasting failure.
    pool.on('error', () => undefined);
    db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
    dialect = 'postgres';
  }
  try {
    await migrateToLatest(db as unknown as Kysely<unknown>, dialect);
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const group = dialect === 'sqlite' ? new SqliteGroupCommit(db) : null;
  return {
    db,
    dialect,
    location: describeTarget(target),
    write: (work) => (group ? group.run(work) : db.transaction().execute(work)),
    close: () => db.destroy(),
  };
}
