// Start-up loads only what a command needs (issue 10): `sverka validate` runs from one bundle (dist/cli-validate.js,
// with fflate and saxes compiled in, zod from dist/zod.js: scripts/build-cli.mjs), so it resolves and reads no module file
// besides bin/sverka.js — least of all the writers (ExcelJS, docx), the store's server (Fastify), its
// databases (Kysely, pg, better-sqlite3) or the pane's React. The binary runs as a user runs it (bin/sverka.js
// beside a fresh bundle) with a preload that writes down every module file the process loaded.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledCli, LAUNCHER_OPTIONS, ROOT, type BinaryRun } from '../fixtures/cli-binary';
import { HOSTILE_CASES } from '../../bench/hostile-workbooks';
import { readXlsxGrids } from '../../src/sheets/xlsx/xlsx-grids';

/** Writes every module file the process loaded (built-ins aside) to $SVERKA_LOADED_OUT at exit. */
const PRELOAD = `'use strict';
const Module = require('node:module');
const load = Module._load;
const files = new Set();
Module._load = function (request, parent, isMain) {
  try { files.add(Module._resolveFilename(request, parent, isMain)); } catch {}
  return load.apply(this, arguments);
};
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.SVERKA_LOADED_OUT, JSON.stringify([...files].filter((f) => !Module.isBuiltin(f)).sort()));
  if (process.env.SVERKA_BUILTINS_OUT) require('node:fs').writeFileSync(process.env.SVERKA_BUILTINS_OUT, JSON.stringify(process.moduleLoadList));
});
`;

const HEAVY = ['exceljs', 'docx', 'fastify', 'kysely', 'pg', 'better-sqlite3', 'react', 'react-dom', '@fluentui/react-components'];

const dir = mkdtempSync(join(tmpdir(), 'sverka-startup-'));
const home = join(dir, 'package');
let sverka: (args: string[], env?: NodeJS.ProcessEnv) => Promise<BinaryRun>;

beforeAll(async () => {
  writeFileSync(join(dir, 'preload.js'), PRELOAD);
  sverka = await bundledCli(home);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The package (node_modules/<name>) a module file belongs to; null for a file of our own. */
function packageOf(file: string): string | null {
  const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
  return m ? m[1].replace(/\\/g, '/') : null;
}

async function modulesLoadedBy(args: string[], name: string, env: NodeJS.ProcessEnv = {}): Promise<{ run: BinaryRun; files: string[]; packages: string[] }> {
  const out = join(dir, `${name}.json`);
  const run = await sverka(args, { ...env, NODE_OPTIONS: `--require "${join(dir, 'preload.js')}"`, SVERKA_LOADED_OUT: out });
  const files = JSON.parse(readFileSync(out, 'utf8')) as string[];
  return { run, files, packages: [...new Set(files.map(packageOf).filter((p): p is string => p !== null))] };
}

describe('the modules a command loads', () => {
  it('validate loads no module file but bin/sverka.js: the reader and the rules are in its bundle (zod, unused, in dist/zod.js), no writer, server or database', async () => {
    const { run, files, packages } = await modulesLoadedBy(['validate', join(ROOT, 'examples', 'stupino-2020-2024.xlsx'), '--format', 'json'], 'validate');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // the worked example has errors: the whole check ran
    expect(JSON.parse(run.stdout)).toEqual(expect.objectContaining({ valid: false }));
    expect(packages.filter((p) => HEAVY.includes(p))).toEqual([]);
    expect(files).toEqual([join(home, 'bin', 'sverka.js')]);
  }, 60_000);

  it("validate starts none of Node's own modules it does not use: no worker_threads (fflate starts only for a part zlib declines), no fs/promises", async () => {
    const builtins = join(dir, 'validate-builtins.json');
    const { run } = await modulesLoadedBy(['validate', join(ROOT, 'examples', 'stupino-2020-2024.xlsx'), '--format', 'json'], 'validate-builtins', { SVERKA_BUILTINS_OUT: builtins });
    expect(run.code).toBe(1);
    const loaded = JSON.parse(readFileSync(builtins, 'utf8')) as string[];
    // zlib inflates the parts: its absence would mean the list below says nothing.
    expect(loaded).toContain('NativeModule zlib');
    expect(loaded.filter((m) => /^NativeModule (worker_threads|internal\/worker|fs\/promises|internal\/fs\/promises|internal\/readline\/interface)$/.test(m))).toEqual([]);
  }, 60_000);

  it('validate that writes nothing to stderr does not make process.stderr: a pipe there costs no net and its streams', () => {
    const builtins = join(dir, 'validate-quiet-builtins.json');
    const output = join(dir, 'validate-quiet.json');
    const fd = openSync(output, 'w');
    let run;
    try {
      // stdout to a file (Node writes it through fs), stderr to a pipe (Node would make a socket of it).
      const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), NODE_OPTIONS: `--require "${join(dir, 'preload.js')}"`, SVERKA_LOADED_OUT: join(dir, 'validate-quiet-files.json'), SVERKA_BUILTINS_OUT: builtins };
      run = spawnSync(process.execPath, [...LAUNCHER_OPTIONS, join(home, 'bin', 'sverka.js'), 'validate', join(ROOT, 'examples', 'stupino-2020-2024.xlsx'), '--format', 'json'], { cwd: ROOT, env, stdio: ['ignore', fd, 'pipe'], timeout: 60_000 });
    } finally {
      closeSync(fd);
    }
    expect(run.status).toBe(1);
    expect(run.stderr.toString()).toBe('');
    expect((JSON.parse(readFileSync(output, 'utf8')) as { valid: boolean }).valid).toBe(false);
    expect((JSON.parse(readFileSync(builtins, 'utf8')) as string[]).filter((m) => /^NativeModule (net|tty)$/.test(m))).toEqual([]);
  }, 60_000);

  it('a part zlib declines (its header lies about its size) is read by fflate, started then: the refusal the shared reader gives', async () => {
    const lying = HOSTILE_CASES.find((c) => c.name === 'архив в 1 ГБ с заголовком, занижающим размер')!;
    const file = join(dir, 'lying.xlsx');
    const data = lying.make();
    writeFileSync(file, data);
    let refusal = '';
    try {
      readXlsxGrids(data);
    } catch (error) {
      refusal = (error as Error).message;
    }
    expect(refusal).toMatch(/повреждена/);
    const run = await sverka(['validate', file, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sverka validate: ${file}: ${refusal}\n`);
  }, 60_000);

  it('template, which writes a workbook, does load ExcelJS from node_modules (what makes the checks above able to fail)', async () => {
    const { run, packages } = await modulesLoadedBy(['template', '--out', join(dir, 'template.xlsx')], 'template');
    expect(run.code).toBe(0);
    expect(packages).toContain('exceljs');
    expect(packages).not.toContain('fastify');
  }, 60_000);
});
