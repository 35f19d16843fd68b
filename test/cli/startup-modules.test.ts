// Start-up loads only what a command needs (issue 10): `sverka validate` reads a workbook with fflate and
// saxes and must not load the writers (ExcelJS, docx), the store's server (Fastify) or its databases
// (Kysely, pg, better-sqlite3), nor the pane's React. The binary runs as a user runs it (bin/sverka.js
// beside a fresh bundle) with a preload that writes down every package the process loaded.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledCli, ROOT, type BinaryRun } from '../fixtures/cli-binary';

/** Writes the packages (node_modules/<name>) of every module the process loaded to $SVERKA_LOADED_OUT at exit. */
const PRELOAD = `'use strict';
const Module = require('node:module');
const load = Module._load;
const files = new Set();
Module._load = function (request, parent, isMain) {
  try { files.add(Module._resolveFilename(request, parent, isMain)); } catch {}
  return load.apply(this, arguments);
};
process.on('exit', () => {
  const packages = new Set();
  for (const f of files) { const m = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(f); if (m) packages.add(m[1].replace(/\\\\/g, '/')); }
  require('node:fs').writeFileSync(process.env.SVERKA_LOADED_OUT, JSON.stringify([...packages].sort()));
});
`;

const HEAVY = ['exceljs', 'docx', 'fastify', 'kysely', 'pg', 'better-sqlite3', 'react', 'react-dom', '@fluentui/react-components'];

const dir = mkdtempSync(join(tmpdir(), 'sverka-startup-'));
let sverka: (args: string[], env?: NodeJS.ProcessEnv) => Promise<BinaryRun>;

beforeAll(async () => {
  writeFileSync(join(dir, 'preload.js'), PRELOAD);
  sverka = await bundledCli(join(dir, 'package'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function packagesLoadedBy(args: string[], name: string): Promise<{ run: BinaryRun; packages: string[] }> {
  const out = join(dir, `${name}.json`);
  const run = await sverka(args, { NODE_OPTIONS: `--require ${join(dir, 'preload.js')}`, SVERKA_LOADED_OUT: out });
  return { run, packages: JSON.parse(readFileSync(out, 'utf8')) as string[] };
}

describe('the packages a command loads', () => {
  it('validate loads the streaming reader and none of the writers, the server or the databases', async () => {
    const { run, packages } = await packagesLoadedBy(['validate', join(ROOT, 'examples', 'stupino-2020-2024.xlsx'), '--format', 'json'], 'validate');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // the worked example has errors: the whole check ran
    expect(packages).toEqual(expect.arrayContaining(['fflate', 'saxes']));
    expect(packages.filter((p) => HEAVY.includes(p))).toEqual([]);
  }, 60_000);

  it('template, which writes a workbook, does load ExcelJS (what makes the check above able to fail)', async () => {
    const { run, packages } = await packagesLoadedBy(['template', '--out', join(dir, 'template.xlsx')], 'template');
    expect(run.code).toBe(0);
    expect(packages).toContain('exceljs');
    expect(packages).not.toContain('fastify');
  }, 60_000);
});
