// Load benchmark of the store: 16 concurrent clients push the corrected worked example (under K titles,
// so versions pile up per program) for N seconds against the store running as its own process;
// prints submissions/s and p50/p99 latency, on SQLite and on PostgreSQL (when DATABASE_URL is set).
//   npx tsx bench/store-load.ts [--seconds 10] [--clients 16] [--programs 40] [--mode repeat|unique|both] [--only sqlite|postgres] [--client raw|real] [--body client|stringify] [--store-code bundle|tsx] [--warmup 0]
// The load comes from node:http keep-alive connections with bodies serialized once (--client raw, the
// default, so that the generator leaves the machine's second core to the store), or from the store's
// own fetch-based client (--client real). The raw bodies are the bytes the store's client sends
// (--body client, the default: submissionText, the program first in canonical JSON, which the store keeps
// as it came), or JSON.stringify of the body (--body stringify: the store writes the canonical JSON itself).
// The store runs as shipped (--store-code bundle, the default: its code bundled by esbuild as the CLI that
// serves it is), or from the sources through tsx (--store-code tsx, slower: tsx keeps function names).
// Modes: "unique" — every push has different content (a passport line carries an edition number), so the
// server re-validates each one in full; "repeat" — each program's content repeats, as when a person
// pushes again after a refusal (the server's report cache serves those); since a push of the same content
// as the latest version is no new version, those pushes are answered 200 with the existing version.
// --warmup S: S seconds of the same load before the measured run, neither timed nor counted in the CPU per
// submission (the store's JIT compiles its hot paths during the first seconds of load; without it a short
// run's CPU per submission includes that, as it always did).
// Loopback only; bounded in time.
// After the SQLite store's "unique" run, the same pushes are written by better-sqlite3 alone (the same
// file schema, triggers and pragmas; bench/store-raw-sqlite.ts), and the store's rate is printed beside
// that ceiling with the ratio.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Agent, request } from 'node:http';
import { parseArgs } from 'node:util';
import { StoreApiError, StoreClient, submissionText } from '../src/store/client';
import { benchBodies, benchTargets, benchToken, startChildStore, type StoreCode } from './store-child';
import { rawSqliteRate, type RawRate } from './store-raw-sqlite';

const TARGET_PER_SECOND = 300;

/**
 * CPU seconds (user + system; `system`: the system part only) a process has used, from /proc (Linux); with
 * `thread`, that thread's only (the main thread's id is the pid).
 */
function cpuSecondsOf(pid: number | undefined, thread?: number, system = false): number {
  try {
    const fields = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((system ? 0 : Number(fields[11])) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** CPU seconds of each thread of a process (Linux /proc), by thread id. */
function threadCpuOf(pid: number | undefined): Map<number, number> {
  const out = new Map<number, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) out.set(Number(tid), cpuSecondsOf(pid, Number(tid)));
  } catch {
    // not Linux, or the process is gone
  }
  return out;
}

/**
 * The store's threads apart, over the run: the event loop's (the pid), the busiest other one (the check
 * worker: it reads and re-validates every push) and the rest (V8's GC and compiler threads, libuv's).
 */
function threadSplit(pid: number | undefined, before: Map<number, number>): { main: number; worker: number; rest: number } {
  const after = threadCpuOf(pid);
  let main = 0;
  let worker = 0;
  let all = 0;
  for (const [tid, seconds] of after) {
    const used = seconds - (before.get(tid) ?? 0);
    all += used;
    if (tid === pid) main = used;
    else if (used > worker) worker = used;
  }
  return { main, worker, rest: all - main - worker };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface LoadResult {
  ok: number;
  failed: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  firstFailure: string | null;
}

/** A request body as UTF-8 bytes, in parts (made once; only the edition is encoded per push). */
type BodyParts = readonly Buffer[];

/** One push over a keep-alive connection with node:http (a light load generator): the status and the body. */
function rawPush(agent: Agent, url: URL, token: string, body: BodyParts, key: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    let length = 0;
    for (const part of body) length += part.length;
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: '/api/v1/submissions',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': length, 'idempotency-key': key },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    // One write (a copy of 31 KB costs less than a packet per part).
    req.end(body.length === 1 ? body[0] : Buffer.concat(body, length));
  });
}

