// Where a push's body is read and re-validated (prepare-submission.ts): in worker threads, so that the
// event loop's thread does HTTP and the database only, or in that thread itself (0 workers: tests, a
// one-core machine). The pool is bounded (at most MAX_PENDING pushes and MAX_PENDING_BYTES of bodies
// waiting; past that 503 unavailable with Retry-After), gives up on a check that runs past JOB_TIMEOUT_MS
// (503; the worker is stopped and started again), and stops its workers when the store closes.
// A worker answers its checks in order, one at a time, and is given the one it runs (its body moved to it)
// and a few after it (copies, up to AHEAD_MAX_BYTES, so that it goes on without waiting for this thread);
// the others wait in its slot, on this thread, their bodies not yet sent. So a worker that dies (a body that crashes
// it, out of memory…) or is stopped for time takes only the check it was running with it (503 in Russian,
// or the time limit's message); the checks that waited, the next one included, are sent to the worker
// started in its place and answered as usual. A check's clock starts when its worker comes to it, not when
// it is sent: checks waiting behind long ones are not stopped, nor is their worker.
// A worker that fails again and again is started again after ever longer pauses; meanwhile the checks
// waiting for it go to another slot whose worker runs, or, when none does and it has failed
// WORKER_FAILURES_BEFORE_GIVING_UP times in a row (dying as it loads, or on each check), are answered 503
// rather than kept waiting for a worker that may not come back. A worker started again that neither loads
// nor exits within the check time limit is given up as one that died.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ApiFailure } from '../api-failure';
import type { CheckRequest } from './check-worker';
import { prepareSubmission, type PrepareOutcome, type SubmissionInput } from './prepare-submission';
import { ReportCache } from './report-cache';

export interface SubmissionChecker {
  /** Reads and re-validates one pushed body; rejects with an ApiFailure (503) when it could not be checked. */
  prepare(input: SubmissionInput): Promise<PrepareOutcome>;
  close(): Promise<void>;
}

/** Workers by default: the cores but one (the event loop's thread has its own), at least 1, at most 4. */
export const DEFAULT_CHECK_WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));
/** The most workers a store may be given. */
export const MAX_CHECK_WORKERS = 32;
/** Pushes waiting for a worker or being checked, in all; more are answered 503. */
export const MAX_PENDING = 256;
/** Bytes of bodies waiting, in all (one body of any size is always taken when nothing waits). */
export const MAX_PENDING_BYTES = 64 * 1024 * 1024;
/** A check running longer than this is stopped (the 5 MiB body limit's largest program takes seconds). */
export const JOB_TIMEOUT_MS = 60_000;
/** How long the store waits for its workers to load at start. */
const START_TIMEOUT_MS = 30_000;

/** In the event loop's thread, with the process's report cache. */
const sharedReports = new ReportCache();
export const inlineChecker: SubmissionChecker = {
  prepare: async (input) => prepareSubmission(input, sharedReports),
  close: async () => undefined,
};

export interface WorkerScript {
  file: string;
  execArgv: string[];
}

/**
 * The worker's code: store-check-worker.js beside the bundle that runs the store (dist/, made by
 * scripts/build-cli.mjs), or, from the sources (tests, tsx), check-worker.ts through tsx.
 */
export function checkWorkerScript(): WorkerScript {
  const bundled = join(__dirname, 'store-check-worker.js');
  if (existsSync(bundled)) return { file: bundled, execArgv: [] };
  if (__filename.endsWith('.ts')) return { file: join(__dirname, 'check-worker.ts'), execArgv: ['--require', require.resolve('tsx/cjs')] };
  throw new Error(`нет кода проверяющего потока ${bundled}: соберите CLI заново (npm run build:cli)`);
}

function unavailable(ru: string, en: string): ApiFailure {
  return new ApiFailure('unavailable', ru, en, null, { 'retry-after': '1' });
}

