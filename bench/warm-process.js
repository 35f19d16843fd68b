// Where `sverka validate`'s time beyond the bare read goes: the JIT's warming up, or the work itself. One
// process runs, round after round, the bare read of the same .xlsx (bench/bare-read.js, zlib inflating, as
// validate inflates) and `sverka validate FILE --format json` (the built bundle, its output kept in memory), and
// prints the wall time of each round. The first round is what a command pays (both cold, the process already
// started); the last is what the same work costs once V8 has compiled it: their difference is warming up.
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
  const { runCli } = require(join(__dirname, '..', 'dist', 'cli.js'));
  const io = { stdout: () => {}, stderr: (t) => process.stderr.write(t), env: {} };
  const result = { bare: [], validate: [] };
  for (let round = 0; round < rounds; round++) {
    let t = performance.now();
    bareRead(file, { zlib: true });
    result.bare.push(performance.now() - t);
    t = performance.now();
    const code = await runCli(['validate', file, '--format', 'json'], io);
    result.validate.push(performance.now() - t);
    if (code !== 0 && code !== 1) throw new Error(`sverka validate exited ${code}`);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
