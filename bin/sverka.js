#!/usr/bin/env node
'use strict';
// The CLI is bundled into dist/ by `npm ci` (the "prepare" script); build it on demand otherwise.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  require('node:child_process').execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
}
require(bundle);
