// sverka store serve [--data DIR | --database-url URL] [--port N] [--host H] [--origin URL …] [--rate-limit N]
// sverka store token create --department NAME --role submitter|reviewer|admin [--label TEXT] [--data DIR | --database-url URL]
import { DEFAULT_ORIGINS, DEFAULT_RATE_LIMIT } from '../../server/app';
import { Department, Role, createToken } from '../../server/auth/tokens';
import { DEFAULT_DATA_DIR, describeTarget, openDatabase, type DatabaseTarget } from '../../server/db/database';
import { DEFAULT_HOST, DEFAULT_PORT, startStoreServer } from '../../server/server';
import { CliError, type CliIo, type Command } from '../cli-io';
import { parseCommandOptions } from '../command-options';

const HELP = `sverka store serve [--data DIR | --database-url URL] [--port N] [--host ADDR] [--origin URL …] [--rate-limit N]
  Запускает хранилище (HTTP API /api/v1). По умолчанию — SQLite в папке ${DEFAULT_DATA_DIR}
  текущего каталога; PostgreSQL — через --database-url или переменную DATABASE_URL.
  --port N          порт (по умолчанию ${DEFAULT_PORT}; 0 — любой свободный)
  --host ADDR       адрес (по умолчанию ${DEFAULT_HOST})
  --origin URL      разрешённый источник CORS (надстройка); можно несколько раз;
                    по умолчанию ${DEFAULT_ORIGINS.join(', ')}
  --rate-limit N    запросов в минуту на клиента (по умолчанию ${DEFAULT_RATE_LIMIT})
  Журнал — строки JSON на stdout; SIGTERM/SIGINT — плавная остановка.

sverka store token create --department NAME --role submitter|reviewer|admin [--label TEXT] [--data DIR | --database-url URL]
  Создаёт токен доступа и печатает его один раз; в базе хранится только его SHA-256.
`;

const OPTIONS = {
    data: { type: 'string' },
    'database-url': { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    origin: { type: 'string', multiple: true },
    'rate-limit': { type: 'string' },
    department: { type: 'string' },
    role: { type: 'string' },
    label: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  } as const;

type StoreOptions = ReturnType<typeof parseCommandOptions<typeof OPTIONS>>['values'];

/** --data wins, then --database-url, then DATABASE_URL, then the default data folder. */
function targetOf(values: { data?: string; 'database-url'?: string }, io: CliIo): DatabaseTarget {
  if (values.data && values['database-url']) throw new CliError('укажите либо --data, либо --database-url');
  if (values.data) return { kind: 'sqlite', dataDir: values.data };
  const url = values['database-url'] ?? io.env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new CliError(`--database-url: ожидается postgres://…, получено «${url.replace(/:[^:@/]*@/, ':***@')}»`);
    return { kind: 'postgres', url };
  }
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

async function serve(values: StoreOptions, io: CliIo): Promise<number> {
  const target = targetOf(values, io);
  const port = intOption('port', values.port, DEFAULT_PORT, 0, 65535);
  const rateLimit = intOption('rate-limit', values['rate-limit'], DEFAULT_RATE_LIMIT, 1, 10_000_000);
  const origins = originsOf(values.origin);
  let running;
  try {
    running = await startStoreServer({ target, port, host: values.host ?? DEFAULT_HOST, origins, rateLimit, handleSignals: true });
  } catch (error) {
    throw new CliError(`хранилище не запущено (${describeTarget(target)}): ${(error as Error).message}`);
  }
  io.stderr(`Хранилище sverka: ${running.url} (${target.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: ${describeTarget(target)}); CORS: ${origins.join(', ')}\n`);
  await new Promise<void>((resolve) => running.app.server.once('close', () => resolve()));
  return 0;
}

async function tokenCreate(values: StoreOptions, io: CliIo): Promise<number> {
  if (values.department === undefined) throw new CliError('укажите --department NAME (отдел, за которым закрепляется токен)');
  const department = Department.safeParse(values.department);
  if (!department.success) {
    throw new CliError(`--department: «${values.department.replace(/[\r\n]+/g, ' ')}» — ${department.error.issues.map((issue) => issue.message).join('; ')}`);
  }
  const role = Role.safeParse(values.role);
  if (!role.success) throw new CliError(`--role: «${values.role ?? ''}» — ожидается submitter, reviewer или admin`);
  const target = targetOf(values, io);
  let database;
  try {
    database = await openDatabase(target);
  } catch (error) {
    throw new CliError(`база хранилища недоступна (${describeTarget(target)}): ${(error as Error).message}`);
  }
  try {
    const created = await createToken(database.db, { department: department.data, role: role.data, label: values.label ?? null });
    io.stdout(`${created.token}\n`);
    io.stderr(`Токен ${created.tokenId} (${created.role}, отдел «${created.department}») создан; он показан один раз — сохраните его.\n`);
    return 0;
  } catch (error) {
    throw new CliError(`токен не создан: ${(error as Error).message}`);
  } finally {
    await database.close();
  }
}

export const storeCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandOptions(args, OPTIONS, HELP);
  if (values.help || positionals.length === 0) {
    io.stdout(HELP);
    return values.help ? 0 : 2;
  }
  const [sub, ...rest] = positionals;
  if (sub === 'serve' && rest.length === 0) return serve(values, io);
  if (sub === 'token' && rest.length === 1 && rest[0] === 'create') return tokenCreate(values, io);
  throw new CliError(`неизвестная подкоманда «${positionals.join(' ')}»\n${HELP}`);
};
