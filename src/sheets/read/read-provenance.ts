// The provenance a reading leaves: a Map of path → cell like any other (src/domain/provenance.ts), except that
// an indicator's row, an activity's, and a funding table's row of amounts, is kept as one record — its cells — and its ten or
// so paths and cell references are made only when asked for (issue 10: at 100× the indicator table alone
// recorded 27 000 path strings, each with its reference, nearly all never looked at; a finding looks up a few). What it answers is what the eager Map
// answered: the same paths, the same cells, the first recorded for a path kept, and the same order when it is
// walked (the first walk, or a change other than recording, makes every record an ordinary entry).
import { yearSpanKey, type YearSpan } from '../../domain/model/year-span';
import { paths, type Path } from '../../domain/paths';
import type { CellRef } from '../../domain/provenance';

/** The cells of one indicator's row: its paths are `paths.indicator(s, a, k)` and its fields'. */
export interface IndicatorCells {
  s: number;
  a: number;
  k: number;
  name: () => CellRef;
  unit: () => CellRef;
  type: () => CellRef;
  /** The base value's cell; null when the table has no base column (no path then). */
  base: (() => CellRef) | null;
  /** Per year column, in the table's order. */
  years: readonly YearSpan[];
  plan: (i: number) => CellRef;
}

/** A cell whose reference may be made when asked for. */
export interface CellAt {
  readonly ref: CellRef;
}

/**
 * An activity's row of an indicator table: its path `paths.activity(s, a)` at `at`, its number's
 * (`paths.activityField(s, a, 'number')`, when the row has one) and its title's.
 */
export interface ActivityCells {
  s: number;
  a: number;
  at: CellAt;
  /** null: the row has no activity number (no path then). */
  number: CellAt | null;
  title: CellAt;
}

/** The paths of an activity's row, in the order the reader records them, each with its cell. */
function* activityEntriesOf(g: ActivityCells): Generator<[Path, () => CellRef]> {
  yield [paths.activity(g.s, g.a), () => g.at.ref];
  const number = g.number;
  if (number) yield [paths.activityField(g.s, g.a, 'number'), () => number.ref];
  yield [paths.activityField(g.s, g.a, 'title'), () => g.title.ref];
}

/** A recorded activity's row (told from an indicator's row by its class). */
class ActivityRecord {
  constructor(readonly cells: ActivityCells) {}
}

/** The cell of `path` among an activity row's entries (`activityEntriesOf`). */
function activityCellAt(g: ActivityCells, path: Path): (() => CellRef) | undefined {
  const row = paths.activity(g.s, g.a);
  if (!path.startsWith(row)) return undefined;
  switch (path.slice(row.length)) {
    case '':
      return () => g.at.ref;
    case '/number': {
      const number = g.number;
      return number ? () => number.ref : undefined;
    }
    case '/title':
      return () => g.title.ref;
  }
  return undefined;
}

/**
 * A row of amounts (a funding table's source, subtotal or total): its label's cell at `path`, its amounts' at
 * `path/total` and `path/y/2021` — the paths `paths.fundingSourceCell` and its kin give (test/sheets/read).
 */
export interface AmountCells {
  path: Path;
  label: CellAt;
  /** null: the table has no total column (no path then). */
  total: CellAt | null;
  years: readonly YearSpan[];
  /** Per year, in the table's order. */
  cells: readonly CellAt[];
}

/** The paths of a row of amounts, in the order the reader records them, each with its cell. */
function* amountEntriesOf(g: AmountCells): Generator<[Path, () => CellRef]> {
  yield [g.path, () => g.label.ref];
  const total = g.total;
  if (total) yield [`${g.path}/total`, () => total.ref];
  for (let i = 0; i < g.years.length; i++) yield [`${g.path}/y/${yearSpanKey(g.years[i])}`, () => g.cells[i].ref];
}

/** A recorded row of amounts, with its place among the recorded rows (the first recorded of a path is kept). */
class AmountRecord {
  constructor(
    readonly seq: number,
    readonly cells: AmountCells,
  ) {}
}

const PREFIX = 'indicators/sub/';

/** The paths of an indicator's row, in the order the reader records them, each with its cell. */
function* entriesOf(g: IndicatorCells): Generator<[Path, () => CellRef]> {
  // Called on the row: its cells may be its methods.
  const name = () => g.name();
  yield [paths.indicator(g.s, g.a, g.k), name];
  yield [paths.indicatorField(g.s, g.a, g.k, 'name'), name];
  yield [paths.indicatorField(g.s, g.a, g.k, 'unit'), () => g.unit()];
  yield [paths.indicatorField(g.s, g.a, g.k, 'type'), () => g.type()];
  const base = g.base;
  if (base) yield [paths.indicatorField(g.s, g.a, g.k, 'base'), () => base.call(g)];
  for (let i = 0; i < g.years.length; i++) yield [paths.indicatorPlan(g.s, g.a, g.k, g.years[i]), () => g.plan(i)];
}