const WORKER_FAILED = (): ApiFailure =>
  unavailable(
    'Проверка программы прервалась: сбой проверяющего потока хранилища (он перезапущен). Программа не сохранена; отправьте её снова.',
    'The program check was interrupted: a check worker of the store failed (it was restarted). Nothing was stored; push again.',
  );
const WORKER_UNUSABLE = (): ApiFailure =>
  unavailable(
    'Проверка программы не началась: проверяющий поток хранилища падает раз за разом (он перезапускается). Программа не сохранена; отправьте её снова.',
    'The program check did not start: a check worker of the store fails again and again (it is being restarted). Nothing was stored; push again.',
  );
const OVERLOADED = (): ApiFailure =>
  unavailable('Хранилище перегружено: слишком много программ ждут проверки. Программа не сохранена; повторите через 1 с.', 'The store is overloaded: too many programs wait to be checked. Nothing was stored; retry in 1 s.');
const CLOSING = (): ApiFailure => unavailable('Хранилище останавливается; повторите запрос.', 'The store is shutting down; retry.');
const TIMED_OUT = (ms: number): ApiFailure =>
  unavailable(`Проверка программы длилась дольше ${ms / 1000} с и остановлена. Программа не сохранена.`, `The program check took longer than ${ms / 1000} s and was stopped. Nothing was stored.`);

/**
 * The body's bytes are moved to the worker, not copied, when they are a buffer of their own (the route's
 * body of a push is: Fastify concatenates it into a new one; a small one cut from Node's shared pool is
 * copied, as the pool must stay). Moved bytes are detached on this side, so a body is moved only when its
 * worker is about to run it (Slot.next; those sent ahead of their turn are copies): the bodies of the checks that
 * wait are still here, whole, and can go to the next worker when this one dies.
 */
function transferable(input: SubmissionInput): ArrayBuffer[] {
  if (!('json' in input)) return [];
  const { buffer, byteOffset, byteLength } = input.json;
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength && byteLength > 0 ? [buffer] : [];
}

/** One push's check: waiting in its slot, or run by the slot's worker. */
interface Job {
  id: number;
  input: SubmissionInput;
  resolve(outcome: PrepareOutcome): void;
  reject(error: unknown): void;
  bytes: number;
}

interface WorkerMessage {
  id?: number;
  ready?: true;
  outcome?: PrepareOutcome;
  error?: string;
}

export interface CheckPoolOptions {
  script?: WorkerScript;
  jobTimeoutMs?: number;
  maxPending?: number;
  /** Told when a worker fails (the store logs it). */
  onWorkerError?: (error: unknown) => void;
}

/**
 * After this many failures of a slot's worker in a row (deaths, while loading or on a check, and checks
 * stopped for time) with no check answered between them, the checks waiting for it are answered 503 too
 * (those no other slot's running worker could take: from the second failure on, they are sent there):
 * the pool can no longer tell bodies that crash it from a worker that cannot start or run at all, and the
 * checks behind must not wait through ever longer restarts (up to 5 s each) for one that may never come.
 */
export const WORKER_FAILURES_BEFORE_GIVING_UP = 3;

/**
 * A body larger than this is not sent ahead of its turn (Slot.ahead): it would be copied, which costs this
 * thread ≈ 0.37 ms per MiB and the worker ≈ 0.13 ms more (2.4 + 1.4 ms for 5 MiB; 32 KiB, the worked
 * example's size: no difference from a move, ≈ 9 µs in all), while what it saves is a pause of the worker
 * between two checks — tens of µs to a scheduler's wake-up — small beside the check of a body that large.
 */
export const AHEAD_MAX_BODY_BYTES = 256 * 1024;
/**
 * The copies sent ahead to one worker, in all: what a worker's queue may double (32 of the worked example).
 * Under bench/store-load.ts's load (16 clients, the 32 KiB example) nearly every body is sent ahead, so
 * copied: bench/store-instructions.ts counts no cost beyond its run-to-run spread (per push, main's pipeline
 * that moved every body: event loop thread 2.87 / 2.61 M instructions, check worker 11.8 / 10.9 M; this:
 * 2.84 / 2.78 M, 14.0 / 10.2 M).
 */
