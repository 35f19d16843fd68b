// sverka validate FILE.xlsx [--format text|json] [--rules RULES.json] [--lang ru|en]
// Exit 0: no error; 1: at least one error; 2: the input cannot be read.
import type { Lang } from '../../domain/finding';
import { checkWorkbook } from '../../sheets/check-workbook';
import { CliError, type Command } from '../cli-io';
import { oneFile, parseCommandOptions } from '../command-options';
import { loadRulesConfig } from '../rules-config-file';
import { reportJson, reportText } from '../report-output';
import { loadWorkbookFile } from '../workbook-file';

const HELP = `sverka validate FILE.xlsx [--format text|json] [--rules RULES.json] [--lang ru|en]
  Проверяет паспорт, Приложение 1 и Приложение 2 книги по правилам.
  Код выхода: 0 — ошибок нет, 1 — есть ошибки, 2 — файл не прочитать.
`;

const OPTIONS = {
  format: { type: 'string' },
  rules: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const validateCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandOptions(args, OPTIONS, HELP);
  if (values.help) {
    io.stderr(HELP);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CliError(`--format: «${format}» — ожидается text или json`);
  const lang = values.lang ?? 'ru';
  if (lang !== 'ru' && lang !== 'en') throw new CliError(`--lang: «${lang}» — ожидается ru или en`);

  const file = oneFile(positionals, HELP);
  const config = await loadRulesConfig(values.rules);
  const grids = await loadWorkbookFile(file);
  const { report } = checkWorkbook(grids, config);
  io.stdout(format === 'json' ? JSON.stringify(reportJson(report, lang as Lang), null, 2) + '\n' : reportText(report, lang as Lang));
  return report.valid ? 0 : 1;
};
