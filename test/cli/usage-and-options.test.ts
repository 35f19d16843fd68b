// The CLI's own words: `sverka --version`, usage and help always on stderr (stdout is for data: JSON,
// a model, a paragraph), and mistakes in options named in Russian, one line, then the command's help.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sverka } from './captured-cli';
import { russianOptionError } from '../../src/cli/option-error';

const VERSION = (JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;
const COMMANDS = ['validate', 'template', 'annex', 'export', 'diff', 'push', 'review', 'store'];

describe('sverka --version', () => {
  it.each([['--version'], ['-V']])('%s prints the package version on stdout and exits 0', async (flag) => {
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(await sverka(flag)).toEqual({ code: 0, stdout: `sverka ${VERSION}\n`, stderr: '' });
  });
});

describe('usage and help go to stderr, never stdout', () => {
  it('no command: usage on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await sverka();
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain('sverka validate');
  });

  it('--help: usage on stderr, exit 0', async () => {
    const { code, stdout, stderr } = await sverka('--help');
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(stderr).toContain('sverka --version');
  });

  it.each(COMMANDS)('sverka %s --help: its help on stderr, exit 0', async (command) => {
    const { code, stdout, stderr } = await sverka(command, '--help');
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(stderr).toMatch(new RegExp(`^sverka ${command}\\b`));
  });

  it('an unknown command: one line on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await sverka('launch');
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^sverka: неизвестная команда «launch»/);
  });

  it('an unknown command names the commands readably and the one probably meant', async () => {
    const typo = await sverka('validat');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('sverka: неизвестная команда «validat» — может быть, sverka validate? Команды: validate, template, annex, export, diff, report, evaluate, push, review, store; sverka --help — что каждая делает.\n');
    const far = await sverka('launch');
    expect(far.stderr).toBe('sverka: неизвестная команда «launch». Команды: validate, template, annex, export, diff, report, evaluate, push, review, store; sverka --help — что каждая делает.\n');
    // Not the usage squeezed into one line: no summaries run together.
    expect(far.stderr).not.toContain('проверить книгу .xlsx по правилам sverka template');
  });

  it('the usage names every subcommand of sverka store', async () => {
    const { stderr } = await sverka('--help');
    expect(stderr).toMatch(/sverka store +хранилище: serve, token create \| list \| revoke, program assign/);
  });
});

describe('a command of subcommands run without one says so', () => {
  it.each([
    ['report', 'sverka report: укажите подкоманду: template'],
    ['store', 'sverka store: укажите подкоманду: serve, token create | list | revoke, program assign'],
  ])('sverka %s: an error line naming the subcommands, then the help; exit 2', async (command, line) => {
    const { code, stdout, stderr } = await sverka(command);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    const [first, ...help] = stderr.split('\n');
    expect(first).toBe(line);
    expect(help.join('\n')).toMatch(new RegExp(`^sverka ${command}\\b`));
  });
});

describe('option mistakes are named in Russian', () => {
  it.each(COMMANDS)('sverka %s --bogus: «неизвестный параметр», then the help, on stderr, exit 2', async (command) => {
    const { code, stdout, stderr } = await sverka(command, '--bogus');
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    const [first, ...help] = stderr.split('\n');
    expect(first).toBe(`sverka ${command}: неизвестный параметр «--bogus»`);
    expect(help.join('\n')).toMatch(new RegExp(`^sverka ${command}\\b`));
    expect(stderr).not.toMatch(/Unknown|Unexpected|argument missing|positional/);
  });

  it.each([
    [['validate', 'x.xlsx', '--format'], 'sverka validate: у параметра «--format» нет значения'],
    [['annex', 'x.xlsx', '--paragraph=yes'], 'sverka annex: параметр «--paragraph» не принимает значения'],
    [['validate', 'x.xlsx', '--format', '--lang'], 'sverka validate: параметр «--format»: значение начинается с «-»; если так и нужно, запишите --format=ЗНАЧЕНИЕ'],
  ])('sverka %j', async (argv, line) => {
    const { code, stderr } = await sverka(...argv);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(line);
  });

  it('a parseArgs error of a kind it does not know is still Russian', () => {
    expect(russianOptionError({ code: 'ERR_SOMETHING_NEW', message: "Option '--x' is odd" })).toBe('параметры команды не разобраны («--x»)');
    expect(russianOptionError({ code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', message: "Unexpected argument 'a'. This command does not take positional arguments" })).toMatch(/^лишний аргумент «a»/);
  });
});

describe('every command’s help says its exit codes', () => {
  it.each(['validate', 'template', 'annex', 'export', 'diff', 'report', 'evaluate', 'push', 'review'])('sverka %s --help', async (command) => {
    const { code, stderr } = await sverka(...(command === 'report' ? ['report', 'template', '--help'] : [command, '--help']));
    expect(code).toBe(0);
    expect(stderr).toMatch(/Код выхода: 0 — /);
  });
});
