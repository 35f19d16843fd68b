// Приложение 2 "Планируемые результаты": the header ("№ п/п | Основные мероприятия | …целевые показатели… |
// Единица измерения | Тип показателя | Базовое значение… | Планируемое значение… по годам" over the year
// columns), the column-number row, subprogram rows "1." spanning the width, activity rows "1.1." and
// indicator rows continuing an activity with blank № and activity cells.
import type { Activity, Indicator, IndicatorSubprogram, IndicatorTable, IndicatorValue } from '../../domain/model/indicators';
import { yearSpanLabel } from '../../domain/model/year-span';
import { paths } from '../../domain/paths';
import { isActivityTitle } from '../../domain/activity-code';
import { isSubprogramTitle } from '../../domain/subprogram-title';
import { readIndicatorValue } from './cell-value';
import { joinText, reportErrorInText, textCell, type TextCell } from './read-cell';
import type { ReadLog } from './read-log';
import { rowShift } from './row-shift';
import type { SheetView } from './sheet-view';
import { isTitleRow } from './table-boundary';
import { annexProgramTitle, titleBlockAbove } from './title-block';
import { indicatorLayout, type IndicatorLayout } from './indicator-layout';
import { INDICATOR_ROW, matches } from './vocabulary';
import { indicatorReading } from './table-reading';

const DASH = /^[-–—‐−]$/;
const SUBPROGRAM_NUMBER = /^(\d+)\.?$/;
const ACTIVITY_NUMBER = /^(\d+)\.(\d+)\.?$/;
/** "1. Подпрограмма I «…»" in one cell, when the № cell is merged with the rest. */
const NUMBERED_SUBPROGRAM = /^(\d+)\.?\s+(подпрограмм.*)$/i;

type Previous = 'subprogram' | 'activity' | 'indicator' | 'other';

