// The table locator of another commit against this one's, on a corpus of workbooks and on randomly mutated
// copies of them (rows inserted, duplicated, blanked, deleted, moved; cells changed; numbers written as text,
// texts as numbers; rows of years; merges): an optimisation of locateTables gives the same anchors and hints.
//
//   npx tsx bench/locator-compare.ts DIR REV [SEED] [MUTATIONS_PER_WORKBOOK]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readXlsxBuffer } from '../src/cli/xlsx/read-xlsx';
import type { Grid, GridCell } from '../src/sheets/grid';
import { sheetViews } from '../src/sheets/read/sheet-view';
import { locateTables as newLocate } from '../src/sheets/read/table-locator';

type Locate = typeof newLocate;

/** REV's table-locator.ts, its imports pointed at this tree's readers, loaded from a temporary folder. */
async function locatorAt(rev: string): Promise<Locate> {
  const source = execFileSync('git', ['show', `${rev}:src/sheets/read/table-locator.ts`], { encoding: 'utf8' });
  const readers = resolve(__dirname, '../src/sheets/read');
  const file = join(mkdtempSync(join(tmpdir(), 'locator-')), 'table-locator.ts');
  writeFileSync(file, source.replace(/from '\.\/([^']+)'/g, (_, name: string) => `from '${join(readers, name)}'`).replace(/from '\.\.\/\.\.\/([^']+)'/g, (_, name: string) => `from '${join(readers, '../..', name)}'`));
  return ((await import(file)) as { locateTables: Locate }).locateTables;
}

let seed = Number(process.argv[4] ?? 1);
function rnd(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
}
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];

const EXTRA_TEXTS = [
  'Годы', 'Год реализации', 'период', '2020 год', '2021', '2020-2024 годы', 'Всего', 'ИТОГО', 'Источник финансирования', 'Наименование подпрограммы',
  'Единица измерения', 'Наименование показателя', 'Базовое значение', 'Планируемое значение показателя по годам', 'тыс. руб.', 'Приложение №1', 'Приложение № 2',
  'к муниципальной программе', 'Объем финансовых ресурсов', 'Планируемые результаты реализации', 'Раздел 4. Общий объем', '1.', '12.', '-', '–', 'не менее 85', '≥ 70',
  '  ', '', 'Общий объем финансирования программы составляет 11732,5 тыс. рублей', 'Наименование муниципальной программы', 'Сроки реализации муниципальной программы',
  'Перечень подпрограмм', 'Подпрограмма I «Развитие»', 'Муниципальная программа «Цифровое»', 'Бюджет Московской области', 'Внебюджетные источники', '#REF!', 'true',
  'Статус', 'Расходы', 'в том числе по годам', 'Основные мероприятия', 'Тип показателя', '№ п/п', '%', 'единиц', 'Годы реализации', 'Ресурсное обеспечение',
];

function cloneGrid(g: Grid): Grid {
  return { ...g, rows: g.rows.map((r) => (r ? r.map((c) => (c ? { ...c } : c)) : r)), merges: g.merges.map((m) => ({ ...m })) };
}

function randomCell(texts: readonly string[]): GridCell | null {
  const r = rnd();
  if (r < 0.1) return null;
  if (r < 0.3) return { value: pick([0, 1, 5, 12, 99, 100, 2019, 2020, 2021, 2022, 2054, 15105.2, -3, 1.5, 1989, 2101]) };
  if (r < 0.35) return { value: pick(['#REF!', '#DIV/0!', 0]), error: true };
  if (r < 0.38) return { value: rnd() < 0.5 };
  if (r < 0.6) return { value: pick(EXTRA_TEXTS) };
  return { value: pick(texts) };
}

