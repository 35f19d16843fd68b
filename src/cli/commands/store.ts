// sverka store serve | token create | token list | token revoke ID | program assign ID — the store's
// administration on the server: the commands open the database directly (no token needed: whoever may
// read the data folder or the database URL administers the store), and every change is audited.
import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { DEFAULT_ORIGINS, DEFAULT_RATE_LIMIT } from '../../server/app';
import { Department, Role, ROLE_RU, createToken, listTokens, revokeToken, type TokenInfo } from '../../server/auth/tokens';
import { localTime } from '../local-time';
import { DEFAULT_DATA_DIR, DEFAULT_SCHEMA, SCHEMA_NAME, SQLITE_FILE, describeTarget, openDatabase, type DatabaseTarget, type StoreDatabase } from '../../server/db/database';
import { reassignDepartment } from '../../server/program-departments';
import { DEFAULT_CHECK_WORKERS, DEFAULT_HOST, DEFAULT_PORT, MAX_CHECK_WORKERS, startStoreServer } from '../../server/server';
import { ApiFailure } from '../../server/api-failure';
import { RUSSIAN_ZOD } from '../../domain/messages/zod-errors';
import { DEFAULT_DEADLINES, type DeadlineSettings } from '../../domain/reporting/deadlines';
import { CliError, type CliIo, type Command } from '../cli-io';
import { parseCommandOptions } from '../command-options';
import { loadMethod } from '../method-file';

const DATABASE = '[--data DIR | --database-url URL [--database-schema NAME]]';

const HELP = `sverka store serve ${DATABASE} [--port N] [--host ADDR] [--origin URL …] [--rate-limit N] [--trust-proxy ADDR,…] [--quarterly-day N] [--annual-due MM-DD]
                   [--method METHOD.json] [--check-workers N]
  Запускает хранилище (HTTP API /api/v1). По умолчанию — SQLite в папке ${DEFAULT_DATA_DIR}
  текущего каталога; PostgreSQL — через --database-url или переменную DATABASE_URL.
  --database-schema  схема PostgreSQL для таблиц хранилища и записей о миграциях (по умолчанию ${DEFAULT_SCHEMA})
  --port N          порт (по умолчанию ${DEFAULT_PORT}; 0 — любой свободный)
  --host ADDR       адрес (по умолчанию ${DEFAULT_HOST})
  --origin URL      разрешённый источник CORS (надстройка); можно несколько раз;
                    по умолчанию ${DEFAULT_ORIGINS.join(', ')}
  --rate-limit N    запросов в минуту на адрес клиента (по умолчанию ${DEFAULT_RATE_LIMIT})
  --trust-proxy A   адреса или сети обратных прокси (127.0.0.1,10.0.0.0/8; loopback): адрес клиента
                    берётся из их X-Forwarded-For — для лимитов и журнала аудита. Без него адрес
                    клиента — адрес соединения.
  --quarterly-day N число месяца после квартала, до которого сдаётся квартальный отчёт (по умолчанию ${DEFAULT_DEADLINES.quarterlyDay})
  --annual-due MM-DD срок годового отчёта в следующем году (по умолчанию ${DEFAULT_DEADLINES.annualDue}, т. е. 1 марта)
  --method METHOD.json методика оценки эффективности по годовым отчётам (тот же файл, что у sverka evaluate --method);
                    файл проверяется до запуска: ошибка — с названием поля
  --check-workers N потоков, в которых присланные программы разбираются и проверяются заново
                    (по умолчанию ${DEFAULT_CHECK_WORKERS}: ядра этой машины без одного, от 1 до 4; 0 — в основном потоке)
  Страница координатора: /coordinator?year=2021 (браузер спросит имя и пароль: имя любое, пароль — токен).
  Журнал — строки JSON на stdout; SIGTERM/SIGINT — плавная остановка.

sverka store token create --department NAME --role submitter|reviewer|admin [--label TEXT] [--expires 2025-12-31] ${DATABASE}
  Создаёт токен доступа и печатает его один раз; в базе хранится только его SHA-256.
  --expires ДАТА    последний день действия, 31.12.2025 или 2025-12-31 (включительно, по времени этого компьютера), или момент ISO 8601
sverka store token list [--format text|json] ${DATABASE}
  Все токены (без самих токенов): id, роль, отдел, метка, создан, срок, состояние.
sverka store token revoke ID [--reason TEXT] ${DATABASE}
  Отзывает токен: со следующего запроса хранилище отвечает 401 token_revoked.

sverka store program assign PROGRAM_ID --department NAME [--reason TEXT] ${DATABASE}
  Закрепляет программу за другим отделом (то же делает администратор через API).

Каждое изменение (токены, закрепление программ) записывается в журнал аудита.
`;