export const AHEAD_MAX_BYTES = 1024 * 1024;

class Slot {
  /** The running worker; null while one that failed waits to be started again. */
  private worker: Worker | null = null;
  /** The worker has said it loaded: no check is sent before, so one that dies loading took none with it. */
  private loaded = false;
  /** Checks not sent yet, in the order they came: a worker's death leaves them to the next one. */
  private readonly waiting: Job[] = [];
  /** The check the worker runs: the only one its death or its clock answers. Its body was moved to the worker. */
  private current: Job | null = null;
  /**
   * The checks sent after `current`, in order, so that the worker goes on to them without waiting for this
   * thread to send each (it may be busy, or not even on a core: the worker would idle between checks).
   * Their bodies were copied, not moved: should the worker die on `current`, these go back to the head of
   * `waiting`, whole, and are sent to the next worker. At most AHEAD_MAX_BYTES of bodies in all.
   */
  private readonly ahead: Job[] = [];
  private aheadBytes = 0;
  /** Failures since the last check this slot answered: restarts wait longer each time (a worker that cannot start). */
  private crashes = 0;
  /** The clock of `current`, started when its worker comes to it (sent to an idle worker, or the one before answered). */
  private clock: NodeJS.Timeout | null = null;
  /** A restart waiting (after repeated crashes): no second one is scheduled, no second worker started. */
  private restarting: NodeJS.Timeout | null = null;
  /**
   * The clock of a worker loading: one that neither says it loaded nor exits within the check time limit is
   * given up as one that died (no check has a clock before its worker loads: without this one, the checks
   * waiting for a worker whose load stalls would never be answered).
   */
  private loadClock: NodeJS.Timeout | null = null;
  ready!: Promise<void>;
  threadId = -1;

  /** Whether a worker runs (or loads); false while one that failed waits to be started again. */
  get running(): boolean {
    return this.worker !== null;
  }

  /** Checks this slot holds, waiting or running (the pool gives a new one to the least busy slot). */
  get load(): number {
    return this.waiting.length + (this.current ? 1 : 0) + this.ahead.length;
  }

  constructor(private readonly pool: CheckPool) {
    this.start();
  }

  private start(): void {
    const { script } = this.pool;
    const worker = new Worker(script.file, { execArgv: script.execArgv });
    // The store's server and its pending requests keep the process alive, not an idle worker.
    worker.unref();
    this.worker = worker;
    this.loaded = false;
    this.threadId = worker.threadId;
    let started: () => void = () => undefined;
    let failedToStart: (error: unknown) => void = () => undefined;
    this.ready = new Promise<void>((resolve, reject) => {
      started = resolve;
      failedToStart = reject;
    });
    this.ready.catch(() => undefined);
    this.startLoadClock(worker);
    worker.on('message', (message: WorkerMessage) => {
      // A worker given up may still have posted something before it was stopped: its check is answered already.
      if (this.worker !== worker) return;
      if (message.ready) {
        this.loaded = true;
        this.stopLoadClock();
        started();
        return this.next();
      }
      const job = this.current;
      if (!job || message.id !== job.id) return;
      this.current = null;
      this.stopClock();
      this.crashes = 0;
      this.pool.released(job.bytes);
      if (message.outcome) job.resolve(message.outcome);
      else job.reject(new Error(`check worker: ${message.error ?? 'no outcome'}`));
      this.next();
    });
    worker.on('error', (error) => {
      failedToStart(error);
      if (this.worker === worker) this.pool.options.onWorkerError?.(error);
    });
    worker.on('exit', (code) => {
      failedToStart(new Error(`the check worker exited (${code}) before it was ready`));
      if (this.worker !== worker) return;
      this.pool.options.onWorkerError?.(new Error(`a check worker exited (${code}); it is started again`));
      this.replace(WORKER_FAILED);
    });
  }

