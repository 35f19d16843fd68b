// Sums of Приложение 1 by source: sources are matched by category (federal, regional, municipal,
// extra-budgetary) or, for a source of no category, by its folded name — the key `sourceKeys` gives.
import type { Scaled } from './amount';
import { amountIn, fundingColumns, scaledAmount, type FundingColumn } from './funding-rows';
import type { FundingRow, FundingTable } from './model/funding';
import { sourceKeys } from './sources';

/** The key of a source without the "#2" of a repeat: its category or "other:<folded name>". */
export function sourceMatchKey(key: string): string {
  // /#\d+$/ by hand: asked for every source row by several rules, and nearly every key has no "#".
  const hash = key.lastIndexOf('#');
  if (hash < 0 || hash === key.length - 1) return key;
  for (let i = hash + 1; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return key;
  }
  return key.slice(0, hash);
}

/** One amount per column ("Общий объем" first, then the year columns). */
export type ColumnAmounts = Scaled[];

function addRow(into: Map<string, ColumnAmounts>, key: string, row: FundingRow, columns: readonly FundingColumn[], precision: number): void {
  const sums = into.get(key) ?? columns.map(() => 0n);
  columns.forEach((c, i) => { sums[i] += scaledAmount(amountIn(row, c), precision); });
  into.set(key, sums);
}

/** Which sources to sum, by match key: all of them unless told. */
type SourceFilter = (matchKey: string) => boolean;

const EVERY_SOURCE: SourceFilter = () => true;

/** Each source's amounts summed over all subprograms, by match key (only the sources `include` names). */
export function sumSourcesOverSubprograms(funding: FundingTable, precision: number, include: SourceFilter = EVERY_SOURCE): Map<string, ColumnAmounts> {
  const sums = new Map<string, ColumnAmounts>();
  const columns = fundingColumns(funding.years);
  for (const sp of funding.subprograms) {
    const keys = sourceKeys(sp.sources.map((s) => s.source));
    sp.sources.forEach((row, i) => {
      const key = sourceMatchKey(keys[i]);
      if (include(key)) addRow(sums, key, row, columns, precision);
    });
  }
  return sums;
}

/**
 * The program's amounts per source as Приложение 1 states them: the "в том числе" rows under ИТОГО,
 * or, when the table has none, the sums over the subprograms.
 */
export function programAmountsBySource(funding: FundingTable, precision: number, include: SourceFilter = EVERY_SOURCE): Map<string, ColumnAmounts> {
  if (funding.totalBySource.length === 0) return sumSourcesOverSubprograms(funding, precision, include);
  const sums = new Map<string, ColumnAmounts>();
  const columns = fundingColumns(funding.years);
  const keys = sourceKeys(funding.totalBySource.map((s) => s.source));
  funding.totalBySource.forEach((row, i) => {
    const key = sourceMatchKey(keys[i]);
    if (include(key)) addRow(sums, key, row, columns, precision);
  });
  return sums;
}
