#!/usr/bin/env -S node --v8-pool-size=1 --max-semi-space-size=2 --initial-old-space-size=32 --no-regexp-tier-up
'use strict';
// The line above starts Node as `sverka` wants it (npx, a link on PATH and npm's launchers on Windows read it; yarn's
// Windows launchers and BusyBox's env (Alpine) do not take `env -S`: there run `node bin/sverka.js`, which gives the same
// results without these options, only slower, with code caches of its own, dist/*.js.plain.cache):
// - --v8-pool-size=1: one V8 background thread instead of Node's four. On a two-core machine the four compile and
//   collect beside the main thread and take its core from it in turns.
// - --max-semi-space-size=2: the young generation's halves at most 2 MB, not 16. A run touches fewer fresh pages of
//   memory, and on a virtual machine such as the one of the README's figures the first touch of a page costs
//   ≈ 10 µs: validate ×100 makes ≈ 16 000 page faults with Node's default, ≈ 11 000 with this.
// - --initial-old-space-size=32: the old generation's first limit at 32 MB. A validation keeps nearly all it reads to
//   the end, so the major collection V8 starts at ≈ 13 MB of it (validate ×100, mid-way through the tables) marks on the
//   background thread, stops the main one and frees ≈ 2 MB; now a workbook of up to ≈ ×150 the worked example has
//   none (larger ones still do, at 32 MB and up). ×100: −13 to −18 ms of wall, ≈ 140 page faults more.
// - --no-regexp-tier-up: regular expressions compiled once, to machine code (see loadBundle); on this line, so that
//   the run need not load node:v8 to set it.
// Measured on that machine (2-core AMD EPYC, Node 20; README «Замеры», «Параметры запуска»): bench/core.ts runs the command
// with these options and prints the bare read both without and with them. All but --v8-pool-size are V8's
// flags, so the code caches are made under them too (scripts/build-cli.mjs trains them in processes started with this
// line's options): V8 refuses a cache made under other flags.
// The `sverka` command. The CLI is bundled by scripts/build-cli.mjs (`npm ci` runs it as "prepare"; after editing
// src/, `npm run build:cli`): dist/cli-validate.js for `sverka validate` alone, dist/cli.js for every command, and
// dist/zod.js, zod, which both require only where it is used (validate: a report workbook's, --rules, --store; most
// other commands). Here they are only loaded: this file is what every run pays before the command starts, so it does
// nothing else (whether a bundle is older than the sources is the build's business, not each run's; the bundles
// are built here only when missing).
//
// A bundle is compiled with a V8 code cache beside it (dist/cli-validate.js.cache, …): the bytecode of the functions a
// run used, so that the next run neither parses the 1–1.5 MB bundle nor compiles those functions again. The
// cache starts with a key of the bundle it was made from (V8 itself checks little more than the source's
// length): the CRC-32 of the bundle's bytes and their length (zlib's, which validate loads anyway; SHA-256
// on a Node without zlib.crc32, which would mean loading node:crypto). A cache that is missing, of another
// bundle, refused by V8 (another Node or other flags) or unreadable is ignored, and a fresh one is written
// at exit when the folder is writable — a read-only install simply runs without it.
const fs = require('node:fs');
const path = require('node:path');
const { Buffer, isAscii } = require('node:buffer');

const CACHE_SUFFIX = '.cache';
/**
 * The cache of a process started without the first line's options (`node bin/sverka.js`): V8 refuses the build's cache
 * there (other V8 flags), and writing its own in the same file would throw away the one the build trained — for good,
 * when the next runs are not validations. So it keeps one of its own beside it.
 */
const PLAIN_CACHE_SUFFIX = '.plain.cache';

/**
 * The lines scripts/build-cli.mjs writes around the bundle: Node's own CommonJS wrapper (Module.wrap), so that the
 * file's text is the script to compile. Read as one byte a character (the build writes it in ASCII), a bundle of
 * more than ≈ 1 MB (1 031 913 bytes: Node's EXTERN_APEX; dist/cli.js) becomes a string outside V8's heap (Node's external
 * strings), a smaller one (dist/cli-validate.js, dist/zod.js) one copy in V8's large-object space, which collections do
 * not move either; V8 compiles either as it is. An
 * unwrapped bundle is decoded into the heap, then copied into the wrapper there: two strings of 2.3 MB that every
 * collection of the run works around (callgrind, `validate`: ×1 −3.8 M instructions, ×100 −20 to −116 M, as the
 * collections fall). A bundle without them (a build before them: bench/same-findings.js compares against such
 * builds) is wrapped here, as it was. A wrapped bundle is no module for Node's require: it exports nothing.
 */
