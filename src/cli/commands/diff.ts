// sverka diff A B [--format text|json] — what changed from program A to program B (each a workbook .xlsx
// or a program model .json as `sverka export` prints it), folded as the store's GET …/diff folds it:
// one changed amount is one change, with the totals it moves listed under it. With --store URL
// --program-id ID, A and B are version numbers of that program in the store.
// Exit 0: the same program; 1: there are changes; 2: bad arguments, a file that cannot be read, an unreachable store.
import type { Program } from '../../domain/model/program';
import { diffPrograms } from '../../server/program-diff';
import { StoreApiError, StoreClient, StoreNetworkError } from '../../store/client';
import { changeRows, movedTotals } from '../change-text';
import { CliError, type Command } from '../cli-io';
import { parseCommandOptions } from '../command-options';
import { readProgramFile } from '../program-file';
import { storeAddressOf, storeTokenOf } from '../store-address';

const HELP = `sverka diff БЫЛО.xlsx|БЫЛО.json СТАЛО.xlsx|СТАЛО.json [--format text|json]
sverka diff --store URL --program-id ID ВЕРСИЯ ВЕРСИЯ [--token TOKEN] [--format text|json]
  Что изменилось в программе: каждое изменённое значение — одна строка, под ней итоги, которые оно
  сдвигает (по подпрограмме, по источнику, ИТОГО, паспорт). Подпрограммы, источники и показатели
  сопоставляются по наименованию, а не по месту.
  --store URL --program-id ID  сравнить две версии программы из хранилища (номера версий, например 3 5);
                 токен — --token или SVERKA_STORE_TOKEN, адрес — --store или SVERKA_STORE_URL.
  --format json  изменения данными ({from, to, changes}), как в ответе хранилища GET …/diff.
  Код выхода: 0 — программы совпадают, 1 — есть изменения, 2 — неверные аргументы, файл не прочитать
  или хранилище недоступно.
`;

const OPTIONS = {
  format: { type: 'string', default: 'text' },
  store: { type: 'string' },
  'program-id': { type: 'string' },
  token: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A version number as typed: "3" or "v3". */
function versionNumber(text: string): number {
  const m = /^v?(\d{1,9})$/i.exec(text.trim());
  const n = m ? Number(m[1]) : NaN;
  if (!(n > 0)) throw new CliError(`«${text}» — ожидается номер версии в хранилище, например 3`);
  return n;
}

/** Two versions of one program from the store, named "версия N" in the output. */
async function storedVersions(store: string, id: string | undefined, token: string | undefined, from: string, to: string): Promise<[Side, Side]> {
  if (!id) throw new CliError('укажите --program-id ID (программа в хранилище)');
  const numbers = [versionNumber(from), versionNumber(to)] as const;
  const client = new StoreClient({ baseUrl: store, token });
  try {
    const [a, b] = await Promise.all(numbers.map((n) => client.getVersion(id, n)));
    return [
      { name: `версия ${numbers[0]}`, after: `версии ${numbers[0]}`, program: a.program },
      { name: `версия ${numbers[1]}`, after: `версии ${numbers[1]}`, program: b.program },
    ];
  } catch (error) {
    if (error instanceof StoreApiError) throw new CliError(`хранилище отказало (${error.status} ${error.body.error}): ${error.body.message}`);
    if (error instanceof StoreNetworkError) throw new CliError(error.message, 2);
    throw error;
  }
}

interface Side {
  /** "a.xlsx" or "версия 3". */
  name: string;
  /** The name after "от"/"к": "a.xlsx" or "версии 3". */
  after: string;
  program: Program;
}

export const diffCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandOptions(args, OPTIONS, HELP);
  if (values.help) {
    io.stderr(HELP);
    return 0;
  }
  // Versions from the store when --store or --program-id is given (SVERKA_STORE_URL alone does not turn files into versions).
  const fromStore = values.store !== undefined || values['program-id'] !== undefined;
  if (positionals.length !== 2) throw new CliError(`${fromStore ? 'укажите две версии: что было и что стало' : 'укажите два файла: что было и что стало'}\n${HELP}`);
  if (values.format !== 'text' && values.format !== 'json') throw new CliError(`--format: «${values.format}» — ожидается text или json`);
  let sides: Side[];
  if (fromStore) {
    const store = storeAddressOf(values.store, io);
    if (!store) throw new CliError('укажите --store URL (адрес хранилища) или SVERKA_STORE_URL');
    sides = await storedVersions(store, values['program-id'], storeTokenOf(values.token, io), positionals[0], positionals[1]);
  } else {
    sides = await Promise.all(positionals.map(async (file) => ({ name: file, after: file, program: (await readProgramFile(file)).program })));
  }
  const [a, b] = sides;
  const changes = diffPrograms(a.program, b.program);
  if (values.format === 'json') {
    io.stdout(JSON.stringify({ from: a.name, to: b.name, changes }, null, 2) + '\n');
  } else if (changes.length === 0) {
    io.stdout(`Изменений нет: ${a.name} и ${b.name} — одна и та же программа.\n`);
  } else {
    const lines = [`Изменений: ${changes.length} (итогов, которые они сдвигают: ${movedTotals(changes)}) — от ${a.after} к ${b.after}`];
    for (const row of changeRows(changes, a.program, b.program)) lines.push(`${row.total ? '   ' : ''}${row.number}. ${row.total ? 'итог: ' : ''}${row.place}: ${row.old} → ${row.new}`);
    io.stdout(lines.join('\n') + '\n');
  }
  return changes.length === 0 ? 0 : 1;
};