const OPTIONS = {
  data: { type: 'string' },
  'database-url': { type: 'string' },
  'database-schema': { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  origin: { type: 'string', multiple: true },
  'rate-limit': { type: 'string' },
  'trust-proxy': { type: 'string' },
  'quarterly-day': { type: 'string' },
  'annual-due': { type: 'string' },
  method: { type: 'string' },
  'check-workers': { type: 'string' },
  department: { type: 'string' },
  role: { type: 'string' },
  label: { type: 'string' },
  expires: { type: 'string' },
  reason: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type StoreOptions = ReturnType<typeof parseCommandOptions<typeof OPTIONS>>['values'];

/** --data wins, then --database-url, then DATABASE_URL, then the default data folder. */
function targetOf(values: StoreOptions, io: CliIo): DatabaseTarget {
  if (values.data && values['database-url']) throw new CliError('укажите либо --data, либо --database-url');
  const schema = values['database-schema'];
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new CliError(`--database-schema: «${schema}» — ожидается имя схемы: латинские строчные буквы, цифры и _, до 63 символов`);
  }
  if (values.data) {
    if (schema !== undefined) throw new CliError('--database-schema — только для PostgreSQL (--database-url)');
    return { kind: 'sqlite', dataDir: values.data };
  }
  const url = values['database-url'] ?? io.env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new CliError(`--database-url: ожидается postgres://…, получено «${url.replace(/:[^:@/]*@/, ':***@')}»`);
    return { kind: 'postgres', url, ...(schema ? { schema } : {}) };
  }
  if (schema !== undefined) throw new CliError('--database-schema — только для PostgreSQL (--database-url)');
  return { kind: 'sqlite', dataDir: DEFAULT_DATA_DIR };
}

function intOption(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`--${name}: «${value}» — ожидается целое число от ${min} до ${max}`);
  return n;
}

function originsOf(list: string[] | undefined): string[] {
  if (!list || list.length === 0) return [...DEFAULT_ORIGINS];
  return list.map((origin) => {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new CliError(`--origin: «${origin}» — не адрес (ожидается https://host[:port])`);
    }
    if (url.origin === 'null' || url.pathname !== '/' || url.search || url.hash) throw new CliError(`--origin: «${origin}» — укажите только схему, хост и порт`);
    return url.origin;
  });
}

/** --quarterly-day and --annual-due: when reports are due (docs/design/REPORTS.md; the annual date is a setting). */
export function deadlinesOf(quarterlyDay: string | undefined, annualDue: string | undefined): DeadlineSettings {
  const day = intOption('quarterly-day', quarterlyDay, DEFAULT_DEADLINES.quarterlyDay, 1, 28);
  if (annualDue === undefined) return { quarterlyDay: day, annualDue: DEFAULT_DEADLINES.annualDue };
  const m = /^(\d{2})-(\d{2})$/.exec(annualDue);
  // A date every year has (29 February is not one).
  const valid = m !== null && !Number.isNaN(Date.parse(`2021-${annualDue}T00:00:00Z`)) && new Date(`2021-${annualDue}T00:00:00Z`).getUTCDate() === Number(m[2]);
  if (!valid) throw new CliError(`--annual-due: «${annualDue}» — ожидается месяц и день вида 03-01 (1 марта)`);
  return { quarterlyDay: day, annualDue };
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** "127.0.0.1, 10.0.0.0/8, loopback" → the same, checked: addresses, networks or proxy-addr's names. */
export function trustedProxiesOf(value: string | undefined): string | false {
  if (value === undefined) return false;
  const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw new CliError('--trust-proxy: укажите адреса или сети прокси, например 127.0.0.1 или 10.0.0.0/8');
  for (const item of items) {
    if (PROXY_NAMES.has(item)) continue;
    const [address, prefix, ...rest] = item.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (family === 0 || !prefixOk || rest.length > 0) {
      throw new CliError(`--trust-proxy: «${item}» — не адрес и не сеть (ожидается 127.0.0.1, 10.0.0.0/8, ::1 или loopback)`);
    }
  }
  return items.join(',');
}

/**
 * "2025-12-31" or, as a Russian user writes it, "31.12.2025": valid through that day (local time), so it stops at the
 * next midnight; or an ISO 8601 instant.
 */
export function expiryOf(value: string | undefined, now: Date = new Date()): string | null {
  if (value === undefined) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const russian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  const day = iso ? [iso[1], iso[2], iso[3]] : russian ? [russian[3], russian[2], russian[1]] : null;
  let at: Date;
  if (day) {
    const [y, m, d] = day.map(Number);
    const start = new Date(y, m - 1, d);
    if (start.getFullYear() !== y || start.getMonth() !== m - 1 || start.getDate() !== d) throw new CliError(`--expires: «${value}» — нет такой даты`);
    at = new Date(y, m - 1, d + 1);
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value.trim())) {
    at = new Date(value.trim());
  } else {
    throw new CliError(`--expires: «${value}» — ожидается дата ДД.ММ.ГГГГ или ГГГГ-ММ-ДД (последний день действия) или момент ISO 8601`);
  }
  if (Number.isNaN(at.getTime())) throw new CliError(`--expires: «${value}» — нет такой даты`);
  if (at.getTime() <= now.getTime()) throw new CliError(`--expires: «${value}» — дата уже прошла`);
  return at.toISOString();
}

