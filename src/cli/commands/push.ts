// sverka push FILE.xlsx|FILE.json --store URL --token TOKEN [--explain KEY=TEXT …] [--explanations FILE.json]
//   [--basis TEXT] [--idempotency-key KEY]
// Reads and checks the workbook (or a program model as `sverka export` prints it), pushes the program,
// prints the store's answer (JSON on stdout).
// Exit 0: stored; 1: refused (by the check before sending or by the store); 2: cannot read or reach.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { RUSSIAN_ZOD } from '../../domain/messages/zod-errors';
import { canonicalJson } from '../../store/canonical-json';
import { Basis, Explanations, MAX_BASIS_LENGTH } from '../../store/contract/submission';
import { StoreApiError, StoreClient } from '../../store/client';
import { defaultVersion } from '../../store/default-version';
import { previousAcceptedReport } from '../../store/previous-report';
import { CliError, type CliIo, type Command } from '../cli-io';
import { oneFile, parseCommandOptions } from '../command-options';
import { parseJsonText } from '../json-text';
import { programPushLines, reportPushLines } from '../push-outcome';
import { readProgramFile } from '../program-file';
import { storeAddressOf, storeTokenOf } from '../store-address';
import { storeCliError, type Sent } from '../store-error';
import { loadWorkbookFile } from '../workbook-file';
import { isReportWorkbook, readReportWorkbook } from '../../sheets/read/report/report-reader';
import { pushTarget } from '../report-reference';
import { checkReportWorkbook } from '../../sheets/check-report-workbook';
import { periodKey } from '../../domain/reporting/period';
import type { Grid } from '../../sheets/grid';

/** A report workbook: checked against the stored program version it refers to (its line «Программа: …» or the options), then pushed as a report. */
async function pushReport(
  grids: Grid[],
  values: { 'program-id'?: string; 'program-version'?: string; 'idempotency-key'?: string },
  explanations: Record<string, string>,
  client: StoreClient,
  io: CliIo,
): Promise<number> {
  const given = values['program-version'] === undefined ? null : Number(values['program-version']);
  if (given !== null && !(Number.isInteger(given) && given > 0)) throw new CliError(`--program-version: «${values['program-version']}» — ожидается номер версии`);
  const reading = readReportWorkbook(grids)!;
  const target = pushTarget(reading, { programId: values['program-id'], version: given });
  const { programId } = target;
  try {
    const version = target.version ?? defaultVersion((await client.listVersions(programId)).versions);
    if (version === null) throw new CliError(`в хранилище нет версий программы ${programId}`);
    if (target.from === 'line') io.stderr(`Отчёт относится к программе ${programId}, версия ${version} (строка «Программа: …» в шапке отчёта).\n`);
    const { program } = await client.getVersion(programId, version);
    // R005 against the previous period's accepted report, as the store will check it.
    const previous = await previousAcceptedReport(client, programId, reading.report.period);
    const checked = checkReportWorkbook(grids, { program, previous })!;
    const { report } = checked.reading;
    if (!report.period) throw new CliError('в отчёте не указан отчётный период (R008): отправлять нечего — период задаёт, за что отчёт');
    if (!checked.report.valid) {
      print(io, { error: 'validation_failed', message: `Отчёт не отправлен: ошибок — ${checked.report.summary.error} (sverka validate покажет их).`, messageEn: `Not sent: ${checked.report.summary.error} error(s) in the report.`, details: { report: checked.report } });
      io.stderr(`sverka push: отчёт не отправлен — ошибок: ${checked.report.summary.error}\n`);
      return 1;
    }
    const body = { programId, programVersion: version, period: periodKey(report.period), report: { ...report, program: { programId, version, file: null } }, explanations };
    const key = values['idempotency-key'] ?? `sverka-report-${createHash('sha256').update(canonicalJson(body)).digest('hex').slice(0, 40)}`;
    const { accepted, replayed } = await client.pushReportTold(body, key);
    print(io, replayed ? { ...accepted, replayed } : accepted);
    io.stderr(reportPushLines(accepted, replayed));
    return 0;
  } catch (error) {
    throw refusal(io, error, { what: `отчёт по программе ${programId}${reading.report.period ? ` за ${periodKey(reading.report.period)}` : ''}`, exitCode: 1 });
  }
}

