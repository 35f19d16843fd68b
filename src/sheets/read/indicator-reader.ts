// Приложение 2 "Планируемые результаты": the header ("№ п/п | Основные мероприятия | …целевые показатели… |
// Единица измерения | Тип показателя | Базовое значение… | Планируемое значение… по годам" over the year
// columns), the column-number row, subprogram rows "1." spanning the width, activity rows "1.1." and
// indicator rows continuing an activity with blank № and activity cells.
import type { Activity, Indicator, IndicatorSubprogram, IndicatorTable, IndicatorValue } from '../../domain/model/indicators';
import { yearSpanLabel, type YearSpan } from '../../domain/model/year-span';
import type { CellRef } from '../../domain/provenance';
import type { Decimal } from '../../domain/amount';
import { paths } from '../../domain/paths';
import { isActivityTitle } from '../../domain/activity-code';
import { isSubprogramTitle } from '../../domain/subprogram-title';
import { numberCellDecimal, readIndicatorValue, startsWithWordLetter } from './cell-value';
import { joinText, reportErrorInText, textCell } from './read-cell';
import type { ReadLog } from './read-log';
import { rowShift } from './row-shift';
import type { SheetView } from './sheet-view';
import type { GridCell } from '../grid';
import { isTitleRow } from './table-boundary';
import { annexProgramTitle, titleBlockAbove } from './title-block';
import { indicatorLayout, type IndicatorLayout } from './indicator-layout';
import { INDICATOR_ROW, matches } from './vocabulary';
import { indicatorReading } from './table-reading';
import type { IndicatorCells } from './read-provenance';

const DASH = /^[-–—‐−]$/;
const SUBPROGRAM_NUMBER = /^(\d+)\.?$/;
const ACTIVITY_NUMBER = /^(\d+)\.(\d+)\.?$/;
/** "1. Подпрограмма I «…»" in one cell, when the № cell is merged with the rest. */
const NUMBERED_SUBPROGRAM = /^(\d+)\.?\s+(подпрограмм.*)$/i;

type Previous = 'subprogram' | 'activity' | 'indicator' | 'other';

export function readIndicatorTable(view: SheetView, headerRow: number, headerCol: number, limit: number, log: ReadLog): IndicatorTable {
  const layout = indicatorLayout(view, headerRow, headerCol);
  const title = annexProgramTitle(titleBlockAbove(view, headerRow));
  const rows = new IndicatorRows(view, layout, log);
  // Each row read by a method of its own: compiled as a function when it is hot, not as this loop replaced
  // on the stack (on-stack replacement compiled the whole reader, its largest single compile).
  for (let row = layout.firstDataRow; row < limit; row++) if (!rows.read(row)) break;
  const subprograms = rows.subprograms;
  log.record(paths.indicators, view.ref(layout.headerRow, layout.headerCol));
  layout.years.forEach((y, i) => log.record(paths.indicatorYearHeader(i), view.ref(layout.yearRow, y.col)));
  const table: IndicatorTable = { title: title?.text ?? null, years: layout.years.map((y) => y.year), subprograms };
  log.read(indicatorReading(table, view.ref(layout.headerRow, layout.headerCol)));
  return table;
}

/** The rows of one indicator table, read one at a time: the subprograms read so far and what the last row was. */
class IndicatorRows {
  readonly subprograms: IndicatorSubprogram[] = [];
  private previous: Previous = 'other';
  /** The row of the last indicator read. */
  private indicatorRow = -1;
  private readonly firstValueCol: number;
  private readonly lastValueCol: number;
  /** Made once per table: every indicator's row shares them. */
  private readonly yearLabels: readonly string[];
  private readonly yearSpans: readonly YearSpan[];
  private readonly others: readonly number[];
  /** The text columns whose error values are reported (S005), in order: activity, name, unit, type. */
  private readonly textCols: readonly number[];

  constructor(
    private readonly view: SheetView,
    private readonly layout: IndicatorLayout,
    private readonly log: ReadLog,
  ) {
    this.firstValueCol = layout.baseCol >= 0 ? layout.baseCol : (layout.years[0]?.col ?? -1);
    this.lastValueCol = layout.years.length > 0 ? layout.years[layout.years.length - 1].col : this.firstValueCol;
    this.yearLabels = layout.years.map((y) => yearSpanLabel(y.year));
    this.yearSpans = layout.years.map((y) => y.year);
    this.others = indicatorColumns(layout);
    this.textCols = [layout.activityCol, layout.nameCol, layout.unitCol, layout.typeCol];
  }

