// The summary of a table read (see domain/read-summary): counted from what the reader returns, once.
import type { FundingRow, FundingTable } from '../../domain/model/funding';
import type { IndicatorTable } from '../../domain/model/indicators';
import type { PassportFunding } from '../../domain/model/passport';
import { unitOf, type UnitSource } from '../../domain/model/unit';
import type { TableReading } from '../../domain/read-summary';
import { sourceKeys } from '../../domain/sources';
import type { CellRef } from '../../domain/provenance';

function countAmounts(rows: readonly { total: string | null; years: readonly (string | null)[] }[]): number {
  let n = 0;
  for (const r of rows) n += amountsOf(r);
  return n;
}

function amountsOf(r: { total: string | null; years: readonly (string | null)[] }): number {
  let n = r.total !== null ? 1 : 0;
  for (let i = 0; i < r.years.length; i++) if (r.years[i] !== null) n++;
  return n;
}

export function fundingReading(table: FundingTable, at: CellRef, layout: 'blocks' | 'sources' | 'transposed', unitFrom: UnitSource): TableReading {
  // The rows and their amounts counted where they stand: at 1000× a table has thousands of rows, no list of them is made.
  let rows = 0;
  let amounts = 0;
  const count = (list: readonly FundingRow[]): void => {
    rows += list.length;
    for (let i = 0; i < list.length; i++) amounts += amountsOf(list[i]);
  };
  const names: string[] = [];
  for (const r of table.totalBySource) names.push(r.source);
  for (const sp of table.subprograms) {
    count(sp.sources);
    if (sp.total) {
      rows++;
      amounts += amountsOf(sp.total);
    }
    for (const r of sp.sources) names.push(r.source);
  }
  if (table.total) {
    rows++;
    amounts += amountsOf(table.total);
  }
  count(table.totalBySource);
  count(table.ofWhich ?? []);
  count(table.totalRepeats ?? []);
  return {
    table: 'funding',
    sheet: at.sheet,
    cell: at.cell,
    layout,
    rows,
    subprograms: table.subprograms.length,
    sources: new Set(sourceKeys(names).map((k) => k.replace(/#\d+$/, ''))).size,
    years: table.years,
    totalColumn: table.totalColumn ?? 'first',
    unit: unitOf(table),
    unitFrom,
    amounts,
  };
}

export function indicatorReading(table: IndicatorTable, at: CellRef): TableReading {
  let indicators = 0;
  for (const s of table.subprograms) for (const a of s.activities) indicators += a.indicators.length;
  return { table: 'indicators', sheet: at.sheet, cell: at.cell, layout: 'rows', rows: indicators, indicators, years: table.years };
}

export function passportReading(funding: PassportFunding | null, rows: number, at: CellRef, layout: 'paragraph' | 'table' | 'text', unread: number, unitStated: boolean): TableReading {
  const amounts = funding
    ? countAmounts([{ total: funding.total, years: funding.years.map((y) => y.amount) }, ...funding.sources.map((s) => ({ total: s.total, years: s.years.map((y) => y.amount) }))])
    : 0;
  return {
    table: 'passport',
    sheet: at.sheet,
    cell: at.cell,
    layout,
    rows,
    ...(funding ? { sources: funding.sources.length, years: funding.years.map((y) => y.year), unit: unitOf(funding), unitFrom: unitStated ? (layout === 'table' ? 'header' : 'text') : 'assumed', amounts, unread } : {}),
  };
}
