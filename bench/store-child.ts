// Starting and stopping the store as a child process (bench/store-server.ts), and the programs the
// benchmarks push: the corrected worked example under K titles, with the explanations it needs.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Pool } from 'pg';
import { checkProgram } from '../src/domain/check-program';
import { Program } from '../src/domain/model/program';
import { createToken } from '../src/server/auth/tokens';
import { openDatabase, type DatabaseTarget } from '../src/server/db/database';
import type { SubmissionBodyInput } from '../src/store/contract/submission';

const ROOT = join(__dirname, '..');

export interface BenchTarget {
  name: 'sqlite' | 'postgres';
  target: DatabaseTarget;
  cleanup(): Promise<void>;
}

export function benchTargets(only?: string): BenchTarget[] {
  const out: BenchTarget[] = [];
  if (!only || only === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'sverka-bench-'));
    out.push({ name: 'sqlite', target: { kind: 'sqlite', dataDir }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) });
  }
  const url = process.env.DATABASE_URL;
  if (url && (!only || only === 'postgres')) {
    const schema = `sverka_bench_${process.pid}_${Date.now().toString(36)}`;
    out.push({
      name: 'postgres',
      target: { kind: 'postgres', url, schema },
      async cleanup() {
        const pool = new Pool({ connectionString: url, max: 1 });
        try {
          await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        } finally {
          await pool.end();
        }
      },
    });
  }
  return out;
}

/** A submitter token made directly in the database (as `sverka store token create` does). */
export async function benchToken(target: DatabaseTarget): Promise<string> {
  const database = await openDatabase(target);
  try {
    return (await createToken(database.db, { department: 'Управление информационных технологий', role: 'submitter' })).token;
  } finally {
    await database.close();
  }
}

export interface ChildStore {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (or the signal) when the child ends. */
  exited: Promise<number | string>;
}

/**
 * How the store's code runs: 'bundle' — bench/store-server.ts bundled by esbuild as scripts/build-cli.mjs
 * bundles the CLI that serves the store (`sverka store serve` runs dist/cli.js: our TypeScript compiled
 * once, zod from dist/zod.js beside it — here compiled in, one copy as there — Fastify, Kysely and the drivers from
 * node_modules); 'tsx' — the sources through tsx, which also
 * wraps every function made at run time to keep its name (slower than what is shipped).
 */
export type StoreCode = 'bundle' | 'tsx';

/** The bundle of bench/store-server.ts in dist/bench/ (made once per run of a benchmark). */
let bundled: Promise<string> | null = null;

function bundledServer(): Promise<string> {
  bundled ??= (async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    // What build-cli.mjs compiles into the CLI's bundles and dist/zod.js; every other package stays in node_modules.
    const compiledIn = ['fflate', 'saxes', 'zod', 'fastify-type-provider-zod'];
    const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {}), '@fastify/*'].filter((name) => !compiledIn.includes(name));
    const outfile = join(ROOT, 'dist', 'bench', 'store-server.js');
    await build({ entryPoints: [join(ROOT, 'bench/store-server.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', external, logLevel: 'warning' });
    // The store's check worker beside it, as scripts/build-cli.mjs puts it beside dist/cli.js.
    const worker = join(ROOT, 'src/server/submissions/check-worker.ts');
    await build({ entryPoints: [worker], outfile: join(ROOT, 'dist', 'bench', 'store-check-worker.js'), bundle: true, platform: 'node', target: 'node20', format: 'cjs', external, logLevel: 'warning' });
    return outfile;
  })();
  return bundled;
}

export async function startChildStore(target: DatabaseTarget, port = 0, code: StoreCode = 'tsx', options: { wrapper?: readonly string[]; startTimeoutMs?: number } = {}): Promise<ChildStore> {
  // The store as `sverka store serve` runs: with the Node options of bin/sverka.js's first line (SVERKA_BENCH_PLAIN_NODE=1:
  // Node's defaults). SVERKA_BENCH_NODE_ARGS: extra node flags for the store (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
  const launcher = process.env.SVERKA_BENCH_PLAIN_NODE ? [] : (createRequire(__filename)(join(ROOT, 'bin', 'sverka.js')) as { launcherOptions: () => string[] }).launcherOptions();
  const nodeArgs = [...launcher, ...(process.env.SVERKA_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const entry = code === 'bundle' ? [await bundledServer()] : ['--import', 'tsx', join(ROOT, 'bench/store-server.ts')];
  // A wrapper runs node (valgrind: bench/store-instructions.ts).
  const [command, ...args] = [...(options.wrapper ?? []), process.execPath, ...nodeArgs, ...entry];
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, SVERKA_STORE_TARGET: JSON.stringify(target), SVERKA_STORE_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the store did not start in ${startTimeoutMs / 1000} s`)), startTimeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const parsed = JSON.parse(line) as { listening?: string };
        if (parsed.listening) {
          clearTimeout(timer);
          resolve(parsed.listening);
        }
      } catch {
        // a log line
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the store exited (${code}) before listening`));
    });
  });
  return { url, child, exited };
}

/** The corrected worked example (passport city budget total 421 246,1) and explanations of its warnings. */
export function correctedExample(): Program {
  const program = Program.parse(JSON.parse(readFileSync(join(ROOT, 'examples/stupino-2020-2024.program.json'), 'utf8')));
  const municipal = program.passport?.funding?.sources.find((s) => /городского округа/.test(s.name));
  if (municipal) municipal.total = '421246.1';
  return program;
}

/**
 * The body of a push: the corrected example as program `k` of `programs` (its title varied, so versions
 * pile up per program), and, when `edition` is given, a passport line that differs in every push
 * (so that no two pushes have the same content).
 */
export function benchBodies(programs: number): (k: number, edition: number | null) => SubmissionBodyInput {
  const base = correctedExample();
  const explanations = Object.fromEntries(
    checkProgram({ program: base })
      .findings.filter((f) => f.severity === 'warning')
      .map((f) => [f.key, 'Согласовано с отраслевым министерством']),
  );
  const titled = Array.from({ length: programs }, (_, k) => ({ ...base, title: k === 0 ? base.title : `${base.title} (вариант ${k + 1})` }));
  return (k, edition) => {
    const program = titled[k % programs];
    if (edition === null || !program.passport) return { program, explanations };
    const fields = program.passport.fields.map((f, i) => (i === program.passport!.fields.length - 1 ? { ...f, value: `${f.value} Редакция ${edition}.` } : f));
    return { program: { ...program, passport: { ...program.passport, fields } }, explanations };
  };
}