const BUNDLE_WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n})'];
const WRAPPED_START = Buffer.from(BUNDLE_WRAPPER[0], 'latin1');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Whether the bundle's bytes start with the wrapper's line (after a UTF-8 byte-order mark, ended by LF or CRLF:
 * a bundle an editor or a checkout touched is still recognised, not wrapped a second time into one that exports nothing).
 */
function isWrapped(bytes) {
  const at = BOM.equals(bytes.subarray(0, BOM.length)) ? BOM.length : 0;
  if (!WRAPPED_START.equals(bytes.subarray(at, at + WRAPPED_START.length))) return false;
  const end = at + WRAPPED_START.length;
  return bytes[end] === 0x0a || (bytes[end] === 0x0d && bytes[end + 1] === 0x0a);
}

/**
 * The bundle's text, ready to compile. Read as one byte a character only when every byte is ASCII (the build writes
 * it so; checked here, ≈ 0.03 ms for 2.3 MB): a bundle with any other byte — one the build had not yet rewritten,
 * or edited by hand — decoded as Latin-1 would compile into regular expressions and texts that match and say
 * something else, silently. Otherwise it is decoded as UTF-8, and wrapped when the build did not wrap it.
 */
function bundleText(bytes) {
  const wrapped = isWrapped(bytes);
  if (wrapped && isAscii(bytes)) return bytes.toString('latin1');
  const text = bytes.toString('utf8');
  return wrapped ? text : require('node:module').wrap(text);
}

/**
 * The key a code cache is stored under: one byte of its length, then the CRC-32 and length of the bundle (or its
 * SHA-256 when `zlib` has no crc32: Node before 20.15), then zeros up to a multiple of 8 bytes. V8 reads the data
 * after it in place only when it starts 8-aligned (AlignedCachedData), else it first copies the 1 MB byte by byte
 * (≈ 1.1 M instructions a run, callgrind). `zlib` is node:zlib; a test passes one without crc32.
 */
function cacheKey(bytes, zlib = require('node:zlib')) {
  const { crc32 } = zlib;
  let key;
  if (typeof crc32 === 'function') {
    key = Buffer.alloc(8);
    key.writeUInt32LE(crc32(bytes), 0);
    key.writeUInt32LE(bytes.length, 4);
  } else {
    key = require('node:crypto').createHash('sha256').update(bytes).digest();
  }
  return Buffer.concat([Buffer.of(key.length), key, Buffer.alloc(7 - (key.length % 8))]);
}

/**
 * The bundle's exports, compiled with its code cache; `cache.write` false: never write one (the build does it itself).
 * `script` is null in a process with source maps on (then there is no cache: see compiledByNode).
 * In a process started without the first line's options it sets --no-regexp-tier-up for the whole process: load a
 * bundle in a process of its own (the benches' and the tests' do), not inside a running one such as jest's — a V8
 * flag changed under running code may crash it later.
 */
function loadBundle(file, cache = { write: true }) {
  // Regular expressions compiled once, to machine code, instead of to bytecode first and again to machine code
  // at their second use: the readers' case-insensitive ones with letter classes (\p{L}) cost several times
  // more to compile as bytecode than as code (the passport paragraph's: ≈ 37 ms of CPU → ≈ 11 ms). What they
  // match is the same; only when they are compiled changes.
  // Set by the first line; a run without its options (`node bin/sverka.js`) sets it here (node:v8 loaded for it).
  if (!process.execArgv.includes('--no-regexp-tier-up')) require('node:v8').setFlagsFromString('--no-regexp-tier-up');
  const bytes = readWhole(file, null);
  const text = bundleText(bytes);
  const bundleModule = { exports: {}, filename: file, id: file, loaded: false };
  const bundledRequire = requireFor(file, cache);
  const start = (wrapper) => {
    wrapper(bundleModule.exports, bundledRequire, bundleModule, file, path.dirname(file));
    bundleModule.loaded = true;
  };
  if (sourceMapsEnabled()) {
    start(compiledByNode(file, text, bundledRequire));
    return { exports: bundleModule.exports, script: null, key: null, cacheFile: null, stale: false };
  }
  const key = cacheKey(bytes);
  const cacheFile = file + (startedAsDeclared() ? CACHE_SUFFIX : PLAIN_CACHE_SUFFIX);
  let cachedData;
  try {
    // Into the bundle's bytes, copied into `text` and keyed already: memory the process has touched (readWhole).
    const stored = readWhole(cacheFile, bytes);
    if (stored.length > key.length && key.equals(stored.subarray(0, key.length))) cachedData = stored.subarray(key.length);
  } catch {
    // No cache (first run, or a folder without one): compile from the source.
  }
  const script = new (require('node:vm').Script)(text, { filename: file, cachedData });
  start(script.runInThisContext());
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  if (stale && cache.write) process.once('exit', () => writeCodeCache(cacheFile, key, script));
  return { exports: bundleModule.exports, script, key, cacheFile, stale };
}

