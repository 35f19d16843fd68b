// The part of a push that needs no database: the body read (JSON budget, parse, schema), its canonical
// JSON and hashes, the program's id, and its re-validation (checkProgram) with what a refusal would say.
// Pure and synchronous, so that it runs in a worker thread (check-pool.ts) as well as in the main one,
// with the same answer: what it sends back is plain data (strings, numbers, JSON text, the payload's
// bytes as a Uint8Array), not objects whose prototypes a thread boundary would lose.
import { createHash } from 'node:crypto';
import parseJson from 'secure-json-parse';
import type { Lang } from '../../domain/finding';
import { renderMessage } from '../../domain/messages/render-message';
import { Program } from '../../domain/model/program';
import type { Report } from '../../domain/report';
import { canonicalJson, canonicalSubmission } from '../../store/canonical-json';
import { canonicalValueEnd } from '../../store/canonical-text';
import { SubmissionBody, SubmissionBodyShape, type Explanations } from '../../store/contract/submission';
import type { ApiErrorCode } from '../../store/contract/api-error';
import { programIdentity } from '../../store/program-id';
import { ApiFailure } from '../api-failure';
import { budgetFailure, JSON_BUDGET, nestsDeeperThan, overBudget } from '../json-body';
import { issuesOf } from '../russian-validator';
import { schemaFailure } from '../schema-failure';
import { readUtf8 } from '../utf8-text';
import { acceptedAsIs, keysLeftOut, NOT_SURE } from './accepted-as-is';
import { ReportCache } from './report-cache';

/** What the route hands over: the bytes of a JSON body (not parsed yet), or a body another parser made (text/plain) or none. */
export type SubmissionInput = { json: Uint8Array } | { value: unknown };

/** A refusal as data (ApiFailure's fields; details as JSON text, so that it crosses a thread unchanged). */
export interface FailureData {
  code: ApiErrorCode;
  ru: string;
  en: string;
  details: string;
}

export function failureData(failure: ApiFailure): FailureData {
  return { code: failure.code, ru: failure.messageRu, en: failure.messageEn, details: JSON.stringify(failure.details) };
}

export function failureOfData(data: FailureData): ApiFailure {
  return new ApiFailure(data.code, data.ru, data.en, JSON.parse(data.details) as unknown);
}

/** What a new version stores from the check: the explanations kept, the report, its warnings. */
export interface Checked {
  explanations: string;
  report: string;
  warnings: number;
}

export interface PreparedSubmission {
  /** SHA-256 of the program's canonical JSON (the version's sha256). */
  sha256: string;
  /** SHA-256 of the whole submission (program, explanations, basis): what an Idempotency-Key is held to. */
  requestSha: string;
  /**
   * The program's canonical JSON as UTF-8 (the version's payload): the very bytes its sha256 is taken over,
   * so that a worker hands them over without a copy and the database thread stores them without encoding the
   * text again (push-queries.ts writes them as text). A view: of a buffer of their own when the canonical
   * JSON was written here, or of the request body's bytes (the whole body's buffer goes with it) when the
   * client sent the program already canonical.
   */
  payload: Uint8Array;
  basis: string | null;
  /** What the programs row keeps of a new program. */
  program: { municipality: string; title: string; from: number; to: number };
  /** Set when the program has no name or municipality: the refusal to give (after an idempotent replay). */
  unnamed: FailureData | null;
  /** The program's id ('' when unnamed). */
  programId: string;
  /** The refusal of the re-validation (errors, unexplained warnings), or what a new version stores. */
  refusal: FailureData | null;
  checked: Checked | null;
}

export type PrepareOutcome = { ok: true; prepared: PreparedSubmission } | { ok: false; failure: FailureData };

export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The UTF-8 bytes of a text in an ArrayBuffer of their own (Buffer.from cuts a short text's bytes from a
 * shared pool, which a thread cannot be handed without copying all of it). Written in one pass into room for
 * the longest encoding (3 bytes per UTF-16 unit; a surrogate pair takes 4 for 2): Buffer.from of a long
 * text measures its UTF-8 length first, a second pass over it. The bytes are a view on the start of that
 * buffer, which lives as long as the push (the database thread stores the view: push-submission.ts).
 */
