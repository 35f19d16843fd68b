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
  /**
   * What `ref.formula ?? null` is, told without making the reference (the readers' cells read it off the
   * grid cell): `ReadProvenance.formulaOf` asks it of every total cell F009 looks at.
   */
  formula?(): string | null;
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

/** Which cell of a recorded row a lookup found (`ReadProvenance.#find`): a year column's index, or one of these. */
const NAME = -1;
const UNIT = -2;
const TYPE = -3;
const BASE = -4;
const LABEL = -5;
const TOTAL = -6;
const AT = -7;
const NUMBER = -8;
const TITLE = -9;
const NONE = -10;

/** The keys of a list of year columns ("2021", "2026-2030"), made once per list (the readers share theirs between rows). */
const yearKeys = new WeakMap<readonly YearSpan[], readonly string[]>();

/**
 * The first year column whose key is `path` from `at` to its end ("2021" of ".../y/2021"); -1 when none is. Of two
 * columns of one key, the first, as in the walk. No string is cut from the path for it.
 */
function yearAt(years: readonly YearSpan[], path: Path, at: number): number {
  let keys = yearKeys.get(years);
  if (keys === undefined) {
    keys = years.map(yearSpanKey);
    yearKeys.set(years, keys);
  }
  const length = path.length - at;
  for (let i = 0; i < keys.length; i++) if (keys[i].length === length && path.startsWith(keys[i], at)) return i;
  return -1;
}

/** The cell `path` names from `at` on in an indicator's row ("", "/unit", "/y/2021" …): NONE when none. */
function indicatorSlot(g: IndicatorCells, path: Path, at: number): number {
  const rest = path.length - at;
  if (rest === 0) return NAME;
  if (path.charCodeAt(at) !== 47 /* / */) return NONE;
  if (rest === 5) {
    if (path.startsWith('/name', at)) return NAME;
    if (path.startsWith('/unit', at)) return UNIT;
    if (path.startsWith('/type', at)) return TYPE;
    if (path.startsWith('/base', at)) return g.base ? BASE : NONE;
  }
  if (!path.startsWith('/y/', at)) return NONE;
  const i = yearAt(g.years, path, at + 3);
  return i < 0 ? NONE : i;
}

/** The cell `path` names from `at` on in a row of amounts ("", "/total", "/y/2021"): NONE when none. */
function amountSlot(g: AmountCells, path: Path, at: number): number {
  const rest = path.length - at;
  if (rest === 0) return LABEL;
  if (rest === 6 && path.startsWith('/total', at)) return g.total ? TOTAL : NONE;
  if (!path.startsWith('/y/', at)) return NONE;
  const i = yearAt(g.years, path, at + 3);
  return i < 0 ? NONE : i;
}

/**
 * The 1-based number written in `path` from `at` up to the next "/" or the end, as `paths` writes one (digits,
 * no leading zero); -1 when there is none such.
 */
function numberAt(path: Path, at: number): number {
  let n = 0;
  let i = at;
  for (; i < path.length && i - at < 9; i++) {
    const c = path.charCodeAt(i);
    if (c === 47 /* / */) break;
    if (c < 48 || c > 57 || (i === at && c === 48)) return -1;
    n = n * 10 + c - 48;
  }
  if (i === at || (i < path.length && path.charCodeAt(i) !== 47)) return -1;
  return n;
}

/** Digits of a number as `numberAt` reads them: how far the path goes past them. */
function digits(n: number): number {
  return n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : String(n).length;
}