  /**
   * Gives the worker, once loaded, its next checks: the one it comes to now (`current`, its clock started) and
   * those after it (`ahead`), up to AHEAD_MAX_BYTES and stopping at a body over AHEAD_MAX_BODY_BYTES. A body
   * sent to an idle worker, as when pushes come one by one, is moved; in a burst, most are copied once.
   */
  private next(): void {
    const worker = this.worker;
    if (!worker || !this.loaded) return;
    if (!this.current) {
      const sentAhead = this.ahead.shift();
      const job = sentAhead ?? this.waiting.shift();
      if (!job) return;
      this.current = job;
      // One sent ahead is in the worker's queue already.
      if (sentAhead) this.aheadBytes -= job.bytes;
      else worker.postMessage({ id: job.id, input: job.input } satisfies CheckRequest, transferable(job.input));
      this.startClock(job);
    }
    for (let job = this.waiting[0]; job; job = this.waiting[0]) {
      if (job.bytes > AHEAD_MAX_BODY_BYTES || this.aheadBytes + job.bytes > AHEAD_MAX_BYTES) return;
      this.waiting.shift();
      this.ahead.push(job);
      this.aheadBytes += job.bytes;
      worker.postMessage({ id: job.id, input: job.input } satisfies CheckRequest);
    }
  }

  private startClock(job: Job): void {
    const timeoutMs = this.pool.jobTimeoutMs;
    this.clock = setTimeout(() => {
      // A check that does not end: it is answered 503 and its worker stopped; the checks waiting go to the next one.
      this.clock = null;
      if (this.current !== job) return;
      this.pool.options.onWorkerError?.(new Error(`a program check ran longer than ${timeoutMs} ms; the check worker is restarted`));
      this.replace(() => TIMED_OUT(timeoutMs));
    }, timeoutMs);
    this.clock.unref();
  }

  private stopClock(): void {
    if (this.clock) clearTimeout(this.clock);
    this.clock = null;
  }

  private startLoadClock(worker: Worker): void {
    const timeoutMs = this.pool.jobTimeoutMs;
    this.loadClock = setTimeout(() => {
      this.loadClock = null;
      if (this.worker !== worker || this.loaded) return;
      this.pool.options.onWorkerError?.(new Error(`a check worker did not load in ${timeoutMs} ms; it is started again`));
      this.replace(WORKER_FAILED);
    }, timeoutMs);
    this.loadClock.unref();
  }

  private stopLoadClock(): void {
    if (this.loadClock) clearTimeout(this.loadClock);
    this.loadClock = null;
  }

  /**
   * The worker is given up (it died or its check hangs): the check it ran, if any, is answered `failure` — it
   * is the one that failed it; the ones waiting had not started — and a new worker starts, which is sent them.
   */
  private replace(failure: () => ApiFailure): void {
    const old = this.detach(failure);
    if (old) void old.terminate();
    // Closing: stop() answers what waits.
    if (this.pool.closed || this.restarting) return;
    this.crashes++;
    if (this.crashes <= 1) return this.start();
    // The restart waits (200 ms – 5 s): the checks waiting go to a slot whose worker runs, if there is one.
    this.waiting.unshift(...this.pool.rehome(this.waiting.splice(0), this));
    if (this.crashes >= WORKER_FAILURES_BEFORE_GIVING_UP) this.failWaiting(WORKER_UNUSABLE);
    this.restarting = setTimeout(() => {
      this.restarting = null;
      if (!this.pool.closed) this.start();
    }, Math.min(5000, 50 * 2 ** this.crashes));
    this.restarting.unref();
  }

  /**
   * The slot stops using its worker: its clocks stop, the check it ran (if any) is answered `failure`, and the
   * checks sent ahead of it are taken back — not started: their bodies, copied to it, are still whole here.
   * Returns the worker, for the caller to stop.
   */
  private detach(failure: () => ApiFailure): Worker | null {
    const worker = this.worker;
    this.worker = null;
    this.loaded = false;
    this.stopClock();
    this.stopLoadClock();
    const ran = this.current;
    this.current = null;
    if (ran) this.fail(ran, failure());
    this.takeBackAhead();
    return worker;
  }

