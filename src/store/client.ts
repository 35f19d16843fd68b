// The store's client: fetch-based, so it runs in Node 20 and in the browser (the task pane).
// Every answer is checked against the same zod schemas the server answers with. A push is retried
// on network failure with the same Idempotency-Key, so a retried push never makes a second version.
import type { z } from 'zod';
import { canonicalJson } from './canonical-json';
import { ApiError } from './contract/api-error';
import { ProgramDiff } from './contract/diff';
import { Health } from './contract/health';
import { DepartmentAssignment, ProgramList, VersionDetail, VersionList, type DepartmentBodyInput } from './contract/programs';
import { ReportAccepted, ReportReview, ReportsOverview, ReportVersionDetail, ReportVersionList, type ReportBodyInput } from './contract/reports';
import { Review, type ReviewBodyInput } from './contract/review';
import { routes, urls } from './contract/routes';
import { SubmissionAccepted, type SubmissionBodyInput } from './contract/submission';

export interface StoreClientOptions {
  /** "http://127.0.0.1:8787" (no trailing /api/v1). */
  baseUrl: string;
  token?: string;
  fetch?: typeof fetch;
  /** Attempts after the first on network failure or 502/503/504 (default 3). */
  retries?: number;
  /** The first pause between attempts, doubled each time (default 200 ms). */
  retryDelayMs?: number;
  /** Per attempt (default 30 s). */
  timeoutMs?: number;
}

/** The store answered with an error (4xx/5xx); `body` is its `{ error, message, details }`. */
export class StoreApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(`${status} ${body.error}: ${body.message}`);
    this.name = 'StoreApiError';
  }
}

/** The store could not be reached (after the retries). */
export class StoreNetworkError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
    /** The store's address as the client was given it. */
    readonly url: string = '',
    /** The store did not answer in time (the last attempt timed out), rather than refusing the connection. */
    readonly timedOut: boolean = false,
  ) {
    super(message);
    this.name = 'StoreNetworkError';
  }
}

const RETRIED_STATUSES = new Set([502, 503, 504]);

