// Opens the store's database: SQLite in a data folder (the embedded default) or PostgreSQL through a
// URL, and applies the migrations. SQLite runs in WAL mode with synchronous=FULL (an acknowledged
// push survives a power cut) and a busy timeout, so that a second process on the same file waits
// instead of failing.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Pool } from 'pg';
import { auditRow } from '../audit';
import { restoreMissingGuards } from './append-only-guards';
import { migrateToLatest, type DialectName } from './migrations';
import { APPEND_ONLY_TABLES, type StoreSchema } from './schema';
import { SqliteGroupCommit, type Write } from './sqlite-group-commit';
import { reusePreparedStatements } from './statement-cache';

export type DatabaseTarget =
  | { kind: 'sqlite'; /** The data folder; the file is store.sqlite inside it. */ dataDir: string }
  | {
      kind: 'postgres';
      url: string;
      /**
       * The schema the store keeps its tables and its migration records in (created when missing;
       * DEFAULT_SCHEMA by default), so that other schemas of the same database do not matter.
       */
      schema?: string;
    };

/** PostgreSQL: the store's schema unless --database-schema says otherwise. */
export const DEFAULT_SCHEMA = 'sverka';
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

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
  /** Append-only guards found dropped and put back when the database was opened (audited). */
  guardsRestored: string[];
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
    return `${url.toString()} (schema ${target.schema ?? DEFAULT_SCHEMA})`;
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
    // Defence in depth on our own connection: a REPLACE's implicit delete fires the DELETE triggers.
    file.pragma('recursive_triggers = ON');
    reusePreparedStatements(file);
    db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: file }) });
    dialect = 'sqlite';
  } else {
    const schema = target.schema ?? DEFAULT_SCHEMA;
    if (!SCHEMA_NAME.test(schema)) throw new Error(`недопустимое имя схемы «${schema}»: латинские строчные буквы, цифры и _, до 63 символов`);
    const setup = new Pool({ connectionString: target.url, max: 1 });
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await setup.end();
    }
    // Every connection works in the store's schema only: unqualified names are ours, never another schema's.
    const pool = new Pool({ connectionString: target.url, max: 10, options: `-c search_path=${schema}` });
    // An idle connection dropped by the server (a restart) must not bring the store down: the pool
    // opens a new one for the next query, and that query reports any lasting failure.
    pool.on('error', () => undefined);
    db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
    dialect = 'postgres';
  }
  let guardsRestored: string[];
  try {
    await migrateToLatest(db as unknown as Kysely<unknown>, dialect, target.kind === 'postgres' ? (target.schema ?? DEFAULT_SCHEMA) : undefined);
    guardsRestored = await restoreGuards(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const group = dialect === 'sqlite' ? new SqliteGroupCommit(db) : null;
  return {
    db,
    dialect,
    location: describeTarget(target),
    guardsRestored,
    write: (work) => (group ? group.run(work) : db.transaction().execute(work)),
    close: () => db.destroy(),
  };
}

/** Puts back guards dropped from outside the store, and says so in the audit log, in one transaction. */
async function restoreGuards(db: Kysely<StoreSchema>, dialect: DialectName): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const restored = await restoreMissingGuards(trx as unknown as Kysely<unknown>, dialect, APPEND_ONLY_TABLES);
    if (restored.length > 0) {
      await trx
        .insertInto('audit_log')
        .values(auditRow({ action: 'store.guards_restored', status: 0, holder: null, from: { remoteAddress: null, userAgent: 'sverka store' }, details: { restored } }))
        .execute();
    }
    return restored;
  });
}
