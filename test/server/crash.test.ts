// SIGKILL under load (a short version of bench/store-crash.ts): the store runs as a child process,
// 16 clients push, the store is killed, restarted, and every acknowledged push must be there and
// complete, nothing partial, nothing unsent; unanswered pushes re-sent with their keys make one version each.
import { benchTargets, benchToken } from '../../bench/store-child';
import { crashCycle, type Sent } from '../../bench/store-crash-check';
import { skippedWithoutPostgres } from './postgres-skip';

const names = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

skippedWithoutPostgres('SIGKILL under load');
describe.each(names)('SIGKILL under load on %s', (name) => {
  test('no acknowledged push lost, nothing partial, one version per Idempotency-Key', async () => {
    const [bench] = benchTargets(name);
    try {
      const token = await benchToken(bench.target);
      const all: Sent[] = [];
      const { verdict, problems } = await crashCycle(bench.target, token, 16, 1500, 0, all);
      expect(problems).toEqual([]);
      expect(verdict.acked).toBeGreaterThan(0);
      expect(all.filter((s) => s.outcome === 'acked').length).toBe(all.filter((s) => s.outcome !== 'refused').length);
    } finally {
      await bench.cleanup();
    }
  }, 120_000);
});
