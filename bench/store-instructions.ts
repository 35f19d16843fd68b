// Instructions per push of the served store, by thread, counted by callgrind (the machine is shared, so
// wall time and even CPU time per push move with the other load; instruction counts do not). The store
// runs as bench/store-load.ts runs it (the bundle, SQLite, one check worker) but under
// `valgrind --tool=callgrind --separate-threads=yes` and `node --single-threaded`, so that V8's GC and
// compiler work is counted in the thread that causes it. A client outside valgrind pushes WARMUP
// distinct programs, then N more, with 16 connections (bench/store-load.ts's unique mode, the client's
// bodies); the run is made for two values of N and the difference divided by their difference is the
// cost of one push, without start-up and warm-up.
//   npx tsx bench/store-instructions.ts [--warmup 300] [--pushes 100,500] [--clients 16] [--keep DIR]
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { submissionText } from '../src/store/client';
import { benchBodies, benchTargets, benchToken, startChildStore } from './store-child';

function push(agent: Agent, url: URL, token: string, body: Buffer, key: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: '/api/v1/submissions',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': body.length, 'idempotency-key': key },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The instructions ("summary:" or "totals:" line) of each thread's callgrind file, main thread first. */
function threadTotals(dir: string): number[] {
  const totals: { thread: number; total: number }[] = [];
  for (const name of readdirSync(dir)) {
    const match = /^cg\.\d+-(\d+)$/.exec(name);
    if (!match) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    const line = /^(?:summary|totals): (\d+)/m.exec(text);
    totals.push({ thread: Number(match[1]), total: line ? Number(line[1]) : 0 });
  }
  return totals.sort((a, b) => a.thread - b.thread).map((t) => t.total);
}

async function run(pushes: number, options: { warmup: number; clients: number; bodies: Buffer[]; dir: string }): Promise<{ main: number; worker: number; rest: number }> {
  const [bench] = benchTargets('sqlite');
  const token = await benchToken(bench.target);
  const wrapper = ['valgrind', '--tool=callgrind', '--separate-threads=yes', `--callgrind-out-file=${join(options.dir, 'cg.%p')}`];
  const saved = process.env.SVERKA_BENCH_NODE_ARGS;
  process.env.SVERKA_BENCH_NODE_ARGS = `${saved ?? ''} --single-threaded`;
  const store = await startChildStore(bench.target, 0, 'bundle', { wrapper, startTimeoutMs: 600_000 });
  if (saved === undefined) delete process.env.SVERKA_BENCH_NODE_ARGS;
  else process.env.SVERKA_BENCH_NODE_ARGS = saved;
  try {
    const agent = new Agent({ keepAlive: true, maxSockets: options.clients });
    const url = new URL(store.url);
    let next = 0;
    const total = options.warmup + pushes;
    await Promise.all(
      Array.from({ length: options.clients }, async () => {
        for (let n = next++; n < total; n = next++) {
          const status = await push(agent, url, token, options.bodies[n], `instr-${n}`);
          if (status !== 201) throw new Error(`push ${n}: ${status}`);
        }
      }),
    );
    agent.destroy();
  } finally {
    store.child.kill('SIGTERM');
    await store.exited;
    await bench.cleanup();
  }
  const [main, ...others] = threadTotals(options.dir);
  const worker = Math.max(0, ...others);
  const rest = others.reduce((a, b) => a + b, 0) - worker;
  return { main, worker, rest };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { warmup: { type: 'string', default: '300' }, pushes: { type: 'string', default: '100,500' }, clients: { type: 'string', default: '16' }, keep: { type: 'string' } } });
  const warmup = Number(values.warmup);
  const [low, high] = (values.pushes ?? '100,500').split(',').map(Number);
  const clients = Number(values.clients);
  const make = benchBodies(40);
  const bodies = Array.from({ length: warmup + high }, (_, n) => Buffer.from(submissionText(make(n % 40, n)), 'utf8'));
  const results: { main: number; worker: number; rest: number }[] = [];
  for (const pushes of [low, high]) {
    const dir = values.keep ? join(values.keep, `n${pushes}`) : mkdtempSync(join(tmpdir(), 'sverka-instr-'));
    if (values.keep) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }
    const r = await run(pushes, { warmup, clients, bodies, dir });
    process.stdout.write(`${pushes} pushes after ${warmup}: main ${r.main}, check worker ${r.worker}, other threads ${r.rest}\n`);
    results.push(r);
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
  const per = (k: 'main' | 'worker' | 'rest'): number => (results[1][k] - results[0][k]) / (high - low);
  const m = per('main');
  const w = per('worker');
  const o = per('rest');
  process.stdout.write(`instructions per push: main thread ${(m / 1e6).toFixed(3)} M, check worker ${(w / 1e6).toFixed(3)} M, other threads ${(o / 1e6).toFixed(3)} M, all ${((m + w + o) / 1e6).toFixed(3)} M\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`store-instructions: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