/**
 * The whole file, read into `into` when it fits there, else into memory of its own. The code cache is read into the
 * bundle's bytes once they are copied into its text and keyed: ≈ 200 pages of memory the process has touched already
 * instead of fresh ones (a fresh page's first touch costs ≈ 12 µs on the machine of the README's figures).
 */
function readWhole(file, into) {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buffer = into !== null && size <= into.length ? into : Buffer.allocUnsafeSlow(size);
    let read = 0;
    for (let n = -1; read < size && n !== 0; read += n) n = fs.readSync(fd, buffer, read, size - read, null);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Packages the build bundles on their own beside the CLI's (scripts/build-cli.mjs): zod, which a program workbook's
 * validation never initialises. `require` of these in a CLI bundle is answered from that bundle (`modules`, what the
 * package's own require gives), loaded once with its code cache; without the file (a bundle copied alone) from
 * node_modules, as any other package.
 */
const SEPARATE_BUNDLES = new Map([
  ['zod', 'zod.js'],
  ['zod/v4/core', 'zod.js'],
]);

/** The separate bundles loaded in this process, by file: their `modules`, null where there is no such file, or the error a damaged one gave. */
const separateLoaded = new Map();

/**
 * The error of a bundle that is there but damaged: its message says so in both languages, with what to do, as the
 * launcher says it of a damaged CLI bundle; `code` lets the CLI print it as it is (not as an internal error).
 */
function damagedBundle(file) {
  const error = new Error(`sverka: файл ${file} повреждён или неполон — пересоберите CLI: npm run build:cli\nsverka: ${file} is damaged or incomplete — rebuild the CLI: npm run build:cli`);
  error.code = 'SVERKA_DAMAGED_BUNDLE';
  return error;
}

/** The `require` a bundle at `file` is started with: Node's for its folder, but SEPARATE_BUNDLES from their bundles. */
function requireFor(file, cache) {
  const plain = require('node:module').createRequire(file);
  const bundledRequire = (id) => {
    const name = SEPARATE_BUNDLES.get(id);
    if (name === undefined) return plain(id);
    const modules = separateModules(path.join(path.dirname(file), name), cache);
    return modules === null ? plain(id) : modules[id];
  };
  return Object.assign(bundledRequire, { resolve: plain.resolve, cache: plain.cache, main: plain.main, extensions: plain.extensions });
}

/**
 * The `modules` of a separate bundle, loaded once in the process (whichever CLI bundle asks); null when the file is
 * not there. A file that does not load (cut short, emptied, not the build's) or lacks one of the packages it is to
 * give is said to be damaged, with what to do.
 */
function separateModules(separate, cache) {
  if (separateLoaded.has(separate)) {
    const known = separateLoaded.get(separate);
    if (known instanceof Error) throw known;
    return known;
  }
  let modules = null;
  if (fs.existsSync(separate)) {
    let cause = null;
    try {
      modules = loadBundle(separate, cache).exports.modules;
    } catch (error) {
      cause = error;
    }
    const names = [...SEPARATE_BUNDLES].filter(([, file]) => file === path.basename(separate)).map(([id]) => id);
    if (cause !== null || modules === null || typeof modules !== 'object' || names.some((id) => modules[id] === undefined)) {
      if (process.env.SVERKA_DEBUG && cause instanceof Error) process.stderr.write(`${cause.stack}\n`);
      const damaged = damagedBundle(separate);
      separateLoaded.set(separate, damaged);
      throw damaged;
    }
  }
  separateLoaded.set(separate, modules);
  return modules;
}

/** Whether this process was started with the options of this file's first line (as `sverka` run as a program is). */
function startedAsDeclared() {
  let declared;
  try {
    declared = launcherOptions();
  } catch {
    return false;
  }
  return declared.every((option) => process.execArgv.includes(option));
}

/** Whether Node maps stack traces by source maps in this process (process.sourceMapsEnabled: Node 20.7 and later). */
function sourceMapsEnabled() {
  if (typeof process.sourceMapsEnabled === 'boolean') return process.sourceMapsEnabled;
  return process.execArgv.includes('--enable-source-maps') || /(^|\s)--enable-source-maps(\s|$)/.test(process.env.NODE_OPTIONS ?? '');
}

/**
 * The wrapped bundle compiled by Node's module loader, for a process with source maps on (--enable-source-maps):
 * Node maps the stack traces of what its loader compiled, by the bundle's source map (dist/cli.js.map, …), but not
 * those of a vm.Script (Node 20). Such a run — someone looking for the line of src/ a failure came from — goes
 * without the code cache. `module.exports = ` stands before the wrapper's own line, which maps nothing.
 */
function compiledByNode(file, wrappedSource, bundledRequire) {
  const Module = require('node:module');
  const loader = new Module(file, null);
  loader.filename = file;
  // The wrapper evaluates to the bundle's function, started by loadBundle with bundledRequire; this is only the
  // loader's own require, for what the line around the wrapper might ask.
  loader.require = bundledRequire;
  loader._compile(`module.exports = ${wrappedSource}`, file);
  return loader.exports;
}

/** Writes the code cache of everything the process compiled so far; whole or not at all, silently when it cannot. */
function writeCodeCache(cacheFile, key, script) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, Buffer.concat([key, script.createCachedData()]));
    fs.renameSync(temporary, cacheFile);
    return true;
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // A read-only folder: there was nothing to remove.
    }
    return false;
  }
}

