// A worker thread of the check pool (check-pool.ts): reads and re-validates pushed bodies
// (prepare-submission.ts) one message at a time, with a report cache of its own, and answers each
// message with its id. It says "ready" once loaded, so that the store does not start without it.
import { parentPort } from 'node:worker_threads';
import { prepareSubmission, type SubmissionInput } from './prepare-submission';
import { ReportCache } from './report-cache';

export interface CheckRequest {
  id: number;
  input: SubmissionInput;
}

const port = parentPort;
if (port) {
  const reports = new ReportCache();
  port.on('message', ({ id, input }: CheckRequest) => {
    try {
      const outcome = prepareSubmission(input, reports);
      // The payload's bytes are moved, not copied: this thread keeps nothing of a push it answered.
      port.postMessage({ id, outcome }, outcome.ok ? [outcome.prepared.payload.buffer as ArrayBuffer] : []);
    } catch (error) {
      // A fault of the store (never of the body: its refusals are outcomes); the route answers 500.
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
  port.postMessage({ ready: true });
}