  /** Reads the row; false when it ends the table (the next table's title). */
  read(row: number): boolean {
    const view = this.view;
    const layout = this.layout;
    const log = this.log;
    const subprograms = this.subprograms;
    const firstValueCol = this.firstValueCol;
    const lastValueCol = this.lastValueCol;
    const others = this.others;
    if (view.isBlankRow(row) || isPunctuationOnly(view, row)) return true;
    if (isTitleRow(view, row)) return false;
    const offset = firstValueCol >= 0 ? rowShift(view, row, firstValueCol, lastValueCol) : 0;
    // The row's cells read by their texts and columns: a cell object (its reference made when asked for) is
    // made only where one is recorded — an activity's, a subprogram's — not five or six for every row.
    const numAt = shiftedColumn(layout.numberCol, offset);
    let actAt = shiftedColumn(layout.activityCol, offset);
    let nameAt = shiftedColumn(layout.nameCol, offset);
    const numText = view.text(row, numAt);
    let actText = view.text(row, actAt);
    let nameText = view.text(row, nameAt);
    /** The header's column the name is read from. */
    let nameFrom = layout.nameCol;
    // A shifted continuation row whose name landed in the activity column (a Word table exported with
    // its merged cells dropped): the text is the indicator's name, not a new activity.
    if (offset !== 0 && nameText === '' && numText === '' && actText !== '' && !isActivityTitle(actText) && actText !== currentActivityTitle(subprograms)) {
      nameAt = actAt;
      nameText = actText;
      nameFrom = layout.activityCol;
      actAt = -1;
      actText = '';
    }
    const unitText = view.text(row, shiftedColumn(layout.unitCol, offset));
    const typeText = view.text(row, shiftedColumn(layout.typeCol, offset));
    const hasValues = (firstValueCol >= 0 && view.hasText(row, firstValueCol + offset)) || anyYearFilled(view, row, layout, offset);
    const hasIndicator = nameText !== '' || unitText !== '' || typeText !== '' || hasValues;
    const filled = view.filledColumns(row);
    const firstText = filled.length > 0 ? view.text(row, filled[0]) : null;

    // A title spanning the width: one cell, or the same text repeated in every cell of the merge.
    const spanning = filled.length <= 2 || sameTextAfter(view, row, filled, numText !== '' ? 1 : 0);
    const spanCount = spanning ? Math.min(filled.length, numText !== '' ? 2 : 1) : filled.length;
    // A subprogram row: "1." and the title spanning the width, or the title alone.
    const repeatedSpan = filled.length > 2 && spanning;
    // "1. Подпрограмма I «…»" in one cell: looked for only where a subprogram's row may be (not on a row of values).
    const numbered = firstText !== null && ((!hasValues && unitText === '') || repeatedSpan) ? NUMBERED_SUBPROGRAM.exec(firstText) : null;
    const subprogramRow =
      (!hasValues && unitText === '' && ((SUBPROGRAM_NUMBER.test(numText) && spanning) || numbered || (numText === '' && spanCount === 1 && isSubprogramTitle(firstText!)))) ||
      (repeatedSpan && (SUBPROGRAM_NUMBER.test(numText) || isSubprogramTitle(firstText!)));
    if (subprogramRow) {
      this.startSubprogram(row, filled, numbered, numText, numAt);
      return true;
    }
    // Only text in one column, nothing else: the row above continues (a table cut by a page break).
    // With merged cells reported repeated, the № and activity cells of such a row repeat the current
    // activity: they are the merge, not the row's own text.
    // (Counted, with the first of them and whether the name's cell is one: no list made per row.)
    // Only the № and activity cells can repeat the activity: the others are the row's own, their texts not looked at.
    const current0 = currentActivityOf(subprograms);
    const numberAt = layout.numberCol >= 0 ? layout.numberCol + offset : -1;
    const activityAt = layout.activityCol >= 0 ? layout.activityCol + offset : -1;
    let ownCount = 0;
    let ownFirst = -1;
    let ownHasName = false;
    for (let i = 0; i < filled.length; i++) {
      const col = filled[i];
      if ((col === numberAt || col === activityAt) && repeatsActivity(current0, layout, offset, col, view.text(row, col))) continue;
      if (ownCount++ === 0) ownFirst = col;
      if (col === layout.nameCol) ownHasName = true;
    }
    // A Word cell of two paragraphs with the row's other cells merged over both, the merges reported
    // repeated: the unit, type and values are those of the indicator's row just above.
    if (this.previous === 'indicator' && this.indicatorRow === row - 1 && offset === 0 && layout.nameCol >= 0 && ownCount > 1 && ownHasName) {
      const indicator = this.lastIndicator();
      const text = view.text(row, layout.nameCol);
      // Only a name that continues the one above can be such a row: the other cells are compared only then
      // (nearly every row that follows an indicator is the next indicator, its name a new one).
      if (indicator && continuesText(indicator.name, text)) {
        // The row's own cells but those of the indicator's other columns that say what the row above says
        // (counted to 2: only one such cell, the name's, matters).
        let rest = 0;
        for (let i = 0; i < filled.length && rest < 2; i++) {
          const col = filled[i];
          if ((col === numberAt || col === activityAt) && repeatsActivity(current0, layout, offset, col, view.text(row, col))) continue;
          if (col === layout.nameCol || !others.includes(col) || !sameText(view, row, row - 1, col)) rest++;
        }
        if (rest === 1) {
          indicator.name = joinText(indicator.name, text);
          return true;
        }
      }
    }
    if (ownCount === 1 && !hasValues && (layout.numberCol < 0 || ownFirst !== layout.numberCol + offset)) {
      const only = ownFirst;
      const text = view.text(row, only);
      const sub = subprograms[subprograms.length - 1];
      if (this.previous === 'subprogram' && only !== layout.nameCol + offset && continuesText(sub.title, text)) {
        sub.title = joinText(sub.title, text);
        return true;
      }
      const activity = sub?.activities[sub.activities.length - 1];
      if (this.previous === 'activity' && activity && only === layout.activityCol + offset && !isActivityTitle(text) && continuesText(activity.title, text)) {
        activity.title = joinText(activity.title, text);
        return true;
      }
      const indicator = this.lastIndicator();
      // A Word cell of two paragraphs pasted into Excel: two rows, the other cells merged over both.
      const mergedOver = (layout.unitCol >= 0 && view.isCovered(row, layout.unitCol)) || (layout.baseCol >= 0 && view.isCovered(row, layout.baseCol));
      if ((this.previous === 'indicator' || this.previous === 'activity') && indicator && only === layout.nameCol + offset && (mergedOver || continuesText(indicator.name, text))) {
        indicator.name = joinText(indicator.name, text);
        return true;
      }
    }
    // № and title repeated on every indicator row of the activity (merged cells reported repeated): the same activity.
    const current = currentActivityOf(subprograms);
    const repeatedNumber = current !== null && numText !== '' && numText === current.number && (actText === '' || actText === current.title);
    const activityNumber = ACTIVITY_NUMBER.test(numText) && !repeatedNumber;
    const repeatedActivity = actText !== '' && !activityNumber && actText === current?.title;
    if (activityNumber || (actText !== '' && !repeatedActivity)) {
      this.startActivity(row, numAt, numText, actAt, actText, activityNumber);
      if (!hasIndicator) return true;
    } else if (!hasIndicator && isCaption(view, row)) {
      // "Цель программы: …", "Муниципальная программа «…»" spanning the table: a caption, not a row of data.
      this.previous = 'other';
      return true;
    } else if (!hasIndicator) {
      unclassified(view, row, log);
      this.previous = 'other';
      return true;
    }
    // One call in a loop, not four calls: TurboFan inlined each of the four into `read`, its largest compile
    // (issue 10: ≈ 19 M instructions fewer at ×100).
    const textCols = this.textCols;
    for (let i = 0; i < textCols.length; i++) reportErrorInText(view, row, textCols[i] < 0 ? -1 : textCols[i] + offset, log);
    // The cell a subprogram or an activity made up for an indicator before any is recorded at: its name's, or the row's first.
    const activity = this.currentActivity(row, nameText !== '' || filled.length === 0 ? nameAt : filled[0]);
    const s = subprograms.length - 1;
    const a = subprograms[s].activities.length - 1;
    const k = activity.indicators.length;
    activity.indicators.push(readIndicator(view, row, layout, offset, log, s, a, k, nameText, nameFrom, unitText, typeText, this.yearLabels, this.yearSpans));
    this.previous = 'indicator';
    this.indicatorRow = row;
    return true;
  }