/**
 * Request bodies as UTF-8 bytes, encoded once per program; in "unique" mode the edition number is written
 * between the bytes before and after its place (the same bytes as the JSON text with the number in it).
 */
function bodyTexts(programs: number, serialize: (body: ReturnType<ReturnType<typeof benchBodies>>) => string): (k: number, edition: number | null) => BodyParts {
  const bodies = benchBodies(programs);
  const MARK = 'EDITION-MARK';
  const plain = Array.from({ length: programs }, (_, k) => [Buffer.from(serialize(bodies(k, null)), 'utf8')]);
  const marked = Array.from({ length: programs }, (_, k) => {
    const text = serialize(bodies(k, 0)).replace('Редакция 0.', `Редакция ${MARK}.`);
    const at = text.indexOf(MARK);
    return [Buffer.from(text.slice(0, at), 'utf8'), Buffer.from(text.slice(at + MARK.length), 'utf8')];
  });
  return (k, edition) => {
    if (edition === null) return plain[k % programs];
    const [head, tail] = marked[k % programs];
    return [head, Buffer.from(String(edition), 'latin1'), tail];
  };
}

async function load(
  url: string,
  token: string,
  options: { clients: number; seconds: number; programs: number; unique: boolean; client: 'raw' | 'real'; stringify: boolean; warmupSeconds: number; onMeasure: () => void },
): Promise<LoadResult> {
  const texts = bodyTexts(options.programs, options.stringify ? (body) => JSON.stringify(body) : submissionText);
  const bodies = benchBodies(options.programs);
  const real = new StoreClient({ baseUrl: url, token, retries: 0, timeoutMs: 30_000 });
  const agent = new Agent({ keepAlive: true, maxSockets: options.clients });
  const target = new URL(url);
  let seq = 0;
  const pushOnce = async (k: number, edition: number | null): Promise<void> => {
    const key = `load-${process.pid}-${seq}-${Math.random().toString(36).slice(2)}`;
    if (options.client === 'real') {
      await real.submit(bodies(k, edition), key);
      return;
    }
    const answer = await rawPush(agent, target, token, texts(k, edition), key);
    // A new version is 201; the same content as the latest version is 200 naming it (`existing`).
    const expected = edition === null ? answer.status === 201 || (answer.status === 200 && answer.text.includes('"existing":true')) : answer.status === 201;
    if (!expected) throw new Error(`${answer.status} ${answer.text.slice(0, 200)}`);
  };
  try {
    // Warm-up: one push per program (binds them, compiles the hot paths), not measured.
    for (let k = 0; k < options.programs; k++) await pushOnce(k, options.unique ? seq++ : null);
    // --warmup: the same load for that long first, not measured (the store's JIT compiles its hot paths
    // in the first seconds: a short run measures that too).
    if (options.warmupSeconds > 0) {
      const until = performance.now() + options.warmupSeconds * 1000;
      await Promise.all(
        Array.from({ length: options.clients }, async (_, c) => {
          for (let i = 0; performance.now() < until; i++) await pushOnce((c + i * options.clients) % options.programs, options.unique ? seq++ : null);
        }),
      );
    }
    options.onMeasure();
    const latencies: number[] = [];
    let failed = 0;
    let firstFailure: string | null = null;
    const start = performance.now();
    const end = start + options.seconds * 1000;
    const maxPerClient = 100_000;
    await Promise.all(
      Array.from({ length: options.clients }, async (_, c) => {
        for (let i = 0; i < maxPerClient && performance.now() < end; i++) {
          const n = seq++;
          const t0 = performance.now();
          try {
            await pushOnce((c + i * options.clients) % options.programs, options.unique ? n : null);
            latencies.push(performance.now() - t0);
          } catch (error) {
            failed++;
            firstFailure ??= error instanceof StoreApiError ? `${error.status} ${error.body.error}` : String(error);
          }
        }
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    latencies.sort((a, b) => a - b);
    return { ok: latencies.length, failed, seconds, perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), firstFailure };
  } finally {
    agent.destroy();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '10' },
      clients: { type: 'string', default: '16' },
      programs: { type: 'string', default: '40' },
      mode: { type: 'string', default: 'both' },
      only: { type: 'string' },
      client: { type: 'string', default: 'raw' },
      body: { type: 'string', default: 'client' },
      'store-code': { type: 'string', default: 'bundle' },
      warmup: { type: 'string', default: '0' },
    },
  });
  const warmupSeconds = Math.min(120, Math.max(0, Number(values.warmup) || 0));
  const seconds = Math.min(120, Math.max(1, Number(values.seconds)));
  const clients = Math.min(64, Math.max(1, Number(values.clients)));
  const programs = Math.min(1000, Math.max(1, Number(values.programs)));
  const clientKind = values.client === 'real' ? 'real' : 'raw';
  const storeCode: StoreCode = values['store-code'] === 'tsx' ? 'tsx' : 'bundle';
  const modes = values.mode === 'both' ? ['unique', 'repeat'] : [values.mode ?? 'unique'];
  const rows: Record<string, unknown>[] = [];
  const loadBefore = loadavg();
  process.stdout.write(`machine: ${cpus().length} cores, load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min); the store's code: ${storeCode}; bodies: ${values.body === 'stringify' ? 'JSON.stringify' : 'as the client sends them'}\n`);
  for (const bench of benchTargets(values.only)) {
    const token = await benchToken(bench.target);
    const store = await startChildStore(bench.target, 0, storeCode);
    try {
      for (const mode of modes) {
        let serverCpu0 = cpuSecondsOf(store.child.pid);
        let mainCpu0 = cpuSecondsOf(store.child.pid, store.child.pid);
        let mainSystem0 = cpuSecondsOf(store.child.pid, store.child.pid, true);
        let threads0 = threadCpuOf(store.child.pid);
        let clientCpu0 = process.cpuUsage();
        let wall0 = performance.now();
        // Without --warmup the CPU counted includes the warm-up pushes (one per program), as it always did;
        // with it, the counters start where the measured run does.
        const onMeasure = (): void => {
          if (warmupSeconds === 0) return;
          serverCpu0 = cpuSecondsOf(store.child.pid);
          mainCpu0 = cpuSecondsOf(store.child.pid, store.child.pid);
          mainSystem0 = cpuSecondsOf(store.child.pid, store.child.pid, true);
          threads0 = threadCpuOf(store.child.pid);
          clientCpu0 = process.cpuUsage();
          wall0 = performance.now();
        };
        const r = await load(store.url, token, { clients, seconds, programs, unique: mode === 'unique', client: clientKind, stringify: values.body === 'stringify', warmupSeconds, onMeasure });
        const counted = Math.max(1, r.ok + (warmupSeconds === 0 ? programs : 0));
        const clientCpu = process.cpuUsage(clientCpu0);
        const wallSeconds = (performance.now() - wall0) / 1000;
        const serverSeconds = cpuSecondsOf(store.child.pid) - serverCpu0;
        const split = threadSplit(store.child.pid, threads0);
        const clientSeconds = (clientCpu.user + clientCpu.system) / 1e6;
        const serverMs = (serverSeconds * 1000) / counted;
        // The event loop's thread (HTTP, SQLite) apart from the others (check workers, V8's GC and compiler threads).
        const mainMs = ((cpuSecondsOf(store.child.pid, store.child.pid) - mainCpu0) * 1000) / counted;
        const clientMs = (clientSeconds * 1000) / counted;
        // The kernel's part of the event loop's thread: sockets, the WAL's writes and fsyncs.
        const mainSystemMs = ((cpuSecondsOf(store.child.pid, store.child.pid, true) - mainSystem0) * 1000) / counted;
        const row = {
          database: bench.name,
          storeCode,
          mode,
          warmupSeconds,
          clients,
          seconds: Number(r.seconds.toFixed(1)),
          submissions: r.ok,
          failed: r.failed,
          perSecond: Number(r.perSecond.toFixed(1)),
          p50ms: Number(r.p50.toFixed(1)),
          p99ms: Number(r.p99.toFixed(1)),
          serverCpuMsPerSubmission: Number(serverMs.toFixed(2)),
          serverMainThreadCpuMsPerSubmission: Number(mainMs.toFixed(2)),
          serverMainThreadSystemCpuMsPerSubmission: Number(mainSystemMs.toFixed(2)),
          serverWorkerThreadCpuMsPerSubmission: Number(((split.worker * 1000) / counted).toFixed(2)),
          serverRestCpuMsPerSubmission: Number(((split.rest * 1000) / counted).toFixed(2)),
          clientCpuMsPerSubmission: Number(clientMs.toFixed(2)),
          // Cores each process kept busy over the run (warm-up included): the store near 1 is CPU-bound on its one thread.
          serverCores: Number((serverSeconds / wallSeconds).toFixed(2)),
          clientCores: Number((clientSeconds / wallSeconds).toFixed(2)),
          ...(r.firstFailure ? { firstFailure: r.firstFailure } : {}),
        };
        rows.push(row);
        process.stdout.write(
          `store ${bench.name.padEnd(8)} ${mode.padEnd(6)} ${clients} clients: ${row.perSecond} submissions/s (${r.ok} in ${row.seconds} s, ${r.failed} failed${warmupSeconds > 0 ? `, after ${warmupSeconds} s of warm-up not counted` : ''}), p50 ${row.p50ms} ms, p99 ${row.p99ms} ms; CPU per submission: store ${row.serverCpuMsPerSubmission} ms (main thread ${row.serverMainThreadCpuMsPerSubmission} ms, ${row.serverMainThreadSystemCpuMsPerSubmission} ms of it in the kernel; other threads ${(row.serverCpuMsPerSubmission - row.serverMainThreadCpuMsPerSubmission).toFixed(2)} ms: the check worker ${row.serverWorkerThreadCpuMsPerSubmission} ms, V8's and libuv's ${row.serverRestCpuMsPerSubmission} ms), clients ${row.clientCpuMsPerSubmission} ms; cores busy: store ${row.serverCores}, clients ${row.clientCores}` +
            (bench.name === 'sqlite' ? (r.perSecond >= TARGET_PER_SECOND ? `  [≥ ${TARGET_PER_SECOND}/s: met]` : `  [≥ ${TARGET_PER_SECOND}/s: NOT met]`) : '') +
            '\n',
        );
      }
    } finally {
      store.child.kill('SIGTERM');
      await store.exited;
      await bench.cleanup();
    }
  }
  const engine = await engineComparison(rows, { clients, seconds, programs });
  const loadAfter = loadavg();
  process.stdout.write(`machine: load average ${loadAfter.map((l) => l.toFixed(2)).join(' ')} at the end\n`);
  process.stdout.write(JSON.stringify({ bench: 'store-load', load: { before: loadBefore, after: loadAfter }, results: rows, ...(engine ? { engine } : {}) }) + '\n');
  if (rows.some((r) => (r.failed as number) > 0)) process.exitCode = 1;
}

