// sverka export FILE.xlsx — prints the program model that `sverka push` would send (JSON).
import { parseArgs } from 'node:util';
import { readWorkbook } from '../../sheets/read/read-workbook';
import { CliError, type Command } from '../cli-io';
import { loadWorkbookFile } from '../workbook-file';

const HELP = `sverka export FILE.xlsx
  Печатает модель программы (JSON), прочитанную из паспорта, Приложения 1 и Приложения 2 —
  то, что отправит sverka push.
`;

export const exportCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${HELP}`);
  }
  if (parsed.values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (parsed.positionals.length !== 1) throw new CliError(`укажите один файл .xlsx\n${HELP}`);
  const grids = await loadWorkbookFile(parsed.positionals[0]);
  const { program } = readWorkbook(grids);
  io.stdout(JSON.stringify(program, null, 2) + '\n');
  return 0;
};
