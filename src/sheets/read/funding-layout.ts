// The columns of a funding table, whatever its shape: the label columns (status, subprogram name, source —
// any of them may be missing), the year columns under a header of one to four rows, the total column before
// or after the years (or none), and the unit, from the header, the title above or the year cells.
import type { Unit, UnitSource } from '../../domain/model/unit';
import { looksLikeValue } from './cell-value';
import type { SheetView } from './sheet-view';
import { isSubprogramTitle } from '../../domain/subprogram-title';
import { FUNDING_COLUMN, FUNDING_ROW, matches, unitIn } from './vocabulary';
import { titleBlockAbove } from './title-block';
import { findYearColumns, isColumnNumberRow, type YearColumn } from './year-columns';

export interface FundingLayout {
  headerRow: number;
  headerCol: number;
  /** "Статус" (муниципальная программа / подпрограмма / основное мероприятие); -1 when none. */
  statusCol: number;
  /** The subprogram names (the Moscow-region layout); -1 when the table has none. */
  nameCol: number;
  /** The sources' names (the rows' labels). */
  sourceCol: number;
  /** "Общий объем", "Всего", "Итого на II этапе", "Общая стоимость"; -1 when the table has none. */
  totalCol: number;
  years: YearColumn[];
  yearRow: number;
  firstDataRow: number;
  unit: Unit | null;
  unitSource: UnitSource;
}

/** How many rows a header may take (a title over "Всего | в том числе по годам" over the years over "1 2 3"). */
const MAX_HEADER_ROWS = 4;
/** Rows below the header looked at to see which columns hold amounts. */
const PROBE_ROWS = 12;

export function fundingLayout(view: SheetView, headerRow: number, limit: number): FundingLayout {
  const yearHeader = findYearColumns(view, headerRow, -1, MAX_HEADER_ROWS - 1);
  const years = yearHeader?.columns ?? [];
  const yearRow = yearHeader?.row ?? headerRow;
  let lastHeaderRow = isColumnNumberRow(view, yearRow + 1) ? yearRow + 1 : yearRow;
  // The header going on under the years: "(тыс. руб.)" under "Общая стоимость", nothing else on the row.
  while (lastHeaderRow + 1 < view.height && isUnitRow(view, lastHeaderRow + 1)) lastHeaderRow++;
  const firstDataRow = lastHeaderRow + 1;
  const yearCols = new Set(years.map((y) => y.col));
  const firstYear = years.length > 0 ? years[0].col : view.rowLength(headerRow);
  const lastYear = years.length > 0 ? years[years.length - 1].col : -1;

  const header = (col: number): string => {
    const parts: string[] = [];
    for (let row = headerRow; row <= yearRow; row++) {
      const text = view.headerText(row, col);
      if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
    }
    return parts.join(' ');
  };

  let statusCol = -1;
  let nameCol = -1;
  let sourceCol = -1;
  let totalCol = -1;
  const width = Math.max(view.rowLength(headerRow), view.rowLength(yearRow), lastYear + 2);
  for (let col = 0; col < width; col++) {
    if (yearCols.has(col)) continue;
    const text = header(col);
    if (text === '') continue;
    if (col < firstYear && statusCol < 0 && nameCol < 0 && sourceCol < 0 && matches(text, FUNDING_COLUMN.status)) statusCol = col;
    else if (col < firstYear && nameCol < 0 && sourceCol < 0 && matches(text, FUNDING_COLUMN.subprogram)) nameCol = col;
    else if (col < firstYear && sourceCol < 0 && matches(text, FUNDING_COLUMN.source) && !matches(text, FUNDING_COLUMN.total)) sourceCol = col;
    else if (totalCol < 0 && (col > sourceCol || sourceCol < 0) && matches(text, FUNDING_COLUMN.total) && !spansYears(view, headerRow, yearRow, col, yearCols)) totalCol = col;
  }
  if (totalCol < 0) totalCol = valueColumnBeside(view, firstDataRow, limit, firstYear, lastYear, Math.max(sourceCol, nameCol, statusCol), header);
  const firstValue = Math.min(totalCol >= 0 ? totalCol : firstYear, firstYear);
  if (sourceCol < 0) sourceCol = labelColumn(view, firstDataRow, limit, firstValue, Math.max(nameCol, statusCol));
  if (sourceCol === nameCol) nameCol = -1;

  // Subprogram blocks under a header that does not name their column: the column of "Подпрограмма I «…»".
  if (nameCol < 0) nameCol = blockColumn(view, firstDataRow, limit, sourceCol);

  const unit = unitOf(view, headerRow, yearRow, years);
  return { headerRow, headerCol: firstFilled(view, headerRow), statusCol, nameCol, sourceCol, totalCol, years, yearRow, firstDataRow, ...unit };
}

