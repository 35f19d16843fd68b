// Where `sverka validate`'s time beyond the bare read goes: the JIT's warming up, or the work itself. One
// process runs, round after round, the bare read of the same .xlsx (bench/bare-read.js, zlib inflating, as
// validate inflates) and `sverka validate FILE --format json` (the built bundle with its code cache, as
// bin/sverka.js loads it; the JSON is made and then dropped, not written), and prints the wall and CPU time
// (process.cpuUsage: every thread, the JIT's and the GC's too) of each round. The first round is what a command
// pays (both cold; the process already started); the last is what the same work costs once V8 has compiled it.
// The bare read here runs under the flag bin/sverka.js sets for the whole process (--no-regexp-tier-up; saxes
// uses few regular expressions), unlike the floor of bench/core.ts, which runs bare-read.js alone.
// A diagnostic beside the cold figures of bench/core.ts, not a target (the CLI always runs cold).
//
//   node bench/warm-process.js FILE.xlsx [ROUNDS]     (dist/cli.js must be built: npm run build:cli)
'use strict';
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const { bareRead } = require('./bare-read.js');

async function main() {
  const [file, roundsText = '6'] = process.argv.slice(2);
  const rounds = Number(roundsText);
  if (!file || !(rounds >= 2)) throw new Error('usage: node bench/warm-process.js FILE.xlsx [ROUNDS ≥ 2]');
  // Loaded as bin/sverka.js loads it (with its code cache), so that the first round is what a command pays.
  // The bundle `sverka validate` runs (dist/cli-validate.js).
  const { loadBundle, bundleFor } = require(join(__dirname, '..', 'bin', 'sverka.js'));
  const { runCli } = loadBundle(join(__dirname, '..', 'dist', bundleFor(['validate'])), { write: false }).exports;
  const io = { stdout: () => {}, stderr: (t) => process.stderr.write(t), env: {} };
  const result = { bare: [], validate: [], bareCpu: [], validateCpu: [] };
  const cpu = (since) => {
    const d = process.cpuUsage(since);
    return (d.user + d.system) / 1000;
  };
  for (let round = 0; round < rounds; round++) {
    let t = performance.now();
    let c = process.cpuUsage();
    bareRead(file, { zlib: true });
    result.bare.push(performance.now() - t);
    result.bareCpu.push(cpu(c));
    t = performance.now();
    c = process.cpuUsage();
    const code = await runCli(['validate', file, '--format', 'json'], io);
    result.validate.push(performance.now() - t);
    result.validateCpu.push(cpu(c));
    if (code !== 0 && code !== 1) throw new Error(`sverka validate exited ${code}`);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
