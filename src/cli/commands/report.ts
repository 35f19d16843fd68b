// sverka report template (--program FILE.xlsx|FILE.json | --store URL --program-id ID [--version N]) --period 2021-Q1 --out R.xlsx
// Writes the report workbook (forms R1 and R2) laid out from the program version: the plan pre-filled from
// Приложение 1/2, totals and percentages as formulas, ready for the facts.
import type { Program } from '../../domain/model/program';
import type { ProgramReference } from '../../domain/reporting/model';
import { parsePeriodKey, periodTitle } from '../../domain/reporting/period';
import { programReferenceText } from '../../domain/reporting/program-reference-text';
import { StoreClient } from '../../store/client';
import { defaultVersion } from '../../store/default-version';
import { writeReportTemplate } from '../../sheets/write/report/report-workbook';
import { CliError, type Command } from '../cli-io';
import { parseCommandOptions } from '../command-options';
import { refuseInputAsOutput, writeOutput } from '../output-file';
import { readProgramFile } from '../program-file';
import { programFileReference } from '../report-reference';
import { storeAddressOf, storeTokenOf } from '../store-address';
import { storeCliError } from '../store-error';
import { writeXlsxBuffer } from '../xlsx/write-xlsx';

const HELP = `sverka report template (--program FILE.xlsx|FILE.json | --store URL --program-id ID [--version N])
                       --period 2021-Q1 --out R.xlsx [--force]
  Записывает книгу отчёта о реализации программы: форма R1 «Выполнение мероприятий муниципальной
  программы» и форма R2 «Достижение планируемых результатов»; «План на год» — из Приложений 1 и 2
  программы (файла --program или версии из хранилища), итоги и проценты — формулами. В шапке форм —
  строка «Программа: ID — версия N» (или «Программа: файл ИМЯ — SHA-256 …»): по ней sverka push знает
  программу без --program-id, а sverka validate — с чем сверяет.
  --period  2021-Q1, 2021-Q2 (полугодие), 2021-Q3 (9 месяцев) или 2021 (год)
  --store URL --program-id ID [--version N]  версия программы из хранилища (по умолчанию последняя принятая,
            иначе последняя); адрес — --store или SVERKA_STORE_URL, токен — --token или SVERKA_STORE_TOKEN
  Существующий файл (например, уже заполненный отчёт) не перезаписывается без --force, файл программы — никогда.
  Код выхода: 0 — записано, 2 — неверные аргументы, программу не прочитать, хранилище недоступно или файл не записать.
`;

const OPTIONS = {
  program: { type: 'string' },
  store: { type: 'string' },
  token: { type: 'string' },
  'program-id': { type: 'string' },
  version: { type: 'string' },
  period: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const reportCommand: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub === undefined) throw new CliError(`укажите подкоманду: template\n${HELP}`);
  if (sub === '--help' || sub === '-h') {
    io.stderr(HELP);
    return 0;
  }
  if (sub !== 'template') throw new CliError(`неизвестная подкоманда «${sub}»; есть: template\n${HELP}`);
  const { values } = parseCommandOptions(rest, OPTIONS, HELP);
  if (values.help) {
    io.stderr(HELP);
    return 0;
  }
  if (!values.out) throw new CliError(`укажите --out R.xlsx\n${HELP}`);
  if (!values.period) throw new CliError(`укажите --period, например 2021-Q1\n${HELP}`);
  const period = parsePeriodKey(values.period);
  if (!period) throw new CliError(`--period: «${values.period}» — ожидается 2021-Q1, 2021-Q2, 2021-Q3 или 2021`);
  if (values.program && values.store) throw new CliError('укажите одно: --program FILE или --store URL --program-id ID');
  let program: Program;
  let reference: ProgramReference = { programId: null, version: null, file: null };
  // --store URL, or SVERKA_STORE_URL when no --program is given.
  const store = values.program ? null : storeAddressOf(values.store, io);
  if (values.program) {
    await refuseInputAsOutput('--out', values.out, [values.program]);
    program = (await readProgramFile(values.program)).program;
    reference = { programId: null, version: null, file: await programFileReference(values.program) };
  } else if (store) {
    const id = values['program-id'];
    if (!id) throw new CliError('укажите --program-id ID (программа в хранилище)');
    let version = values.version === undefined ? null : Number(values.version);
    if (version !== null && !(Number.isInteger(version) && version > 0)) throw new CliError(`--version: «${values.version}» — ожидается номер версии`);
    const client = new StoreClient({ baseUrl: store, token: storeTokenOf(values.token, io) });
    try {
      version ??= defaultVersion((await client.listVersions(id)).versions);
      if (version === null) throw new CliError(`в хранилище нет версий программы ${id}`);
      program = (await client.getVersion(id, version)).program;
      reference = { programId: id, version, file: null };
    } catch (error) {
      throw storeCliError(error);
    }
  } else {
    throw new CliError(`укажите --program FILE или --store URL --program-id ID\n${HELP}`);
  }
  if (period.year < program.period.from || period.year > program.period.to) {
    throw new CliError(`период ${periodTitle(period).ru} — вне срока программы (${program.period.from}–${program.period.to})`);
  }
  const grids = writeReportTemplate(program, period, { reference });
  await writeOutput(values.out, await writeXlsxBuffer(grids), { overwrite: values.force === true });
  const line = programReferenceText(reference);
  io.stdout(`Записано: ${values.out} (${grids.map((g) => g.name).join(', ')}; ${periodTitle(period).ru}${line ? `; ${line}` : ''})\n`);
  return 0;
};
