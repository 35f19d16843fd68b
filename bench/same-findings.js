// Validates every .xlsx of a directory with one build of the CLI (its bundle, in this process) and writes
// what `sverka validate FILE --format json` printed for each — stdout, stderr and exit code — to one JSON
// file; with a second file given, says which workbooks differ. Plain JavaScript: it runs any build, an old
// one included (issue 10: every optimisation keeps the findings identical).
//
//   node bench/same-findings.js DIR BUNDLE OUT.json [BEFORE.json]
'use strict';
const { readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

async function main() {
  const [dir, bundle, out, before] = process.argv.slice(2);
  if (!dir || !bundle || !out) throw new Error('usage: node bench/same-findings.js DIR BUNDLE OUT.json [BEFORE.json]');
  // Loaded as bin/sverka.js loads it (the build writes it wrapped; a build from before that is wrapped there), not
  // by require: Node's require would run a wrapped bundle's text as a module of its own and export nothing.
  const { loadBundle } = require(join(__dirname, '..', 'bin', 'sverka.js'));
  const { runCli } = loadBundle(resolve(bundle), { write: false }).exports;
  const results = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort()) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['validate', join(dir, name), '--format', 'json'], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {} });
    results[name] = { code, stdout, stderr };
  }
  writeFileSync(out, JSON.stringify(results, null, 1));
  const names = Object.keys(results);
  if (!before) {
    process.stdout.write(`${names.length} workbooks validated\n`);
    return;
  }
  const old = JSON.parse(readFileSync(before, 'utf8'));
  const differ = [...new Set([...names, ...Object.keys(old)])].filter((n) => JSON.stringify(old[n]) !== JSON.stringify(results[n]));
  process.stdout.write(`${names.length} workbooks validated, ${differ.length} differ from ${before}${differ.length ? ':\n  ' + differ.join('\n  ') : ''}\n`);
  process.exitCode = differ.length ? 1 : 0;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
