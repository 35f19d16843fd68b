// What each total of Приложение 1 adds up, in paths: the fix of a total rule is the sum of these cells
// ({kind: 'sum', addends}), which the resolver in src/sheets turns into a formula where the cells are known.
// Along the row: "Общий объем" adds the row's year cells. Down the column: a subprogram's "Всего" adds its
// sources; ИТОГО adds each subprogram's "Всего" row (or its sources when it has none, as F003 counts);
// a "в том числе" row adds its source over all subprograms (matched by category). A program without
// subprograms: ИТОГО adds its source rows, which add nothing below them.
import { fromScaled, sumScaled, type Decimal } from './amount';
import { amountIn, fundingRows, scaledAmount, tableColumns, type FundingColumn, type LocatedFundingRow } from './funding-rows';
import { sourceMatchKey } from './funding-sums';
import type { Fix } from './finding';
import type { FundingTable } from './model/funding';
import type { Column, Path } from './paths';
import { yearSpanKey, type YearSpan } from './model/year-span';

export interface FundingTotals {
  rows: readonly LocatedFundingRow[];
  columns: FundingColumn[];
  /** The year cells of a row ("Общий объем" is their sum). */
  along(row: LocatedFundingRow): Path[];
  /** The rows a total row adds in a column; null for a source row (it totals nothing below it). */
  down(row: LocatedFundingRow, column: Column): Path[] | null;
  /** The sum of these cells' amounts now, at the precision. */
  sum(addends: readonly Path[]): Decimal;
  /** Each cell with its amount as read (null: empty), as a declared sum's addends. */
  amounts(addends: readonly Path[]): SumCell[];
  /** `amounts` of these rows' cells in the column: each row's own amount when no two cells of the table share a path. */
  cellsIn(rows: readonly LocatedFundingRow[], column: Column): SumCell[];
  /** `along` with each cell's amount: the addends of a row's "Общий объем". */
  alongAmounts(row: LocatedFundingRow): SumCell[];
  /** `down` with each cell's amount: the addends of a total row's cell in this column; null for a source row. */
  downAmounts(row: LocatedFundingRow, column: FundingColumn): SumCell[] | null;
  /**
   * The rows that give the program's amount of a source (by match key): its "в том числе" rows under ИТОГО,
   * or its rows in every subprogram when the table has none (as `programAmountsBySource` adds them).
   */
  programSource(matchKey: string): LocatedFundingRow[];
}

/** A cell of the table with its amount as read (null: empty). */
export interface SumCell {
  readonly path: Path;
  readonly amount: Decimal | null;
  /** A path `path` is under (its row's), when `path` is made only when asked for (DeclaredSum's addends). */
  readonly under?: Path;
}

/**
 * A cell of a row of the table with its amount: its path is made when first asked for. A valid program's sums
 * never ask (the folding looks at the cells of the sums that are off; a store's push has no cells to look up),
 * and a table's cell paths were most of what its sums allocated (issue 10).
 */
class RowCell implements SumCell {
  readonly amount: Decimal | null;
  private readonly row: LocatedFundingRow;
  private readonly column: Column;
  constructor(row: LocatedFundingRow, column: FundingColumn) {
    this.row = row;
    this.column = column.column;
    this.amount = amountIn(row.row, column);
  }
  get path(): Path {
    return this.row.cellPath(this.column); // made once per cell by the row (cellPaths)
  }
  /** The row's path: every cell's path is it, "/" and the column's (paths.ts). */
  get under(): Path {
    return this.row.path;
  }
}

/** The cells' paths, for a fix that sums them. */
export function pathsOf(cells: readonly SumCell[]): Path[] {
  return cells.map((c) => c.path);
}

/**
 * Whether two of these cells share a path: the year columns of a row repeat a year (S003's finding). A formula of
 * paths cannot name both cells — the sheet resolves a path to one of them — so no sum fix is made of them.
 */
export function hasRepeatedPath(paths: readonly Path[]): boolean {
  return new Set(paths).size !== paths.length;
}

/** The fix that sets a total to `value`: the formula of its cells' sum, or the number when it has no cells or no formula can name them. */
export function sumFix(addends: readonly SumCell[], value: Decimal): Fix {
  const paths = pathsOf(addends);
  return paths.length > 0 && !hasRepeatedPath(paths) ? { kind: 'sum', addends: paths, value } : { kind: 'number', value };
}

const known = new WeakMap<FundingTable, Map<number, FundingTotals>>();