/** A column left of the sources that holds subprogram titles ("Подпрограмма I «…»", "Всего по подпрограмме I"). */
function blockColumn(view: SheetView, from: number, limit: number, sourceCol: number): number {
  for (let col = 0; col < sourceCol; col++) {
    let titles = 0;
    for (let row = from; row < limit && titles < 2; row++) {
      const text = view.text(row, col);
      if (text !== '' && (isSubprogramTitle(text) || matches(text, FUNDING_ROW.subprogramTotal))) titles++;
    }
    if (titles >= 2) return col;
  }
  return -1;
}

/** A row that only states the unit: "(тыс. руб.)", "тыс. рублей". */
function isUnitRow(view: SheetView, row: number): boolean {
  const filled = view.filledColumns(row);
  return filled.length > 0 && filled.every((col) => unitIn(view.text(row, col)) !== null && view.text(row, col).length <= 30);
}

/** A header cell merged over the year columns ("в том числе по годам", "Объем финансирования (тыс. руб.)") heads them, not a total. */
function spansYears(view: SheetView, headerRow: number, yearRow: number, col: number, yearCols: ReadonlySet<number>): boolean {
  for (let row = headerRow; row < yearRow; row++) {
    const merge = view.mergeAt(row, col);
    if (merge && merge.right > col) for (let c = col; c <= merge.right; c++) if (yearCols.has(c)) return true;
  }
  return false;
}

/** The column next to the years (before them, else after them) that has a header and holds amounts: the total. */
function valueColumnBeside(view: SheetView, from: number, limit: number, firstYear: number, lastYear: number, lastLabel: number, header: (col: number) => string): number {
  for (const col of [firstYear - 1, lastYear + 1]) {
    if (col <= lastLabel || col < 0 || lastYear < 0) continue;
    if (header(col) === '' || !holdsAmounts(view, from, limit, col)) continue;
    return col;
  }
  return -1;
}

function holdsAmounts(view: SheetView, from: number, limit: number, col: number): boolean {
  let values = 0;
  let texts = 0;
  for (let row = from; row < Math.min(limit, from + PROBE_ROWS); row++) {
    const cell = view.cell(row, col);
    if (!cell || view.text(row, col) === '') continue;
    if (looksLikeValue(cell)) values++;
    else texts++;
  }
  return values > 0 && values >= texts;
}

/** The rows' labels: the column left of the amounts that holds the most texts (a "№ п/п" column holds numbers). */
function labelColumn(view: SheetView, from: number, limit: number, firstValue: number, after: number): number {
  let best = -1;
  let bestCount = 0;
  for (let col = firstValue - 1; col > after; col--) {
    let count = 0;
    for (let row = from; row < Math.min(limit, from + PROBE_ROWS * 2); row++) {
      const text = view.text(row, col);
      if (text !== '' && !looksLikeValue(view.cell(row, col)) && /[а-яёa-z]{3}/i.test(text)) count++;
    }
    if (count > bestCount) {
      best = col;
      bestCount = count;
    }
  }
  return best >= 0 ? best : Math.max(after + 1, 0);
}

/** A number with a money unit after it: "45935,6 тыс. рублей", "1,500 млн руб.". */
const STATES_AMOUNT = /\d(?:[\d \u00a0\u202f]*\d)?(?:[.,]\d+)?\s*(?:тыс|млн|млрд|руб)/i;

/** The unit: in a header cell ("Всего (тыс. руб.)", "2010 год, тыс.руб."), else in the title above ("тыс. рублей"). */
function unitOf(view: SheetView, headerRow: number, yearRow: number, years: readonly YearColumn[]): { unit: Unit | null; unitSource: UnitSource } {
  for (let row = headerRow; row <= yearRow + 1; row++) {
    for (const col of view.filledColumns(row)) {
      const unit = unitIn(view.text(row, col));
      if (unit) return { unit, unitSource: 'header' };
    }
  }
  for (const y of years) {
    const unit = unitIn(view.text(yearRow, y.col));
    if (unit) return { unit, unitSource: 'header' };
  }
  const title = titleBlockAbove(view, headerRow);
  for (let i = title.length - 1; i >= 0; i--) {
    // "Общий объем … составляет 1,500 млн руб." above the table is a sentence about amounts (the passport's,
    // perhaps in another unit), not the table's caption: only a unit that follows no number is the table's.
    if (STATES_AMOUNT.test(title[i].text)) continue;
    const unit = unitIn(title[i].text);
    if (unit) return { unit, unitSource: 'title' };
  }
  return { unit: null, unitSource: 'assumed' };
}

function firstFilled(view: SheetView, row: number): number {
  return view.filledColumns(row)[0] ?? 0;
}