  private takeBackAhead(): void {
    this.waiting.unshift(...this.ahead.splice(0));
    this.aheadBytes = 0;
  }

  /** Every job leaves `waiting`, `ahead` or `current` before it is answered here: its count and bytes are released once. */
  private fail(job: Job, failure: ApiFailure): void {
    this.pool.released(job.bytes);
    job.reject(failure);
  }

  private failWaiting(failure: () => ApiFailure): void {
    for (const job of this.waiting.splice(0)) this.fail(job, failure());
  }

  send(job: Job): void {
    this.waiting.push(job);
    this.next();
  }

  async stop(): Promise<void> {
    if (this.restarting) clearTimeout(this.restarting);
    this.restarting = null;
    const worker = this.detach(CLOSING);
    this.failWaiting(CLOSING);
    if (worker) await worker.terminate();
  }
}

export class CheckPool implements SubmissionChecker {
  readonly script: WorkerScript;
  readonly jobTimeoutMs: number;
  private readonly maxPending: number;
  private readonly slots: Slot[];
  private nextId = 1;
  private pending = 0;
  private pendingBytes = 0;
  closed = false;

  constructor(
    size: number,
    readonly options: CheckPoolOptions = {},
  ) {
    this.script = options.script ?? checkWorkerScript();
    this.jobTimeoutMs = options.jobTimeoutMs ?? JOB_TIMEOUT_MS;
    this.maxPending = options.maxPending ?? MAX_PENDING;
    this.slots = Array.from({ length: Math.max(1, Math.min(MAX_CHECK_WORKERS, size)) }, () => new Slot(this));
  }

  get size(): number {
    return this.slots.length;
  }

  /** Resolves when every worker has loaded its code; rejects when one cannot (the store does not start then). */
  async ready(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`проверяющие потоки не запустились за ${START_TIMEOUT_MS / 1000} с`)), START_TIMEOUT_MS);
    });
    try {
      await Promise.race([Promise.all(this.slots.map((s) => s.ready)), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  prepare(input: SubmissionInput): Promise<PrepareOutcome> {
    if (this.closed) return Promise.reject(CLOSING());
    const bytes = 'json' in input ? input.json.byteLength : typeof input.value === 'string' ? input.value.length * 2 : 0;
    if (this.pending >= this.maxPending || (this.pending > 0 && this.pendingBytes + bytes > MAX_PENDING_BYTES)) return Promise.reject(OVERLOADED());
    // The least busy slot with a worker; one waiting to start again (after crashes) only when every slot waits.
    const live = this.slots.filter((s) => s.running);
    let slot = (live.length > 0 ? live : this.slots)[0];
    for (const s of live.length > 0 ? live : this.slots) if (s.load < slot.load) slot = s;
    this.pending++;
    this.pendingBytes += bytes;
    const id = this.nextId++;
    return new Promise<PrepareOutcome>((resolve, reject) => slot.send({ id, input, resolve, reject, bytes }));
  }

  /**
   * Checks of a slot whose worker waits to be started again, each to the least busy other slot whose worker
   * runs; returns those no other slot could take (none runs).
   */
  rehome(jobs: Job[], from: Slot): Job[] {
    const live = this.slots.filter((s) => s !== from && s.running);
    if (live.length === 0) return jobs;
    for (const job of jobs) {
      let slot = live[0];
      for (const s of live) if (s.load < slot.load) slot = s;
      slot.send(job);
    }
    return [];
  }

  /** A job is over (answered, failed or timed out). */
  released(bytes: number): void {
    this.pending--;
    this.pendingBytes -= bytes;
  }

  /** Pushes held and their bodies' bytes (tests: each is released once, whatever happened to its worker). */
  held(): { pending: number; bytes: number } {
    return { pending: this.pending, bytes: this.pendingBytes };
  }

  /** Workers now running (tests: one that died is started again). */
  threadIds(): number[] {
    return this.slots.map((s) => s.threadId);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.stop()));
  }
}