/**
 * The cell of `path` among an indicator row's entries (`entriesOf`), found from the path's end instead of making
 * every path of the row: a finding's cell is looked up by the thousand at 100× (issue 10). The first entry of the
 * path wins, as in the walk: of two year columns of one key, the first.
 */
function indicatorCellAt(g: IndicatorCells, path: Path): (() => CellRef) | undefined {
  const row = paths.indicator(g.s, g.a, g.k);
  if (!path.startsWith(row)) return undefined;
  const rest = path.slice(row.length);
  switch (rest) {
    case '':
    case '/name':
      return () => g.name();
    case '/unit':
      return () => g.unit();
    case '/type':
      return () => g.type();
    case '/base': {
      const base = g.base;
      return base ? () => base.call(g) : undefined;
    }
  }
  const i = yearAt(g.years, rest);
  return i < 0 ? undefined : () => g.plan(i);
}

/** The cell of `path` among a row of amounts' entries (`amountEntriesOf`), found likewise from the path's end. */
function amountCellAt(g: AmountCells, path: Path): (() => CellRef) | undefined {
  if (!path.startsWith(g.path)) return undefined;
  const rest = path.slice(g.path.length);
  if (rest === '') return () => g.label.ref;
  if (rest === '/total') {
    const total = g.total;
    return total ? () => total.ref : undefined;
  }
  const i = yearAt(g.years, rest);
  return i < 0 ? undefined : () => g.cells[i].ref;
}

/** The first year column whose path ends so: "/y/2021" → the index of 2021; -1 when none does. */
function yearAt(years: readonly YearSpan[], rest: string): number {
  if (!rest.startsWith('/y/')) return -1;
  const key = rest.slice(3);
  for (let i = 0; i < years.length; i++) if (yearSpanKey(years[i]) === key) return i;
  return -1;
}

export class ReadProvenance extends Map<Path, CellRef> {
  /** Indicator rows, activities' rows and rows of amounts not made into entries yet. */
  #rows: (IndicatorCells | AmountRecord | ActivityRecord)[] = [];
  /** Per row of #rows, the number of entries recorded before it. */
  #before: number[] = [];
  /** The same indicator rows by subprogram, activity and indicator index. */
  #index: (IndicatorCells | undefined)[][][] = [];
  /** The activities' rows by subprogram and activity index. */
  #activities: (ActivityCells | undefined)[][] = [];
  /** The rows of amounts not made into entries yet, by their path. */
  #amounts = new Map<Path, AmountRecord[]>();
  /** The first segments of their paths with the "/" ("funding/"): a path that starts with none is no such row's. */
  #amountRoots: string[] = [];