/** `at.ref.formula ?? null`, the reference not made for a cell that tells its formula. */
function formulaAt(at: CellAt): string | null {
  return at.formula !== undefined ? at.formula() : (at.ref.formula ?? null);
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
    return this.#find(path) ? this.#foundRef() : undefined;
  }

  /**
   * `get(path)?.formula` told apart from no cell: undefined when the path has no cell, else the cell's formula
   * (null when it has none). A recorded row of amounts answers without making the cell's reference, for F009's
   * look at every total cell of the funding tables (issue 10: at ×100, with F009 asking this instead of `get`,
   * validate runs 61 M instructions fewer; the findings need a few of those references).
   */
  formulaOf(path: Path): string | null | undefined {
    const ref = super.get(path);
    if (ref !== undefined) return ref.formula ?? null;
    if (!this.#find(path)) return undefined;
    const row = this.#foundAmount;
    // An indicator's or an activity's cell: its reference made, as `get` makes it (none of them is a total's).
    if (row === null) return this.#foundRef().formula ?? null;
    const slot = this.#slot;
    return formulaAt(slot === LABEL ? row.label : slot === TOTAL ? row.total! : row.cells[slot]);
  }

  /**
   * `formulaOf` of each of these cells of the row of amounts at `row` (each path is `row`, "/total" or "/y/" and a
   * year's key), the row found by its path instead of by cutting each cell's. Of the rows a cell's path could be
   * under, only `row` and a row at the path itself are left: a row holds a path under it only as "/total" or "/y/"
   * and a year's key, neither of which has a "/" in it. A path held otherwise (an entry of its own, a row recorded
   * at it, no such row) gets the general answer.
   *
   * F009 asks it of every total cell of the funding table (issue 10). Asked cell by cell (`formulaOf`), the lookup —
   * a slice and a hash of the cut path, the look for any row the path may be under — ran often enough at ×100 to be
   * compiled by the optimizing compiler with all it calls, which cost more instructions than the lookups did
   * (about 25 M of `validate` ×100, callgrind). One call per row, the cell found by a method of its own and its formula
   * told by another, leaves each of them short of that: at ×100 none is compiled so.
   */
  formulasOfRow(row: Path, paths: readonly Path[]): (string | null | undefined)[] {
    const records = this.#amounts.get(row);
    const out: (string | null | undefined)[] = [];
    for (let i = 0; i < paths.length; i++) {
      const at = records === undefined ? null : this.#rowCell(records, row, paths[i]);
      out.push(at === null ? this.formulaOf(paths[i]) : formulaAt(at));
    }
    return out;
  }

  /** The cell of `row`'s records at `path` when no other row or entry can have it (see formulasOfRow); else null. */
  #rowCell(records: readonly AmountRecord[], row: Path, path: Path): CellAt | null {
    if (super.has(path) || path.length <= row.length || !path.startsWith(row) || this.#amounts.has(path)) return null;
    // The first recorded of the row's records that has the cell, as #considerAmount takes it.
    for (let k = 0; k < records.length; k++) {
      const cells = records[k].cells;
      const slot = amountSlot(cells, path, row.length);
      if (slot !== NONE) return slot === TOTAL ? cells.total! : cells.cells[slot];
    }
    return null;
  }

  override has(path: Path): boolean {
    return super.has(path) || this.#find(path);
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
    if (!super.has(path) && !this.#find(path)) super.set(path, ref);
  }

  override set(path: Path, ref: CellRef): this {
    // A path of a row not made into entries yet is replaced where it stands, as in any Map.
    if (this.#find(path)) this.#settle();
    return super.set(path, ref);
  }

  // What the last #find found: the row and which of its cells (no function or list made per lookup: a finding's
  // cell, and F009's look at every total cell, are looked up by the thousand at 100×, issue 10).
  #foundIndicator: IndicatorCells | null = null;
  #foundActivity: ActivityCells | null = null;
  #foundAmount: AmountCells | null = null;
  #foundSeq = 0;
  #slot = NONE;

  /** Whether a recorded row holds the path (then #foundRef makes its cell). */
  #find(path: Path): boolean {
    if (this.#rows.length === 0) return false;
    this.#foundIndicator = null;
    this.#foundActivity = null;
    this.#foundAmount = null;
    if (this.#amounts.size > 0 && this.#underAmountRoot(path) && this.#findAmount(path)) return true;
    if (!path.startsWith(PREFIX)) return false;
    // indicators/sub/S/act/A/ind/K[/…] is an indicator's row's; indicators/sub/S/act/A[/number|/title] an
    // activity's; any other path (a subprogram's, recorded eagerly) no row's. The numbers as `paths` writes them.
    const s = numberAt(path, PREFIX.length);
    if (s < 0) return false;
    let at = PREFIX.length + digits(s);
    if (!path.startsWith('/act/', at)) return false;
    const a = numberAt(path, at + 5);
    if (a < 0) return false;
    at += 5 + digits(a);
    if (path.startsWith('/ind/', at)) {
      const k = numberAt(path, at + 5);
      if (k < 0) return false;
      const cells = this.#index[s - 1]?.[a - 1]?.[k - 1];
      if (!cells) return false;
      this.#slot = indicatorSlot(cells, path, at + 5 + digits(k));
      if (this.#slot === NONE) return false;
      this.#foundIndicator = cells;
      return true;
    }
    const cells = this.#activities[s - 1]?.[a - 1];
    if (!cells) return false;
    const rest = path.length - at;
    this.#slot =
      rest === 0 ? AT : rest === 7 && path.startsWith('/number', at) ? (cells.number ? NUMBER : NONE) : rest === 6 && path.startsWith('/title', at) ? TITLE : NONE;
    if (this.#slot === NONE) return false;
    this.#foundActivity = cells;
    return true;
  }

  /** The path starts with the first segment of a recorded row of amounts' path. */
  #underAmountRoot(path: Path): boolean {
    const roots = this.#amountRoots;
    for (let i = 0; i < roots.length; i++) if (path.startsWith(roots[i])) return true;
    return false;
  }

  /**
   * Whether a recorded row of amounts holds the path: the path is a row's own, or a row's with "/total" or
   * "/y/…" after it. Of the rows that hold it (a source's key may hold "/y/"), the one recorded first.
   */
  #findAmount(path: Path): boolean {
    this.#considerAmount(path, path);
    if (path.endsWith('/total')) this.#considerAmount(path.slice(0, -'/total'.length), path);
    for (let at = path.indexOf('/y/'); at >= 0; at = path.indexOf('/y/', at + 1)) this.#considerAmount(path.slice(0, at), path);
    return this.#foundAmount !== null;
  }

  /** The first recorded row of `rowPath` that holds `path`, when recorded before the one found so far. */
  #considerAmount(rowPath: Path, path: Path): void {
    const records = this.#amounts.get(rowPath);
    if (records === undefined) return;
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      if (this.#foundAmount !== null && this.#foundSeq < record.seq) return;
      const slot = amountSlot(record.cells, path, rowPath.length);
      if (slot !== NONE) {
        this.#foundAmount = record.cells;
        this.#foundSeq = record.seq;
        this.#slot = slot;
        return;
      }
    }
  }

  /** The cell the last #find found, made now. */
  #foundRef(): CellRef {
    const slot = this.#slot;
    const g = this.#foundIndicator;
    if (g !== null) {
      switch (slot) {
        case NAME:
          return g.name();
        case UNIT:
          return g.unit();
        case TYPE:
          return g.type();
        case BASE:
          return g.base!.call(g);
      }
      return g.plan(slot);
    }
    const act = this.#foundActivity;
    if (act !== null) return slot === AT ? act.at.ref : slot === NUMBER ? act.number!.ref : act.title.ref;
    const row = this.#foundAmount!;
    return slot === LABEL ? row.label.ref : slot === TOTAL ? row.total!.ref : row.cells[slot].ref;
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