function ownBytes(text: string): Buffer {
  const room = Buffer.allocUnsafeSlow(text.length * 3);
  return room.subarray(0, room.write(text, 0, 'utf8'));
}

/**
 * sha256Hex(canonicalSubmission(payload, explanations, basis)) from the payload's UTF-8 bytes, without
 * making that text (it holds the whole payload again): its head, the payload, its closing brace.
 */
export function submissionSha256(payloadBytes: Uint8Array, explanations: Explanations, basis: string | null): string {
  const head = canonicalSubmission('', explanations, basis);
  return createHash('sha256').update(head.slice(0, -1), 'utf8').update(payloadBytes).update('}', 'utf8').digest('hex');
}

/** The first errors of a refused program, worded by the message maps (details.report has them all, as data). */
function errorList(report: Report, lang: Lang): string {
  const errors = report.findings.filter((f) => f.severity === 'error');
  const shown = errors.slice(0, 3).map((f) => `${f.rule}: ${renderMessage(f, lang)}.`);
  const more = errors.length - shown.length;
  return shown.join(' ') + (more > 0 ? (lang === 'ru' ? ` …и ещё ${more}.` : ` …and ${more} more.`) : '');
}

/** The warnings that need an explanation and have none (blank text is none). */
export function unexplainedWarnings(report: Report, explanations: Explanations): string[] {
  return report.findings.filter((f) => f.severity === 'warning' && !(explanations[f.key] ?? '').trim()).map((f) => f.key);
}

/** Only the explanations of this report's warnings are kept with the version. */
function keptExplanations(report: Report, explanations: Explanations): Explanations {
  const kept: Explanations = {};
  for (const f of report.findings) if (f.severity === 'warning' && explanations[f.key] !== undefined) kept[f.key] = explanations[f.key];
  return kept;
}

function refusalOf(programId: string, report: Report, explanations: Explanations): ApiFailure | null {
  if (!report.valid) {
    return new ApiFailure(
      'validation_failed',
      `Программа не принята: ошибок — ${report.summary.error}. Исправьте их и отправьте снова. ${errorList(report, 'ru')}`,
      `The program is refused: ${report.summary.error} error(s). Fix them and push again. ${errorList(report, 'en')}`,
      { programId, report },
    );
  }
  const missing = unexplainedWarnings(report, explanations);
  if (missing.length === 0) return null;
  return new ApiFailure(
    'unexplained_warnings',
    `Нужны пояснения к предупреждениям (${missing.length}): ${missing.join(', ')}.`,
    `Explanations are needed for ${missing.length} warning(s): ${missing.join(', ')}.`,
    { programId, missing, report },
  );
}

function unnamedFailure(unnamed: ('title' | 'municipality')[]): ApiFailure {
  const ru = unnamed.map((m) => (m === 'title' ? 'наименование программы' : 'муниципальное образование')).join(' и ');
  const en = unnamed.map((m) => (m === 'title' ? 'the program\'s name' : 'the municipality')).join(' and ');
  return new ApiFailure(
    'program_unnamed',
    `Программа не принята: не указано ${ru} (заголовок паспорта «МУНИЦИПАЛЬНАЯ ПРОГРАММА … «…»»), а по ним хранилище узнаёт программу. Заполните паспорт и отправьте снова.`,
    `The program is refused: ${en} is missing (the passport's title block); the store knows a program by them. Fill in the passport and push again.`,
    { missing: unnamed },
  );
}

/**
 * The body as the route's schema reads it, in the order Fastify's JSON parser and validator refused
 * it before: nesting depth (in the text), JSON (secure-json-parse, as Fastify's default parser:
 * `__proto__` and `constructor.prototype` refused), width and values, then the schema (Russian issues).
 */
