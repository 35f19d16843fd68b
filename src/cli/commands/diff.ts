// sverka diff A B [--format text|json] — what changed from program A to program B (each a workbook .xlsx
// or a program model .json as `sverka export` prints it), folded as the store's GET …/diff folds it:
// one changed amount is one change, with the totals it moves listed under it.
// Exit 0: the same program; 1: there are changes; 2: bad arguments or a file that cannot be read.
import { diffPrograms } from '../../server/program-diff';
import { changeRows, movedTotals } from '../change-text';
import { CliError, type Command } from '../cli-io';
import { parseCommandOptions } from '../command-options';
import { readProgramFile } from '../program-file';

const HELP = `sverka diff БЫЛО.xlsx|БЫЛО.json СТАЛО.xlsx|СТАЛО.json [--format text|json]
  Что изменилось в программе: каждое изменённое значение — одна строка, под ней итоги, которые оно
  сдвигает (по подпрограмме, по источнику, ИТОГО, паспорт). Подпрограммы, источники и показатели
  сопоставляются по наименованию, а не по месту.
  --format json  изменения данными ({from, to, changes}), как в ответе хранилища GET …/diff.
  Код выхода: 0 — программы совпадают, 1 — есть изменения, 2 — неверные аргументы или файл не прочитать.
`;

const OPTIONS = {
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const diffCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandOptions(args, OPTIONS, HELP);
  if (values.help) {
    io.stderr(HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new CliError(`укажите два файла: что было и что стало\n${HELP}`);
  if (values.format !== 'text' && values.format !== 'json') throw new CliError(`--format: «${values.format}» — ожидается text или json`);
  const [from, to] = positionals;
  const a = await readProgramFile(from);
  const b = await readProgramFile(to);
  const changes = diffPrograms(a.program, b.program);
  if (values.format === 'json') {
    io.stdout(JSON.stringify({ from, to, changes }, null, 2) + '\n');
  } else if (changes.length === 0) {
    io.stdout(`Изменений нет: ${from} и ${to} — одна и та же программа.\n`);
  } else {
    const lines = [`Изменений: ${changes.length} (итогов, которые они сдвигают: ${movedTotals(changes)}) — от ${from} к ${to}`];
    for (const row of changeRows(changes, a.program, b.program)) lines.push(`${row.total ? '   ' : ''}${row.number}. ${row.total ? 'итог: ' : ''}${row.place}: ${row.old} → ${row.new}`);
    io.stdout(lines.join('\n') + '\n');
  }
  return changes.length === 0 ? 0 : 1;
};
