// PostgreSQL: the store keeps its tables and its migration records in its own schema, so that it starts
// beside another application's Kysely migrations in another schema of the same database.
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import { Pool } from 'pg';
import { openDatabase } from '../../src/server/db/database';
import { POSTGRES_SKIP_REASON } from './postgres-skip';

const url = process.env.DATABASE_URL;
const maybe = url ? describe : describe.skip;

maybe(`the store’s own schema on PostgreSQL${url ? '' : ` — ${POSTGRES_SKIP_REASON}`}`, () => {
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const other = `other_app_${suffix}`;
  const ours = `sverka_schema_${suffix}`;
  const pool = new Pool({ connectionString: url, max: 1 });

  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS ${other} CASCADE`);
    await pool.query(`DROP SCHEMA IF EXISTS ${ours} CASCADE`);
    await pool.end();
  });

  test('starts when another schema holds Kysely’s migration tables with other migrations, and leaves them alone', async () => {
    await pool.query(`CREATE SCHEMA ${other}`);
    const foreign = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: url, max: 2, options: `-c search_path=${other},public` }) }) });
    try {
      const migrator = new Migrator({
        db: foreign,
        migrationTableSchema: other,
        provider: { getMigrations: async () => ({ '2023_other_app': { up: async (db) => void (await db.schema.createTable('things').addColumn('id', 'integer').execute()) } }) },
      });
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
    } finally {
      await foreign.destroy();
    }
    const database = await openDatabase({ kind: 'postgres', url: url!, schema: ours });
    try {
      await sql`select 1`.execute(database.db);
      const tables = await pool.query(`SELECT table_schema, table_name FROM information_schema.tables WHERE table_name IN ('kysely_migration', 'versions') AND table_schema IN ($1, $2) ORDER BY 1, 2`, [other, ours]);
      expect(tables.rows.map((r) => `${r.table_schema}.${r.table_name}`).sort()).toEqual([`${other}.kysely_migration`, `${ours}.kysely_migration`, `${ours}.versions`].sort());
      const theirs = await pool.query(`SELECT name FROM ${other}.kysely_migration`);
      expect(theirs.rows.map((r) => r.name)).toEqual(['2023_other_app']);
      expect(database.location).toContain(`(schema ${ours})`);
    } finally {
      await database.close();
    }
    // Opening again finds its own migrations applied and nothing else.
    const again = await openDatabase({ kind: 'postgres', url: url!, schema: ours });
    await again.close();
  });

  test('a schema name that is not a plain identifier is refused with a message', async () => {
    await expect(openDatabase({ kind: 'postgres', url: url!, schema: 'x; DROP SCHEMA public' })).rejects.toThrow(/недопустимое имя схемы/);
  });
});
