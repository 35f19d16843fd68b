// What a check worker does per push, alone and as shipped: prepareSubmission (prepare-submission.ts) over the
// first PUSHES of MADE distinct bodies as the store's client sends them (bench/store-load.ts's unique mode),
// in a bundle like the served store's, for instruction counts (the machine is shared: CPU time moves with the
// others' load). Bundle it into dist/ (so that the example is found one folder up), then count two run lengths
// and divide the difference (start-up, the bodies and the first 400 pushes' warm-up fall out):
//   npx esbuild bench/store-prepare-loop.ts --bundle --platform=node --target=node20 --outfile=dist/store-prepare-loop.js \
//     --external:better-sqlite3 --external:pg --external:kysely --external:fastify --external:secure-json-parse --external:esbuild
//   valgrind --tool=callgrind --callgrind-out-file=/tmp/p400 node --single-threaded dist/store-prepare-loop.js 400 0 900
//   valgrind --tool=callgrind --callgrind-out-file=/tmp/p900 node --single-threaded dist/store-prepare-loop.js 900 0 900
// (callgrind_annotate both; under --single-threaded TurboFan and the GC are counted in this thread.) With WARMUP
// (second argument) > 0 it prints the CPU ms per push of the pushes after it instead, for A/B runs interleaved.
import { submissionText } from '../src/store/client';
import { prepareSubmission } from '../src/server/submissions/prepare-submission';
import { ReportCache } from '../src/server/submissions/report-cache';
import { benchBodies } from './store-child';

const n = Number(process.argv[2] ?? 1000);
const warm = Number(process.argv[3] ?? 0);
const make = benchBodies(40);
const bodies = Array.from({ length: Math.max(n, Number(process.argv[4] ?? 0)) }, (_, i) => Buffer.from(submissionText(make(i % 40, i)), 'utf8'));
const cache = new ReportCache();
let cpu = process.cpuUsage();
for (let i = 0; i < n; i++) {
  if (i === warm) cpu = process.cpuUsage();
  const b = bodies[i];
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  if (!prepareSubmission({ json: copy }, cache).ok) throw new Error('refused');
}
const used = process.cpuUsage(cpu);
if (warm > 0) console.log(((used.user + used.system) / 1000 / (n - warm)).toFixed(4));