  /**
   * A subprogram's row: "1." and its title, or "1. Подпрограмма …" in one cell (`numbered`), or the title alone.
   * A method of its own: a row in ten or more is a subprogram's, and `read`'s compiled code goes without it.
   */
  private startSubprogram(row: number, filled: readonly number[], numbered: RegExpExecArray | null, numText: string, numAt: number): void {
    // The title's cell: the one cell "1. Подпрограмма …", the cell after "1.", or the only one; "1." alone has no title.
    const titleAt = numbered ? filled[0] : filled.length > 1 || numText === '' ? filled[numText !== '' ? 1 : 0] : Math.max(numAt, 0);
    const title = numbered ? numbered[2] : filled.length > 1 || numText === '' ? this.view.text(row, titleAt) : '';
    const number = numbered ? `${numbered[1]}.` : numText;
    const s = this.subprograms.length;
    this.subprograms.push({ number, title, activities: [] });
    this.log.record(paths.indicatorSubprogram(s), this.view.ref(row, titleAt));
    this.previous = 'subprogram';
  }

  /** An activity's row ("1.1." and its title): a method of its own, as `startSubprogram` (a row in four or more is one). */
  private startActivity(row: number, numAt: number, numText: string, actAt: number, actText: string, activityNumber: boolean): void {
    const num = textCell(this.view, row, numAt);
    const act = textCell(this.view, row, actAt);
    const sub = this.currentSubprogram(row, numText !== '' ? numAt : actAt);
    const s = this.subprograms.length - 1;
    const a = sub.activities.length;
    sub.activities.push({ number: numText, title: actText, indicators: [] });
    // One record, its three paths made when asked for (a new activity's paths are new: its index is).
    this.log.provenance.recordActivity({ s, a, at: activityNumber ? num : act, number: activityNumber ? num : null, title: act });
    this.previous = 'activity';
  }

