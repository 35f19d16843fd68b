// The database itself keeps every table append-only, whoever connects to it (the store, the sqlite3
// shell, another program): triggers refuse UPDATE and DELETE (and TRUNCATE in PostgreSQL). SQLite has
// more ways to take a row back, each closed here:
// - INSERT OR REPLACE / REPLACE INTO delete the row in the way without firing DELETE triggers (unless a
//   connection turns recursive_triggers on), so an INSERT that meets an existing key — the rowid or any
//   primary or unique key — is refused before it happens (this covers INSERT … ON CONFLICT too);
// - a row inserted with a rowid below 1 is refused, so that no row can sit where an INSERT's unassigned
//   NEW.rowid (-1) would seem to meet it;
// - ALTER TABLE … DROP COLUMN would cut a column out of every row: SQLite refuses it for a column a
//   trigger names, so one trigger names them all.
// PostgreSQL has no REPLACE; its upsert's UPDATE fires the UPDATE trigger. New tables call
// guardAppendOnly in their migration; the store checks at start that no guard was dropped (guardsMissing).
import { sql, type Kysely } from 'kysely';

export type GuardDialect = 'sqlite' | 'postgres';

interface Guard {
  name: string;
  create: string;
}

function refusal(table: string): string {
  return `SELECT RAISE(ABORT, 'sverka: ${table} is append-only')`;
}

/** The keys (column lists) an INSERT can meet in SQLite: the primary key and every unique index. */
async function sqliteUniqueKeys(db: Kysely<unknown>, table: string): Promise<string[][]> {
  const indexes = await sql<{ name: string; unique: number }>`SELECT name, "unique" FROM pragma_index_list(${table})`.execute(db);
  const keys: string[][] = [];
  for (const index of indexes.rows) {
    if (!index.unique) continue;
    const columns = await sql<{ name: string }>`SELECT name FROM pragma_index_info(${index.name}) ORDER BY seqno`.execute(db);
    keys.push(columns.rows.map((c) => c.name));
  }
  return keys;
}

async function sqliteColumns(db: Kysely<unknown>, table: string): Promise<string[]> {
  const columns = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table}) ORDER BY cid`.execute(db);
  return columns.rows.map((c) => c.name);
}

/** The guards against REPLACE, negative rowids and DROP COLUMN of one SQLite table. */
async function sqliteReplaceGuards(db: Kysely<unknown>, table: string): Promise<Guard[]> {
  const meets = [`EXISTS (SELECT 1 FROM ${table} WHERE rowid = NEW.rowid)`];
  for (const key of await sqliteUniqueKeys(db, table)) {
    meets.push(`EXISTS (SELECT 1 FROM ${table} WHERE ${key.map((c) => `"${c}" = NEW."${c}"`).join(' AND ')})`);
  }
  const columns = await sqliteColumns(db, table);
  return [
    { name: `${table}_no_replace`, create: `CREATE TRIGGER ${table}_no_replace BEFORE INSERT ON ${table} WHEN ${meets.join(' OR ')} BEGIN ${refusal(table)}; END` },
    { name: `${table}_rowid_positive`, create: `CREATE TRIGGER ${table}_rowid_positive AFTER INSERT ON ${table} WHEN NEW.rowid < 1 BEGIN ${refusal(table)}; END` },
    {
      name: `${table}_columns_kept`,
      // Never fires (WHEN … AND 0); it names every column so that none can be dropped.
      create: `CREATE TRIGGER ${table}_columns_kept AFTER INSERT ON ${table} WHEN (${columns.map((c) => `NEW."${c}" IS NULL`).join(' OR ')}) AND 0 BEGIN SELECT 1; END`,
    },
  ];
}

function updateDeleteGuards(dialect: GuardDialect, table: string): Guard[] {
  if (dialect === 'sqlite') {
    return ['UPDATE', 'DELETE'].map((op) => ({
      name: `${table}_no_${op.toLowerCase()}`,
      create: `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table} BEGIN ${refusal(table)}; END`,
    }));
  }
  return [
    { name: `${table}_append_only`, create: `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION sverka_append_only()` },
    { name: `${table}_no_truncate`, create: `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION sverka_append_only()` },
  ];
}

/** Every guard of a table (after its last column was added: the DROP COLUMN guard names the columns there are). */
export async function guardsOf(db: Kysely<unknown>, dialect: GuardDialect, table: string): Promise<Guard[]> {
  return [...updateDeleteGuards(dialect, table), ...(dialect === 'sqlite' ? await sqliteReplaceGuards(db, table) : [])];
}

/** The UPDATE/DELETE/TRUNCATE guards only (the first migrations' guards). */
export async function guardUpdateAndDelete(db: Kysely<unknown>, dialect: GuardDialect, tables: readonly string[]): Promise<void> {
  for (const table of tables) for (const guard of updateDeleteGuards(dialect, table)) await sql.raw(guard.create).execute(db);
}

/**
 * For a new table's migration: all its guards. A later migration that adds a column to a guarded SQLite
 * table drops and creates `<table>_columns_kept` again, so that the new column is named too.
 */
export async function guardAppendOnly(db: Kysely<unknown>, dialect: GuardDialect, tables: readonly string[]): Promise<void> {
  for (const table of tables) for (const guard of await guardsOf(db, dialect, table)) await sql.raw(guard.create).execute(db);
}

/** The SQLite guards the first migrations did not have (REPLACE, rowids, DROP COLUMN), for their tables. */
export async function guardAgainstReplace(db: Kysely<unknown>, tables: readonly string[]): Promise<void> {
  for (const table of tables) for (const guard of await sqliteReplaceGuards(db, table)) await sql.raw(guard.create).execute(db);
}

async function triggerNames(db: Kysely<unknown>, dialect: GuardDialect): Promise<Set<string>> {
  const rows =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'trigger'`.execute(db)
      : await sql<{ name: string }>`SELECT t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()`.execute(db);
  return new Set(rows.rows.map((r) => r.name));
}

/**
 * The guards that someone dropped (DROP TRIGGER, outside the store), put back; their names are returned
 * so that the store can write in the audit log that the database was tampered with.
 */
export async function restoreMissingGuards(db: Kysely<unknown>, dialect: GuardDialect, tables: readonly string[]): Promise<string[]> {
  const present = await triggerNames(db, dialect);
  const restored: string[] = [];
  for (const table of tables) {
    for (const guard of await guardsOf(db, dialect, table)) {
      if (present.has(guard.name)) continue;
      await sql.raw(guard.create).execute(db);
      restored.push(guard.name);
    }
  }
  return restored;
}