/**
 * Opens the store's database for an administrative command. A SQLite folder without a store is never made into
 * one silently by a command that only reads or changes what is there (token list, revoke, program assign): a
 * mistyped --data said «Токенов нет.» and left an empty store behind. `token create` may make the store (the
 * first step of a new one), and says so, so that a mistyped folder shows.
 */
async function withDatabase<T>(values: StoreOptions, io: CliIo, work: (database: StoreDatabase) => Promise<T>, options: { mayCreate: boolean } = { mayCreate: false }): Promise<T> {
  const target = targetOf(values, io);
  const missing = target.kind === 'sqlite' && !existsSync(join(target.dataDir, SQLITE_FILE));
  if (missing && !options.mayCreate) {
    throw new CliError(
      `в папке ${resolve(target.dataDir)} нет хранилища (${SQLITE_FILE}): проверьте --data${values.data ? '' : ' (по умолчанию — .data/store текущей папки)'}; новое хранилище создают sverka store serve и sverka store token create`,
    );
  }
  if (missing) io.stderr(`Хранилища в ${describeTarget(target)} ещё не было — создано новое. Запускайте sverka store serve с этой же папкой (--data), иначе хранилище не узнает токен.
`);
  let database: StoreDatabase;
  try {
    database = await openDatabase(target);
  } catch (error) {
    throw new CliError(`база хранилища недоступна (${describeTarget(target)}): ${(error as Error).message}`);
  }
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function serve(values: StoreOptions, io: CliIo): Promise<number> {
  const target = targetOf(values, io);
  const port = intOption('port', values.port, DEFAULT_PORT, 0, 65535);
  const rateLimit = intOption('rate-limit', values['rate-limit'], DEFAULT_RATE_LIMIT, 1, 10_000_000);
  const origins = originsOf(values.origin);
  const trustProxy = trustedProxiesOf(values['trust-proxy']);
  const deadlines = deadlinesOf(values['quarterly-day'], values['annual-due']);
  const evaluationMethod = await loadMethod(values.method);
  const checkWorkers = intOption('check-workers', values['check-workers'], DEFAULT_CHECK_WORKERS, 0, MAX_CHECK_WORKERS);
  let running;
  try {
    running = await startStoreServer({ target, port, host: values.host ?? DEFAULT_HOST, origins, rateLimit, trustProxy, deadlines, evaluationMethod, checkWorkers, handleSignals: true });
  } catch (error) {
    const host = values.host ?? DEFAULT_HOST;
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new CliError(`хранилище не запущено: порт ${port} на ${host} занят (уже запущено хранилище или другая программа); остановите её или укажите --port`);
    }
    if ((error as { code?: string }).code === 'EACCES') throw new CliError(`хранилище не запущено: нет прав слушать порт ${port} на ${host}; укажите --port выше 1024`);
    throw new CliError(`хранилище не запущено (${describeTarget(target)}): ${(error as Error).message}`);
  }
  io.stderr(
    `Хранилище sverka: ${running.url} (${target.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: ${describeTarget(target)}); CORS: ${origins.join(', ')}` +
      `${trustProxy ? `; доверенные прокси: ${trustProxy}` : ''}; проверка программ: ${checkWorkers === 0 ? 'в основном потоке' : `потоков — ${checkWorkers}`}\n`,
  );
  await new Promise<void>((resolve) => running.app.server.once('close', () => resolve()));
  return 0;
}

function departmentOf(value: string | undefined, what: string): string {
  if (value === undefined) throw new CliError(`укажите --department NAME (${what})`);
  const department = Department.safeParse(value, RUSSIAN_ZOD);
  if (!department.success) throw new CliError(`--department: «${value.replace(/[\r\n]+/g, ' ')}» — ${department.error.issues.map((issue) => issue.message).join('; ')}`);
  return department.data;
}

async function tokenCreate(values: StoreOptions, io: CliIo): Promise<number> {
  const department = departmentOf(values.department, 'отдел, за которым закрепляется токен');
  const role = Role.safeParse(values.role);
  if (!role.success) throw new CliError(`--role: «${values.role ?? ''}» — ожидается submitter, reviewer или admin`);
  const expiresAt = expiryOf(values.expires);
  return withDatabase(values, io, async (database) => {
    let created;
    try {
      created = await createToken(database.db, { department, role: role.data, label: values.label ?? null, expiresAt });
    } catch (error) {
      throw new CliError(`токен не создан: ${(error as Error).message}`);
    }
    io.stdout(`${created.token}\n`);
    io.stderr(
      `Токен ${created.tokenId} (${ROLE_RU[created.role]}, отдел «${created.department}»${expiresAt ? `, действует до ${localTime(expiresAt)}` : ''}) создан; он показан один раз — сохраните его.\n`,
    );
    return 0;
  }, { mayCreate: true });
}

