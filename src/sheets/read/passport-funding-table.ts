// The passport's funding section written as a table placed in the passport: sources × "Всего" and the
// year columns, with a "Всего"/"Итого" row. The source names stand in the label column or in a column
// between it and the amounts.
import type { Decimal } from '../../domain/amount';
import type { PassportFunding, PassportSource, PassportYearAmount } from '../../domain/model/passport';
import { yearSpanLabel } from '../../domain/model/year-span';
import { paths, type Column, type Path } from '../../domain/paths';
import { sourceKeys } from '../../domain/sources';
import { looksLikeValue } from './cell-value';
import { headerForm } from './header-text';
import { readAmountCell, recordCell, type ReadCell, type TextCell } from './read-cell';
import type { ReadLog } from './read-log';
import type { SheetView } from './sheet-view';
import { findYearColumns, type YearColumn } from './year-columns';

interface AmountLine {
  name: TextCell;
  total: ReadCell<Decimal>;
  years: ReadCell<Decimal>[];
}

export interface PassportTableLayout {
  headerRow: number;
  totalCol: number;
  years: YearColumn[];
}

const TOTAL_ROW = /^(?:всего|итого)/;

/** The layout when the funding label's row (or the two below it) carries year columns; else null. */
export function passportTableLayout(view: SheetView, labelRow: number, labelCol: number): PassportTableLayout | null {
  const header = findYearColumns(view, labelRow, labelCol);
  if (!header || header.columns.length === 0) return null;
  const firstYear = header.columns[0].col;
  let totalCol = -1;
  for (let col = firstYear - 1; col > labelCol; col--) {
    if (/^(?:всего|итого)/.test(headerForm(view.text(header.row, col)))) {
      totalCol = col;
      break;
    }
  }
  if (totalCol < 0) totalCol = firstYear - 1 > labelCol ? firstYear - 1 : -1;
  return { headerRow: header.row, totalCol, years: header.columns };
}

/** Reads the rows under the header; returns the funding and the last row read. */
export function readPassportFundingTable(
  view: SheetView,
  layout: PassportTableLayout,
  labelCol: number,
  limit: number,
  log: ReadLog,
): { funding: PassportFunding; lastRow: number } {
  const sources: AmountLine[] = [];
  let total: AmountLine | null = null;
  let lastRow = layout.headerRow;
  const firstValueCol = layout.totalCol >= 0 ? layout.totalCol : layout.years[0].col;
  for (let row = layout.headerRow + 1; row < limit; row++) {
    let nameCol = -1;
    for (let col = firstValueCol - 1; col >= labelCol; col--) {
      if (view.text(row, col) !== '') {
        nameCol = col;
        break;
      }
    }
    let values = 0;
    for (let col = firstValueCol; col <= layout.years[layout.years.length - 1].col; col++) if (looksLikeValue(view.cell(row, col))) values++;
    if (nameCol < 0 && values === 0) break;
    const name: TextCell = { text: nameCol >= 0 ? view.text(row, nameCol) : '', ref: view.ref(row, Math.max(nameCol, labelCol)) };
    if (values === 0 && !TOTAL_ROW.test(headerForm(name.text))) break;
    const line: AmountLine = {
      name,
      total: readAmountCell(view, row, layout.totalCol),
      years: layout.years.map((y) => readAmountCell(view, row, y.col)),
    };
    if (TOTAL_ROW.test(headerForm(name.text))) total = line;
    else sources.push(line);
    lastRow = row;
  }

  log.record(paths.passportFunding, view.ref(layout.headerRow, firstValueCol));
  const keys = sourceKeys(sources.map((s) => s.name.text));
  const record = (line: AmountLine, cellPath: (c: Column) => Path) => ({
    total: recordCell(log, cellPath('total'), line.total, 'Всего'),
    years: line.years.map(
      (cell, k): PassportYearAmount => ({ year: layout.years[k].year, amount: recordCell(log, cellPath(layout.years[k].year), cell, yearSpanLabel(layout.years[k].year)) }),
    ),
  });
  const readSources = sources.map((line, j): PassportSource => {
    log.record(paths.passportSource(keys[j]), line.name.ref);
    return { name: line.name.text, ...record(line, (c) => paths.passportSourceCell(keys[j], c)) };
  });
  const totals = total ? record(total, (c) => (c === 'total' ? paths.passportFundingTotal : paths.passportFundingYear(c))) : { total: null, years: [] };
  return { funding: { form: 'table', total: totals.total, years: totals.years, sources: readSources }, lastRow };
}
