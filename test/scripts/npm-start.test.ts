// `npm start` as a person runs it twice or stops it (issue 9): a second `npm start` says in one Russian
// line that the port is taken (no stack trace), and SIGTERM to `npm start` ends its children — the store
// it started stops listening.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function listen(port = 0): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => resolve(server));
  });
}

async function freePort(): Promise<number> {
  const server = await listen();
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function portFree(port: number): Promise<boolean> {
  try {
    const server = await listen(port);
    await new Promise((resolve) => server.close(resolve));
    return true;
  } catch {
    return false;
  }
}

function npmStart(env: Record<string, string>): { child: ChildProcess; out: () => string; err: () => string; exited: Promise<number | null> } {
  const child = spawn(NPM, ['start', '--silent'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, out: () => out, err: () => err, exited };
}

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sverka-npm-start-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a second npm start', () => {
  it.each(['PORT', 'SVERKA_STORE_PORT'])('with %s taken says so in one Russian line and exits 1', async (taken) => {
    const busy = await listen();
    try {
      const busyPort = (busy.address() as { port: number }).port;
      const other = await freePort();
      const env = taken === 'PORT' ? { PORT: String(busyPort), SVERKA_STORE_PORT: String(other) } : { PORT: String(other), SVERKA_STORE_PORT: String(busyPort) };
      const run = npmStart({ ...env, SVERKA_STORE_DATA: dataDir });
      expect(await run.exited).toBe(1);
      expect(run.out()).toBe('');
      const lines = run.err().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^Порт (хранилища )?${busyPort} занят — похоже, npm start`));
      expect(run.err()).not.toMatch(/EADDRINUSE|\n\s+at /);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  }, 60_000);
});

describe('SIGTERM to npm start', () => {
  it('ends its children: the store stops listening, npm start exits', async () => {
    const [port, storePort] = [await freePort(), await freePort()];
    const run = npmStart({ PORT: String(port), SVERKA_STORE_PORT: String(storePort), SVERKA_STORE_DATA: dataDir });
    try {
      const deadline = Date.now() + 120_000;
      while (!run.err().includes(`Хранилище sverka: http://127.0.0.1:${storePort}`)) {
        if (Date.now() > deadline || run.child.exitCode !== null) throw new Error(`the store did not start: ${run.err()}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(await portFree(storePort)).toBe(false);
      run.child.kill('SIGTERM');
      await run.exited;
      // The store child is gone within its grace period: its port is free again.
      const until = Date.now() + 10_000;
      while (!(await portFree(storePort)) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
      expect(await portFree(storePort)).toBe(true);
      expect(await portFree(port)).toBe(true);
      expect(run.err()).not.toMatch(/\n\s+at /);
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
    }
  }, 180_000);
});
