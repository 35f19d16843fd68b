// The rows and columns of Приложение 1 as the rules see them: every row with the domain path of its
// cells and its place in domain terms (`{kind: 'sourceRow', sub: 2, source: '…'}`), which the messages word.
import { toScaled, type Decimal, type Scaled } from './amount';
import type { Place } from './messages/message-data';
import type { FundingRow, FundingTable } from './model/funding';
import type { YearSpan } from './model/year-span';
import { paths, type Column, type Path } from './paths';
import { sourceKeys } from './sources';
import { parseSubprogramTitle } from './subprogram-title';
import { collapseSpaces } from './text/fold';

/** A column of a funding row: "Общий объем" (index null) or the year column `index`. */
export interface FundingColumn {
  column: Column;
  /** Position in `years`; null for "Общий объем". */
  index: number | null;
}

export function fundingColumns(years: readonly YearSpan[]): FundingColumn[] {
  const columns: FundingColumn[] = [{ column: 'total', index: null }];
  for (let index = 0; index < years.length; index++) columns.push({ column: years[index], index });
  return columns;
}

/** The columns a table has: "Общий объем" only when it has that column. */
export function tableColumns(funding: FundingTable): FundingColumn[] {
  const columns = fundingColumns(funding.years);
  return funding.totalColumn === 'none' ? columns.filter((c) => c.index !== null) : columns;
}

/** The amount of a row in a column as written; null (empty, dash) means zero. */
export function amountIn(row: FundingRow, column: FundingColumn): Decimal | null {
  return column.index === null ? row.total : (row.years[column.index] ?? null);
}

/** An amount scaled to the precision; an empty cell is zero. */
export function scaledAmount(d: Decimal | null | undefined, precision: number): Scaled {
  return d === null || d === undefined ? 0n : toScaled(d, precision);
}

/** The sum of a row's year columns. */
export function yearSum(row: FundingRow, precision: number): Scaled {
  let sum = 0n;
  for (const d of row.years) sum += scaledAmount(d, precision);
  return sum;
}

/** "Подпрограмма II" (or "Подпрограмма 2" when its title has no numeral), for the report model's own lines. */
export function subprogramLabel(title: string, index: number): { ru: string; en: string } {
  const numeral = parseSubprogramTitle(title).numeral ?? String(index + 1);
  return { ru: `Подпрограмма ${numeral}`, en: `Subprogram ${numeral}` };
}

/** A subprogram's number: its title's numeral (II → 2), else its position. */
export function subprogramNumber(title: string, index: number): number {
  return parseSubprogramTitle(title).number ?? index + 1;
}

export type FundingRowKind = 'source' | 'subtotal' | 'total' | 'bySource' | 'part' | 'repeat';

export interface LocatedFundingRow {
  kind: FundingRowKind;
  row: FundingRow;
  /** The subprogram's 0-based index (source and subtotal rows). */
  sub: number | null;
  /** The source key from `sourceKeys` (source and bySource rows). */
  key: string | null;
  path: Path;
  cellPath(column: Column): Path;
  /** The block the row is in: its subprogram, or the "в том числе" rows under ИТОГО. */
  block: Place;
  /** The row, or one of its cells, in domain terms. */
  place(column?: Column): Place;
}

/** Several rules walk the same table: walk it once. */
const walked = new WeakMap<FundingTable, readonly LocatedFundingRow[]>();

/**
 * A row's cell paths, made once per column: the rules ask for the same cells again and again, and the same
 * string each time is hashed once in the maps keyed by path. The year columns are a handful of objects: kept
 * in a short list, made at the first year asked for (a row's own Map cost more than its paths).
 */
function cellPaths(make: (c: Column) => Path): (c: Column) => Path {
  let total: Path | undefined;
  let spans: YearSpan[] | null = null;
  let made: Path[] | null = null;
  return (c) => {
    if (c === 'total') return (total ??= make(c));
    if (spans === null || made === null) {
      spans = [];
      made = [];
    }
    const i = spans.indexOf(c);
    if (i >= 0) return made[i];
    const path = make(c);
    // Bounded: a caller that passes a new year object each time gets a fresh path, not a growing list.
    if (spans.length < 64) {
      spans.push(c);
      made.push(path);
    }
    return path;
  };
}

