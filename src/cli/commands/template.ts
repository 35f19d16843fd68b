// sverka template --out FILE.xlsx [--example] [--period 2025-2029] [--force]
import { Program } from '../../domain/model/program';
import type { Period } from '../../domain/model/year-span';
import { writeProgramWorkbook } from '../../sheets/write/program-workbook';
import exampleProgram from '../../../examples/stupino-2020-2024.program.json';
import { CliError, type Command } from '../cli-io';
import { parseCommandOptions } from '../command-options';
import { writeOutput } from '../output-file';
import { writeXlsxBuffer } from '../xlsx/write-xlsx';

const HELP = `sverka template --out FILE.xlsx [--example] [--period 2025-2029] [--force]
  Записывает шаблоны: паспорт, Приложение 1 и Приложение 2 — пустые (на период --period,
  по умолчанию пять лет с текущего года) или, с --example, заполненные примером
  «Цифровое муниципальное образование» (Ступино, 2020–2024) как он опубликован.
  Существующий файл не перезаписывается без --force.
  Код выхода: 0 — записано, 2 — неверные аргументы или файл не записать.
`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  example: { type: 'boolean' },
  period: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const templateCommand: Command = async (args, io) => {
  const { values } = parseCommandOptions(args, OPTIONS, HELP);
  if (values.help) {
    io.stderr(HELP);
    return 0;
  }
  if (!values.out) throw new CliError(`укажите --out FILE.xlsx\n${HELP}`);
  if (values.example && values.period) throw new CliError('--period не сочетается с --example (у примера свой период 2020–2024)');
  const period = values.period ? parsePeriod(values.period) : undefined;
  const grids = values.example ? writeProgramWorkbook(Program.parse(exampleProgram)) : writeProgramWorkbook(null, { period });
  await writeOutput(values.out, await writeXlsxBuffer(grids), { overwrite: values.force === true });
  io.stdout(`Записано: ${values.out} (${grids.map((g) => g.name).join(', ')})\n`);
  return 0;
};

function parsePeriod(text: string): Period {
  const m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(text.trim());
  if (!m || Number(m[2]) < Number(m[1]) || Number(m[2]) - Number(m[1]) > 30) {
    throw new CliError(`--period: «${text}» — ожидается период вида 2025-2029`);
  }
  return { from: Number(m[1]), to: Number(m[2]) };
}