  /** The current subprogram; one with no number or title, recorded at the cell (`row`, `col`; -1: the first), when none is yet. */
  private currentSubprogram(row: number, col: number): IndicatorSubprogram {
    const subprograms = this.subprograms;
    if (subprograms.length === 0) {
      subprograms.push({ number: '', title: '', activities: [] });
      this.log.record(paths.indicatorSubprogram(0), this.view.ref(row, Math.max(col, 0)));
    }
    return subprograms[subprograms.length - 1];
  }

  private currentActivity(row: number, col: number): Activity {
    const sub = this.currentSubprogram(row, col);
    if (sub.activities.length === 0) {
      sub.activities.push({ number: '', title: '', indicators: [] });
      this.log.record(paths.activity(this.subprograms.length - 1, 0), this.view.ref(row, Math.max(col, 0)));
    }
    return sub.activities[sub.activities.length - 1];
  }

  private lastIndicator(): Indicator | null {
    const sub = this.subprograms[this.subprograms.length - 1];
    const act = sub?.activities[sub.activities.length - 1];
    return act?.indicators[act.indicators.length - 1] ?? null;
  }
}

/** A header's column in a row read `offset` columns off; -1 when the table has no such column (its text is ""). */
function shiftedColumn(col: number, offset: number): number {
  return col < 0 ? -1 : col + offset;
}

/** The column of a cell recorded for a header's column (a missing column's cell is the first: `textCell` puts it there). */
function cellColumn(col: number, offset: number): number {
  return Math.max(col < 0 ? -1 : col + offset, 0);
}

/** A text that goes on the one above: its quotes are still open, or it starts in lower case or with a dash. */
function continuesText(above: string, text: string): boolean {
  // The cheap tests first (most texts start a name of their own, with a capital, under a closed quote); the
  // titles' expressions run only for a text that passes them.
  if (!CONTINUATION_START.test(text) && count(above, '«') <= count(above, '»')) return false;
  return !isSubprogramTitle(text) && !isActivityTitle(text);
}

