// sverka annex FILE.xlsx|FILE.json --out annexes.docx [--xlsx OUT.xlsx] [--paragraph] [--rules RULES.json]
// sverka annex --changes FROM TO --out changes.docx [--xlsx changes.xlsx] [--basis TEXT]
// Generates the annexes of the program document from a checked workbook (or a program model, as push and diff take it): Приложение №1 and №2 as a
// .docx (with the passport's funding paragraph) and/or as an .xlsx for print, and prints the paragraph.
// With --changes: the «было / стало» table of an amending resolution, from the version before (FROM) to
// the amended program (TO), folded as `sverka diff` folds it.
// Nothing is ever written over an input (compared by file identity: a link to it is the input).
// Exit 0: written; 1: the program has errors (nothing is written, the errors go to stderr);
// 2: bad arguments or a file that cannot be read or written.
import { passportParagraphFromAnnex } from '../../domain/passport-funding-from-annex';
import type { Report } from '../../domain/report';
import type { WorkbookReport } from '../../sheets/check-workbook';
import { writeAnnexWorkbook } from '../../sheets/write/annex-workbook';
import { diffPrograms } from '../../server/program-diff';
import { annexDocx } from '../annex/annex-docx';
import { changesDocx, changesGrid, CHANGES_SHEET_NAME } from '../annex/changes-table';
import { changeRows, movedTotals } from '../change-text';
import { readProgramFile } from '../program-file';
import { refuseInputAsOutput, writeOutput } from '../output-file';
import { writeXlsxBuffer } from '../xlsx/write-xlsx';
import { CliError, type CliIo, type Command } from '../cli-io';
import { oneFile, parseCommandOptions } from '../command-options';
import { reportText } from '../report-output';
import { loadRulesConfig } from '../rules-config-file';

const HELP = `sverka annex FILE.xlsx|FILE.json --out ПРИЛОЖЕНИЯ.docx [--xlsx ПРИЛОЖЕНИЯ.xlsx] [--paragraph] [--rules RULES.json]
  Формирует приложения к муниципальной программе из проверенной книги (или модели программы .json,
  как её печатает sverka export):
    --out F.docx   Приложение №1 и Приложение №2 (А4, альбомная) и абзац паспорта «Источники финансирования»;
    --xlsx F.xlsx  те же приложения листами Excel для печати (формулы итогов, повтор шапки на каждой странице);
    --paragraph    без --out и --xlsx: только вывести абзац паспорта, ничего не записывая.
  Абзац паспорта, вычисленный из Приложения 1, всегда выводится в stdout; сообщения — в stderr.
  Программа с ошибками не обрабатывается: ошибки выводятся в stderr, сначала исправьте их
  (книгу .xlsx можно проверить целиком: sverka validate).
  Код выхода: 0 — готово, 1 — в программе есть ошибки, 2 — неверные аргументы или файл не прочитать/записать.

sverka annex --changes БЫЛО.xlsx СТАЛО.xlsx --out ИЗМЕНЕНИЯ.docx [--xlsx ИЗМЕНЕНИЯ.xlsx] [--basis ТЕКСТ]
  Таблица «было / стало» к постановлению о внесении изменений: каждое изменённое значение — строка,
  под ней итоги, которые оно сдвигает. Файлы — книги .xlsx или модели программы .json (sverka export).
    --basis ТЕКСТ  основание, например «постановление от 12.03.2021 № 715-п».
  Код выхода: 0 — готово, 1 — в новой редакции есть ошибки или изменений нет, 2 — как выше.
`;

export const annexCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandOptions(args, OPTIONS, HELP);
  if (values.help) {
    io.stderr(HELP);
    return 0;
  }
  if (values.changes !== undefined) return changesAnnex(values, positionals, io);
  if (values.basis !== undefined) throw new CliError(`--basis — только вместе с --changes\n${HELP}`);
  const file = oneFile(positionals, HELP);
  if (!values.paragraph && !values.out && !values.xlsx) throw new CliError(`укажите --out ПРИЛОЖЕНИЯ.docx и/или --xlsx ПРИЛОЖЕНИЯ.xlsx, или --paragraph\n${HELP}`);
  if (values.out && !/\.docx$/i.test(values.out)) throw new CliError(`--out: «${values.out}» — ожидается файл .docx`);
  if (values.xlsx && !/\.xlsx$/i.test(values.xlsx)) throw new CliError(`--xlsx: «${values.xlsx}» — ожидается файл .xlsx`);
  // The annexes never overwrite the workbook they come from (by path or through a link).
  if (values.out) await refuseInputAsOutput('--out', values.out, [file]);
  if (values.xlsx) await refuseInputAsOutput('--xlsx', values.xlsx, [file]);

  const config = await loadRulesConfig(values.rules);
  const { program, report } = await readProgramFile(file, config);
  if (!report.valid) {
    io.stderr(refusal(file, report));
    return 1;
  }
  const paragraph = passportParagraphFromAnnex(program, config.precision);
  if (paragraph === null) throw new CliError(`${file}: нет Приложения 1 — абзац паспорта и приложения не из чего сформировать`);

  if (values.out) {
    await save(values.out, await annexDocx(program, { precision: config.precision, passportParagraph: paragraph }));
    io.stderr(`Записано: ${values.out} (Приложение №1, Приложение №2, абзац паспорта)\n`);
  }
  if (values.xlsx) {
    await save(values.xlsx, await writeXlsxBuffer(writeAnnexWorkbook(program, { config, paragraph: true })));
    io.stderr(`Записано: ${values.xlsx} (листы «Приложение 1», «Приложение 2», «Источники финансирования»)\n`);
  }
  io.stdout(paragraph + '\n');
  return 0;
};