export function fundingTotals(funding: FundingTable, precision: number): FundingTotals {
  const byPrecision = known.get(funding) ?? new Map<number, FundingTotals>();
  known.set(funding, byPrecision);
  const cached = byPrecision.get(precision);
  if (cached) return cached;

  const rows = fundingRows(funding);
  const columns = tableColumns(funding);
  /**
   * Every cell's amount by path, made when first asked for by path (F003's repeated totals, P003, F009's fixes):
   * the sums of the rows and columns read their cells' amounts from the rows themselves.
   */
  let byPath: Map<Path, Decimal | null> | null = null;
  const written = (): Map<Path, Decimal | null> => {
    if (byPath === null) {
      byPath = new Map();
      for (const r of rows) for (const c of columns) byPath.set(r.cellPath(c.column), amountIn(r.row, c));
    }
    return byPath;
  };
  /** The amounts scaled, made when a sum is first asked for (F009's fixes: seldom). */
  let amounts: Map<Path, bigint> | null = null;
  const scaledAt = (path: Path): bigint => {
    if (amounts === null) {
      amounts = new Map();
      for (const [p, d] of written()) amounts.set(p, scaledAmount(d, precision));
    }
    return amounts.get(path) ?? 0n;
  };
  /**
   * Each cell with its amount, made once per cell of the table: a source's cell is an addend of its row's total
   * (F001), of its subprogram's (F002) and of its source's over the program (F004), and the declared sums keep
   * their addends until the folding — one object each instead of three. A column not of this table's: made anew.
   */
  const made = new Map<LocatedFundingRow, SumCell[]>();
  const cellOf = (r: LocatedFundingRow, c: FundingColumn): SumCell => {
    const k = columns.indexOf(c);
    if (k < 0) return new RowCell(r, c);
    let cells = made.get(r);
    if (cells === undefined) made.set(r, (cells = []));
    return (cells[k] ??= new RowCell(r, c));
  };

  const sourcesOf = new Map<number, LocatedFundingRow[]>();
  const bySource = new Map<string, LocatedFundingRow[]>();
  const programBySource = new Map<string, LocatedFundingRow[]>();
  const subtotalOf = new Map<number, LocatedFundingRow>();
  const push = <K>(map: Map<K, LocatedFundingRow[]>, key: K, r: LocatedFundingRow) => {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  };
  for (const r of rows) {
    if (r.kind === 'source' && r.sub !== null) {
      push(sourcesOf, r.sub, r);
      if (r.key !== null) push(bySource, sourceMatchKey(r.key), r);
    }
    if (r.kind === 'subtotal' && r.sub !== null) subtotalOf.set(r.sub, r);
    if (r.kind === 'bySource' && r.key !== null) push(programBySource, sourceMatchKey(r.key), r);
  }
  const bySubprograms = funding.subprograms.length > 0;
  const programRows = bySubprograms
    ? funding.subprograms.flatMap((_, sub) => {
        const subtotal = subtotalOf.get(sub);
        return subtotal ? [subtotal] : (sourcesOf.get(sub) ?? []);
      })
    : rows.filter((r) => r.kind === 'bySource');
  const added = (r: LocatedFundingRow): LocatedFundingRow[] | null => {
    if (r.kind === 'subtotal' && r.sub !== null) return sourcesOf.get(r.sub) ?? [];
    if (r.kind === 'total') return programRows;
    if (r.kind === 'bySource' && r.key !== null && bySubprograms) return bySource.get(sourceMatchKey(r.key)) ?? [];
    return null;
  };
  const years = columns.filter((c) => c.index !== null);
  /**
   * No two cells share a path: a cell's path is its row's path and its column's key, so when the rows' paths are
   * distinct and so are the columns' keys (S003: two columns headed one year share theirs), a path's amount is
   * its own row's — then no map of every cell (rows × columns paths) is made to look a few up. A row's path is
   * its kind's and its subprogram's or position's, and a source row's key: only two source rows of one block
   * (a subprogram, or the "в том числе" rows) can share one, when `sourceKeys` gave both the same key.
   */
  let distinct: boolean | null = null;
  const keysDistinct = (): boolean => {
    const byBlock = new Map<number, Set<string>>();
    for (const r of rows) {
      if ((r.kind !== 'source' && r.kind !== 'bySource') || r.key === null) continue;
      const block = r.kind === 'source' ? (r.sub ?? -2) : -1;
      let keys = byBlock.get(block);
      if (keys === undefined) byBlock.set(block, (keys = new Set()));
      if (keys.has(r.key)) return false;
      keys.add(r.key);
    }
    return true;
  };
  const pathsDistinct = (): boolean => (distinct ??= keysDistinct() && new Set(years.map((c) => yearSpanKey(c.column as YearSpan))).size === years.length);

  const totals: FundingTotals = {
    rows,
    columns,
    along: (r) => years.map((c) => r.cellPath(c.column)),
    down: (r, column) => added(r)?.map((a) => a.cellPath(column)) ?? null,
    sum: (addends) => fromScaled(sumScaled(addends.map(scaledAt)), precision),
    amounts: (addends) => {
      const amountOf = written();
      return addends.map((path) => ({ path, amount: amountOf.get(path) ?? null }));
    },
    cellsIn: (list, column) => {
      const c = pathsDistinct() ? columns.find((k) => k.column === column) : undefined;
      if (c === undefined) return totals.amounts(list.map((r) => r.cellPath(column)));
      return list.map((r) => cellOf(r, c));
    },
    alongAmounts: (r) => years.map((c) => cellOf(r, c)),
    downAmounts: (r, c) => added(r)?.map((a) => cellOf(a, c)) ?? null,
    programSource: (matchKey) => (funding.totalBySource.length > 0 ? programBySource : bySource).get(matchKey) ?? [],
  };
  byPrecision.set(precision, totals);
  return totals;
}