/**
 * Node's options on this file's first line («#!/usr/bin/env -S node OPTIONS»): what `sverka` starts with when run as a
 * program. The build trains the code cache under them, the benches and the tests' binary run the command with them.
 */
function launcherOptions(file = path.join(__dirname, 'sverka.js')) {
  const line = fs.readFileSync(file, 'latin1').split('\n', 1)[0].replace(/\r$/, '');
  const m = /^#!\s*\/usr\/bin\/env\s+(?:-S\s+)?node((?:\s+--[\w-]+(?:=\S+)?)*)\s*$/.exec(line);
  if (!m) throw new Error(`${file}: the first line «${line}» is not «#!/usr/bin/env -S node [--option…]»`);
  return m[1].trim() === '' ? [] : m[1].trim().split(/\s+/);
}

module.exports = { loadBundle, writeCodeCache, cacheKey, launcherOptions, bundleFor, SEPARATE_BUNDLES, BUNDLE_WRAPPER };

/** The bundle that runs these arguments: validate's own for `validate` (its file, in the folder of the CLI's bundles). */
function bundleFor(args) {
  return args[0] === 'validate' ? 'cli-validate.js' : 'cli.js';
}

if (require.main === module) {
  const root = path.join(__dirname, '..');
  let bundle = path.join(root, 'dist', bundleFor(process.argv.slice(2)));
  // Without validate's own bundle (a dist/ from before it, or one a tool cleaned), dist/cli.js runs validate as well.
  if (!fs.existsSync(bundle) && fs.existsSync(path.join(root, 'dist', 'cli.js'))) bundle = path.join(root, 'dist', 'cli.js');
  if (!fs.existsSync(bundle)) {
    const build = require('node:child_process').spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) {
      process.stderr.write('sverka: не удалось собрать CLI (npm run build:cli); см. сообщения выше\n');
      process.exit(3);
    }
  }
  let main;
  try {
    main = loadBundle(bundle).exports.main;
  } catch (error) {
    main = error;
  }
  if (typeof main !== 'function') {
    // A bundle cut short, emptied or not the CLI's: said so, with what to do, not as a stack trace (SVERKA_DEBUG shows it).
    if (process.env.SVERKA_DEBUG && main instanceof Error) process.stderr.write(`${main.stack}\n`);
    process.stderr.write(`${damagedBundle(bundle).message}\n`);
    process.exit(3);
  }
  main();
}
