// Group commit in SQLite: writes queued in the same turn share one COMMIT, yet each is all-or-nothing
// (its own savepoint), and a write's promise settles only once its batch is committed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type StoreDatabase } from '../../src/server/db/database';

describe('SQLite group commit', () => {
  let dir: string;
  let database: StoreDatabase;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sverka-group-'));
    database = await openDatabase({ kind: 'sqlite', dataDir: dir });
  });
  afterEach(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const token = (id: string) => ({ id, token_hash: `hash-${id}`, department: 'Отдел', role: 'submitter', label: null, created_at: '2026-11-29T06:00:00.000Z' });

  test('a failing write is rolled back alone, whole, while the writes around it are kept', async () => {
    const { db } = database;
    const results = await Promise.allSettled([
      database.write((trx) => trx.insertInto('tokens').values(token('tok_a')).execute()),
      database.write(async (trx) => {
        await trx.insertInto('tokens').values(token('tok_b1')).execute();
        await trx.insertInto('tokens').values(token('tok_b2')).execute();
        throw new Error('refused half-way');
      }),
      database.write((trx) => trx.insertInto('tokens').values(token('tok_c')).execute()),
      database.write((trx) => trx.insertInto('tokens').values(token('tok_a')).execute()), // duplicate key
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('refused half-way');
    const ids = (await db.selectFrom('tokens').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(ids).toEqual(['tok_a', 'tok_c']);
  });

  test('writes of one turn share a batch; each sees the ones before it', async () => {
    const seen = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.write(async (trx) => {
          const before = await trx.selectFrom('tokens').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
          await trx.insertInto('tokens').values(token(`tok_${String(i).padStart(2, '0')}`)).execute();
          return Number(before.n);
        }),
      ),
    );
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  test('what a write stored survives closing and reopening the file', async () => {
    await database.write((trx) => trx.insertInto('tokens').values(token('tok_durable')).execute());
    await database.close();
    database = await openDatabase({ kind: 'sqlite', dataDir: dir });
    expect(await database.db.selectFrom('tokens').select('id').execute()).toEqual([{ id: 'tok_durable' }]);
  });
});
