// sverka diff A B [--format text|json] — what changed from program A to program B (each a workbook .xlsx
// or a program model .json as `sverka export` prints it), folded as the store's GET …/diff folds it:
// one changed amount is one change, with the totals it moves listed under it. With --store URL
// --program-id ID, A and B are version numbers of that program in the store.
// Exit 0: the same program; 1: there are changes; 2: bad arguments, a file that cannot be read, an unreachable store.
import type { Program } from '../../domain/model/program';
import { diffPrograms } from '../../server/program-diff';
import { StoreClient } from '../../store/client';
import type { FoldedChange, ProgramDiff } from '../../store/contract/diff';
import { changeRows, movedTotals } from '../change-text';
import { CliError, type CliIo, type Command } from '../cli-io';
import { parseCommandOptions } from '../command-options';
import { readProgramFile } from '../program-file';
import { storeAddressOf, storeTokenOf } from '../store-address';
import { storeCliError } from '../store-error';

const HELP = `sverka diff БЫЛО.xlsx|БЫЛО.json СТАЛО.xlsx|СТАЛО.json [--format text|json]
sverka diff --store URL --program-id ID ВЕРСИЯ ВЕРСИЯ [--token TOKEN] [--format text|json]
  Что изменилось в программе: каждое изменённое значение — одна строка, под ней итоги, которые оно
  сдвигает (по подпрограмме, по источнику, ИТОГО, паспорт). Подпрограммы, источники и показатели
  сопоставляются по наименованию, а не по месту.
  --store URL --program-id ID  сравнить две версии программы из хранилища (номера версий, например 3 5);
                 токен — --token или SVERKA_STORE_TOKEN, адрес — --store или SVERKA_STORE_URL.
  --format json  изменения данными: для файлов {from, to, changes} (from, to — имена файлов), для версий из
                 хранилища — ответ хранилища GET …/diff как есть: {programId, from, to, basis, changes}.
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

/** Two versions of one program from the store, named "версия N" in the text, and the store's own diff of them. */
async function storedDiff(store: string, id: string | undefined, token: string | undefined, from: string, to: string, format: 'text' | 'json'): Promise<{ sides: [Side, Side] | null; diff: ProgramDiff }> {
  if (!id) throw new CliError('укажите --program-id ID (программа в хранилище)');
  const numbers = [versionNumber(from), versionNumber(to)] as const;
  const client = new StoreClient({ baseUrl: store, token });
  try {
    const diff = await client.diff(id, numbers[0], numbers[1]);
    if (format === 'json') return { sides: null, diff };
    // The text names each amount in its version's unit: the versions themselves are needed.
    const [a, b] = await Promise.all(numbers.map((n) => client.getVersion(id, n)));
    const sides: [Side, Side] = [
      { name: `версия ${numbers[0]}`, after: `версии ${numbers[0]}`, program: a.program },
      { name: `версия ${numbers[1]}`, after: `версии ${numbers[1]}`, program: b.program },
    ];
    return { sides, diff };
  } catch (error) {
    throw storeCliError(error);
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
  let a: Side;
  let b: Side;
  let changes: FoldedChange[];
  if (fromStore) {
    const store = storeAddressOf(values.store, io);
    if (!store) throw new CliError('укажите --store URL (адрес хранилища) или SVERKA_STORE_URL');
    const { sides, diff } = await storedDiff(store, values['program-id'], storeTokenOf(values.token, io), positionals[0], positionals[1], values.format);
    // JSON: the store's answer to GET …/diff as it is ({programId, from, to, basis, changes}).
    if (!sides) return printJson(io, diff);
    [a, b] = sides;
    changes = diff.changes;
  } else {
    [a, b] = await Promise.all(positionals.map(async (file) => ({ name: file, after: file, program: (await readProgramFile(file)).program })));
    changes = diffPrograms(a.program, b.program);
  }
  if (values.format === 'json') {
    return printJson(io, { from: a.name, to: b.name, changes });
  } else if (changes.length === 0) {
    io.stdout(`Изменений нет: ${a.name} и ${b.name} — одна и та же программа.\n`);
  } else {
    const lines = [`Изменений: ${changes.length} (итогов, которые они сдвигают: ${movedTotals(changes)}) — от ${a.after} к ${b.after}`];
    for (const row of changeRows(changes, a.program, b.program)) lines.push(`${row.total ? '   ' : ''}${row.number}. ${row.total ? 'итог: ' : ''}${row.place}: ${row.old} → ${row.new}`);
    io.stdout(lines.join('\n') + '\n');
  }
  return changes.length === 0 ? 0 : 1;
};

/** The JSON printed; exit 0 when there are no changes, 1 when there are. */
function printJson<T extends { changes: readonly FoldedChange[] }>(io: CliIo, diff: T): number {
  io.stdout(JSON.stringify(diff, null, 2) + '\n');
  return diff.changes.length === 0 ? 0 : 1;
}