  /** Records an indicator's row; its paths must be new (the reader records each indicator once). */
  recordIndicator(cells: IndicatorCells): void {
    this.#rows.push(cells);
    this.#before.push(super.size);
    ((this.#index[cells.s] ??= [])[cells.a] ??= [])[cells.k] = cells;
  }

  /** Records an activity's row; its paths must be new (the reader records each activity once). */
  recordActivity(cells: ActivityCells): void {
    this.#rows.push(new ActivityRecord(cells));
    this.#before.push(super.size);
    (this.#activities[cells.s] ??= [])[cells.a] = cells;
  }

  override get(path: Path): CellRef | undefined {
    const ref = super.get(path);
    if (ref !== undefined) return ref;
    return this.#pending(path)?.();
  }

  override has(path: Path): boolean {
    return super.has(path) || this.#pending(path) !== undefined;
  }

  /** Records a row of amounts; a path it shares with one recorded before keeps that one's cell. */
  recordAmounts(cells: AmountCells): void {
    const record = new AmountRecord(this.#rows.length, cells);
    this.#rows.push(record);
    this.#before.push(super.size);
    const slash = cells.path.indexOf('/');
    const root = slash < 0 ? cells.path : cells.path.slice(0, slash + 1);
    if (!this.#amountRoots.includes(root)) this.#amountRoots.push(root);
    const same = this.#amounts.get(cells.path);
    if (same) same.push(record);
    else this.#amounts.set(cells.path, [record]);
  }

  /** Sets the path's cell unless the path has one already (the first recorded is kept). */
  recordFirst(path: Path, ref: CellRef): void {
    if (!super.has(path) && this.#pending(path) === undefined) super.set(path, ref);
  }

  override set(path: Path, ref: CellRef): this {
    // A path of a row not made into entries yet is replaced where it stands, as in any Map.
    if (this.#pending(path) !== undefined) this.#settle();
    return super.set(path, ref);
  }

  /** The cell of a path held by a recorded row, made when called; undefined when no row holds the path. */
  #pending(path: Path): (() => CellRef) | undefined {
    if (this.#rows.length === 0) return undefined;
    if (this.#amounts.size > 0 && this.#amountRoots.some((root) => path.startsWith(root))) {
      const amount = this.#pendingAmount(path);
      if (amount !== undefined) return amount;
    }
    if (!path.startsWith(PREFIX)) return undefined;
    // indicators/sub/S/act/A/ind/K[/…]: the row's record, then the path among the row's own. A path without
    // "/ind/" is an activity's (indicators/sub/S/act/A[/…]) or no row's (a subprogram's, recorded eagerly).
    if (!path.includes('/ind/', PREFIX.length)) return this.#pendingActivity(path);
    const parts = path.split('/', 7);
    if (parts.length < 7 || parts[3] !== 'act' || parts[5] !== 'ind') return undefined;
    const cells = this.#index[Number(parts[2]) - 1]?.[Number(parts[4]) - 1]?.[Number(parts[6]) - 1];
    if (!cells) return undefined;
    return indicatorCellAt(cells, path);
  }

  /** The cell of an activity's path held by a recorded activity's row. */
  #pendingActivity(path: Path): (() => CellRef) | undefined {
    if (this.#activities.length === 0 || !path.includes('/act/', PREFIX.length)) return undefined;
    const parts = path.split('/', 5);
    if (parts.length < 5 || parts[3] !== 'act') return undefined;
    const cells = this.#activities[Number(parts[2]) - 1]?.[Number(parts[4]) - 1];
    return cells ? activityCellAt(cells, path) : undefined;
  }

  /**
   * The cell of a path held by a recorded row of amounts: the path is a row's own, or a row's with "/total" or
   * "/y/…" after it. Of the rows that hold it (a source's key may hold "/y/"), the one recorded first.
   */
  #pendingAmount(path: Path): (() => CellRef) | undefined {
    let best: { seq: number; cell: () => CellRef } | undefined;
    const consider = (rowPath: Path): void => {
      for (const record of this.#amounts.get(rowPath) ?? []) {
        if (best !== undefined && best.seq < record.seq) return;
        const cell = amountCellAt(record.cells, path);
        if (cell !== undefined) {
          best = { seq: record.seq, cell };
          return;
        }
      }
    };
    consider(path);
    if (path.endsWith('/total')) consider(path.slice(0, -'/total'.length));
    for (let at = path.indexOf('/y/'); at >= 0; at = path.indexOf('/y/', at + 1)) consider(path.slice(0, at));
    return best?.cell;
  }

  override delete(path: Path): boolean {
    this.#settle();
    return super.delete(path);
  }

  override clear(): void {
    this.#rows = [];
    this.#before = [];
    this.#amounts = new Map();
    this.#amountRoots = [];
    this.#index = [];
    this.#activities = [];
    super.clear();
  }

  override get size(): number {
    this.#settle();
    return super.size;
  }

  override forEach(callback: (value: CellRef, key: Path, map: Map<Path, CellRef>) => void, thisArg?: unknown): void {
    this.#settle();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[Path, CellRef]> {
    this.#settle();
    return super.entries();
  }

  override keys(): MapIterator<Path> {
    this.#settle();
    return super.keys();
  }

  override values(): MapIterator<CellRef> {
    this.#settle();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[Path, CellRef]> {
    return this.entries();
  }

  /** Makes every recorded row into entries, in the order they were recorded among the others. */
  #settle(): void {
    if (this.#rows.length === 0) return;
    const rows = this.#rows;
    const befores = this.#before;
    this.#rows = [];
    this.#before = [];
    this.#index = [];
    this.#activities = [];
    this.#amounts = new Map();
    this.#amountRoots = [];
    const eager = [...super.entries()];
    super.clear();
    let at = 0;
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      for (; at < befores[r]; at++) super.set(eager[at][0], eager[at][1]);
      const entries = cells instanceof AmountRecord ? amountEntriesOf(cells.cells) : cells instanceof ActivityRecord ? activityEntriesOf(cells.cells) : entriesOf(cells);
      for (const [path, cell] of entries) if (!super.has(path)) super.set(path, cell());
    }
    for (; at < eager.length; at++) if (!super.has(eager[at][0])) super.set(eager[at][0], eager[at][1]);
  }
}