export function parseSubmissionBody(input: SubmissionInput): { ok: true; body: SubmissionBody; payload?: Uint8Array } | { ok: false; failure: ApiFailure } {
  let data: unknown;
  let schema: typeof SubmissionBody | typeof SubmissionBodyShape = SubmissionBody;
  if ('json' in input) {
    const bytes = input.json;
    const { text, utf8 } = readUtf8(bytes);
    // A program sent as the store's client sends it (programAsSent) is scanned first; that scan also bounds
    // its nesting (within the body's object: one level less), and only the rest of the text is scanned for depth.
    const programEnd = text.startsWith(PROGRAM_FIRST) ? canonicalValueEnd(text, PROGRAM_FIRST.length, JSON_BUDGET.depth - 1) : -1;
    if (programEnd < 0 ? nestsDeeperThan(text, JSON_BUDGET.depth) : nestsDeeperThan(text, JSON_BUDGET.depth, programEnd, 1)) {
      return { ok: false, failure: overBudget(`вложенность глубже ${JSON_BUDGET.depth} уровней`, `nested deeper than ${JSON_BUDGET.depth} levels`, { maxDepth: JSON_BUDGET.depth }) };
    }
    if (text.length === 0) return { ok: false, failure: malformedJson() };
    try {
      data = mayPoison(text) ? parseJson(text, undefined, { protoAction: 'error', constructorAction: 'error' }) : JSON.parse(text);
    } catch {
      return { ok: false, failure: malformedJson() };
    }
    const failure = budgetFailure(data);
    if (failure) return { ok: false, failure };
    // U+0000 and lone surrogates can only come from JSON text as \u escapes (a raw control character is not
    // JSON; bytes that are not UTF-8 decode to U+FFFD): without such an escape no string or key holds one,
    // and the storable-text walk over every string would find nothing.
    // The program vouched for as canonical (programEnd > 0) has no \u escape at all (canonical-text.ts):
    // only the rest of the text is searched.
    UNSTORABLE_ESCAPE.lastIndex = programEnd > 0 ? programEnd : 0;
    if (!UNSTORABLE_ESCAPE.test(text)) {
      const asIs = bodyAsIs(data);
      if (asIs) return { ok: true, body: asIs.body, payload: (asIs.whole && programEnd > 0 && utf8 && programAsSent(bytes, text, programEnd)) || undefined };
      schema = SubmissionBodyShape;
    }
  } else {
    data = input.value;
  }
  const result = issuesOf(schema, data);
  if (Array.isArray(result)) return { ok: false, failure: schemaFailure('body', result.map((issue) => ({ instancePath: `/${issue.path.join('/')}`, message: issue.message }))) };
  return { ok: true, body: result.value as SubmissionBody };
}

/** The program as zod reads it, without zod's copy of the tree when that is certain (accepted-as-is.ts). */
const programAsIs = acceptedAsIs(Program);
const { explanations: explanationsSchema, basis: basisSchema } = SubmissionBodyShape.shape;

/**
 * What SubmissionBodyShape.parse gives for `data` (program, explanations, basis, in that order), when the
 * program is certainly accepted as it is; null otherwise (zod reads the body then, and words any refusal).
 * `whole`: the program is the one parsed save for the order of keys (zod left out no key), so that its
 * canonical JSON is that of the parsed one.
 */
function bodyAsIs(data: unknown): { body: SubmissionBody; whole: boolean } | null {
  if (!programAsIs || typeof data !== 'object' || data === null || Array.isArray(data) || !('program' in data)) return null;
  const record = data as Record<string, unknown>;
  keysLeftOut();
  const program = programAsIs(record.program);
  const whole = !keysLeftOut();
  if (program === NOT_SURE) return null;
  const explanations = explanationsSchema.safeParse(record.explanations);
  const basis = basisSchema.safeParse(record.basis);
  if (!explanations.success || !basis.success) return null;
  return { body: { program: program as SubmissionBody['program'], explanations: explanations.data, basis: basis.data }, whole };
}