const CONTINUATION_START = /^[а-яёa-z(\-–—]/;

/** How many times the character stands in the text (no list of matches made). */
function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}

function currentActivityOf(subprograms: readonly IndicatorSubprogram[]): Activity | null {
  const sub = subprograms[subprograms.length - 1];
  return sub?.activities[sub.activities.length - 1] ?? null;
}

/** The columns of an indicator's own cells other than its name: unit, type, base and plan values. */
function indicatorColumns(layout: IndicatorLayout): number[] {
  return [layout.unitCol, layout.typeCol, layout.baseCol, ...layout.years.map((y) => y.col)].filter((col) => col >= 0);
}

/** Does the cell at `col` hold the current activity's № or title again (a merge reported in every cell)? */
function repeatsActivity(current: Activity | null, layout: IndicatorLayout, offset: number, col: number, text: string): boolean {
  if (current === null || text === '') return false;
  if (layout.numberCol >= 0 && col === layout.numberCol + offset) return text === current.number;
  if (layout.activityCol >= 0 && col === layout.activityCol + offset) return text === current.title;
  return false;
}

function currentActivityTitle(subprograms: readonly IndicatorSubprogram[]): string | null {
  return currentActivityOf(subprograms)?.title ?? null;
}

/** Do the filled cells from position `from` on all hold the same text? */
/** Is any year column of the row filled? */
function anyYearFilled(view: SheetView, row: number, layout: IndicatorLayout, offset: number): boolean {
  const years = layout.years;
  for (let i = 0; i < years.length; i++) if (view.hasText(row, years[i].col + offset)) return true;
  return false;
}

function sameTextAfter(view: SheetView, row: number, filled: readonly number[], from: number): boolean {
  if (filled.length <= from) return true;
  const first = view.text(row, filled[from]);
  for (let i = from + 1; i < filled.length; i++) if (view.text(row, filled[i]) !== first) return false;
  return true;
}

function readIndicator(
  view: SheetView,
  row: number,
  layout: IndicatorLayout,
  offset: number,
  log: ReadLog,
  s: number,
  a: number,
  k: number,
  nameText: string,
  /** The header's column `nameText` was read from. */
  nameFrom: number,
  unitText: string,
  typeText: string,
  /** The year columns' names for a message ("2021 год"), made once per table. */
  yearLabels: readonly string[],
  /** The year columns' spans, made once per table. */
  yearSpans: readonly YearSpan[],
): Indicator {
  const first = layout.baseCol >= 0 ? layout.baseCol : (layout.years[0]?.col ?? 0);
  if (offset !== 0) {
    const found = view.address(row, first + offset).replace(/\d+$/, '');
    const expected = view.address(row, first).replace(/\d+$/, '');
    log.issue('S008', 'shiftedRow', view.ref(row, first + offset), paths.indicator(s, a, k), { column: found, expectedColumn: expected });
  }
  const baseCol = layout.baseCol + offset;
  const base: IndicatorValue | null = layout.baseCol >= 0 ? valueAt(view, row, baseCol, -1, layout, log, s, a, k, yearLabels) : null;
  // Every place is set below (a value or null): no hole is left. Not a literal: see NumberValue.
  const plan: (IndicatorValue | null)[] = new Array<IndicatorValue | null>(layout.years.length);
  /** The years whose cell is a dash ("–": no target); made only for a row that has one. */
  let noTarget: YearSpan[] | undefined;
  for (let i = 0; i < layout.years.length; i++) {
    const col = layout.years[i].col + offset;
    const cell = view.cell(row, col);
    // A number (nearly every value): its decimal, with no reading made and the cell not looked up again.
    const number = numberCellDecimal(cell);
    if (number !== null) {
      plan[i] = new NumberValue(number);
      continue;
    }
    plan[i] = valueOf(view, row, col, cell, i, layout, log, s, a, k, yearLabels);
    // A dash is text: a number cell is never one.
    if (typeof cell?.value === 'string' && DASH.test(view.text(row, col))) (noTarget ??= []).push(layout.years[i].year);
  }
  // The row keeps the cells' columns, not the text cells (made for every row, they die young that way).
  const nameAt = cellColumn(nameFrom, offset);
  const unitAt = layout.unitCol >= 0 ? cellColumn(layout.unitCol, offset) : nameAt;
  log.provenance.recordIndicator(new IndicatorRow(view, row, s, a, k, nameAt, unitAt, cellColumn(layout.typeCol, offset), layout.baseCol >= 0 ? Math.max(baseCol, 0) : -1, offset, layout, yearSpans));
  let name = nameText;
  let unit = unitText;
  // The unit where the table writes it: in its column; after the name; or over the values.
  if (layout.unitInName) {
    const comma = name.lastIndexOf(',');
    if (comma > 0) {
      unit = name.slice(comma + 1).replace(/<\d+>|\*+\(?\d*\)?/g, '').trim();
      name = name.slice(0, comma).trim();
    }
  } else if (layout.unitCol < 0 && layout.headerUnit) {
    unit = layout.headerUnit;
  }
  const indicator: Indicator = new IndicatorObject(name, unit, typeText, base, plan);
  // Facts and "–" (no target) are rare: no list is made for a row without them.
  for (let i = 0; i < layout.facts.length; i++) {
    const f = layout.facts[i];
    const value = readIndicatorValue(view.cell(row, f.col + offset));
    if (value.kind === 'value') (indicator.facts ??= []).push({ year: f.year, value: value.value });
  }
  // After the facts, as before: the order of the indicator's keys is the order of its JSON.
  if (noTarget !== undefined) indicator.noTarget = noTarget;
  return indicator;
}

