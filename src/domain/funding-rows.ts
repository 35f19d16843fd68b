// The rows and columns of Приложение 1 as the rules see them: every row with the domain path of its
// cells and a label that says in domain terms where it is ("Подпрограмма II, Бюджет городского округа Ступино").
import { toScaled, type Decimal, type Scaled } from './amount';
import type { Localized } from './finding';
import type { FundingRow, FundingTable } from './model/funding';
import { yearSpanLabel, type YearSpan } from './model/year-span';
import { paths, type Column, type Path } from './paths';
import { sourceKeys } from './sources';
import { parseSubprogramTitle } from './subprogram-title';
import { collapseSpaces } from './text/fold';

/** A column of a funding row: "Общий объем" (index null) or the year column `index`. */
export interface FundingColumn {
  column: Column;
  /** Position in `years`; null for "Общий объем". */
  index: number | null;
  label: Localized;
}

export function fundingColumns(years: readonly YearSpan[]): FundingColumn[] {
  return [
    { column: 'total', index: null, label: { ru: 'Общий объем', en: 'total' } },
    ...years.map((y, index) => ({ column: y, index, label: { ru: yearSpanLabel(y), en: yearSpanLabel(y).replace(/ год(ы)?$/, '') } })),
  ];
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

/** "Подпрограмма II" (or "Подпрограмма 2" when its title has no numeral). */
export function subprogramLabel(title: string, index: number): Localized {
  const numeral = parseSubprogramTitle(title).numeral ?? String(index + 1);
  return { ru: `Подпрограмма ${numeral}`, en: `Subprogram ${numeral}` };
}

export type FundingRowKind = 'source' | 'subtotal' | 'total' | 'bySource';

export interface LocatedFundingRow {
  kind: FundingRowKind;
  row: FundingRow;
  /** The subprogram's 0-based index (source and subtotal rows). */
  sub: number | null;
  /** The source key from `sourceKeys` (source and bySource rows). */
  key: string | null;
  path: Path;
  cellPath(column: Column): Path;
  /** Where the row is: "Подпрограмма II", or "ИТОГО, в том числе" for the rows under ИТОГО. */
  block: Localized;
  /** The row in domain terms: "Подпрограмма II, Бюджет городского округа Ступино". */
  label: Localized;
}

/** Every row of Приложение 1 in table order, with its paths. */
export function fundingRows(funding: FundingTable): LocatedFundingRow[] {
  const rows: LocatedFundingRow[] = [];
  funding.subprograms.forEach((sp, sub) => {
    const where = subprogramLabel(sp.title, sub);
    const keys = sourceKeys(sp.sources.map((s) => s.source));
    sp.sources.forEach((row, i) => {
      const key = keys[i];
      const name = collapseSpaces(row.source);
      rows.push({
        kind: 'source', row, sub, key, block: where,
        path: paths.fundingSource(sub, key),
        cellPath: (c) => paths.fundingSourceCell(sub, key, c),
        label: { ru: `${where.ru}, ${name}`, en: `${where.en}, ${name}` },
      });
    });
    if (sp.total) {
      rows.push({
        kind: 'subtotal', row: sp.total, sub, key: null, block: where,
        path: paths.fundingSubtotal(sub),
        cellPath: (c) => paths.fundingSubtotalCell(sub, c),
        label: { ru: `${where.ru}, строка «Всего по подпрограмме»`, en: `${where.en}, row "Всего по подпрограмме"` },
      });
    }
  });
  if (funding.total) {
    rows.push({
      kind: 'total', row: funding.total, sub: null, key: null, block: { ru: 'ИТОГО', en: 'ИТОГО' },
      path: paths.fundingTotal,
      cellPath: (c) => paths.fundingTotalCell(c),
      label: { ru: 'строка «ИТОГО по муниципальной программе»', en: 'row "ИТОГО по муниципальной программе"' },
    });
  }
  const keys = sourceKeys(funding.totalBySource.map((s) => s.source));
  funding.totalBySource.forEach((row, i) => {
    const key = keys[i];
    const name = collapseSpaces(row.source);
    rows.push({
      kind: 'bySource', row, sub: null, key, block: { ru: 'ИТОГО, в том числе', en: 'ИТОГО, of which' },
      path: paths.fundingBySource(key),
      cellPath: (c) => paths.fundingBySourceCell(key, c),
      label: { ru: `ИТОГО, в том числе: ${name}`, en: `ИТОГО, of which: ${name}` },
    });
  });
  return rows;
}
