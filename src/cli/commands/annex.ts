// sverka annex FILE.xlsx --out annexes.docx [--xlsx OUT.xlsx] [--paragraph] [--rules RULES.json]
// Generates the annexes of the program document from a checked workbook: Приложение №1 and №2 as a
// .docx (with the passport's funding paragraph) and/or as an .xlsx for print, and prints the paragraph.
// Exit 0: written; 1: the program has errors (nothing is written, the errors go to stderr);
// 2: bad arguments or a file that cannot be read or written.
import { resolve } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { passportParagraphFromAnnex } from '../../domain/passport-funding-from-annex';
import { checkWorkbook, type WorkbookReport } from '../../sheets/check-workbook';
import { writeAnnexWorkbook } from '../../sheets/write/annex-workbook';
import { annexDocx } from '../annex/annex-docx';
import { writeXlsxBuffer } from '../xlsx/write-xlsx';
import { CliError, type Command } from '../cli-io';
import { oneFile, parseCommandOptions } from '../command-options';
import { reportText } from '../report-output';
import { loadRulesConfig } from '../rules-config-file';
import { loadWorkbookFile } from '../workbook-file';

const HELP = `sverka annex FILE.xlsx --out ПРИЛОЖЕНИЯ.docx [--xlsx ПРИЛОЖЕНИЯ.xlsx] [--paragraph] [--rules RULES.json]
  Формирует приложения к муниципальной программе из проверенной книги:
    --out F.docx   Приложение №1 и Приложение №2 (А4, альбомная) и абзац паспорта «Источники финансирования»;
    --xlsx F.xlsx  те же приложения листами Excel для печати (формулы итогов, повтор шапки на каждой странице);
    --paragraph    без --out и --xlsx: только вывести абзац паспорта, ничего не записывая.
  Абзац паспорта, вычисленный из Приложения 1, всегда выводится в stdout; сообщения — в stderr.
  Книга с ошибками не обрабатывается: сначала исправьте их (sverka validate).
  Код выхода: 0 — готово, 1 — в программе есть ошибки, 2 — неверные аргументы или файл не прочитать/записать.
`;

export const annexCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandOptions(args, OPTIONS, HELP);
  if (values.help) {
    io.stderr(HELP);
    return 0;
  }
  const file = oneFile(positionals, HELP);
  if (!values.paragraph && !values.out && !values.xlsx) throw new CliError(`укажите --out ПРИЛОЖЕНИЯ.docx и/или --xlsx ПРИЛОЖЕНИЯ.xlsx, или --paragraph\n${HELP}`);
  if (values.out && !/\.docx$/i.test(values.out)) throw new CliError(`--out: «${values.out}» — ожидается файл .docx`);
  if (values.xlsx && !/\.xlsx$/i.test(values.xlsx)) throw new CliError(`--xlsx: «${values.xlsx}» — ожидается файл .xlsx`);
  // The annexes never overwrite the workbook they come from.
  if (values.xlsx && resolve(values.xlsx) === resolve(file)) throw new CliError(`--xlsx: «${values.xlsx}» — это исходная книга; укажите другой файл для приложений`);

  const config = await loadRulesConfig(values.rules);
  const { program, report } = checkWorkbook(await loadWorkbookFile(file), config);
  if (!report.valid) {
    io.stderr(refusal(file, report));
    return 1;
  }
  const paragraph = passportParagraphFromAnnex(program, config.precision);
  if (paragraph === null) throw new CliError(`${file}: нет Приложения 1 — абзац паспорта и приложения не из чего сформировать`);

  if (values.out) {
    await save(values.out, await annexDocx(program, { precision: config.precision, passportParagraph: paragraph }));
    io.stderr(`записано: ${values.out} (Приложение №1, Приложение №2, абзац паспорта)\n`);
  }
  if (values.xlsx) {
    await save(values.xlsx, await writeXlsxBuffer(writeAnnexWorkbook(program, { config, paragraph: true })));
    io.stderr(`записано: ${values.xlsx} (листы «Приложение 1», «Приложение 2», «Источники финансирования»)\n`);
  }
  io.stdout(paragraph + '\n');
  return 0;
};

/** Why nothing is written: the errors only (warnings do not block the annexes). */
function refusal(file: string, report: WorkbookReport): string {
  const errors = report.findings.filter((f) => f.severity === 'error');
  const onlyErrors: WorkbookReport = { valid: false, summary: { error: errors.length, warning: 0, info: 0 }, findings: errors };
  return (
    `sverka annex: в программе ${file} есть ошибки (${errors.length}) — приложения не сформированы. ` +
    `Исправьте их и повторите (подробно: sverka validate ${file}).\n` +
    reportText(onlyErrors, 'ru')
  );
}

async function save(file: string, data: Buffer): Promise<void> {
  try {
    await writeFile(file, data);
  } catch (error) {
    throw new CliError(`не удалось записать ${file}: ${(error as Error).message}`);
  }
}

const OPTIONS = {
    out: { type: 'string', short: 'o' },
    xlsx: { type: 'string' },
    paragraph: { type: 'boolean' },
    rules: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  } as const;
