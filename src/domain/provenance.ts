import type { Path } from './paths';

/** Where a value was read: the worksheet and the A1 address of its cell (no `$`, no sheet name). */
export interface CellRef {
  sheet: string;
  cell: string;
  /** The cell's formula (without "="), when it had one. */
  formula?: string | null;
}

/** Every path a reader read, with its cell. */
export type Provenance = Map<Path, CellRef>;

/**
 * The cell of a path, or of its nearest recorded ancestor (a row for a value, a table for a row): the
 * ancestors of `pathAncestors`, longest first, cut one segment at a time (no list of them made; most paths
 * are found at once).
 */
export function locate(provenance: Provenance, path: Path): CellRef | null {
  let p = path;
  for (;;) {
    const ref = provenance.get(p);
    if (ref) return ref;
    const slash = p.lastIndexOf('/');
    if (slash < 0) return null;
    p = p.slice(0, slash);
  }
}

/**
 * A provenance that tells a path's formula without making its cell's reference: the reader's keeps most cells
 * unmade until asked for (src/sheets/read/read-provenance.ts), and F009 asks this of every total cell of the
 * funding table, nearly all of which no finding names (issue 10).
 */
interface FormulaLookup {
  /** Undefined when no cell is recorded for the path itself, else the cell's formula (null when it has none). */
  formulaOf(path: Path): string | null | undefined;
  /** `formulaOf` of each of these paths, each `row`'s and a column's ("/total", "/y/2021"), told without cutting them. */
  formulasOfRow(row: Path, paths: readonly Path[]): (string | null | undefined)[];
}

function tellsFormulas(provenance: Provenance): provenance is Provenance & FormulaLookup {
  return typeof (provenance as Partial<FormulaLookup>).formulaOf === 'function';
}

/**
 * The formula of the cell recorded for the path itself (no ancestor's): undefined when there is none, null when
 * the cell holds no formula — `provenance.get(path)?.formula` told apart from no cell.
 */
export function formulaOf(provenance: Provenance, path: Path): string | null | undefined {
  if (tellsFormulas(provenance)) return provenance.formulaOf(path);
  const cell = provenance.get(path);
  return cell === undefined ? undefined : (cell.formula ?? null);
}

/**
 * `formulaOf(provenance, path)` of each of these cells of a row of amounts: each path is `row`'s path, "/" and a
 * column's (paths.ts). The reader's provenance finds the row once, without cutting the paths (issue 10: F009 asks
 * this of every total cell of the funding table).
 */
export function formulasOfRow(provenance: Provenance, row: Path, paths: readonly Path[]): (string | null | undefined)[] {
  return tellsFormulas(provenance) ? provenance.formulasOfRow(row, paths) : paths.map((path) => formulaOf(provenance, path));
}