export function readIndicatorTable(view: SheetView, headerRow: number, headerCol: number, limit: number, log: ReadLog): IndicatorTable {
  const layout = indicatorLayout(view, headerRow, headerCol);
  const title = annexProgramTitle(titleBlockAbove(view, headerRow));
  const subprograms: IndicatorSubprogram[] = [];
  const firstValueCol = layout.baseCol >= 0 ? layout.baseCol : (layout.years[0]?.col ?? -1);
  const lastValueCol = layout.years.length > 0 ? layout.years[layout.years.length - 1].col : firstValueCol;
  const yearLabels = layout.years.map((y) => yearSpanLabel(y.year));
  let previous: Previous = 'other';
  /** The row of the last indicator read. */
  let indicatorRow = -1;

  const currentSubprogram = (at: TextCell): IndicatorSubprogram => {
    if (subprograms.length === 0) {
      subprograms.push({ number: '', title: '', activities: [] });
      log.record(paths.indicatorSubprogram(0), at.ref);
    }
    return subprograms[subprograms.length - 1];
  };
  const currentActivity = (at: TextCell): Activity => {
    const sub = currentSubprogram(at);
    if (sub.activities.length === 0) {
      sub.activities.push({ number: '', title: '', indicators: [] });
      log.record(paths.activity(subprograms.length - 1, 0), at.ref);
    }
    return sub.activities[sub.activities.length - 1];
  };
  const lastIndicator = (): Indicator | null => {
    const sub = subprograms[subprograms.length - 1];
    const act = sub?.activities[sub.activities.length - 1];
    return act?.indicators[act.indicators.length - 1] ?? null;
  };

  for (let row = layout.firstDataRow; row < limit; row++) {
    if (view.isBlankRow(row) || isPunctuationOnly(view, row)) continue;
    if (isTitleRow(view, row)) break;
    const offset = firstValueCol >= 0 ? rowShift(view, row, firstValueCol, lastValueCol) : 0;
    const at = (col: number): TextCell => textCell(view, row, col < 0 ? -1 : col + offset);
    const num = at(layout.numberCol);
    let act = at(layout.activityCol);
    let name = at(layout.nameCol);
    // A shifted continuation row whose name landed in the activity column (a Word table exported with
    // its merged cells dropped): the text is the indicator's name, not a new activity.
    if (offset !== 0 && name.text === '' && num.text === '' && act.text !== '' && !isActivityTitle(act.text) && act.text !== currentActivityTitle(subprograms)) {
      name = act;
      act = textCell(view, row, -1);
    }
    const unit = at(layout.unitCol);
    const type = at(layout.typeCol);
    const hasValues = (firstValueCol >= 0 && view.text(row, firstValueCol + offset) !== '') || layout.years.some((y) => view.text(row, y.col + offset) !== '');
    const hasIndicator = name.text !== '' || unit.text !== '' || type.text !== '' || hasValues;
    const filled = view.filledColumns(row);
    const firstText = filled.length > 0 ? textCell(view, row, filled[0]) : null;
    const numbered = firstText ? NUMBERED_SUBPROGRAM.exec(firstText.text) : null;

    // A title spanning the width: one cell, or the same text repeated in every cell of the merge.
    const spanning = filled.length <= 2 || sameTextAfter(view, row, filled, num.text !== '' ? 1 : 0);
    const spanCount = spanning ? Math.min(filled.length, num.text !== '' ? 2 : 1) : filled.length;
    // A subprogram row: "1." and the title spanning the width, or the title alone.
    const repeatedSpan = filled.length > 2 && spanning;
    const subprogramRow =
      (!hasValues && unit.text === '' && ((SUBPROGRAM_NUMBER.test(num.text) && spanning) || numbered || (num.text === '' && spanCount === 1 && isSubprogramTitle(firstText!.text)))) ||
      (repeatedSpan && (SUBPROGRAM_NUMBER.test(num.text) || isSubprogramTitle(firstText!.text)));
    if (subprogramRow) {
      const titleCell = numbered
        ? { text: numbered[2], ref: firstText!.ref }
        : filled.length > 1 || num.text === '' ? textCell(view, row, filled[num.text !== '' ? 1 : 0]) : { text: '', ref: num.ref };
      const number = numbered ? `${numbered[1]}.` : num.text;
      const s = subprograms.length;
      subprograms.push({ number, title: titleCell.text, activities: [] });
      log.record(paths.indicatorSubprogram(s), titleCell.ref);
      previous = 'subprogram';
      continue;
    }
    // Only text in one column, nothing else: the row above continues (a table cut by a page break).
    // With merged cells reported repeated, the № and activity cells of such a row repeat the current
    // activity: they are the merge, not the row's own text.
    const own = filled.filter((col) => !repeatsCurrentActivity(subprograms, layout, offset, col, view.text(row, col)));
    // A Word cell of two paragraphs with the row's other cells merged over both, the merges reported
    // repeated: the unit, type and values are those of the indicator's row just above.
    if (previous === 'indicator' && indicatorRow === row - 1 && offset === 0 && layout.nameCol >= 0 && own.length > 1 && own.includes(layout.nameCol)) {
      const others = indicatorColumns(layout);
      const rest = own.filter((col) => col === layout.nameCol || !others.includes(col) || view.text(row, col) !== view.text(row - 1, col));
      const indicator = lastIndicator();
      const text = view.text(row, layout.nameCol);
      if (rest.length === 1 && indicator && continuesText(indicator.name, text)) {
        indicator.name = joinText(indicator.name, text);
        continue;
      }
    }
    if (own.length === 1 && !hasValues && (layout.numberCol < 0 || own[0] !== layout.numberCol + offset)) {
      const only = own[0];
      const text = view.text(row, only);
      const sub = subprograms[subprograms.length - 1];
      if (previous === 'subprogram' && only !== layout.nameCol + offset && continuesText(sub.title, text)) {
        sub.title = joinText(sub.title, text);
        continue;
      }
      const activity = sub?.activities[sub.activities.length - 1];
      if (previous === 'activity' && activity && only === layout.activityCol + offset && !isActivityTitle(text) && continuesText(activity.title, text)) {
        activity.title = joinText(activity.title, text);
        continue;
      }
      const indicator = lastIndicator();
      // A Word cell of two paragraphs pasted into Excel: two rows, the other cells merged over both.
      const mergedOver = (layout.unitCol >= 0 && view.isCovered(row, layout.unitCol)) || (layout.baseCol >= 0 && view.isCovered(row, layout.baseCol));
      if ((previous === 'indicator' || previous === 'activity') && indicator && only === layout.nameCol + offset && (mergedOver || continuesText(indicator.name, text))) {
        indicator.name = joinText(indicator.name, text);
        continue;
      }
    }
    // № and title repeated on every indicator row of the activity (merged cells reported repeated): the same activity.
    const current = currentActivityOf(subprograms);
    const repeatedNumber = current !== null && num.text !== '' && num.text === current.number && (act.text === '' || act.text === current.title);
    const activityNumber = ACTIVITY_NUMBER.test(num.text) && !repeatedNumber;
    const repeatedActivity = act.text !== '' && !activityNumber && act.text === current?.title;
    if (activityNumber || (act.text !== '' && !repeatedActivity)) {
      const sub = currentSubprogram(num.text !== '' ? num : act);
      const s = subprograms.length - 1;
      const a = sub.activities.length;
      sub.activities.push({ number: num.text, title: act.text, indicators: [] });
      log.record(paths.activity(s, a), activityNumber ? num.ref : act.ref);
      if (activityNumber) log.record(paths.activityField(s, a, 'number'), num.ref);
      log.record(paths.activityField(s, a, 'title'), act.ref);
      previous = 'activity';
      if (!hasIndicator) continue;
    } else if (!hasIndicator && isCaption(view, row)) {
      // "Цель программы: …", "Муниципальная программа «…»" spanning the table: a caption, not a row of data.
      previous = 'other';
      continue;
    } else if (!hasIndicator) {
      unclassified(view, row, log);
      previous = 'other';
      continue;
    }
    for (const col of [layout.activityCol, layout.nameCol, layout.unitCol, layout.typeCol]) reportErrorInText(view, row, col < 0 ? -1 : col + offset, log);
    const activity = currentActivity(name.text !== '' ? name : (firstText ?? name));
    const s = subprograms.length - 1;
    const a = subprograms[s].activities.length - 1;
    const k = activity.indicators.length;
    activity.indicators.push(readIndicator(view, row, layout, offset, log, s, a, k, { name, unit, type }, yearLabels));
    previous = 'indicator';
    indicatorRow = row;
  }

  log.record(paths.indicators, view.ref(layout.headerRow, layout.headerCol));
  layout.years.forEach((y, i) => log.record(paths.indicatorYearHeader(i), view.ref(layout.yearRow, y.col)));
  const table: IndicatorTable = { title: title?.text ?? null, years: layout.years.map((y) => y.year), subprograms };
  log.read(indicatorReading(table, view.ref(layout.headerRow, layout.headerCol)));
  return table;
}

