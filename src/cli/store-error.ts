// The store's refusals and an unreachable store as the CLI's commands say them, in one place: a refusal is a Russian
// line with the store's status, code and message (exit 2 for what a command asked and could not have); a refusal of
// what a command sent (`sverka push`) names what was refused, lists the store's findings under it and keeps the
// sender's exit code (1); an unreachable store is one line, exit 2.
import { renderMessage } from '../domain/messages/render-message';
import { Report } from '../domain/report-schema';
import { SEVERITY_LABEL } from '../domain/severity';
import { StoreApiError, StoreNetworkError } from '../store/client';
import { CliError } from './cli-io';

/** What a command sent the store: named in a refusal («программу «…»», «отчёт … за …»), with the exit code a refusal gives. */
export interface Sent {
  what: string;
  exitCode: number;
}

/** The CliError a store failure becomes; anything else (a CliError of the command's own, a bug) unchanged. */
export function storeCliError(error: unknown, sent?: Sent): unknown {
  if (error instanceof StoreApiError) {
    // No token was given: the store's words are for HTTP («заголовок Authorization: Bearer»); the CLI's are its options.
    if (error.status === 401 && (error.body.details as { reason?: unknown } | null)?.reason === 'missing') {
      return new CliError('хранилище требует токен: укажите --token TOKEN или переменную SVERKA_STORE_TOKEN (токен выдаёт администратор хранилища: sverka store token create)', sent?.exitCode ?? 2);
    }
    const why = `(${error.status} ${error.body.error}): ${error.body.message}`;
    if (!sent) return new CliError(`хранилище отказало ${why}`);
    return new CliError([`хранилище не приняло ${sent.what} ${why}`, ...findingLines(error.body.details)].join('\n'), sent.exitCode);
  }
  if (error instanceof StoreNetworkError) return new CliError(unreachableLine(error), 2);
  return error;
}

/** Lines of the store's findings shown under a refusal (all of them are in the answer's JSON). */
const SHOWN_FINDINGS = 20;

/**
 * The store's findings in a refusal's details, one line each: the unexplained warnings with their keys (what
 * `--explain KEY=TEXT` takes) when it asks for explanations, else the errors; none when the details have no report.
 */
function findingLines(details: unknown): string[] {
  if (typeof details !== 'object' || details === null) return [];
  const parsed = Report.safeParse((details as { report?: unknown }).report);
  if (!parsed.success) return [];
  const missing = (details as { missing?: unknown }).missing;
  const asked = Array.isArray(missing) ? new Set(missing.filter((k): k is string => typeof k === 'string')) : null;
  const listed = parsed.data.findings.filter((f) => (asked ? asked.has(f.key) : f.severity === 'error'));
  const lines = listed.slice(0, SHOWN_FINDINGS).map((f) => {
    const where = f.sheet && f.cell ? ` (лист «${f.sheet}», ${f.cell})` : '';
    return `  ${SEVERITY_LABEL[f.severity].ru} ${f.rule}${where}: ${renderMessage(f, 'ru')}${asked ? ` [ключ ${f.key}]` : ''}`;
  });
  if (listed.length > SHOWN_FINDINGS) lines.push(`  …и ещё ${listed.length - SHOWN_FINDINGS} (все — в ответе хранилища, JSON)`);
  return lines;
}

/** Why a connection failed, in Russian, by the system's code (Node's fetch says only "fetch failed"). */
const NETWORK_REASONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^ECONNREFUSED$/, 'соединение отклонено — по этому адресу хранилище не запущено (sverka store serve) или порт не тот'],
  [/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME)$/, 'сервер с таким именем не найден — проверьте адрес'],
  [/^(EHOSTUNREACH|ENETUNREACH|EHOSTDOWN|ENETDOWN)$/, 'сервер недоступен по сети — проверьте адрес и подключение'],
  [/^(ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/, 'соединение прервано — повторите; если не поможет, проверьте адрес (http:// или https://)'],
  [/^(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT)$/, 'сервер не ответил вовремя'],
  [/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL|EPROTO/, 'сертификат или протокол https сервера не приняты — проверьте адрес (http:// или https://) и сертификат'],
];

/** The system's error code somewhere down the cause chain of a failed fetch (TypeError → Error / AggregateError). */
function networkCode(error: unknown, depth = 0): string | null {
  if (typeof error !== 'object' || error === null || depth > 4) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code !== '') return code;
  const inner = (error as { errors?: unknown }).errors;
  if (Array.isArray(inner)) for (const e of inner) {
    const c = networkCode(e, depth + 1);
    if (c) return c;
  }
  return networkCode((error as { cause?: unknown }).cause, depth + 1);
}

function causeMessages(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const message = (error as { message?: unknown }).message;
  return [...(typeof message === 'string' ? [message] : []), ...causeMessages((error as { cause?: unknown }).cause, depth + 1)];
}

/** «Хранилище недоступно (URL): причина (КОД)» — one Russian line, the system's code kept for whoever reads the logs. */
export function unreachableLine(error: StoreNetworkError): string {
  const where = error.url ? ` (${error.url})` : '';
  if (error.timedOut) return `Хранилище недоступно${where}: не ответило вовремя — проверьте, что оно работает, и повторите`;
  // fetch refuses some ports outright (1, 6000, 5060 …: the Fetch standard's "bad port"), with no code.
  if (causeMessages(error.cause).includes('bad port')) return `Хранилище недоступно${where}: к этому порту программы не подключаются (он в списке запрещённых для fetch) — запустите хранилище на другом порту (--port)`;
  const code = networkCode(error.cause);
  const reason = code ? NETWORK_REASONS.find(([pattern]) => pattern.test(code))?.[1] : undefined;
  return `Хранилище недоступно${where}: ${reason ?? 'нет соединения — проверьте адрес (--store или SVERKA_STORE_URL) и что хранилище запущено'}${code ? ` (${code})` : ''}`;
}
