// Bundles the `sverka` CLI so that `bin/sverka.js` runs right after `npm ci`, and makes each bundle's V8 code cache
// (dist/*.js.cache, see bin/sverka.js) by validating the worked example once.
//
//   node scripts/build-cli.mjs [--out DIR]        (default dist/; the tests build a copy elsewhere)
//
// Three bundles for the CLI (issue 10), our TypeScript and the libraries every run of a command needs compiled in,
// so that a run resolves and reads no module of node_modules for them:
// - dist/cli-validate.js: `sverka validate` alone (bin/sverka.js loads it for that command): the .xlsx reader
//   (fflate, saxes), the readers and the rules — what the command run most reads, parses and keeps, and no more;
// - dist/cli.js: every command;
// - dist/zod.js: zod, for the commands that check a model or talk to the store (bin/sverka.js serves the two
//   bundles' `require('zod')` from it): a program workbook's validation never initialises zod, and zod was a
//   third of the bundle every validation read, copied and deserialised the code cache of.
// What only other commands need (ExcelJS, docx, Fastify, Kysely, pg, better-sqlite3) stays in node_modules,
// loaded when that command runs.
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
const validateOutfile = join(outDir, 'cli-validate.js');
const zodOutfile = join(outDir, 'zod.js');

/** The packages compiled into the bundles; every other dependency is loaded from node_modules when needed. */
const BUNDLED = ['fflate', 'saxes', 'zod', 'fastify-type-provider-zod'];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {}), '@fastify/*'].filter((name) => !BUNDLED.includes(name));

/** What every bundle is: the CLI's and the store's check worker. */
const bundleOptions = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, external, logLevel: 'warning' };
/** The CLI's two bundles leave zod to dist/zod.js (zod/v4/core too: esbuild takes a package's paths with it). */
const cliExternal = [...external, 'zod'];

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
await build({ ...bundleOptions, external: cliExternal, entryPoints: [join(root, 'src/cli/main.ts')], outfile, plugins: [lazyFflate], banner: { js: wrapperStart }, footer: { js: wrapperEnd } });
asciiOnly(outfile);

/**
 * The commands but `validate`, in dist/cli-validate.js: stand-ins that fail naming themselves — every
 * `./commands/…` main.ts imports but validate's, so that a command added there is left out here too. bin/sverka.js
 * loads that bundle for `validate` only; a stand-in runs only if some other code calls another command in it.
 */
const validateOnly = {
  name: 'validate-only',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\// }, (args) =>
      args.path !== './commands/validate' && args.importer.endsWith(join('src', 'cli', 'main.ts')) ? { path: args.path, namespace: 'not-in-validate' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'not-in-validate' }, (args) => ({
      loader: 'js',
      contents: `throw new Error('sverka: ${args.path.slice('./commands/'.length)} is not in dist/cli-validate.js, the bundle of validate alone: run it from dist/cli.js');`,
    }));
  },
};
await build({ ...bundleOptions, external: cliExternal, entryPoints: [join(root, 'src/cli/main.ts')], outfile: validateOutfile, plugins: [lazyFflate, validateOnly], banner: { js: wrapperStart }, footer: { js: wrapperEnd } });
asciiOnly(validateOutfile);

// Every zod module the CLI's bundles load is one bin/sverka.js serves from dist/zod.js (SEPARATE_BUNDLES), and by
// require: any other path (an import of 'zod/v4' or 'zod/mini', say), or a dynamic import() of any (esbuild leaves an
// external's import() as it is, and the launcher's require never sees it), would load a second zod from node_modules,
// with classes and a configuration (the Russian messages) of its own. Such bundles are removed, not left beside the
// previous build's zod.js.
const { SEPARATE_BUNDLES } = require('../bin/sverka.js');
for (const bundle of [outfile, validateOutfile]) {
  const loads = [...readFileSync(bundle, 'latin1').matchAll(/\b(require|import)\(\s*"(zod(?:\/[^"]*)?)"\s*\)/g)];
  const unserved = [...new Set(loads.filter(([, how, id]) => how === 'import' || !SEPARATE_BUNDLES.has(id)).map(([, how, id]) => `${how}("${id}")`))];
  if (unserved.length > 0) {
    for (const written of [outfile, validateOutfile]) for (const suffix of ['', '.map', '.cache']) rmSync(written + suffix, { force: true });
    throw new Error(`build-cli: ${bundle} loads zod by ${unserved.join(', ')}: bin/sverka.js serves only require() of ${[...SEPARATE_BUNDLES.keys()].join(', ')} from dist/zod.js (SEPARATE_BUNDLES)`);
  }
}