/**
 * A base or planned value; S004/S005 when the cell holds text or an error value (a value cell's reference
 * and path are made only for a message, or when provenance is asked). `year`: the year column's index; -1
 * for the base value.
 */
function valueAt(view: SheetView, row: number, col: number, year: number, layout: IndicatorLayout, log: ReadLog, s: number, a: number, k: number, yearLabels: readonly string[]): IndicatorValue | null {
  if (col < 0) return null;
  const cell = view.cell(row, col);
  // A number (nearly every value): read without a reading made.
  const number = numberCellDecimal(cell);
  if (number !== null) return new NumberValue(number);
  return valueOf(view, row, col, cell, year, layout, log, s, a, k, yearLabels);
}

/** `valueAt` of a cell that is not a plain number (`cell`: the view's cell at `row`, `col`). */
function valueOf(
  view: SheetView,
  row: number,
  col: number,
  cell: GridCell | null,
  year: number,
  layout: IndicatorLayout,
  log: ReadLog,
  s: number,
  a: number,
  k: number,
  yearLabels: readonly string[],
): IndicatorValue | null {
  if (col < 0) return null;
  const reading = readIndicatorValue(cell);
  if (reading.kind === 'value') return reading.value;
  if (reading.kind === 'empty') return null;
  const path = year < 0 ? paths.indicatorField(s, a, k, 'base') : paths.indicatorPlan(s, a, k, layout.years[year].year);
  if (reading.kind === 'error') log.issue('S005', 'errorValue', view.ref(row, col), path, { value: reading.text });
  else log.issue('S004', 'notANumber', view.ref(row, col), path, { text: reading.text, column: year < 0 ? 'Базовое значение' : yearLabels[year] });
  return null;
}

/** An indicator's row as provenance keeps it (read-provenance.ts): its cells, their references made when asked for. */
class IndicatorRow implements IndicatorCells {
  readonly base: (() => CellRef) | null;
  constructor(
    private readonly view: SheetView,
    private readonly row: number,
    readonly s: number,
    readonly a: number,
    readonly k: number,
    /** The name's, unit's and type's cells' columns (`cellColumn` of theirs). */
    private readonly nameCol: number,
    private readonly unitCol: number,
    private readonly typeCol: number,
    /** -1: the table has no base column. */
    private readonly baseCol: number,
    private readonly offset: number,
    private readonly layout: IndicatorLayout,
    readonly years: readonly YearSpan[],
  ) {
    // The method itself (no function made per row); provenance calls it on the row.
    this.base = baseCol >= 0 ? this.baseRef : null;
  }
  name(): CellRef {
    return this.view.ref(this.row, this.nameCol);
  }
  unit(): CellRef {
    return this.view.ref(this.row, this.unitCol);
  }
  type(): CellRef {
    return this.view.ref(this.row, this.typeCol);
  }
  private baseRef(): CellRef {
    return this.view.ref(this.row, this.baseCol);
  }
  plan(i: number): CellRef {
    return this.view.ref(this.row, Math.max(this.layout.years[i].col + this.offset, 0));
  }
}

