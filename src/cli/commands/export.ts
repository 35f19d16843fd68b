// sverka export FILE.xlsx — prints the program model that `sverka push` would send (JSON).
import { readWorkbook } from '../../sheets/read/read-workbook';
import type { Command } from '../cli-io';
import { oneFile, parseCommandOptions } from '../command-options';
import { loadWorkbookFile } from '../workbook-file';

const HELP = `sverka export FILE.xlsx
  Печатает модель программы (JSON), прочитанную из паспорта, Приложения 1 и Приложения 2 —
  то, что отправит sverka push.
`;

export const exportCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandOptions(args, { help: { type: 'boolean', short: 'h' } }, HELP);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const grids = await loadWorkbookFile(oneFile(positionals, HELP));
  const { program } = readWorkbook(grids);
  io.stdout(JSON.stringify(program, null, 2) + '\n');
  return 0;
};