/** A text that goes on the one above: its quotes are still open, or it starts in lower case or with a dash. */
function continuesText(above: string, text: string): boolean {
  if (isSubprogramTitle(text) || isActivityTitle(text)) return false;
  const open = (above.match(/«/g) ?? []).length > (above.match(/»/g) ?? []).length;
  return open || /^[а-яёa-z(\-–—]/.test(text);
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
function repeatsCurrentActivity(subprograms: readonly IndicatorSubprogram[], layout: IndicatorLayout, offset: number, col: number, text: string): boolean {
  const current = currentActivityOf(subprograms);
  if (current === null || text === '') return false;
  if (layout.numberCol >= 0 && col === layout.numberCol + offset) return text === current.number;
  if (layout.activityCol >= 0 && col === layout.activityCol + offset) return text === current.title;
  return false;
}

function currentActivityTitle(subprograms: readonly IndicatorSubprogram[]): string | null {
  return currentActivityOf(subprograms)?.title ?? null;
}

/** Do the filled cells from position `from` on all hold the same text? */
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
  texts: { name: TextCell; unit: TextCell; type: TextCell },
  /** The year columns' names for a message ("2021 год"), made once per table. */
  yearLabels: readonly string[],
): Indicator {
  const unitRef = layout.unitCol >= 0 ? texts.unit : texts.name;
  const first = layout.baseCol >= 0 ? layout.baseCol : (layout.years[0]?.col ?? 0);
  if (offset !== 0) {
    const found = view.address(row, first + offset).replace(/\d+$/, '');
    const expected = view.address(row, first).replace(/\d+$/, '');
    log.issue('S008', 'shiftedRow', view.ref(row, first + offset), paths.indicator(s, a, k), { column: found, expectedColumn: expected });
  }
  // A value cell's reference and path are made only for a message (S004, S005) or when provenance is asked.
  // `year`: the index of the year column; -1 for the base value.
  const valueAt = (col: number, year: number): IndicatorValue | null => {
    if (col < 0) return null;
    const reading = readIndicatorValue(view.cell(row, col));
    if (reading.kind === 'value') return reading.value;
    if (reading.kind === 'empty') return null;
    const path = year < 0 ? paths.indicatorField(s, a, k, 'base') : paths.indicatorPlan(s, a, k, layout.years[year].year);
    if (reading.kind === 'error') log.issue('S005', 'errorValue', view.ref(row, col), path, { value: reading.text });
    else log.issue('S004', 'notANumber', view.ref(row, col), path, { text: reading.text, column: year < 0 ? 'Базовое значение' : yearLabels[year] });
    return null;
  };
  const baseCol = layout.baseCol + offset;
  const base: IndicatorValue | null = layout.baseCol >= 0 ? valueAt(baseCol, -1) : null;
  const plan = layout.years.map((y, i) => valueAt(y.col + offset, i));
  log.provenance.recordIndicator({
    s,
    a,
    k,
    name: () => texts.name.ref,
    unit: () => unitRef.ref,
    type: () => texts.type.ref,
    base: layout.baseCol >= 0 ? () => view.ref(row, Math.max(baseCol, 0)) : null,
    years: layout.years.map((y) => y.year),
    plan: (i) => view.ref(row, Math.max(layout.years[i].col + offset, 0)),
  });
  const { name, unit } = nameAndUnit(texts.name.text, texts.unit.text, layout);
  const indicator: Indicator = { name, unit, type: texts.type.text, base, plan };
  // Facts and "–" (no target) are rare: no list is made for a row without them.
  for (const f of layout.facts) {
    const value = readIndicatorValue(view.cell(row, f.col + offset));
    if (value.kind === 'value') (indicator.facts ??= []).push({ year: f.year, value: value.value });
  }
  for (const y of layout.years) if (DASH.test(view.text(row, y.col + offset))) (indicator.noTarget ??= []).push(y.year);
  return indicator;
}

/**
 * The unit where the table writes it: in its column; after the name ("Транспортная подвижность населения,
 * тыс. пасс./км на 1 жителя области <1>"); or over the values ("Значение индикатора по годам, единиц").
 */
function nameAndUnit(name: string, unit: string, layout: IndicatorLayout): { name: string; unit: string } {
  if (layout.unitInName) {
    const comma = name.lastIndexOf(',');
    if (comma > 0) return { name: name.slice(0, comma).trim(), unit: name.slice(comma + 1).replace(/<\d+>|\*+\(?\d*\)?/g, '').trim() };
    return { name, unit };
  }
  if (layout.unitCol < 0 && layout.headerUnit) return { name, unit: layout.headerUnit };
  return { name, unit };
}

/** A row of marks only ('".' closing a quoted appendix): nothing to read. */
function isPunctuationOnly(view: SheetView, row: number): boolean {
  return view.filledColumns(row).every((col) => !/[\p{L}\d]/u.test(view.text(row, col)));
}

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
