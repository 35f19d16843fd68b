// bench:store's engine figure stays honest: better-sqlite3 alone writes what a push writes (every
// column of the store's schema that the push fills; a schema change that the bench does not follow
// fails here), with the pragmas the store's own connection has.
import { benchBodies } from '../../bench/store-child';
import { rawSqliteRate, SAME_PRAGMAS } from '../../bench/store-raw-sqlite';

test('the raw SQLite baseline writes pushes under the store pragmas', async () => {
  const rate = await rawSqliteRate({ bodies: benchBodies(2), programs: 2, seconds: 0.2, commitEvery: 4 });
  expect(Object.keys(rate.pragmas)).toEqual([...SAME_PRAGMAS]);
  expect(Object.values(rate.pragmas).every((v) => v !== '' && v !== 'undefined')).toBe(true);
  expect(rate.pushes).toBeGreaterThanOrEqual(4);
  expect(rate.pushes % 4).toBe(0);
}, 60_000);