/** Why nothing is written: the errors only (warnings do not block the annexes). */
function refusal(file: string, report: Report): string {
  return `sverka annex: в программе ${file} есть ошибки (${report.summary.error}) — приложения не сформированы. ${errorList(file, report)}`;
}

/**
 * «Fix them and repeat», then every error. `sverka validate` reads workbooks only, so it is offered for a workbook
 * (its full report, warnings too); a model (.json) gets no pointer to a command that would refuse it — its errors
 * listed here are all of them, headed «Модель программы:» (a model has no workbook).
 */
function errorList(file: string, report: Report): string {
  const model = /\.json$/i.test(file);
  // A model (.json) has no cells: its findings have no cell fix; a workbook's keep theirs.
  const errors = report.findings.filter((f) => f.severity === 'error').map((f) => ({ cellFix: null, ...f }));
  const onlyErrors: WorkbookReport = { valid: false, summary: { error: errors.length, warning: 0, info: 0 }, findings: errors };
  const next = model ? 'Исправьте их в модели и повторите; все ошибки — ниже.' : `Исправьте их и повторите (подробно: sverka validate ${file}).`;
  return `${next}\n${reportText(onlyErrors, 'ru', model ? 'model' : 'workbook')}`;
}

async function save(file: string, data: Buffer): Promise<void> {
  await writeOutput(file, data, { overwrite: true });
}

/** sverka annex --changes FROM TO: the «было / стало» table. */
async function changesAnnex(values: { changes?: string; out?: string; xlsx?: string; basis?: string; paragraph?: boolean; rules?: string }, positionals: string[], io: CliIo): Promise<number> {
  if (positionals.length !== 1) throw new CliError(`--changes БЫЛО СТАЛО: укажите новую редакцию (СТАЛО) одним файлом\n${HELP}`);
  if (values.paragraph || values.rules) throw new CliError('--changes не сочетается с --paragraph и --rules');
  if (!values.out && !values.xlsx) throw new CliError(`укажите --out ИЗМЕНЕНИЯ.docx и/или --xlsx ИЗМЕНЕНИЯ.xlsx\n${HELP}`);
  if (values.out && !/\.docx$/i.test(values.out)) throw new CliError(`--out: «${values.out}» — ожидается файл .docx`);
  if (values.xlsx && !/\.xlsx$/i.test(values.xlsx)) throw new CliError(`--xlsx: «${values.xlsx}» — ожидается файл .xlsx`);
  const from = values.changes!;
  const to = positionals[0];
  for (const [option, out] of [['--out', values.out], ['--xlsx', values.xlsx]] as const) if (out) await refuseInputAsOutput(option, out, [from, to]);
  const before = await readProgramFile(from);
  const after = await readProgramFile(to);
  if (!after.report.valid) {
    io.stderr(`sverka annex: в новой редакции ${to} есть ошибки (${after.report.summary.error}) — таблица «было / стало» не сформирована. ${errorList(to, after.report)}`);
    return 1;
  }
  const changes = diffPrograms(before.program, after.program);
  if (changes.length === 0) {
    io.stderr(`sverka annex: ${from} и ${to} — одна и та же программа; таблицу «было / стало» не из чего составить, ничего не записано\n`);
    return 1;
  }
  const table = { program: after.program, rows: changeRows(changes, before.program, after.program), basis: values.basis?.trim() || null };
  const what = `изменений ${changes.length}, итогов, которые они сдвигают, ${movedTotals(changes)}`;
  if (values.out) {
    await save(values.out, await changesDocx(table));
    io.stderr(`Записано: ${values.out} (таблица «было / стало»: ${what})\n`);
  }
  if (values.xlsx) {
    await save(values.xlsx, await writeXlsxBuffer([changesGrid(table)]));
    io.stderr(`Записано: ${values.xlsx} (лист «${CHANGES_SHEET_NAME}»: ${what})\n`);
  }
  return 0;
}

const OPTIONS = {
    out: { type: 'string', short: 'o' },
    xlsx: { type: 'string' },
    paragraph: { type: 'boolean' },
    rules: { type: 'string' },
    changes: { type: 'string' },
    basis: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  } as const;
