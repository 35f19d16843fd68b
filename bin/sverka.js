#!/usr/bin/env node
'use strict';
// The CLI is bundled into dist/ by `npm ci` (the "prepare" script); it is built here when missing.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  const build = require('node:child_process').spawnSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build-cli.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    process.stderr.write('sverka: не удалось собрать CLI (npm run build:cli); см. сообщения выше\n');
    process.exit(3);
  }
}
require(bundle).main();