// zod's bundle: `modules`, what require('zod') and require('zod/v4/core') give in node_modules (zod's CommonJS build:
// its exports, marked as an ES module's), from one copy of zod. bin/sverka.js answers the CLI bundles' requires of
// those two with them.
// The paths are bin/sverka.js's SEPARATE_BUNDLES for zod.js: the two lists cannot part.
const zodPaths = [...SEPARATE_BUNDLES].filter(([, file]) => file === 'zod.js').map(([id]) => id);
const zodEntry = [
  ...zodPaths.map((id, i) => `import * as m${i} from ${JSON.stringify(id)};`),
  "const required = (ns) => Object.defineProperty({ ...ns }, '__esModule', { value: true });",
  `export const modules = { ${zodPaths.map((id, i) => `${JSON.stringify(id)}: required(m${i})`).join(', ')} };`,
].join('\n');
await build({
  ...bundleOptions,
  stdin: { contents: zodEntry, resolveDir: root, sourcefile: 'zod-bundle.js', loader: 'js' },
  outfile: zodOutfile,
  plugins: [onlyUsedZodLocales],
  banner: { js: wrapperStart },
  footer: { js: wrapperEnd },
});
asciiOnly(zodOutfile);

// The store's check worker (src/server/submissions/check-worker.ts): pushed programs are read and re-validated
// in worker threads that load this file, found beside cli.js (check-pool.ts).
await build({ ...bundleOptions, entryPoints: [join(root, 'src/server/submissions/check-worker.ts')], outfile: join(outDir, 'store-check-worker.js'), plugins: [onlyUsedZodLocales] });
asciiOnly(join(outDir, 'store-check-worker.js'));

// The code caches: each CLI bundle's written after one validation of the worked example, so that it holds the
// functions `validate` runs (a cache written at the exit of `sverka --help` would hold little more than the bundle's
// top level; dist/cli.js runs validate too when called as a module, and its other commands share the readers), and
// zod's after zod is initialised. Without the example (an install without examples/), the first run writes them.
// One validation, not one per format: a cache written after a second one made every later run compile more with
// TurboFan (validate ×1 +65 M instructions of CPU, ×10 +61 M, ×100 +75 M, ×1000 +166 M, callgrind --predictable);
// the functions only --format json runs are compiled by the run that needs them.
// Each in a process of its own started with the options of bin/sverka.js's first line: V8 takes a cache only from a
// process with the same V8 flags (--max-semi-space-size is one), and `sverka` runs with those.
const example = join(root, 'examples', 'stupino-2020-2024.xlsx');
const train = join(dirname(fileURLToPath(import.meta.url)), 'train-code-cache.cjs');
let options = [];
try {
  options = launcherOptions();
} catch (error) {
  process.stderr.write(`build-cli: ${error instanceof Error ? error.message : String(error)} — кэш кода готовится без параметров запуска\n`);
}
for (const [bundle, validated] of [[validateOutfile, true], [outfile, true], [zodOutfile, false]]) {
  rmSync(bundle + '.cache', { force: true });
  if (validated && !existsSync(example)) continue;
  // Best effort: the bundle is built whatever happens here, and runs without a cache (the first run writes one).
  const trained = spawnSync(process.execPath, [...options, train, bundle, ...(validated ? [example] : [])], {
    encoding: 'utf8',
    // With source maps on (NODE_OPTIONS=--enable-source-maps), loadBundle would compile the bundle without a cache.
    env: { ...process.env, NODE_OPTIONS: (process.env.NODE_OPTIONS ?? '').replace(/(^|\s)--enable-source-maps(?=\s|$)/g, ' ').trim() },
  });
  if (trained.status !== 0) process.stderr.write(`build-cli: кэш кода ${bundle} не подготовлен (${(trained.stderr || trained.error?.message || '').trim()}) — его запишет первый запуск\n`);
  else if (trained.stdout.trim() !== 'written') process.stderr.write(`build-cli: кэш кода не записан рядом с ${bundle} (папка только для чтения?) — CLI работает и без него\n`);
}