/** A stored role in Russian; a role this build does not know, as stored. */
function roleRu(role: string): string {
  return Object.prototype.hasOwnProperty.call(ROLE_RU, role) ? ROLE_RU[role as Role] : role;
}

const STATUS_RU: Record<TokenInfo['status'], string> = { active: 'действует', revoked: 'отозван', expired: 'истёк' };

function tokenTable(tokens: readonly TokenInfo[]): string {
  if (tokens.length === 0) return 'Токенов нет.\n';
  const rows = tokens.map((t) => [
    t.tokenId,
    // Russian role names and local times («ДД.ММ.ГГГГ ЧЧ:ММ»); --format json keeps the codes and ISO times.
    roleRu(t.role),
    STATUS_RU[t.status] + (t.revokedAt ? ` ${localTime(t.revokedAt)}` : ''),
    t.expiresAt ? `до ${localTime(t.expiresAt)}` : 'бессрочно',
    localTime(t.createdAt),
    t.department,
    t.label ?? '',
  ]);
  const header = ['id', 'роль', 'состояние', 'срок', 'создан', 'отдел', 'метка'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

async function tokenList(values: StoreOptions, io: CliIo): Promise<number> {
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CliError(`--format: «${format}» — ожидается text или json`);
  return withDatabase(values, io, async (database) => {
    const tokens = await listTokens(database.db);
    io.stdout(format === 'json' ? JSON.stringify(tokens, null, 2) + '\n' : tokenTable(tokens));
    return 0;
  });
}

async function tokenRevoke(tokenId: string, values: StoreOptions, io: CliIo): Promise<number> {
  if (!/^tok_[0-9a-f]{12}$/.test(tokenId)) throw new CliError(`«${tokenId}» — не id токена (вида tok_0123456789ab; см. sverka store token list)`);
  return withDatabase(values, io, async (database) => {
    const outcome = await revokeToken(database.db, { tokenId, reason: values.reason ?? '' });
    if ('unknown' in outcome) throw new CliError(`токена ${tokenId} нет (см. sverka store token list)`);
    if ('alreadyRevoked' in outcome) {
      // An already revoked token has its time (TokenInfo allows none: then the sentence goes without it).
      const { revokedAt } = outcome.alreadyRevoked;
      io.stderr(`Токен ${tokenId} уже отозван${revokedAt ? ` (${localTime(revokedAt)})` : ''}.\n`);
      return 0;
    }
    io.stderr(`Токен ${tokenId} (${roleRu(outcome.revoked.role)}, отдел «${outcome.revoked.department}») отозван: со следующего запроса хранилище его не примет.\n`);
    return 0;
  });
}

async function programAssign(programId: string, values: StoreOptions, io: CliIo): Promise<number> {
  const department = departmentOf(values.department, 'отдел, за которым закрепить программу');
  return withDatabase(values, io, async (database) => {
    try {
      const assignment = await reassignDepartment(database, { holder: null, programId, department, reason: values.reason ?? '' });
      io.stderr(`Программа ${programId} закреплена за отделом «${assignment.department}»${assignment.previous ? ` (была — «${assignment.previous}»)` : ''}.\n`);
      return 0;
    } catch (error) {
      if (error instanceof ApiFailure) throw new CliError(error.messageRu);
      throw error;
    }
  });
}

export const storeCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandOptions(args, OPTIONS, HELP);
  if (values.help) {
    io.stderr(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new CliError(`укажите подкоманду: serve, token create | list | revoke, program assign\n${HELP}`);
  const [sub, ...rest] = positionals;
  const words = rest.join(' ');
  if (sub === 'serve' && rest.length === 0) return serve(values, io);
  if (sub === 'token' && words === 'create') return tokenCreate(values, io);
  if (sub === 'token' && words === 'list') return tokenList(values, io);
  if (sub === 'token' && rest[0] === 'revoke' && rest.length === 2) return tokenRevoke(rest[1], values, io);
  if (sub === 'token' && rest[0] === 'revoke') throw new CliError(`укажите один id токена: sverka store token revoke tok_…\n${HELP}`);
  if (sub === 'program' && rest[0] === 'assign' && rest.length === 2) return programAssign(rest[1], values, io);
  throw new CliError(`неизвестная подкоманда «${positionals.join(' ')}»\n${HELP}`);
};
