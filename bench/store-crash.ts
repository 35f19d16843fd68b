// Crash test of the store: 16 clients push while the store (a child process) is killed with SIGKILL
// mid-load; the store is restarted and every acknowledged (201) submission must be there, complete
// (payload hash = acknowledged hash), nothing partial, and nothing that was not sent. Then the
// unanswered pushes are sent again with their Idempotency-Keys: each key ends as exactly one version.
//   npx tsx bench/store-crash.ts [--cycles 3] [--clients 16] [--only sqlite|postgres]
// Loopback only; bounded in time (each cycle kills after 1–2.5 s of load).
import { parseArgs } from 'node:util';
import { benchTargets, benchToken } from './store-child';
import { crashCycle, type Sent } from './store-crash-check';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { cycles: { type: 'string', default: '3' }, clients: { type: 'string', default: '16' }, only: { type: 'string' } } });
  const cycles = Math.min(10, Math.max(1, Number(values.cycles)));
  const clients = Math.min(64, Math.max(1, Number(values.clients)));
  let failed = false;
  const results: Record<string, unknown>[] = [];
  for (const bench of benchTargets(values.only)) {
    const token = await benchToken(bench.target);
    const all: Sent[] = [];
    try {
      for (let cycle = 0; cycle < cycles; cycle++) {
        const killAfter = 1000 + Math.floor(Math.random() * 1500);
        const { verdict, after, problems } = await crashCycle(bench.target, token, clients, killAfter, cycle, all);
        const row = {
          database: bench.name,
          cycle: cycle + 1,
          killedAfterMs: killAfter,
          acknowledged: verdict.acked,
          unanswered: verdict.unanswered,
          unansweredButStored: verdict.unansweredStored,
          lost: problems.filter((p) => p.includes('is lost')).length,
          problems: problems.length,
        };
        results.push(row);
        process.stdout.write(
          `store-crash ${bench.name.padEnd(8)} cycle ${cycle + 1}: SIGKILL after ${killAfter} ms; ${verdict.acked} acknowledged — all present and complete: ${problems.length === 0 ? 'yes' : 'NO'}; ` +
            `${verdict.unanswered} unanswered (${verdict.unansweredStored} had been stored), re-sent with their keys → one version each: ${after.problems.length === 0 ? 'yes' : 'NO'}\n`,
        );
        for (const p of problems.slice(0, 10)) process.stdout.write(`  ! ${p}\n`);
        if (problems.length > 0) failed = true;
      }
    } finally {
      await bench.cleanup();
    }
  }
  process.stdout.write(JSON.stringify({ bench: 'store-crash', ok: !failed, results }) + '\n');
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`store-crash: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
