// Bundles the `sverka` CLI into dist/cli.js so that `bin/sverka.js` runs right after `npm ci`, and makes the
// bundle's V8 code cache (dist/cli.js.cache, see bin/sverka.js) by validating the worked example once.
//
//   node scripts/build-cli.mjs [--out DIR]        (default dist/; the tests build a copy elsewhere)
//
// One file for what `sverka validate` runs (issue 10): our TypeScript and the libraries of the validate path —
// fflate and saxes (the .xlsx reader), zod (the model) and the zod type provider that must share zod with it —
// are compiled in, so that a run resolves and reads no module of node_modules for them. What only other
// commands need (ExcelJS, docx, Fastify, Kysely, pg, better-sqlite3) stays in node_modules, loaded when that
// command runs.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = resolve(values.out ?? join(root, 'dist'));
const outfile = join(outDir, 'cli.js');

/** The packages compiled into the bundle; every other dependency is loaded from node_modules when needed. */
const BUNDLED = ['fflate', 'saxes', 'zod', 'fastify-type-provider-zod'];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {}), '@fastify/*'].filter((name) => !BUNDLED.includes(name));

/** What both bundles are: the CLI and the store's check worker. */
const bundleOptions = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, external, logLevel: 'warning' };

/**
 * The bundle rewritten in ASCII (scripts/ascii-bundle.cjs), so that every run reads it as one byte a character
 * instead of decoding UTF-8 into two, and its source map's columns moved to match. acorn and
 * @jridgewell/sourcemap-codec, like esbuild, are development dependencies of their own (package.json).
 */
function asciiOnly(file) {
  const load = createRequire(import.meta.url);
  const { asciiBundleWithMap } = load('./ascii-bundle.cjs');
  const mapFile = file + '.map';
  const { code, map } = asciiBundleWithMap(readFileSync(file, 'utf8'), JSON.parse(readFileSync(mapFile, 'utf8')), load('acorn'), load('@jridgewell/sourcemap-codec'));
  writeFileSync(file, code);
  writeFileSync(mapFile, JSON.stringify(map));
}

/**
 * fflate, started only when a part needs it. The CLI inflates with Node's zlib and falls back to fflate only for
 * a part zlib declines (src/cli/xlsx/zlib-inflate.ts), but an import of fflate runs its start-up on every run:
 * it loads worker_threads (seven of Node's own modules) and fills its decoding tables in loops long enough to be
 * compiled on the stack (32 M instructions of `validate` ×100, 0.7 %, measured by callgrind). Here the reader's import of
 * fflate is a stand-in whose functions require the real module on their first call: esbuild then starts fflate
 * (its ES module, as before) at that call, not when `validate` loads the reader. The stand-in has inflateSync only
 * (what the reader imports): an import of anything else from fflate fails this build until it is added here.
 */
const lazyFflate = {
  name: 'lazy-fflate',
  setup(b) {
    b.onResolve({ filter: /^fflate$/ }, (args) => {
      if (args.pluginData === 'real') return undefined;
      // The stand-in's own require: the module an import of fflate resolves to (its ES module for Node).
      if (args.namespace === 'lazy-fflate') return b.resolve('fflate', { kind: 'import-statement', resolveDir: root, pluginData: 'real' });
      return { path: 'fflate', namespace: 'lazy-fflate' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-fflate' }, () => ({
      resolveDir: root,
      loader: 'js',
      contents: [
        'let fflate = null;',
        "const load = () => (fflate ??= require('fflate'));",
        'export function inflateSync(data, options) { return load().inflateSync(data, options); }',
      ].join('\n'),
    }));
  },
};

/**
 * zod's locales, but the two sverka uses, as stand-ins. zod's classic entry exports every locale (`z.locales`): ≈ 400 KB
 * of a 2.2 MB bundle (more once its non-Latin texts are escaped to ASCII) that every run read, copied and kept without
 * calling it. sverka calls only `z.locales.ru()` (src/domain/messages/zod-errors.ts) and zod's default, English. A
 * stand-in throws, naming itself, if it is ever called; a locale added to the code must be added here.
 */