/** How the store's client begins a body (client.ts: submissionText): the program first. */
const PROGRAM_FIRST = '{"program":';

/**
 * The program's canonical JSON as UTF-8 when the body brought it so (the store's client sends it so): the
 * bytes of the body where the program is, a view, not a copy. For a program that zod reads whole (bodyAsIs),
 * first in the body and canonical up to `end` (canonical-text.ts), of a body that is UTF-8 throughout (the
 * caller knows: bytes that are not read as U+FFFD, so that a byte offset counted from the text would be wrong,
 * and the bytes not those of the text); null when that is not certain: the program is not the body's only
 * "program".
 */
function programAsSent(bytes: Uint8Array, text: string, end: number): Uint8Array | null {
  // What follows the program is short (explanations, basis): no second "program" key there, even one
  // written with \u escapes (JSON.parse keeps the last).
  const tail = text.slice(end);
  if (tail.includes('"program"') || tail.includes('\\u')) return null;
  // The prefix is ASCII (one byte a character).
  const tailBytes = Buffer.byteLength(tail, 'utf8');
  return new Uint8Array(bytes.buffer, bytes.byteOffset + PROGRAM_FIRST.length, bytes.byteLength - tailBytes - PROGRAM_FIRST.length);
}

/** \u0000 or an escaped surrogate half (\uD800–\uDFFF), in either case. */
const UNSTORABLE_ESCAPE = /\\u(?:0000|[dD][89a-fA-F])/g;

/**
 * Whether the text may hold a `"__proto__":` or `"constructor":` key, which secure-json-parse looks for
 * (its patterns allow each letter as a \u escape): without either word and without any \u00 escape it
 * cannot, and JSON.parse alone gives the same value (secure-json-parse strips a leading BOM: so does this).
 */
function mayPoison(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff || text.includes('__proto__') || text.includes('constructor') || text.includes('\\u00');
}

function malformedJson(): ApiFailure {
  return new ApiFailure('malformed_json', 'Тело запроса — не JSON или JSON с ошибкой.', 'The request body is not valid JSON.');
}

/** Everything of a push that needs no database, for a body that the schema accepted. */
export function prepareBody(body: SubmissionBody, reports: ReportCache, asSent?: Uint8Array): PreparedSubmission {
  const { program, explanations, basis } = body;
  // The program's canonical JSON as it came in the body (programAsSent), or written here.
  const payloadBytes = asSent ?? ownBytes(canonicalJson(program));
  const sha256 = sha256Hex(payloadBytes);
  const requestSha = submissionSha256(payloadBytes, explanations, basis);
  const report = reports.reportOf(program, sha256);
  const { missing, programId } = programIdentity(program);
  let unnamed: FailureData | null = null;
  let refusal: FailureData | null = null;
  let checked: Checked | null = null;
  if (missing) {
    // No id to file it under; its errors (the blank template's "no program data") are said first.
    const invalid = report.valid ? null : refusalOf('', report, explanations);
    unnamed = failureData(invalid ?? unnamedFailure(missing));
  } else {
    const refused = refusalOf(programId, report, explanations);
    if (refused) refusal = failureData(refused);
    else checked = { explanations: JSON.stringify(keptExplanations(report, explanations)), report: JSON.stringify(report), warnings: report.summary.warning };
  }
  return {
    sha256,
    requestSha,
    payload: payloadBytes,
    basis,
    program: { municipality: program.municipality, title: program.title, from: program.period.from, to: program.period.to },
    unnamed,
    programId,
    refusal,
    checked,
  };
}

/** The whole preparation of a push from what the route received. */
export function prepareSubmission(input: SubmissionInput, reports: ReportCache): PrepareOutcome {
  const parsed = parseSubmissionBody(input);
  if (!parsed.ok) return { ok: false, failure: failureData(parsed.failure) };
  return { ok: true, prepared: prepareBody(parsed.body, reports, parsed.payload) };
}
