#!/usr/bin/env node
'use strict';
// The CLI is bundled into dist/ by `npm ci` (the "prepare" script); it is built here when missing, and in a
// working tree (src/ beside bin/) when a source is newer than the bundle, so that a checkout never runs an
// old CLI. (A V8 code cache for the bundle was measured: within noise of a plain require on Node 20.)
const path = require('node:path');
const fs = require('node:fs');
const root = path.join(__dirname, '..');
const bundle = path.join(root, 'dist', 'cli.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

function stale() {
  if (!fs.existsSync(bundle)) return true;
  const src = path.join(root, 'src');
  return fs.existsSync(src) && newestSource(src) > fs.statSync(bundle).mtimeMs;
}

if (stale()) {
  const build = require('node:child_process').spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    process.stderr.write('sverka: не удалось собрать CLI (npm run build:cli); см. сообщения выше\n');
    process.exit(3);
  }
}

require(bundle).main();
