// The command's first line starts Node with one V8 background thread, a young generation of at most 2 MB a half, a
// first old-generation limit of 32 MB and regular expressions compiled to machine code at once (bin/sverka.js says
// why). It must work as a shell, npx or a link on PATH run it — the file executable, its line one that `env -S`
// splits — use the code cache the build trained under those options, and change nothing but the speed: the same
// report as `node bin/sverka.js`.
import { execFile, execFileSync } from 'node:child_process';
import { accessSync, constants, copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledCli, LAUNCHER_OPTIONS, ROOT, type BinaryRun } from '../fixtures/cli-binary';

const home = mkdtempSync(join(tmpdir(), 'sverka-launcher-'));
const book = join(ROOT, 'examples', 'stupino-2020-2024.xlsx');

beforeAll(async () => {
  await bundledCli(home);
  // copyFileSync keeps the mode on Linux; said again so that a copy made otherwise does not pass for the file.
  copyFileSync(join(ROOT, 'bin', 'sverka.js'), join(home, 'bin', 'sverka.js'));
}, 120_000);

afterAll(() => rmSync(home, { recursive: true, force: true }));

/** `node bin/sverka.js …`: without the first line's options (the code cache refused, compiled anew: only slower). */
function viaNode(args: string[]): Promise<BinaryRun> {
  const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };
  return new Promise((resolve) => {
    execFile(process.execPath, [join(home, 'bin', 'sverka.js'), ...args], { cwd: ROOT, env, timeout: 60_000, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** bin/sverka.js run as a program (the kernel reads its first line), Node found on PATH as a user's shell finds it. */
function asProgram(args: string[]): Promise<BinaryRun> {
  const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), PATH: `${join(process.execPath, '..')}:${process.env.PATH ?? ''}` };
  return new Promise((resolve) => {
    execFile(join(home, 'bin', 'sverka.js'), args, { cwd: ROOT, env, timeout: 60_000, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

it('the first line is «#!/usr/bin/env -S node --v8-pool-size=1 --max-semi-space-size=2 --initial-old-space-size=32 --no-regexp-tier-up», read back as those options; the file is executable', () => {
  const file = join(ROOT, 'bin', 'sverka.js');
  expect(readFileSync(file, 'utf8').split('\n', 1)[0]).toBe('#!/usr/bin/env -S node --v8-pool-size=1 --max-semi-space-size=2 --initial-old-space-size=32 --no-regexp-tier-up');
  expect(LAUNCHER_OPTIONS).toEqual(['--v8-pool-size=1', '--max-semi-space-size=2', '--initial-old-space-size=32', '--no-regexp-tier-up']);
  expect(() => accessSync(file, constants.X_OK)).not.toThrow();
});

it('run as a program it starts (the line is one env splits and Node accepts) and says its version', async () => {
  const run = await asProgram(['--version']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^sverka \d+\.\d+\.\d+\n$/);
}, 60_000);

it('run as a program it uses the code cache the build made (V8 took it: the file is not written anew)', async () => {
  // `validate` runs the bundle of validate alone (bin/sverka.js, bundleFor).
  const cache = join(home, 'dist', 'cli-validate.js.cache');
  const before = statSync(cache);
  const run = await asProgram(['validate', book, '--format', 'json']);
  expect(run.code).toBe(1);
  const after = statSync(cache);
  expect([after.ino, after.size, after.mtimeMs]).toEqual([before.ino, before.size, before.mtimeMs]);
}, 60_000);

it('run as a program it gives the very report, exit code and stderr of `node bin/sverka.js`', async () => {
  const args = ['validate', book, '--format', 'json'];
  const cache = join(home, 'dist', 'cli-validate.js.cache');
  const before = statSync(cache);
  const [launched, plain] = [await asProgram(args), await viaNode(args)];
  // The plain run keeps a cache of its own: the build's, trained under the first line's options, is left as it was.
  const after = statSync(cache);
  expect([after.ino, after.size, after.mtimeMs]).toEqual([before.ino, before.size, before.mtimeMs]);
  expect(statSync(join(home, 'dist', 'cli-validate.js.plain.cache')).size).toBeGreaterThan(100_000);
  expect(plain.code).toBe(1); // the worked example as published has errors
  expect(launched.code).toBe(plain.code);
  expect(launched.stderr).toBe(plain.stderr);
  expect(launched.stdout).toBe(plain.stdout);
  expect(JSON.parse(launched.stdout).findings.length).toBeGreaterThan(0);
}, 60_000);

describe('the bundle a command runs from', () => {
  it('validate runs from dist/cli-validate.js alone: the same report without dist/cli.js; every other command from dist/cli.js', async () => {
    const args = ['validate', book, '--format', 'json'];
    const whole = await asProgram(args);
    const cli = join(home, 'dist', 'cli.js');
    copyFileSync(cli, `${cli}.aside`);
    rmSync(cli);
    try {
      expect(await asProgram(args)).toEqual(whole);
      // `--version` is dist/cli.js's: without it, the launcher would build it (here, where there is nothing to build from, it says so).
      const version = await asProgram(['--version']);
      expect(version.code).toBe(3);
      expect(version.stdout).toBe('');
    } finally {
      copyFileSync(`${cli}.aside`, cli);
      rmSync(`${cli}.aside`);
    }
    expect(await asProgram(['--version'])).toEqual(expect.objectContaining({ code: 0, stderr: '' }));
  }, 60_000);

  it('without dist/cli-validate.js (a dist/ from before it), validate runs from dist/cli.js: the same report', async () => {
    const args = ['validate', book, '--format', 'json'];
    const whole = await asProgram(args);
    expect(whole.code).toBe(1);
    expect(JSON.parse(whole.stdout).findings.length).toBeGreaterThan(0);
    const own = join(home, 'dist', 'cli-validate.js');
    copyFileSync(own, `${own}.aside`);
    rmSync(own);
    try {
      expect(await asProgram(args)).toEqual(whole);
    } finally {
      copyFileSync(`${own}.aside`, own);
      rmSync(`${own}.aside`);
    }
  }, 60_000);

  it('dist/cli-validate.js has no command but validate (and its report workbooks\' part) compiled in', () => {
    const headers = readFileSync(join(home, 'dist', 'cli-validate.js'), 'latin1').match(/^\/\/ src\/cli\/commands\/[^\n]+$/gm);
    expect(headers?.sort()).toEqual(['// src/cli/commands/validate-report.ts', '// src/cli/commands/validate.ts']);
    // dist/cli.js has them all.
    expect(readFileSync(join(home, 'dist', 'cli.js'), 'latin1')).toContain('// src/cli/commands/template.ts');
  });

  it('dist/cli-validate.js holds validate only: another command called in it fails naming itself and where it is', () => {
    // In a process of its own: loadBundle sets a V8 flag (--no-regexp-tier-up) in the process that loads a bundle
    // without the first line's options, and a flag changed under a running test process may crash it later.
    const script = `const { runCli } = require(${JSON.stringify(join(home, 'bin', 'sverka.js'))}).loadBundle(${JSON.stringify(join(home, 'dist', 'cli-validate.js'))}, { write: false }).exports;
const out = [];
const io = { stdout: (t) => void out.push(t), stderr: (t) => void out.push(t), env: {} };
(async () => {
  let refused = null;
  try { await runCli(['template', '--help'], io); } catch (error) { refused = error.message; }
  const code = await runCli(['validate', '--help'], io);
  process.stdout.write(JSON.stringify({ refused, code, out: out.join('') }));
})();`;
    const result = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { refused: string | null; code: number; out: string };
    expect(result.refused).toBe('sverka: template is not in dist/cli-validate.js, the bundle of validate alone: run it from dist/cli.js');
    expect(result.code).toBe(0);
    expect(result.out).toContain('sverka validate FILE.xlsx');
  });
});
