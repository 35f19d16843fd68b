// The code cache of a freshly built bundle (scripts/build-cli.mjs runs this in a process started with the options
// of bin/sverka.js's first line, as `sverka` itself starts): the bundle is loaded as bin/sverka.js loads it — a CLI
// bundle then validates the worked example once — and the cache of what that compiled is written beside it.
//
//   node [options] scripts/train-code-cache.cjs BUNDLE [EXAMPLE.xlsx]      prints "written" or "not written"
'use strict';
const { loadBundle, writeCodeCache } = require('../bin/sverka.js');

async function main() {
  const [bundle, example] = process.argv.slice(2);
  process.setSourceMapsEnabled(false);
  // Nothing written at exit: the caches of the bundles this one loads (dist/zod.js) are their own build step's.
  const loaded = loadBundle(require('node:path').resolve(bundle), { write: false });
  if (example !== undefined) {
    const silent = { stdout: () => {}, stderr: () => {}, env: {} };
    await loaded.exports.runCli(['validate', example, '--format', 'text'], silent);
  }
  process.stdout.write(writeCodeCache(loaded.cacheFile, loaded.key, loaded.script) ? 'written\n' : 'not written\n');
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
