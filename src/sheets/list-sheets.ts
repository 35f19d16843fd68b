// Where a drop-down's values come from, for every host (the Excel adapter and the .xlsx writer alike).
// Excel takes a typed list ("a,b,c") of at most 255 characters — in an .xlsx file counted with the quotes
// around it — and no commas or quotes inside a value; a longer list is written into a hidden sheet next to
// its table ("Приложение 1 (списки)", one column a list) and the drop-down refers to those cells.
import { columnLetters } from './address';
import type { Grid, GridCell } from './grid';

/** Excel's limit on a typed list, the one definition. */
export const INLINE_LIST_LIMIT = 255;
const SHEET_NAME_LIMIT = 31;
const LISTS_SUFFIX = ' (списки)';

/** "a,b,c" when the list may be typed in (in quotes in an .xlsx formula, within the limit), else null. */
export function inlineList(values: readonly string[]): string | null {
  if (values.some((v) => v.includes(',') || v.includes('"'))) return null;
  const typed = values.join(',');
  return typed.length + 2 <= INLINE_LIST_LIMIT ? typed : null;
}

/** The hidden sheet that holds a table's long lists: "Приложение 1 (списки)"; another number when taken. */
export function listsSheetName(sheet: string, taken: readonly string[] = []): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? LISTS_SUFFIX : ` (списки ${n})`;
    const name = `${sheet.slice(0, SHEET_NAME_LIMIT - suffix.length)}${suffix}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

export interface ListPlacement {
  /** The source of each of the grid's validations, in order: a typed list "a,b" or a reference "='…'!$A$1:$A$5". */
  sources: string[];
  /** The hidden sheet with the long lists, or null when every list is typed in. */
  lists: Grid | null;
}

/** `taken`: names the lists sheet may not have (the other sheets of a workbook being written whole). */
export function placeLists(grid: Grid, taken: readonly string[] = []): ListPlacement {
  const listsName = listsSheetName(grid.name, taken);
  const quoted = `'${listsName.replace(/'/g, "''")}'`;
  const columns: string[][] = [];
  const columnOf = new Map<string, number>();
  const sources = (grid.validations ?? []).map(({ values }) => {
    const typed = inlineList(values);
    if (typed !== null) return typed;
    const key = JSON.stringify(values);
    let col = columnOf.get(key);
    if (col === undefined) {
      col = columns.length;
      columns.push([...values]);
      columnOf.set(key, col);
    }
    const letters = columnLetters(col);
    return `=${quoted}!$${letters}$1:$${letters}$${Math.max(values.length, 1)}`;
  });
  if (columns.length === 0) return { sources, lists: null };
  const height = Math.max(...columns.map((c) => c.length));
  const rows: (GridCell | null)[][] = Array.from({ length: height }, (_, r) => columns.map((c) => (r < c.length ? { value: c[r] } : null)));
  return { sources, lists: { name: listsName, rows, merges: [] } };
}
