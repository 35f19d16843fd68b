// A funding table with its years written in rows: "Годы | Бюджет г.о.г. Мантурово | …" over "2016 | 15105,2",
// "2017 | 14994,2", … and "Итого | 45935,6". Each source column is a source row of the model (its years down
// the column, its total in the "Итого" row); a "Всего" column is the program's total.
import type { FundingRow, FundingTable } from '../../domain/model/funding';
import { DEFAULT_UNIT } from '../../domain/model/unit';
import type { Unit, UnitSource } from '../../domain/model/unit';
import { yearSpanLabel, type YearSpan } from '../../domain/model/year-span';
import { paths, type Column, type Path } from '../../domain/paths';
import { sourceKeys } from '../../domain/sources';
import { readAmountCell, recordCell, type ReadCell } from './read-cell';
import type { ReadLog } from './read-log';
import type { SheetView } from './sheet-view';
import { annexProgramTitle, titleBlockAbove } from './title-block';
import { FUNDING_ROW, matches, unitIn } from './vocabulary';
import { readYearHeader } from './year-header';
import { fundingReading } from './table-reading';

interface ColumnRead {
  name: string;
  col: number;
  headerRef: ReturnType<SheetView['ref']>;
  years: ReadCell<string>[];
  total: ReadCell<string> | null;
}

export function readTransposedFunding(view: SheetView, headerRow: number, yearCol: number, limit: number, log: ReadLog): FundingTable {
  const columns = view.filledColumns(headerRow).filter((c) => c > yearCol);
  const years: { year: YearSpan; row: number }[] = [];
  let totalRow = -1;
  for (let row = headerRow + 1; row < limit; row++) {
    const read = readYearHeader(view.cell(row, yearCol));
    if (read) {
      years.push({ year: read.year, row });
      continue;
    }
    if (matches(view.text(row, yearCol), FUNDING_ROW.total)) totalRow = row;
    break;
  }
  const reads: ColumnRead[] = columns.map((col) => ({
    name: view.text(headerRow, col),
    col,
    headerRef: view.ref(headerRow, col),
    years: years.map((y) => readAmountCell(view, y.row, col)),
    total: totalRow >= 0 ? readAmountCell(view, totalRow, col) : null,
  }));
  const totalColumn = reads.find((r) => matches(r.name, FUNDING_ROW.total)) ?? null;
  const sources = reads.filter((r) => r !== totalColumn);

  log.record(paths.funding, view.ref(headerRow, yearCol));
  years.forEach((y, i) => log.record(paths.fundingYearHeader(i), view.ref(y.row, yearCol)));
  const record = (r: ColumnRead, rowPath: Path, cellPath: (c: Column) => Path, source: string): FundingRow => {
    log.record(rowPath, r.headerRef);
    return {
      source,
      total: r.total ? recordCell(log, cellPath('total'), r.total, 'Итого') : null,
      years: r.years.map((cell, k) => recordCell(log, cellPath(years[k].year), cell, yearSpanLabel(years[k].year))),
    };
  };
  const keys = sourceKeys(sources.map((s) => s.name));
  const unit = unitOf(view, headerRow, columns);
  const title = annexProgramTitle(titleBlockAbove(view, headerRow));
  const table: FundingTable = {
    title: title?.text ?? null,
    ...(unit.unit && unit.unit !== DEFAULT_UNIT ? { unit: unit.unit } : {}),
    years: years.map((y) => y.year),
    ...(totalRow < 0 ? { totalColumn: 'none' as const } : { totalColumn: 'last' as const }),
    subprograms: [],
    total: totalColumn ? record(totalColumn, paths.fundingTotal, (c) => paths.fundingTotalCell(c), '') : null,
    totalBySource: sources.map((s, j) => record(s, paths.fundingBySource(keys[j]), (c) => paths.fundingBySourceCell(keys[j], c), s.name)),
  };
  log.read(fundingReading(table, view.ref(headerRow, yearCol), 'transposed', unit.unitSource));
  return table;
}

function unitOf(view: SheetView, headerRow: number, columns: readonly number[]): { unit: Unit | null; unitSource: UnitSource } {
  for (const col of columns) {
    const unit = unitIn(view.text(headerRow, col));
    if (unit) return { unit, unitSource: 'header' };
  }
  const title = titleBlockAbove(view, headerRow);
  for (let i = title.length - 1; i >= 0; i--) {
    const unit = unitIn(title[i].text);
    if (unit) return { unit, unitSource: 'title' };
  }
  return { unit: null, unitSource: 'assumed' };
}