/** Every row of Приложение 1 in table order, with its paths. */
export function fundingRows(funding: FundingTable): readonly LocatedFundingRow[] {
  const known = walked.get(funding);
  if (known) return known;
  const rows = locatedRows(funding);
  walked.set(funding, rows);
  return rows;
}

// A row's place is written out with and without its column: a spread of `{ column }` or `{}` made two objects
// more per place, and every declared sum of the funding rules asks for its total's place.
function locatedRows(funding: FundingTable): LocatedFundingRow[] {
  const rows: LocatedFundingRow[] = [];
  funding.subprograms.forEach((sp, sub) => {
    const number = subprogramNumber(sp.title, sub);
    const block: Place = { kind: 'subprogram', table: 'funding', sub: number };
    const keys = sourceKeys(sp.sources.map((s) => s.source));
    sp.sources.forEach((row, i) => {
      const key = keys[i];
      const name = collapseSpaces(row.source);
      rows.push({
        kind: 'source', row, sub, key, block,
        path: paths.fundingSource(sub, key),
        cellPath: cellPaths((c) => paths.fundingSourceCell(sub, key, c)),
        place: (column) => (column !== undefined ? { kind: 'sourceRow', sub: number, source: name, column } : { kind: 'sourceRow', sub: number, source: name }),
      });
    });
    if (sp.total) {
      rows.push({
        kind: 'subtotal', row: sp.total, sub, key: null, block,
        path: paths.fundingSubtotal(sub),
        cellPath: cellPaths((c) => paths.fundingSubtotalCell(sub, c)),
        place: (column) => (column !== undefined ? { kind: 'subtotalRow', sub: number, column } : { kind: 'subtotalRow', sub: number }),
      });
    }
  });
  if (funding.total) {
    rows.push({
      kind: 'total', row: funding.total, sub: null, key: null, block: { kind: 'table', table: 'funding' },
      path: paths.fundingTotal,
      cellPath: cellPaths((c) => paths.fundingTotalCell(c)),
      place: (column) => (column !== undefined ? { kind: 'totalRow', column } : { kind: 'totalRow' }),
    });
  }
  const keys = sourceKeys(funding.totalBySource.map((s) => s.source));
  funding.totalBySource.forEach((row, i) => {
    const key = keys[i];
    const name = collapseSpaces(row.source);
    rows.push({
      kind: 'bySource', row, sub: null, key, block: { kind: 'bySourceBlock' },
      path: paths.fundingBySource(key),
      cellPath: cellPaths((c) => paths.fundingBySourceCell(key, c)),
      place: (column) => (column !== undefined ? { kind: 'bySourceRow', source: name, column } : { kind: 'bySourceRow', source: name }),
    });
  });
  (funding.ofWhich ?? []).forEach((row, i) => {
    const name = collapseSpaces(row.source);
    rows.push({
      kind: 'part', row, sub: null, key: null, block: { kind: 'bySourceBlock' },
      path: paths.fundingPart(i),
      cellPath: cellPaths((c) => paths.fundingPartCell(i, c)),
      place: (column) => (column !== undefined ? { kind: 'partRow', source: name, column } : { kind: 'partRow', source: name }),
    });
  });
  (funding.totalRepeats ?? []).forEach((row, i) => {
    const label = collapseSpaces(row.source);
    rows.push({
      kind: 'repeat', row, sub: null, key: null, block: { kind: 'table', table: 'funding' },
      path: paths.fundingTotalRepeat(i),
      cellPath: cellPaths((c) => paths.fundingTotalRepeatCell(i, c)),
      place: (column) => (column !== undefined ? { kind: 'totalRepeatRow', label, column } : { kind: 'totalRepeatRow', label }),
    });
  });
  return rows;
}

/**
 * Does the table have a column of amounts over all years (a row's "Общий объем")? Here, not beside the table's
 * schema in model/funding.ts, so that the rules load no zod (amount-schema.ts).
 */
export function hasTotalColumn(table: FundingTable): boolean {
  return table.totalColumn !== 'none';
}