function mutate(grids: Grid[], texts: readonly string[]): Grid[] {
  const out = grids.map(cloneGrid);
  const n = 1 + Math.floor(rnd() * 6);
  for (let i = 0; i < n; i++) {
    const g = pick(out);
    if (g.rows.length === 0) continue;
    const row = Math.floor(rnd() * g.rows.length);
    const op = Math.floor(rnd() * 12);
    const cells = g.rows[row] ?? [];
    switch (op) {
      case 0: // insert a copy of a row from anywhere
        g.rows.splice(row, 0, (pick(pick(out).rows) ?? []).map((c) => (c ? { ...c } : c)));
        break;
      case 1: // duplicate the row
        g.rows.splice(row, 0, cells.map((c) => (c ? { ...c } : c)));
        break;
      case 2: // blank the row
        g.rows[row] = [];
        break;
      case 3: // delete the row
        g.rows.splice(row, 1);
        break;
      case 4: // change a cell
      case 5: {
        const col = Math.floor(rnd() * (cells.length + 2));
        const c = [...cells];
        c[col] = randomCell(texts);
        g.rows[row] = c;
        break;
      }
      case 6: { // numbers to text
        g.rows[row] = cells.map((c) => (c && typeof c.value === 'number' && rnd() < 0.5 ? { ...c, value: rnd() < 0.5 ? String(c.value) : String(c.value).replace('.', ',') + ' ' } : c));
        break;
      }
      case 7: { // texts to numbers / years
        g.rows[row] = cells.map((c) => (c && typeof c.value === 'string' && rnd() < 0.4 ? { value: pick([2020, 2021, 7, 150.5]) } : c));
        break;
      }
      case 8: { // a row of years
        const start = 2015 + Math.floor(rnd() * 8);
        const from = Math.floor(rnd() * 3);
        const c: (GridCell | null)[] = [];
        for (let k = 0; k < from; k++) c.push(rnd() < 0.5 ? null : randomCell(texts));
        for (let k = 0; k < 2 + Math.floor(rnd() * 4); k++) c.push({ value: rnd() < 0.5 ? start + k : `${start + k} год` });
        g.rows.splice(row, 0, c);
        break;
      }
      case 9: { // a merge over part of the row
        const left = Math.floor(rnd() * 4);
        g.merges.push({ top: row, left, bottom: row + Math.floor(rnd() * 3), right: left + Math.floor(rnd() * 4) });
        break;
      }
      case 10: { // a header-ish row from random texts
        const c: (GridCell | null)[] = [];
        for (let k = 0; k < 1 + Math.floor(rnd() * 6); k++) c.push(randomCell(texts));
        g.rows.splice(row, 0, c);
        break;
      }
      case 11: { // move a row elsewhere (a header into the body)
        const to = Math.floor(rnd() * g.rows.length);
        const [moved] = g.rows.splice(row, 1);
        g.rows.splice(to, 0, moved);
        break;
      }
    }
  }
  return out;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  const oldLocate = await locatorAt(process.argv[3] ?? 'main');
  const perBook = Number(process.argv[5] ?? 20);
  const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(dir, f));
  const books: Grid[][] = [];
  for (const f of [...files]) {
    try {
      books.push(await readXlsxBuffer(readFileSync(f)));
    } catch {
      files.splice(files.indexOf(f), 1);
    }
  }
  const texts: string[] = [];
  for (const b of books) for (const g of b) for (const r of g.rows) for (const c of r ?? []) if (c && typeof c.value === 'string' && c.value.length < 200 && rnd() < 0.05) texts.push(c.value);
  let compared = 0;
  let differ = 0;
  const check = (grids: Grid[], label: string): void => {
    const a = JSON.stringify(oldLocate(sheetViews(grids)));
    const b = JSON.stringify(newLocate(sheetViews(grids)));
    compared++;
    if (a !== b) {
      differ++;
      if (differ <= 5) console.log(`DIFFER ${label}\n old ${a}\n new ${b}`);
    }
  };
  const plain = books.map((b, i) => (check(b, files[i]), JSON.stringify(oldLocate(sheetViews(b)))));
  let changed = 0;
  for (let k = 0; k < perBook; k++)
    books.forEach((b, i) => {
      const m = mutate(b, texts);
      if (JSON.stringify(oldLocate(sheetViews(m))) !== plain[i]) changed++;
      check(m, `${files[i]} mutation ${k} seed-state ${seed}`);
    });
  console.log(`${compared} workbooks compared (${books.length} unmutated; ${changed} mutated ones whose anchors or hints the mutation changed), ${differ} differ`);
}

void main();
