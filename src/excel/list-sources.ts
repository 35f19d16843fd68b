// Where a drop-down's values come from. Excel takes a typed list ("a,b,c") of at most 255 characters
// and no commas inside a value; a longer list is written into a hidden sheet next to its table
// ("Приложение 1 (списки)", one column a list) and the drop-down refers to those cells.
import { columnLetters } from '../sheets/address';
import type { Grid, GridCell } from '../sheets/grid';

export const INLINE_LIST_LIMIT = 255;
const SHEET_NAME_LIMIT = 31;
const LISTS_SUFFIX = ' (списки)';

/** The hidden sheet that holds a table's long lists: "Приложение 1 (списки)". */
export function listsSheetName(sheet: string): string {
  return `${sheet.slice(0, SHEET_NAME_LIMIT - LISTS_SUFFIX.length)}${LISTS_SUFFIX}`;
}

export interface ListPlacement {
  /** The source of each of the grid's validations, in order. */
  sources: string[];
  /** The hidden sheet with the long lists, or null when every list is typed in. */
  lists: Grid | null;
}

export function placeLists(grid: Grid): ListPlacement {
  const listsName = listsSheetName(grid.name);
  const quoted = `'${listsName.replace(/'/g, "''")}'`;
  const columns: string[][] = [];
  const columnOf = new Map<string, number>();
  const sources = (grid.validations ?? []).map(({ values }) => {
    const typed = values.join(',');
    if (typed.length <= INLINE_LIST_LIMIT && !values.some((v) => v.includes(','))) return typed;
    const key = JSON.stringify(values);
    let col = columnOf.get(key);
    if (col === undefined) {
      col = columns.length;
      columns.push(values);
      columnOf.set(key, col);
    }
    const letters = columnLetters(col);
    return `=${quoted}!$${letters}$1:$${letters}$${values.length}`;
  });
  if (columns.length === 0) return { sources, lists: null };
  const height = Math.max(...columns.map((c) => c.length));
  const rows: (GridCell | null)[][] = Array.from({ length: height }, (_, r) => columns.map((c) => (r < c.length ? { value: c[r] } : null)));
  return { sources, lists: { name: listsName, rows, merges: [] } };
}
