// The provenance a reading leaves: a Map of path → cell like any other (src/domain/provenance.ts), except that
// an indicator's row is kept as one record — its cells — and its ten or so paths and cell references are made
// only when asked for (issue 10: at 100× the indicator table alone recorded 27 000 path strings, each with its
// reference, nearly all never looked at; a finding looks up a few). What it answers is what the eager Map
// answered: the same paths, the same cells, the first recorded for a path kept, and the same order when it is
// walked (the first walk, or a change other than recording, makes every record an ordinary entry).
import type { YearSpan } from '../../domain/model/year-span';
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

export class ReadProvenance extends Map<Path, CellRef> {
  /** Indicator rows not made into entries yet. */
  #rows: IndicatorCells[] = [];
  /** Per row of #rows, the number of entries recorded before it. */
  #before: number[] = [];
  /** The same rows by subprogram, activity and indicator index. */
  #index: (IndicatorCells | undefined)[][][] = [];

  /** Records an indicator's row; its paths must be new (the reader records each indicator once). */
  recordIndicator(cells: IndicatorCells): void {
    this.#rows.push(cells);
    this.#before.push(super.size);
    ((this.#index[cells.s] ??= [])[cells.a] ??= [])[cells.k] = cells;
  }

  override get(path: Path): CellRef | undefined {
    const ref = super.get(path);
    if (ref !== undefined) return ref;
    return this.#pending(path)?.();
  }

  override has(path: Path): boolean {
    return super.has(path) || this.#pending(path) !== undefined;
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
    if (this.#rows.length === 0 || !path.startsWith(PREFIX)) return undefined;
    // indicators/sub/S/act/A/ind/K[/…]: the row's record, then the path among the row's own. A path without
    // "/ind/" (a subprogram's, an activity's: most that are recorded eagerly) is no row's.
    if (!path.includes('/ind/', PREFIX.length)) return undefined;
    const parts = path.split('/', 7);
    if (parts.length < 7 || parts[3] !== 'act' || parts[5] !== 'ind') return undefined;
    const cells = this.#index[Number(parts[2]) - 1]?.[Number(parts[4]) - 1]?.[Number(parts[6]) - 1];
    if (!cells) return undefined;
    for (const [p, cell] of entriesOf(cells)) if (p === path) return cell;
    return undefined;
  }

  override delete(path: Path): boolean {
    this.#settle();
    return super.delete(path);
  }

  override clear(): void {
    this.#rows = [];
    this.#before = [];
    this.#index = [];
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
    const eager = [...super.entries()];
    super.clear();
    let at = 0;
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      for (; at < befores[r]; at++) super.set(eager[at][0], eager[at][1]);
      for (const [path, cell] of entriesOf(cells)) if (!super.has(path)) super.set(path, cell());
    }
    for (; at < eager.length; at++) if (!super.has(eager[at][0])) super.set(eager[at][0], eager[at][1]);
  }
}