const ZOD_LOCALES_KEPT = ['ru', 'en'];
const onlyUsedZodLocales = {
  name: 'only-used-zod-locales',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/][^\\/]+\.c?js$/ }, (args) => {
      const name = basename(args.path).replace(/\.c?js$/, '');
      if (name === 'index' || ZOD_LOCALES_KEPT.includes(name)) return undefined;
      return { loader: 'js', contents: `export default function () { throw new Error('zod locale "${name}" is not in the sverka bundle (scripts/build-cli.mjs, ZOD_LOCALES_KEPT)'); }` };
    });
  },
};

// The CLI's bundle is written already wrapped as Node wraps a CommonJS module (bin/sverka.js, BUNDLE_WRAPPER): a
// run then compiles the file's text as it was read, instead of a copy of it inside the wrapper. esbuild writes the
// wrapper's two lines and counts them in the source map.
const require = createRequire(import.meta.url);
const { launcherOptions, BUNDLE_WRAPPER } = require('../bin/sverka.js');
const [wrapperStart, wrapperEnd] = BUNDLE_WRAPPER;
await build({ ...bundleOptions, entryPoints: [join(root, 'src/cli/main.ts')], outfile, plugins: [lazyFflate, onlyUsedZodLocales], banner: { js: wrapperStart }, footer: { js: wrapperEnd } });
asciiOnly(outfile);

// The store's check worker (src/server/submissions/check-worker.ts): pushed programs are read and re-validated
// in worker threads that load this file, found beside cli.js (check-pool.ts).
await build({ ...bundleOptions, entryPoints: [join(root, 'src/server/submissions/check-worker.ts')], outfile: join(outDir, 'store-check-worker.js'), plugins: [onlyUsedZodLocales] });
asciiOnly(join(outDir, 'store-check-worker.js'));

// The code cache: written after one validation of the worked example, so that it holds the functions `validate`
// runs (a cache written at the exit of `sverka --help` would hold little more than the bundle's top level). Without
// the example (an install without examples/), the first run writes it.
// One validation, not one per format: a cache written after a second one made every later run compile more with
// TurboFan (validate ×1 +65 M instructions of CPU, ×10 +61 M, ×100 +75 M, ×1000 +166 M, callgrind --predictable);
// the functions only --format json runs are compiled by the run that needs them.
// In a process of its own started with the options of bin/sverka.js's first line: V8 takes a cache only from a
// process with the same V8 flags (--max-semi-space-size is one), and `sverka` runs with those.
rmSync(outfile + '.cache', { force: true });
const example = join(root, 'examples', 'stupino-2020-2024.xlsx');
if (existsSync(example)) {
  // Best effort: the bundle is built whatever happens here, and runs without a cache (the first run writes one).
  const train = join(dirname(fileURLToPath(import.meta.url)), 'train-code-cache.cjs');
  let options = [];
  try {
    options = launcherOptions();
  } catch (error) {
    process.stderr.write(`build-cli: ${error instanceof Error ? error.message : String(error)} — кэш кода готовится без параметров запуска\n`);
  }
  const trained = spawnSync(process.execPath, [...options, train, outfile, example], {
    encoding: 'utf8',
    // With source maps on (NODE_OPTIONS=--enable-source-maps), loadBundle would compile the bundle without a cache.
    env: { ...process.env, NODE_OPTIONS: (process.env.NODE_OPTIONS ?? '').replace(/(^|\s)--enable-source-maps(?=\s|$)/g, ' ').trim() },
  });
  if (trained.status !== 0) process.stderr.write(`build-cli: кэш кода не подготовлен (${(trained.stderr || trained.error?.message || '').trim()}) — его запишет первый запуск\n`);
  else if (trained.stdout.trim() !== 'written') process.stderr.write(`build-cli: кэш кода не записан рядом с ${outfile} (папка только для чтения?) — CLI работает и без него\n`);
}
