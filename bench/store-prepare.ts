// What a check worker spends per push, CPU, in one process: prepareSubmission (prepare-submission.ts) on N
// distinct programs (the store-load bench's, each pushed once, so the report cache never answers), then its
// steps alone on the same bodies, so that the part of the rules (checkProgram) and the part of the store
// (reading, canonical JSON, hashes) are told apart. Bodies as the store's client sends them (submissionText:
// the program first, in canonical JSON, kept as it came) and as JSON.stringify writes them (the store writes
// the canonical JSON itself). CPU over many pushes, not wall time: the machine may be
// shared. Under tsx the code is not the served bundle (tsx wraps functions): compare runs of this bench
// with each other (A/B, interleaved), not with bench/store-load.ts.
//
//   npx tsx bench/store-prepare.ts [PUSHES]
import { createHash } from 'node:crypto';
import { checkProgram } from '../src/domain/check-program';
import { canonicalJson } from '../src/store/canonical-json';
import { canonicalValueEnd } from '../src/store/canonical-text';
import { submissionText } from '../src/store/client';
import { parseSubmissionBody, prepareSubmission } from '../src/server/submissions/prepare-submission';
import { ReportCache } from '../src/server/submissions/report-cache';
import type { SubmissionBody } from '../src/store/contract/submission';
import { benchBodies } from './store-child';

const pushes = Number(process.argv[2] ?? 3000);
const warmup = 500;
const bodies = benchBodies(40);
const encoder = new TextEncoder();
const inputs = Array.from({ length: warmup + pushes }, (_, i) => encoder.encode(JSON.stringify(bodies(i, i))));
const clientInputs = Array.from({ length: warmup + pushes }, (_, i) => encoder.encode(submissionText(bodies(i, i))));

function bodyOf(bytes: Uint8Array): SubmissionBody {
  const parsed = parseSubmissionBody({ json: bytes });
  if (!parsed.ok) throw new Error(`refused: ${parsed.failure.messageEn}`);
  return parsed.body;
}

/** CPU ms per push of `step` over the measured bodies, after it ran on the warm-up ones. */
function cpuPerPush<T>(prepare: (bytes: Uint8Array) => T, step: (prepared: T) => unknown, from: Uint8Array[] = inputs): number {
  for (let i = 0; i < warmup; i++) step(prepare(from[i]));
  const prepared = from.slice(warmup).map(prepare);
  const start = process.cpuUsage();
  for (const p of prepared) step(p);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / pushes;
}

const cache = new ReportCache();
const prepareAll = (from: Uint8Array[]): number =>
  cpuPerPush(
    (bytes) => bytes,
    (bytes) => {
      if (!prepareSubmission({ json: bytes }, cache).ok) throw new Error('refused');
    },
    from,
  );
const wholeClient = prepareAll(clientInputs);
const whole = prepareAll(inputs);
const steps: [string, number][] = [
  ['UTF-8 decode', cpuPerPush((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), (buffer) => buffer.toString('utf8'))],
  ['JSON.parse', cpuPerPush((bytes) => Buffer.from(bytes).toString('utf8'), (text) => JSON.parse(text) as unknown)],
  ['body read (decode … schema)', cpuPerPush((bytes) => bytes, (bytes) => parseSubmissionBody({ json: bytes }))],
  ['canonical JSON', cpuPerPush(bodyOf, (body) => canonicalJson(body.program))],
  ['canonical text scan', cpuPerPush((bytes) => Buffer.from(bytes).toString('utf8'), (text) => canonicalValueEnd(text, 11), clientInputs)],
  ['UTF-8 encode', cpuPerPush((bytes) => canonicalJson(bodyOf(bytes).program), (text) => Buffer.from(text, 'utf8'))],
  ['sha256', cpuPerPush((bytes) => Buffer.from(canonicalJson(bodyOf(bytes).program), 'utf8'), (payload) => createHash('sha256').update(payload).digest('hex'))],
  ['checkProgram', cpuPerPush(bodyOf, (body) => checkProgram({ program: body.program }))],
];
console.log(`prepareSubmission, the client's bodies: ${wholeClient.toFixed(3)} ms CPU per push (${pushes} distinct programs of ${clientInputs[0].byteLength} bytes)`);
console.log(`prepareSubmission, JSON.stringify's:   ${whole.toFixed(3)} ms CPU per push`);
for (const [name, ms] of steps) console.log(`  ${name.padEnd(28)} ${ms.toFixed(3)} ms`);
