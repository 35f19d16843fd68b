// The columns of an indicator table, whatever its wording: a header of one to four rows where each column
// is named by its lowest header cell ("факт" and "оценка" under "Значения по годам" are base values; "план."
// and "факт." under "2021 год" are that year's target and its reported value), the unit in a column of its
// own, in the name's column ("Наименование показателя, единица измерения"), or in the header over the
// values ("Значение индикатора по годам, единиц"); "Вес показателя" and "Источник информации" read as neither.
import type { SheetView } from './sheet-view';
import { INDICATOR_COLUMN, formMatches, vocabularyForm } from './vocabulary';
import { findYearColumns, isColumnNumberRow, type YearColumn } from './year-columns';

export interface IndicatorLayout {
  headerRow: number;
  headerCol: number;
  numberCol: number;
  activityCol: number;
  nameCol: number;
  /** -1: no unit column (the unit is in the name's cell, or `headerUnit`). */
  unitCol: number;
  /** The name's column also holds the unit: "Транспортная подвижность населения, тыс. пасс./км …". */
  unitInName: boolean;
  /** The unit stated over the values ("Значение индикатора по годам, единиц"). */
  headerUnit: string | null;
  typeCol: number;
  baseCol: number;
  years: YearColumn[];
  /** "факт." columns of a year that also has its plan column. */
  facts: YearColumn[];
  yearRow: number;
  firstDataRow: number;
}

const MAX_HEADER_ROWS = 4;
const NUMBER_WORD = ['^номер'];
/** Words of a column that is not the indicators' names though it says "показатель". */
const NOT_NAME = ['значени', '^тип', '^вес', 'базов', '^базисн'];
const GOAL_WORDS = ['^цель', '^задач', '^цели'];

export function indicatorLayout(view: SheetView, headerRow: number, headerCol: number): IndicatorLayout {
  const yearHeader = findYearColumns(view, headerRow, -1, MAX_HEADER_ROWS - 1);
  const yearRow = yearHeader?.row ?? headerRow;
  const yearCells = yearHeader?.columns ?? [];
  // The header's rows: down to the years, and one more when the years are split ("план." | "факт.").
  const lastRow = subHeaderRow(view, yearRow, yearCells) ? yearRow + 1 : yearRow;

  /** The lowest header text over a column, and all of them (top to bottom). */
  const texts = (col: number): string[] => {
    const out: string[] = [];
    for (let row = headerRow; row <= lastRow; row++) {
      const t = view.headerText(row, col);
      if (t !== '' && out[out.length - 1] !== t) out.push(t);
    }
    return out;
  };

  const years: YearColumn[] = [];
  const facts: YearColumn[] = [];
  const yearCols = new Set<number>();
  for (const y of yearCells) {
    const merge = view.mergeAt(yearRow, y.col);
    const right = merge ? merge.right : y.col;
    if (right === y.col || lastRow === yearRow) {
      years.push(y);
      yearCols.add(y.col);
      continue;
    }
    // "2021 год" over "план." | "факт.": the plan column is the year's; the fact column is read apart.
    for (let col = y.col; col <= right; col++) {
      const sub = vocabularyForm(view.text(lastRow, col));
      if (formMatches(sub, INDICATOR_COLUMN.fact)) facts.push({ year: y.year, col, tag: 'fact' });
      else if (!years.some((p) => p.col === y.col || yearsEqual(p, y))) years.push({ year: y.year, col, tag: 'plan' });
      yearCols.add(col);
    }
  }

  const found = { numberCol: -1, activityCol: -1, nameCol: -1, unitCol: -1, typeCol: -1, baseCol: -1 };
  let unitInName = false;
  let headerUnit: string | null = null;
  const firstYear = years.length > 0 ? Math.min(...years.map((y) => y.col)) : Number.MAX_SAFE_INTEGER;
  const width = Math.max(view.rowLength(headerRow), view.rowLength(yearRow), view.rowLength(lastRow));
  for (let col = 0; col < width; col++) {
    if (yearCols.has(col)) continue;
    const all = texts(col);
    if (all.length === 0) continue;
    const lowest = vocabularyForm(all[all.length - 1]);
    const whole = vocabularyForm(all.join(' '));
    if (formMatches(lowest, INDICATOR_COLUMN.weight) || formMatches(lowest, INDICATOR_COLUMN.origin)) continue;
    // "Номер цели, задачи, целевого показателя" beside "Номер строки": a code column, read as neither.
    if (found.numberCol >= 0 && formMatches(lowest, NUMBER_WORD)) continue;
    const isUnit = formMatches(lowest, INDICATOR_COLUMN.unit);
    const isName = formMatches(lowest, INDICATOR_COLUMN.name) && !formMatches(lowest, NOT_NAME);
    if (isUnit && isName && found.nameCol < 0) {
      found.nameCol = col;
      unitInName = true;
    } else if (isUnit && found.unitCol < 0) found.unitCol = col;
    else if (found.typeCol < 0 && formMatches(lowest, INDICATOR_COLUMN.type)) found.typeCol = col;
    else if (col < firstYear && (formMatches(lowest, INDICATOR_COLUMN.base) || (formMatches(whole, INDICATOR_COLUMN.base) && !isName))) found.baseCol = col;
    else if (found.numberCol < 0 && found.activityCol < 0 && found.nameCol < 0 && formMatches(lowest, INDICATOR_COLUMN.number)) found.numberCol = col;
    else if (found.activityCol < 0 && found.nameCol < 0 && formMatches(lowest, INDICATOR_COLUMN.activity) && !isName) found.activityCol = col;
    else if (found.nameCol < 0 && isName) found.nameCol = col;
    else if (found.activityCol < 0 && found.nameCol < 0 && formMatches(lowest, GOAL_WORDS)) found.activityCol = col;
  }
  if (found.unitCol < 0 && !unitInName) headerUnit = unitOverValues(view, headerRow, lastRow, years);

  let last = lastRow;
  if (isColumnNumberRow(view, last + 1)) last++;
  return { headerRow, headerCol, ...found, unitInName, headerUnit, years, facts, yearRow, firstDataRow: last + 1 };
}

function yearsEqual(a: YearColumn, b: YearColumn): boolean {
  return a.year.from === b.year.from && a.year.to === b.year.to;
}

/** Is the row under the years a row of "план." / "факт." / "плановое" under them? */
function subHeaderRow(view: SheetView, yearRow: number, years: readonly YearColumn[]): boolean {
  const row = yearRow + 1;
  if (row >= view.height || years.length === 0) return false;
  return years.some((y) => {
    const t = vocabularyForm(view.text(row, y.col));
    return t.startsWith('план') || t.startsWith('факт');
  });
}

/** "Значение индикатора по годам, единиц": the unit written in the header over the values. */
function unitOverValues(view: SheetView, headerRow: number, lastRow: number, years: readonly YearColumn[]): string | null {
  for (const y of years) {
    for (let row = headerRow; row <= lastRow; row++) {
      const text = view.headerText(row, y.col);
      const m = /,\s*([^,()0-9]{2,30})$/.exec(text);
      if (m && formMatches(vocabularyForm(text), INDICATOR_COLUMN.plan)) return m[1].trim();
    }
  }
  return null;
}
