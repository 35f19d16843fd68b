// The store's refusals and an unreachable store as the CLI's commands that read from it say them: one Russian
// line (a refusal with the store's status, code and message), exit 2 — what was asked could not be had.
// `sverka push` prints a refusal of what it sent its own way (the store's body, exit 1).
import { StoreApiError, StoreNetworkError } from '../store/client';
import { CliError } from './cli-io';

/** The CliError a store failure becomes; anything else (a CliError of the command's own, a bug) unchanged. */
export function storeCliError(error: unknown): unknown {
  if (error instanceof StoreApiError) return new CliError(`хранилище отказало (${error.status} ${error.body.error}): ${error.body.message}`);
  if (error instanceof StoreNetworkError) return new CliError(unreachableLine(error), 2);
  return error;
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
