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
  review: { summary: 'решение проверяющего: принять или вернуть версию', load: async () => (await import('./commands/review')).reviewCommand },
  store: { summary: 'хранилище: serve, token create | list | revoke, program assign', load: async () => (await import('./commands/store')).storeCommand },
};

export const USAGE = [
  'sverka — сверка муниципальной программы',
  '',
  'Команды:',
  ...Object.entries(COMMANDS).map(([name, c]) => `  sverka ${name.padEnd(9)} ${c.summary}`),
  '',
  'sverka <команда> --help — подробнее; sverka --version — версия.',
].join('\n');

/** The command a mistyped name most likely meant (at most two letters off), or null. */
function nearestCommand(typed: string): string | null {
  const distance = (a: string, b: string): number => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row = next;
    }
    return row[b.length];
  };
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of Object.keys(COMMANDS)) {
    const d = distance(typed.toLowerCase(), name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

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
    const near = nearestCommand(name);
    io.stderr(`sverka: неизвестная команда «${name}»${near ? ` — может быть, sverka ${near}?` : '.'} Команды: ${Object.keys(COMMANDS).join(', ')}; sverka --help — что каждая делает.\n`);
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

/**
 * What the CLI writes to: the stream while it is open. A reader that stops reading (`sverka validate … | head`)
 * closes the pipe: the rest of the output has nowhere to go and is dropped, the command ends as it would and
 * exits with its own code; any other failure to write is one line through `complain` (stdout's: on stderr) and
 * exit code 3, not a stack.
 * The stream is made at the first write: Node makes process.stderr (a terminal's or a pipe's: net, tty and
 * their streams) when it is first asked for, and a validation that writes nothing there need not pay for it
 * (≈ 16 M instructions of every run, callgrind). So everything written to stderr goes through its writer, which
 * sets the stream's error listener before its first write: a failing stderr is never an unhandled 'error'.
 */
function outputTo(streamOf: () => NodeJS.WriteStream, name: string, failed: () => void, complain?: (text: string) => void): Output {
  let stream: NodeJS.WriteStream | null = null;
  let open = true;
  const opened = (): NodeJS.WriteStream => {
    const s = streamOf();
    s.on('error', (error: NodeJS.ErrnoException) => {
      open = false;
      if (error.code === 'EPIPE') return;
      failed();
      complain?.(`sverka: не удалось записать в ${name}: ${error.message}\n`);
    });
    return s;
  };
  const write = (text: string): void => {
    if (open) (stream ??= opened()).write(text);
  };
  // Written to the end: a write of nothing, queued after every write before it, calls back once they are all done.
  const written = (): Promise<void> =>
    new Promise((resolve) => {
      if (stream === null || !open) resolve();
      else stream.write('', () => resolve());
    });
  return Object.assign(write, { written });
}

/** A writer of the process's stdout or stderr, and when all it was given is written. */
type Output = ((text: string) => void) & { written: () => Promise<void> };

/**
 * The commands whose process ends as soon as their output is written, with no wait for Node to take its heap apart
 * object by object (validate ×100: ≈ 25 MB, ≈ 5 ms): `validate` holds nothing open once its report is written (a
 * store it asked is done with). The others end as Node ends them (the store's server runs until it is closed).
 */
const EXIT_WHEN_WRITTEN = new Set(['validate']);

/** The process around the CLI: real stdout/stderr, exit code; an unexpected failure is one line, not a stack. */
export function main(argv: string[] = process.argv.slice(2)): void {
  let writeFailed = false;
  const failed = (): void => {
    writeFailed = true;
    process.exitCode = 3;
  };
  const stderr = outputTo(() => process.stderr, 'stderr', failed);
  const stdout = outputTo(() => process.stdout, 'stdout', failed, stderr);
  const io: CliIo = { stdout, stderr, env: process.env };
  runCli(argv, io).then(
    (code) => {
      process.exitCode = writeFailed ? 3 : code;
      // stderr once stdout is written: a failed write of stdout is said on stderr. process.exit() takes the exit code as
      // it is then: such a failure (3) included.
      if (EXIT_WHEN_WRITTEN.has(argv[0] ?? '')) {
        void stdout
          .written()
          .then(() => stderr.written())
          .then(() => process.exit());
      }
    },
    (error: unknown) => {
      // A bundle of the build that is damaged (bin/sverka.js says which and what to do): no fault of the command.
      if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'SVERKA_DAMAGED_BUNDLE') stderr(`${error.message}\n`);
      else stderr(`sverka: внутренняя ошибка: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.SVERKA_DEBUG) console.error(error);
      process.exitCode = 3;
    },
  );
}
