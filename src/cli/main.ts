// The `sverka` command: dispatches to one module per command.
import { version } from '../../package.json';
import { CliError, type CliIo, type Command } from './cli-io';

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: { summary: 'проверить книгу .xlsx по правилам', load: async () => (await import('./commands/validate')).validateCommand },
  template: { summary: 'записать шаблоны (пустые или с примером)', load: async () => (await import('./commands/template')).templateCommand },
  annex: { summary: 'сформировать приложения (.docx, .xlsx) и абзац паспорта', load: async () => (await import('./commands/annex')).annexCommand },
  export: { summary: 'показать модель программы, которая будет отправлена (JSON)', load: async () => (await import('./commands/export')).exportCommand },
  diff: { summary: 'что изменилось от одной версии программы к другой', load: async () => (await import('./commands/diff')).diffCommand },
  report: { summary: 'книга отчёта за период (формы R1, R2) из программы', load: async () => (await import('./commands/report')).reportCommand },
  evaluate: { summary: 'оценка эффективности по годовому отчёту', load: async () => (await import('./commands/evaluate')).evaluateCommand },
  push: { summary: 'отправить программу в хранилище', load: async () => (await import('./commands/push')).pushCommand },
  store: { summary: 'хранилище: serve, token create', load: async () => (await import('./commands/store')).storeCommand },
};

export const USAGE = [
  'sverka — сверка муниципальной программы',
  '',
  'Команды:',
  ...Object.entries(COMMANDS).map(([name, c]) => `  sverka ${name.padEnd(9)} ${c.summary}`),
  '',
  'sverka <команда> --help — подробнее; sverka --version — версия.',
].join('\n');

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout(`sverka ${version}\n`);
    return 0;
  }
  // Usage is never data: it goes to stderr, so that stdout holds only what a command prints (JSON, a model).
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stderr(USAGE + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`sverka: неизвестная команда «${name}». ${USAGE.split('\n').slice(2).join(' ').replace(/\s+/g, ' ')}\n`);
    return 2;
  }
  try {
    return await (await command.load())(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`sverka ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

/** The process around the CLI: real stdout/stderr, exit code; an unexpected failure is one line, not a stack. */
export function main(argv: string[] = process.argv.slice(2)): void {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
  };
  runCli(argv, io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`sverka: внутренняя ошибка: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.SVERKA_DEBUG) console.error(error);
      process.exitCode = 3;
    },
  );
}
