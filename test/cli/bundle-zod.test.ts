// zod has a bundle of its own, dist/zod.js (scripts/build-cli.mjs): the CLI's bundles leave it out — a program
// workbook's validation never initialises zod — and bin/sverka.js answers their require('zod') from it, loaded once.
// It carries only the zod locales sverka calls (ZOD_LOCALES_KEPT): zod's Russian messages come out of it as before,
// and every other locale is a stand-in that says it is not there.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledCli, ROOT, type BinaryRun } from '../fixtures/cli-binary';

const home = mkdtempSync(join(tmpdir(), 'sverka-zod-bundle-'));
const zodBundle = join(home, 'dist', 'zod.js');
let sverka: (args: string[], env?: NodeJS.ProcessEnv) => Promise<BinaryRun>;

/** A preload under which resolving zod in node_modules fails: what is loaded then came from dist/zod.js. */
const NO_ZOD_IN_NODE_MODULES = `'use strict';
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'zod' || request.startsWith('zod/')) throw new Error('zod resolved in node_modules: ' + request);
  return resolve.call(this, request, ...rest);
};
`;

beforeAll(async () => {
  sverka = await bundledCli(home);
  writeFileSync(join(home, 'no-zod.js'), NO_ZOD_IN_NODE_MODULES);
}, 120_000);

afterAll(() => rmSync(home, { recursive: true, force: true }));

const rulesRefused = (): string[] => {
  const rules = join(home, 'rules.json');
  writeFileSync(rules, JSON.stringify({ precision: 'три' }));
  return ['validate', join(ROOT, 'examples', 'stupino-2020-2024.xlsx'), '--rules', rules];
};
// zod's Russian locale's words (z.locales.ru), not its English default's "Invalid input: expected number".
const ZOD_RUSSIAN = 'precision: Неверный ввод: ожидается число, получено: строка';

test('the CLI\'s bundles carry no zod; zod\'s bundle has no locale but Russian and English, the others are stand-ins naming themselves', () => {
  for (const name of ['cli.js', 'cli-validate.js']) expect(readFileSync(join(home, 'dist', name), 'latin1')).not.toContain('// node_modules/zod/');
  const bundle = readFileSync(zodBundle, 'latin1');
  expect(bundle).toContain('// node_modules/zod/v4/core/core.js');
  for (const locale of ['de', 'fr', 'zh-CN', 'ja', 'ar']) expect(bundle).toContain(`zod locale "${locale}" is not in the sverka bundle`);
  for (const locale of ['ru', 'en']) expect(bundle).not.toContain(`zod locale "${locale}" is not in the sverka bundle`);
});

test('zod\'s own messages still come in Russian, from dist/zod.js: zod in node_modules is never resolved (--rules with a wrong value)', async () => {
  const run = await sverka(rulesRefused(), { NODE_OPTIONS: `--require "${join(home, 'no-zod.js')}"` });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(ZOD_RUSSIAN);
  // The preload does refuse zod from node_modules: without dist/zod.js the same run fails on it.
  renameSync(zodBundle, `${zodBundle}.aside`);
  try {
    const without = await sverka(rulesRefused(), { NODE_OPTIONS: `--require "${join(home, 'no-zod.js')}"` });
    expect(without.code).toBe(3);
    expect(without.stderr).toContain('zod resolved in node_modules: zod');
  } finally {
    renameSync(`${zodBundle}.aside`, zodBundle);
  }
}, 60_000);

test('a command of dist/cli.js that parses a program model (zod\'s schema) takes zod from dist/zod.js too', async () => {
  const program = join(ROOT, 'examples', 'stupino-2020-2024.program.json');
  const run = await sverka(['diff', program, program], { NODE_OPTIONS: `--require "${join(home, 'no-zod.js')}"` });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('Изменений нет');
}, 60_000);

test('without dist/zod.js (a bundle copied alone) zod comes from node_modules: the same message', async () => {
  renameSync(zodBundle, `${zodBundle}.aside`);
  try {
    const run = await sverka(rulesRefused());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(ZOD_RUSSIAN);
  } finally {
    renameSync(`${zodBundle}.aside`, zodBundle);
  }
}, 60_000);

test.each([
  ['exporting nothing', () => '(function (exports, require, module, __filename, __dirname) {\nmodule.exports = {};\n})\n'],
  ['giving zod but not zod/v4/core', () => '(function (exports, require, module, __filename, __dirname) {\nmodule.exports = { modules: { zod: {} } };\n})\n'],
  ['cut short', () => readFileSync(`${zodBundle}.good`, 'latin1').slice(0, 200_000)],
  ['empty', () => ''],
])('a damaged dist/zod.js (%s) is said to be so, with what to do; exit code 3, no stack trace', async (_name, text) => {
  copyFileSync(zodBundle, `${zodBundle}.good`);
  try {
    writeFileSync(zodBundle, text(), 'latin1');
    for (const args of [rulesRefused(), ['diff', join(ROOT, 'examples', 'stupino-2020-2024.program.json'), join(ROOT, 'examples', 'stupino-2020-2024.program.json')]]) {
      const run = await sverka(args);
      expect(run.code).toBe(3);
      // Said as the launcher says it of a damaged CLI bundle — not as an internal error of sverka.
      expect(run.stderr).toBe(`sverka: файл ${zodBundle} повреждён или неполон — пересоберите CLI: npm run build:cli\nsverka: ${zodBundle} is damaged or incomplete — rebuild the CLI: npm run build:cli\n`);
    }
  } finally {
    renameSync(`${zodBundle}.good`, zodBundle);
  }
}, 60_000);

test('webpack\'s build of the pane (npm run build) keeps every file the CLI\'s build writes in dist/', () => {
  const config = (createRequire(__filename)(join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => { output: { clean: { keep: RegExp } } })({}, { mode: 'production' });
  const files = readdirSync(join(home, 'dist'));
  expect(files).toEqual(expect.arrayContaining(['cli.js', 'cli.js.cache', 'cli-validate.js', 'cli-validate.js.cache', 'zod.js', 'zod.js.cache', 'store-check-worker.js']));
  for (const file of files) expect([file, config.output.clean.keep.test(file)]).toEqual([file, true]);
});
