// Hostile workbooks through the CLI as a user runs it: each must end in a message (a report or a
// one-line refusal, exit 0/1/2) within 10 s and 1 GB. Prints each case's time and peak memory beside
// the bounds, and fails when one is passed. Then hostile requests to the store (bench/hostile-requests.ts):
// each answered 4xx in our shape within the same bounds, the store up after each.
//
//   npm run bench:hostile
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runHostileRequests } from './hostile-requests';
import { HOSTILE_CASES } from './hostile-workbooks';

const bin = join(__dirname, '..', 'bin', 'sverka.js');
/** Node's options on the command's first line: `sverka` as a user runs it (bin/sverka.js, launcherOptions). */
const launcher = (createRequire(__filename)(bin) as { launcherOptions: () => string[] }).launcherOptions();
const LIMIT_MS = 10_000;
const LIMIT_MB = 1024;
const dir = mkdtempSync(join(tmpdir(), 'sverka-hostile-'));
let failed = 0;
try {
  spawnSync(process.execPath, [join(__dirname, '..', 'scripts', 'build-cli.mjs')]); // the bundle and its code cache, of these sources
  const bare = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, '-e', '0'], { encoding: 'utf8' });
  console.log(`Враждебные книги (sverka validate), пределы: ${LIMIT_MS / 1000} с, ${LIMIT_MB} МБ; голый node: ${(Number(/(\d+)\s*$/.exec(bare.stderr)?.[1]) / 1024).toFixed(0)} МБ`);
  for (const c of HOSTILE_CASES) {
    const file = join(dir, 'книга.xlsx');
    writeFileSync(file, c.make());
    const t = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...launcher, bin, 'validate', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 60_000 });
    const ms = performance.now() - t;
    // /usr/bin/time adds "Command exited with non-zero status N" before the figure.
    const lines = r.stderr.trim().split('\n').filter((line) => !line.startsWith('Command exited with'));
    const mb = Number(lines.pop()) / 1024;
    const message = lines.join(' ').replace(/^sverka validate: [^:]*: /, '').slice(0, 110) || `отчёт, код ${r.status}`;
    const ok = ms <= LIMIT_MS && mb <= LIMIT_MB && (r.status === 0 || r.status === 1 || r.status === 2);
    if (!ok) failed += 1;
    console.log(`  ${ok ? 'ok ' : 'НЕТ'} ${c.name.padEnd(48)} ${ms.toFixed(0).padStart(6)} мс (≤ ${LIMIT_MS}) ${mb.toFixed(0).padStart(5)} МБ (≤ ${LIMIT_MB})  код ${r.status}  ${message}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed > 0) {
  console.error(`${failed} книг(и) вышли за пределы`);
  process.exitCode = 1;
}
runHostileRequests({ ms: LIMIT_MS, mb: LIMIT_MB }).then(
  (requestsFailed) => {
    if (requestsFailed > 0) {
      console.error(`${requestsFailed} запрос(ов) вышли за пределы или уронили хранилище`);
      process.exitCode = 1;
    }
  },
  (error: unknown) => {
    console.error(`hostile: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
