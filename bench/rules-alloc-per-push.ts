// What the store's re-validation allocates and costs per push (issue 10): checkProgram without provenance, as
// prepare-submission.ts calls it, on the store bench's distinct programs (bench/store-child.ts), after a warm-up.
// Allocation: the heap used after a block of calls minus before it, with a young generation large enough that no
// collection runs inside the block (run with --expose-gc --max-semi-space-size=128; the median block is printed).
// CPU: the same calls three times more, collections included. Compare builds in one run of the machine, interleaved.
//
//   npx esbuild bench/rules-alloc-per-push.ts --bundle --platform=node --format=cjs --outfile=OUT.js \
//     --external:better-sqlite3 --external:pg --external:fastify --external:esbuild
//   node --expose-gc --max-semi-space-size=128 OUT.js [CALLS] [WARMUP]      (default 2000, 500)
import { getHeapStatistics } from 'node:v8';
import { checkProgram } from '../src/domain/check-program';
import { parseSubmissionBody } from '../src/server/submissions/prepare-submission';
import { benchBodies } from './store-child';

const calls = Number(process.argv[2] ?? 2000);
const warmup = Number(process.argv[3] ?? 500);
const BLOCK = 100;
const bodies = benchBodies(40);
const encoder = new TextEncoder();
const programs = Array.from({ length: warmup + calls }, (_, i) => {
  const parsed = parseSubmissionBody({ json: encoder.encode(JSON.stringify(bodies(i, i))) });
  if (!parsed.ok) throw new Error(`refused: ${parsed.failure.messageEn}`);
  return parsed.body.program;
});
for (let i = 0; i < warmup; i++) checkProgram({ program: programs[i] });

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (and --max-semi-space-size=128)');
const perCall: number[] = [];
for (let i = warmup; i < warmup + calls; i += BLOCK) {
  gc();
  const before = getHeapStatistics().used_heap_size;
  const end = Math.min(i + BLOCK, warmup + calls);
  for (let j = i; j < end; j++) checkProgram({ program: programs[j] });
  const used = getHeapStatistics().used_heap_size - before;
  if (used > 0) perCall.push(used / (end - i));
}
gc();
const start = process.cpuUsage();
for (let round = 0; round < 3; round++) for (let i = warmup; i < warmup + calls; i++) checkProgram({ program: programs[i] });
const cpu = process.cpuUsage(start);
perCall.sort((a, b) => a - b);
console.log(
  `checkProgram, ${calls} distinct programs: allocated per call median ${(perCall[perCall.length >> 1] / 1024).toFixed(1)} KB (least ${(perCall[0] / 1024).toFixed(1)} KB); CPU per call ${((cpu.user + cpu.system) / 1000 / calls / 3).toFixed(3)} ms`,
);
