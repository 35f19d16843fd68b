// sverka export FILE.xlsx — prints the program model that `sverka push` would send (JSON). The model is
// printed whatever the findings; what the check says of it goes to stderr, so that a person who pipes
// the JSON on still learns that the store will refuse it.
import { checkWorkbook } from '../../sheets/check-workbook';
import type { Command } from '../cli-io';
import { oneFile, parseCommandOptions } from '../command-options';
import { countLine } from '../report-output';
import { loadWorkbookFile } from '../workbook-file';

const HELP = `sverka export FILE.xlsx
  Печатает модель программы (JSON), прочитанную из паспорта, Приложения 1 и Приложения 2 —
  то, что отправит sverka push. Итог проверки — в stderr: с ошибками хранилище программу не примет.
  Код выхода: 0 — модель напечатана (и с ошибками: их называет stderr), 2 — файл не прочитать.
`;

export const exportCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandOptions(args, { help: { type: 'boolean', short: 'h' } }, HELP);
  if (values.help) {
    io.stderr(HELP);
    return 0;
  }
  const file = oneFile(positionals, HELP);
  const { program, report } = checkWorkbook(await loadWorkbookFile(file));
  io.stdout(JSON.stringify(program, null, 2) + '\n');
  if (!report.valid) {
    io.stderr(`sverka export: ${countLine(report, 'ru')} — хранилище не примет программу с ошибками (подробно: sverka validate ${file})\n`);
  }
  return 0;
};
