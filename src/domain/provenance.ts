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