/**
 * Do the two rows' cells of the column show the same text? Two numbers do when they are the same number (or
 * both not one): their texts are their JavaScript forms, and no text is made for them.
 */
function sameText(view: SheetView, row: number, other: number, col: number): boolean {
  const a = view.cell(row, col)?.value;
  const b = view.cell(other, col)?.value;
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  return view.text(row, col) === view.text(other, col);
}

/** A row of marks only ('".' closing a quoted appendix): nothing to read. */
function isPunctuationOnly(view: SheetView, row: number): boolean {
  const filled = view.filledColumns(row);
  for (let i = 0; i < filled.length; i++) {
    // A number or a boolean (its text a digit, a sign or letters), and a text that opens with a letter or a
    // digit (its text opens so too: spaces are only dropped before it), answer with no text made.
    const value = view.cell(row, filled[i])?.value;
    if (typeof value !== 'string') return false;
    const c = value.charCodeAt(0);
    if (startsWithWordLetter(value) || (c >= 0x30 && c <= 0x39)) return false;
    const text = view.text(row, filled[i]);
    // The text, its spaces collapsed: any letter or digit in it.
    const first = text.charCodeAt(0);
    if (startsWithWordLetter(text) || (first >= 0x30 && first <= 0x39) || LETTER_OR_DIGIT.test(text)) return false;
  }
  return true;
}

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** A row of one text (or one repeated across a merge) that names a goal, a task or the program itself. */
function isCaption(view: SheetView, row: number): boolean {
  const filled = view.filledColumns(row);
  if (filled.length === 0) return false;
  const first = view.text(row, filled[0]);
  if (!filled.every((c) => view.text(row, c) === first || /^\d{1,3}\.?$/.test(view.text(row, c)))) return false;
  return matches(first, INDICATOR_ROW.caption);
}

function unclassified(view: SheetView, row: number, log: ReadLog): void {
  const filled = view.filledColumns(row);
  const text = filled.map((c) => view.text(row, c)).join(' | ');
  log.issue('S008', 'unclassifiedRow', view.ref(row, filled[0] ?? 0), null, { text: text.length > 200 ? text.slice(0, 200) + '…' : text });
}

// An indicator and its values are made by `new`, not as object or array literals. A literal has an allocation
// site, and nearly every indicator row's objects outlive the next scavenge: V8 then decides, at that scavenge, to
// allocate the site's objects in the old space, and throws away the optimised code that has the site inlined —
// readIndicator was compiled twice at ×100 (issue 10: validate ×100 runs ≈ 51 M instructions fewer without the
// second compile). An object made by `new` has no such site. The fields are `declare`d (set in the constructor
// only, not first defined as undefined) and set in the order the literal had them: the JSON is the same.
// The price: these objects are never allocated in the old space directly, so scavenges copy them — at ×1000
// callgrind counted ≈ 130 M instructions more in Scavenger::Process (within ×1000's GC noise, ±400 M).

/** A base or planned value that is a number (what `{ value, bound: null }` was). */
class NumberValue {
  declare value: Decimal;
  declare bound: null;
  constructor(value: Decimal) {
    this.value = value;
    this.bound = null;
  }
}

/** An indicator as `{ name, unit, type, base, plan }` was; facts and noTarget are added after, as before. */
class IndicatorObject {
  declare name: string;
  declare unit: string;
  declare type: string;
  declare base: IndicatorValue | null;
  declare plan: (IndicatorValue | null)[];
  declare facts?: Indicator['facts'];
  declare noTarget?: YearSpan[];
  constructor(name: string, unit: string, type: string, base: IndicatorValue | null, plan: (IndicatorValue | null)[]) {
    this.name = name;
    this.unit = unit;
    this.type = type;
    this.base = base;
    this.plan = plan;
  }
}
