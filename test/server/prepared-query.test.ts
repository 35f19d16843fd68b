// Queries compiled once (src/server/db/prepared-query.ts) and the push's one-query view of a program
// (src/server/submissions/push-queries.ts), on SQLite and on PostgreSQL when DATABASE_URL is set.
import { createHash } from 'node:crypto';
import { openDatabase, type StoreDatabase } from '../../src/server/db/database';
import { prepareQuery } from '../../src/server/db/prepared-query';
import { bindingOf } from '../../src/server/program-lookup';
import { programState } from '../../src/server/submissions/push-queries';
import { sha256Hex, submissionSha256 } from '../../src/server/submissions/push-submission';
import { canonicalJson, canonicalSubmission } from '../../src/store/canonical-json';
import { skippedWithoutPostgres } from './postgres-skip';
import { acceptableBody, bearer, edition, makeTestStore, testTargets, type TestTarget } from './store-fixture';

const programsBy = prepareQuery<{ department: string }, { program_id: string }>((db, slot) =>
  db.selectFrom('programs').select('program_id').where('department', '=', slot('department')).orderBy('program_id'),
);

async function withDatabase(target: TestTarget, work: (database: StoreDatabase) => Promise<void>): Promise<void> {
  const { target: where, cleanup } = target.make();
  const database = await openDatabase(where);
  try {
    await work(database);
  } finally {
    await database.close();
    await cleanup();
  }
}

async function insertProgram(database: StoreDatabase, programId: string, department: string): Promise<void> {
  await database.db
    .insertInto('programs')
    .values({ program_id: programId, municipality: 'М', title: programId, period_from: 2020, period_to: 2024, department, created_by: 'tok_x', created_at: '2026-01-01T00:00:00.000Z' })
    .execute();
}

for (const target of testTargets()) {
  describe(`prepared queries on ${target.name}`, () => {
    test('a query compiled once gives each run the rows of its own values; a value that looks like SQL stays a value', async () => {
      await withDatabase(target, async (database) => {
        await insertProgram(database, 'a-1', 'Отдел А');
        await insertProgram(database, 'a-2', 'Отдел А');
        await insertProgram(database, 'b-1', "Отдел Б' OR '1'='1");
        const run = (department: string) => programsBy.run(database.db, database.dialect, { department });
        expect(await run('Отдел А')).toEqual([{ program_id: 'a-1' }, { program_id: 'a-2' }]);
        expect(await run("Отдел Б' OR '1'='1")).toEqual([{ program_id: 'b-1' }]);
        expect(await run("x' OR '1'='1")).toEqual([]);
        // Inside a transaction too (the same compiled text on the transaction's connection).
        await database.write(async (trx) => {
          expect(await programsBy.run(trx, database.dialect, { department: 'Отдел А' })).toHaveLength(2);
        });
      });
    });

    test('a run without a value for a slot is refused before the database is asked', async () => {
      await withDatabase(target, async (database) => {
        await expect(programsBy.run(database.db, database.dialect, {} as { department: string })).rejects.toThrow('no value for «department»');
      });
    });

    test('the push state of a program: none, bound by its first push, reassigned, with its latest version', async () => {
      const store = await makeTestStore(target);
      try {
        const { database } = store;
        const body = acceptableBody();
        expect(await programState(database.db, database.dialect, 'no-such-program')).toEqual({ binding: null, latest: null });
        const push = async (program = body.program) => {
          const answer = await store.app.inject({ method: 'POST', url: '/api/v1/submissions', headers: bearer(store.tokens.submitter), payload: { ...body, program } });
          expect(answer.statusCode).toBe(201);
          return answer;
        };
        const first = (await push()).json<{ programId: string; sha256: string; createdAt: string }>();
        const state = await programState(database.db, database.dialect, first.programId);
        expect(state).toEqual({ binding: await bindingOf(database.db, first.programId), latest: { version: 1, sha256: first.sha256, createdAt: first.createdAt, basis: null } });
        expect(state.binding).toEqual({ department: 'Управление информационных технологий', seq: 0 });
        const second = (await push(edition(2))).json<{ version: number; sha256: string }>();
        expect((await programState(database.db, database.dialect, first.programId)).latest).toMatchObject({ version: 2, sha256: second.sha256 });
        // An assignment to another department (what `sverka store assign` writes) wins over the first binding.
        await database.db
          .insertInto('program_departments')
          .values({ program_id: first.programId, seq: 1, department: 'Управление образования', token_id: null, reason: 'тест', assigned_at: '2026-01-02T00:00:00.000Z' })
          .execute();
        await database.db
          .insertInto('program_departments')
          .values({ program_id: first.programId, seq: 2, department: null, token_id: null, reason: 'тест', assigned_at: '2026-01-03T00:00:00.000Z' })
          .execute();
        const reassigned = await programState(database.db, database.dialect, first.programId);
        expect(reassigned.binding).toEqual({ department: null, seq: 2 });
        expect(reassigned.binding).toEqual(await bindingOf(database.db, first.programId));
        expect(reassigned.latest?.version).toBe(2);
      } finally {
        await store.close();
      }
    });
  });
}
skippedWithoutPostgres('prepared queries');

test('a submission’s request hash is taken without making its text, and is the hash of that text', () => {
  const payload = canonicalJson(acceptableBody().program);
  const bytes = Buffer.from(payload, 'utf8');
  for (const [explanations, basis] of [
    [{}, null],
    [{ 'I006:x': 'пояснение «в кавычках»', 'A:b': 'ещё' }, null],
    [{ 'I006:x': 'пояснение' }, 'постановление от 12.03.2021 № 715-п'],
  ] as const) {
    const expected = createHash('sha256').update(canonicalSubmission(payload, explanations, basis), 'utf8').digest('hex');
    expect(submissionSha256(bytes, explanations, basis)).toBe(expected);
  }
  expect(sha256Hex(bytes)).toBe(sha256Hex(payload));
});
