// The summary of a table read (see domain/read-summary): counted from what the reader returns, once.
import type { FundingTable } from '../../domain/model/funding';
import type { IndicatorTable } from '../../domain/model/indicators';
import type { PassportFunding } from '../../domain/model/passport';
import { unitOf, type UnitSource } from '../../domain/model/unit';
import type { TableReading } from '../../domain/read-summary';
import { sourceKeys } from '../../domain/sources';
import type { CellRef } from '../../domain/provenance';

function countAmounts(rows: readonly { total: string | null; years: readonly (string | null)[] }[]): number {
  let n = 0;
  for (const r of rows) {
    if (r.total !== null) n++;
    for (const y of r.years) if (y !== null) n++;
  }
  return n;
}

export function fundingReading(table: FundingTable, at: CellRef, layout: 'blocks' | 'sources' | 'transposed', unitFrom: UnitSource): TableReading {
  const rows = [
    ...table.subprograms.flatMap((sp) => [...sp.sources, ...(sp.total ? [sp.total] : [])]),
    ...(table.total ? [table.total] : []),
    ...table.totalBySource,
    ...(table.ofWhich ?? []),
    ...(table.totalRepeats ?? []),
  ];
  const names = [...table.totalBySource, ...table.subprograms.flatMap((sp) => sp.sources)].map((r) => r.source);
  return {
    table: 'funding',
    sheet: at.sheet,
    cell: at.cell,
    layout,
    rows: rows.length,
    subprograms: table.subprograms.length,
    sources: new Set(sourceKeys(names).map((k) => k.replace(/#\d+$/, ''))).size,
    years: table.years,
    totalColumn: table.totalColumn ?? 'first',
    unit: unitOf(table),
    unitFrom,
    amounts: countAmounts(rows),
  };
}

export function indicatorReading(table: IndicatorTable, at: CellRef): TableReading {
  const indicators = table.subprograms.flatMap((s) => s.activities.flatMap((a) => a.indicators));
  return { table: 'indicators', sheet: at.sheet, cell: at.cell, layout: 'rows', rows: indicators.length, indicators: indicators.length, years: table.years };
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