const HELP = `sverka push FILE.xlsx|FILE.json --store URL --token TOKEN [--explain KEY=TEXT …] [--explanations FILE.json]
                   [--basis TEXT] [--idempotency-key KEY]
  Проверяет книгу (или модель программы в JSON, как её печатает sverka export) и отправляет
  программу в хранилище; печатает ответ хранилища (JSON).
  --store URL        адрес хранилища (или переменная SVERKA_STORE_URL), например http://127.0.0.1:8787
  --token TOKEN      токен отправителя (или переменная SVERKA_STORE_TOKEN)
  --explain KEY=TEXT пояснение к предупреждению с ключом KEY (ключи — в ответе 422 и в sverka validate --format json);
                     можно несколько раз
  --explanations FILE.json  пояснения одним файлом: {"KEY": "TEXT", …}; ключи — поле key предупреждений
                     в sverka validate --format json; --explain дополняет и заменяет их
  --basis TEXT       основание версии — акт, которым программа утверждена или изменена, например
                     «постановление от 12.03.2021 № 715-п» (необязательно; до ${MAX_BASIS_LENGTH} символов); хранится
                     с версией и виден в истории. Только для программы, не для отчёта
  --idempotency-key  ключ идемпотентности; по умолчанию выводится из содержимого, так что повторный
                     запуск той же отправки не создаёт новую версию (хранилище возвращает прежний ответ —
                     «Повторная отправка»); прежнее содержимое новой версией — с новым ключом
  Книга отчёта (формы R1/R2) отправляется как отчёт за её период: программа и версия — из строки
  «Программа: ID — версия N» в шапке отчёта (её пишет sverka report template --store) или --program-id ID и
  --program-version N (по умолчанию последняя принятая); строка и опция расходятся — отказ; перед отправкой
  отчёт проверяется против этой версии и принятого отчёта за прошлый период из хранилища (R001–R009, R005 —
  с прошлым периодом), как его проверит хранилище.
  Код выхода: 0 — принято, 1 — отклонено, 2 — книгу не прочитать или хранилище недоступно.
`;

const OPTIONS = {
    store: { type: 'string' },
    token: { type: 'string' },
    explain: { type: 'string', multiple: true },
    explanations: { type: 'string' },
    'idempotency-key': { type: 'string' },
    basis: { type: 'string' },
    'program-id': { type: 'string' },
    'program-version': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  } as const;

/** --explanations FILE.json: an object of explanation key → text, as written from `validate --format json`. */
async function explanationsFile(file: string | undefined): Promise<Record<string, string>> {
  if (file === undefined) return {};
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CliError(`--explanations: файл не найден: ${file}`);
  }
  const json = parseJsonText(text, `--explanations: ${file}`);
  const parsed = Explanations.safeParse(json, RUSSIAN_ZOD);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`--explanations: ${file}: ожидается объект {"КЛЮЧ": "ТЕКСТ"} — ${issue.path.join('.') || '(корень)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** --basis TEXT as the store keeps it (spaces collapsed; blank is none), refused here when the store would refuse it. */
function basisOf(text: string | undefined): string | null {
  if (text === undefined) return null;
  const parsed = Basis.safeParse(text, RUSSIAN_ZOD);
  if (!parsed.success) throw new CliError(`--basis: ${parsed.error.issues[0].message}`);
  return parsed.data;
}

function explanationsOf(list: string[] | undefined, fromFile: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...fromFile };
  for (const item of list ?? []) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new CliError(`--explain: «${item}» — ожидается КЛЮЧ=ТЕКСТ, например I006:indicators/sub/1/act/1/ind/1/y/2020=Причина`);
    out[item.slice(0, eq).trim()] = item.slice(eq + 1);
  }
  return out;
}

/**
 * A store failure of a push, said where every command's is (storeCliError): a refusal names what was sent, lists the
 * store's findings and exits 1; its answer stays on stdout as JSON, for scripts. An unreachable store exits 2.
 */
function refusal(io: CliIo, error: unknown, sent: Sent): unknown {
  if (error instanceof StoreApiError) print(io, error.body);
  return storeCliError(error, sent);
}

function print(io: CliIo, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2) + '\n');
}

export const pushCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandOptions(args, OPTIONS, HELP);
  if (values.help) {
    io.stderr(HELP);
    return 0;
  }
  const file = oneFile(positionals, HELP);
  const store = storeAddressOf(values.store, io);
  const token = storeTokenOf(values.token, io);
  if (!store) throw new CliError('укажите --store URL (адрес хранилища)');
  if (!token) throw new CliError('укажите --token TOKEN (токен отправителя)');
  const explanations = explanationsOf(values.explain, await explanationsFile(values.explanations));
  const basis = basisOf(values.basis);

  const client = new StoreClient({ baseUrl: store, token });
  if (/\.xlsx$/i.test(file)) {
    const grids = await loadWorkbookFile(file);
    if (isReportWorkbook(grids)) {
      if (values.basis !== undefined) throw new CliError('--basis — основание версии программы; у отчёта его нет: уберите --basis');
      return pushReport(grids, values, explanations, client, io);
    }
  }
  const { program, report } = await readProgramFile(file);
  if (!report.valid) {
    print(io, {
      error: 'validation_failed',
      message: `Книга не отправлена: ошибок — ${report.summary.error}. Исправьте их (sverka validate) и отправьте снова.`,
      messageEn: `Not sent: ${report.summary.error} error(s) in the workbook.`,
      details: { report },
    });
    io.stderr(`sverka push: книга не отправлена — ошибок: ${report.summary.error}\n`);
    return 1;
  }
  // The basis only when one is given: a push without it is the same body (and key) as before bases existed.
  const body = { program, explanations, ...(basis === null ? {} : { basis }) };
  const key = values['idempotency-key'] ?? `sverka-push-${createHash('sha256').update(canonicalJson(body)).digest('hex').slice(0, 40)}`;
  try {
    const { accepted, replayed } = await client.submitTold(body, key);
    print(io, replayed ? { ...accepted, replayed } : accepted);
    io.stderr(programPushLines(accepted, basis, replayed));
    return 0;
  } catch (error) {
    throw refusal(io, error, { what: program.title ? `программу «${program.title}»` : "программу", exitCode: 1 });
  }
};