export function newIdempotencyKey(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A push's body as JSON text: the program first and in canonical JSON (canonical-json.ts), the rest as
 * JSON.stringify writes it. The same value as JSON.stringify(body) (the program is read through
 * JSON.stringify first, so that what it leaves out or converts is left out or converted as before); the
 * store then keeps the program's bytes as they came instead of writing them again (prepare-submission.ts).
 */
export function submissionText(body: SubmissionBodyInput): string {
  const { program, ...rest } = body;
  const programText = JSON.stringify(program) as string | undefined;
  if (programText === undefined) return JSON.stringify(body);
  const restText = JSON.stringify(rest);
  const head = `{"program":${canonicalJson(JSON.parse(programText))}`;
  return restText === '{}' ? `${head}}` : `${head},${restText.slice(1)}`;
}

interface RequestOptions {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** The body's JSON text when made otherwise than by JSON.stringify(body). */
  text?: string;
  idempotencyKey?: string;
  /** Retry on network failure (only for requests that are safe to repeat). */
  retry: boolean;
  /**
   * Told whether the store answered with its stored answer to an earlier request of the same Idempotency-Key — only
   * when that answer came to the first attempt: after an attempt that failed (no answer, a timeout, 502–504) the store
   * may have stored that attempt and replays it to the retry, and then the answer is this request's own.
   */
  replayed?: (replayed: boolean) => void;
}

/**
 * What the store answered to a push, and whether that answer is a replay: the store's first answer to an earlier push
 * under the same Idempotency-Key (header `Idempotent-Replayed`), given again and changing nothing. `sverka push` derives
 * its key from the content, so a later push of content pushed before (A, then B, then A again) gets A's first answer,
 * not a new version: the caller must be able to say so.
 */
export interface Pushed<T> {
  accepted: T;
  replayed: boolean;
}

export class StoreClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: StoreClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.retries = options.retries ?? 3;
    this.retryDelayMs = options.retryDelayMs ?? 200;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  health(): Promise<Health> {
    return this.request({ method: 'GET', path: routes.health, retry: true }, Health);
  }

  /**
   * Pushes a program: a new version (`existing: false`), or the version it already is (`existing: true`,
   * when it is the same as the program's latest version). Give your own `idempotencyKey` to make a later repeat safe too (the task pane
   * keeps one per unchanged program); by default a fresh key is used for this call and its retries.
   */
  async submit(body: SubmissionBodyInput, idempotencyKey: string = newIdempotencyKey()): Promise<SubmissionAccepted> {
    return (await this.submitTold(body, idempotencyKey)).accepted;
  }

  /** submit, and whether the answer is the store's replay of an earlier push under the same key (Pushed). */
  async submitTold(body: SubmissionBodyInput, idempotencyKey: string = newIdempotencyKey()): Promise<Pushed<SubmissionAccepted>> {
    let replayed = false;
    const accepted = await this.request(
      { method: 'POST', path: routes.submissions, body, text: submissionText(body), idempotencyKey, retry: true, replayed: (r) => void (replayed = r) },
      SubmissionAccepted,
    );
    return { accepted, replayed };
  }

  listPrograms(): Promise<ProgramList> {
    return this.request({ method: 'GET', path: routes.programs, retry: true }, ProgramList);
  }

  listVersions(programId: string): Promise<VersionList> {
    return this.request({ method: 'GET', path: urls.versions(programId), retry: true }, VersionList);
  }

  getVersion(programId: string, version: number): Promise<VersionDetail> {
    return this.request({ method: 'GET', path: urls.version(programId, version), retry: true }, VersionDetail);
  }

  diff(programId: string, from: number, to: number): Promise<ProgramDiff> {
    return this.request({ method: 'GET', path: urls.diff(programId, from, to), retry: true }, ProgramDiff);
  }

  /** Admins: binds a program to another department. Not retried (a second assignment would be refused as a no-op). */
  assignDepartment(programId: string, body: DepartmentBodyInput): Promise<DepartmentAssignment> {
    return this.request({ method: 'POST', path: urls.department(programId), body, retry: false }, DepartmentAssignment);
  }

  /** Not retried: a review is not idempotent, and a lost answer is better checked in the history. */
  review(programId: string, version: number, body: ReviewBodyInput): Promise<Review> {
    return this.request({ method: 'POST', path: urls.review(programId, version), body, retry: false }, Review);
  }

  /**
   * Pushes a report (program id, the program version it refers to, period "2021-Q1" … "2021", the report,
   * explanations): a new version of that program × period (`existing: false`), or the version it already is.
   */
  async pushReport(body: ReportBodyInput, idempotencyKey: string = newIdempotencyKey()): Promise<ReportAccepted> {
    return (await this.pushReportTold(body, idempotencyKey)).accepted;
  }

  /** pushReport, and whether the answer is the store's replay of an earlier push under the same key (Pushed). */
  async pushReportTold(body: ReportBodyInput, idempotencyKey: string = newIdempotencyKey()): Promise<Pushed<ReportAccepted>> {
    let replayed = false;
    const accepted = await this.request({ method: 'POST', path: routes.reports, body, idempotencyKey, retry: true, replayed: (r) => void (replayed = r) }, ReportAccepted);
    return { accepted, replayed };
  }

  /** The coordinator's overview of a year: every program × period with its deadline status and the evaluation. */
  listReports(year: number): Promise<ReportsOverview> {
    return this.request({ method: 'GET', path: urls.reports(year), retry: true }, ReportsOverview);
  }

  listReportVersions(programId: string, period: string): Promise<ReportVersionList> {
    return this.request({ method: 'GET', path: urls.reportVersions(programId, period), retry: true }, ReportVersionList);
  }

  getReportVersion(programId: string, period: string, version: number): Promise<ReportVersionDetail> {
    return this.request({ method: 'GET', path: urls.reportVersion(programId, period, version), retry: true }, ReportVersionDetail);
  }

  /** Not retried, like a program review. */
  reviewReport(programId: string, period: string, version: number, body: ReviewBodyInput): Promise<ReportReview> {
    return this.request({ method: 'POST', path: urls.reportReview(programId, period, version), body, retry: false }, ReportReview);
  }

  private async request<S extends z.ZodType>(req: RequestOptions, schema: S): Promise<z.infer<S>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    if (req.idempotencyKey) headers['idempotency-key'] = req.idempotencyKey;
    const init: RequestInit = { method: req.method, headers, body: req.text ?? (req.body === undefined ? undefined : JSON.stringify(req.body)) };
    const attempts = req.retry ? this.retries + 1 : 1;
    let lastFailure: unknown = null;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await sleep(this.retryDelayMs * 2 ** (attempt - 1));
      let response: Response;
      try {
        response = await this.fetchImpl(this.baseUrl + req.path, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
      } catch (error) {
        lastFailure = error;
        continue;
      }
      if (RETRIED_STATUSES.has(response.status) && attempt + 1 < attempts) {
        lastFailure = new Error(`HTTP ${response.status}`);
        continue;
      }
      const parsed = await this.parse(response, schema);
      req.replayed?.(attempt === 0 && response.headers.get('idempotent-replayed') === 'true');
      return parsed;
    }
    const reason = lastFailure instanceof Error ? lastFailure.message : String(lastFailure);
    // AbortSignal.timeout rejects with a DOMException named TimeoutError (an Error only in some realms).
    const timedOut = typeof lastFailure === 'object' && lastFailure !== null && (lastFailure as { name?: unknown }).name === 'TimeoutError';
    throw new StoreNetworkError(`Хранилище недоступно (${this.baseUrl}): ${reason}. / The store cannot be reached.`, lastFailure, this.baseUrl, timedOut);
  }

  private async parse<S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S>> {
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const parsed = ApiError.safeParse(json);
      const body: ApiError = parsed.success
        ? parsed.data
        : { error: 'internal_error', message: `Хранилище ответило ${response.status}`, messageEn: `The store answered ${response.status}`, details: text.slice(0, 500) };
      throw new StoreApiError(response.status, body);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new StoreApiError(response.status, {
        error: 'internal_error',
        message: 'Ответ хранилища не соответствует API v1',
        messageEn: 'The store answered outside API v1',
        details: parsed.error.issues,
      });
    }
    return parsed.data;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