/**
 * The SQLite store's "unique" rate beside better-sqlite3 writing the same pushes alone: a commit per
 * push, and a commit per `clients` pushes (the most the store's group commit can batch with that many
 * clients). Printed with the ratios; null when SQLite's unique mode was not run.
 */
async function engineComparison(rows: Record<string, unknown>[], options: { clients: number; seconds: number; programs: number }): Promise<Record<string, unknown> | null> {
  const store = rows.find((r) => r.database === 'sqlite' && r.mode === 'unique');
  if (!store) return null;
  const bodies = benchBodies(options.programs);
  const raws: RawRate[] = [];
  for (const commitEvery of [1, options.clients]) raws.push(await rawSqliteRate({ bodies, programs: options.programs, seconds: options.seconds, commitEvery }));
  const storeRate = store.perSecond as number;
  const pragmas = Object.entries(raws[0].pragmas)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  process.stdout.write(`engine  better-sqlite3 alone, same schema, triggers and pragmas (${pragmas}), ${options.programs} distinct programs, the same payloads:\n`);
  for (const raw of raws) {
    process.stdout.write(
      `  commit per ${String(raw.commitEvery).padEnd(2)} push(es): ${raw.perSecond.toFixed(1)} pushes/s (${raw.pushes} in ${raw.seconds.toFixed(1)} s); store ${options.clients} clients unique ${storeRate} submissions/s = ${(storeRate / raw.perSecond).toFixed(3)} of it\n`,
    );
  }
  return {
    pragmas: raws[0].pragmas,
    store: storeRate,
    raw: raws.map((r) => ({ commitEvery: r.commitEvery, perSecond: Number(r.perSecond.toFixed(1)), pushes: r.pushes, ratio: Number((storeRate / r.perSecond).toFixed(3)) })),
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`store-load: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
