// sverka review --program-id ID --version N (--accept | --return) [--comment TEXT] [--period 2021-Q1] --store URL --token T
// The reviewer's decision on a stored version — of a program, or with --period of a report — through the store's API
// (POST …/review), so that a coordinator does not need curl. The coordinator's pages show the decision.
import { parsePeriodKey, periodTitle } from '../../domain/reporting/period';
import { StoreClient } from '../../store/client';
import { CliError, type Command } from '../cli-io';
import { parseCommandOptions } from '../command-options';
import { storeAddressOf, storeTokenOf } from '../store-address';
import { storeCliError } from '../store-error';

/** «06.12.2026, 09:05 (МСК)»: the store counts deadlines in Moscow time, and so does the coordinator's page. */
function moscowTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toLocaleString('ru-RU', { timeZone: 'Europe/Moscow', dateStyle: 'short', timeStyle: 'short' })} (МСК)`;
}

const HELP = `sverka review --program-id ID --version N (--accept | --return) [--comment ТЕКСТ] [--period 2021-Q1]
              --store URL --token T
  Решение проверяющего по версии программы в хранилище — принять (--accept) или вернуть на доработку
  (--return, с комментарием: что исправить); с --period — по версии отчёта за этот период (2021-Q1, 2021-Q2,
  2021-Q3, 2021). Токен — проверяющего (reviewer) или администратора; адрес — --store или SVERKA_STORE_URL,
  токен — --token или SVERKA_STORE_TOKEN. Решение видно в истории версий панели и на странице координатора.
  Код выхода: 0 — решение записано, 2 — неверные аргументы, хранилище недоступно или отказало.
`;

const OPTIONS = {
  'program-id': { type: 'string' },
  version: { type: 'string' },
  period: { type: 'string' },
  accept: { type: 'boolean' },
  return: { type: 'boolean' },
  comment: { type: 'string' },
  store: { type: 'string' },
  token: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const reviewCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandOptions(args, OPTIONS, HELP);
  if (values.help) {
    io.stderr(HELP);
    return 0;
  }
  if (positionals.length > 0) throw new CliError(`лишнее: «${positionals.join(' ')}»\n${HELP}`);
  const programId = values['program-id'];
  if (!programId) throw new CliError(`укажите --program-id ID (программа в хранилище)\n${HELP}`);
  const version = Number(values.version);
  if (values.version === undefined || !(Number.isInteger(version) && version > 0)) throw new CliError(`--version: ${values.version === undefined ? 'укажите номер версии' : `«${values.version}» — ожидается номер версии`}\n${HELP}`);
  if (values.accept === values.return) throw new CliError(`укажите одно: --accept (принять) или --return (вернуть на доработку)\n${HELP}`);
  const decision = values.accept ? 'accepted' : 'returned';
  const comment = values.comment ?? '';
  if (decision === 'returned' && comment.trim() === '') throw new CliError('--return: укажите --comment ТЕКСТ — что исправить (его увидит отправитель в истории версий)');
  const period = values.period === undefined ? null : parsePeriodKey(values.period);
  if (values.period !== undefined && !period) throw new CliError(`--period: «${values.period}» — ожидается 2021-Q1, 2021-Q2, 2021-Q3 или 2021`);
  const store = storeAddressOf(values.store, io);
  if (!store) throw new CliError('укажите --store URL (адрес хранилища)');
  const client = new StoreClient({ baseUrl: store, token: storeTokenOf(values.token, io) });
  const body = { decision, comment } as const;
  let review;
  try {
    review = period ? await client.reviewReport(programId, values.period as string, version, body) : await client.review(programId, version, body);
  } catch (error) {
    throw storeCliError(error);
  }
  const what = period ? `Отчёт ${periodTitle(period).ru} по программе ${programId}, версия ${version}` : `Программа ${programId}, версия ${version}`;
  io.stdout(JSON.stringify(review, null, 2) + '\n');
  io.stderr(
    `${what}: ${decision === 'accepted' ? (period ? 'принят' : 'принята') : period ? 'возвращён на доработку' : 'возвращена на доработку'} (решение ${review.review}, ${review.department}, ${moscowTime(review.createdAt)})${comment ? `; комментарий: ${comment}` : ''}.\n`,
  );
  return 0;
};
