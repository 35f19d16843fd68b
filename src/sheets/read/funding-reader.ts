// Приложение 1 "Объем финансовых ресурсов": the header ("Наименование подпрограммы | Источник
// финансирования | Общий объем… | в том числе по годам… over 2020 год…"), subprogram blocks (the title in
// the first column, merged down or on the first row only; a source per row; "Всего по подпрограмме"),
// "ИТОГО по муниципальной программе" and its "в том числе:" rows.
import type { Decimal } from '../../domain/amount';
import type { FundingRow, FundingSubprogram, FundingTable } from '../../domain/model/funding';
import { yearSpanLabel } from '../../domain/model/year-span';
import { paths, type Column, type Path } from '../../domain/paths';
import { sourceKeys } from '../../domain/sources';
import { isSubprogramTitle } from '../../domain/subprogram-title';
import { readAmount } from './cell-value';
import { FUNDING_HEADER, headerForm } from './header-text';
import { joinText, readCell, recordCell, reportErrorInText, textCell, type ReadCell, type TextCell } from './read-cell';
import type { ReadLog } from './read-log';
import { rowShift } from './row-shift';
import type { SheetView } from './sheet-view';
import { isTitleRow } from './table-boundary';
import { annexProgramTitle, titleBlockAbove } from './title-block';
import { findYearColumns, isColumnNumberRow, type YearColumn, type YearHeader } from './year-columns';

interface FundingLayout {
  headerRow: number;
  headerCol: number;
  nameCol: number;
  sourceCol: number;
  totalCol: number;
  years: YearColumn[];
  yearRow: number;
  firstDataRow: number;
}

interface AmountRow {
  label: TextCell;
  total: ReadCell<Decimal>;
  years: ReadCell<Decimal>[];
  /** Set when the row's values sit in other columns than the header's. */
  shift: { found: string; expected: string } | null;
}

interface Block {
  title: TextCell;
  sources: AmountRow[];
  total: AmountRow | null;
  /** The total stands on the title row ("Подпрограмма I … | Итого | …"), the sources below it. */
  totalFirst?: boolean;
}

type Mode = 'blocks' | 'total' | 'bySource';

/** "Всего по подпрограмме I", also written "Итого по подпрограмме I". */
const SUBPROGRAM_TOTAL = /^(?:всего|итого)\s+по\s+подпрограмм/;
/** "ИТОГО по муниципальной программе", "Всего по муниципальной программе". */
const TOTAL = /^итого|^всего\s+по\s+(?:муниципальной\s+)?программ/;
const SUBTOTAL = /^всего/;
const INCLUDING = /^в (?:том числе|т\.\s?ч\.?)/;

export function readFundingTable(view: SheetView, headerRow: number, headerCol: number, limit: number, log: ReadLog): FundingTable {
  const layout = fundingLayout(view, headerRow, headerCol);
  const title = annexProgramTitle(titleBlockAbove(view, headerRow));
  const blocks: Block[] = [];
  let total: AmountRow | null = null;
  const bySource: AmountRow[] = [];
  let mode: Mode = 'blocks';
  /** What the previous data row was, so that a page-break continuation joins the right text. */
  let previous: 'title' | 'source' | 'other' = 'other';
  // The value columns: "Общий объем" and the years, whichever side of the years the total stands.
  const firstValueCol = Math.min(layout.totalCol, layout.years[0]?.col ?? layout.totalCol);
  const lastValueCol = Math.max(layout.totalCol, layout.years[layout.years.length - 1]?.col ?? layout.totalCol);

  for (let row = layout.firstDataRow; row < limit; row++) {
    if (view.isBlankRow(row)) continue;
    if (isTitleRow(view, row)) break;
    const offset = rowShift(view, row, firstValueCol, lastValueCol);
    const name = textCell(view, row, layout.nameCol + offset);
    const source = textCell(view, row, layout.sourceCol + offset);
    const hasValues = hasAnyValue(view, row, layout, offset);
    const nameForm = headerForm(name.text);
    const sourceForm = headerForm(source.text);
    const block = blocks.length > 0 ? blocks[blocks.length - 1] : null;
    const amounts = (label: TextCell): AmountRow => amountRow(view, row, layout, offset, label);
    reportErrorInText(view, row, layout.nameCol + offset, log);
    reportErrorInText(view, row, layout.sourceCol + offset, log);

    const isSubtotal = SUBPROGRAM_TOTAL.test(nameForm) || (name.text === '' && SUBPROGRAM_TOTAL.test(sourceForm));
    if (!isSubtotal && (TOTAL.test(nameForm) || (name.text === '' && TOTAL.test(sourceForm)))) {
      total = amounts(name.text !== '' ? name : source);
      mode = 'total';
      previous = 'other';
    } else if (INCLUDING.test(nameForm)) {
      mode = 'bySource';
      if (source.text !== '') bySource.push(amounts(source));
      previous = source.text !== '' ? 'source' : 'other';
    } else if (isSubtotal || SUBTOTAL.test(nameForm) || (name.text === '' && SUBTOTAL.test(sourceForm))) {
      const label = name.text !== '' ? name : source;
      if (block && block.total === null) block.total = amounts(label);
      else blocks.push({ title: { text: '', ref: label.ref }, sources: [], total: amounts(label) });
      previous = 'other';
    } else if (name.text !== '') {
      const continues =
        block !== null && mode === 'blocks' && (block.total === null || block.totalFirst === true) && continuesTitle(block.title.text, name.text);
      if (block && (block.total === null || block.totalFirst) && name.text === block.title.text) {
        // The title repeated in every cell of its merge: the same block.
      } else if (continues && block) {
        block.title.text = joinText(block.title.text, name.text);
      } else {
        blocks.push({ title: name, sources: [], total: null });
        mode = 'blocks';
      }
      const current = blocks[blocks.length - 1];
      if (SUBTOTAL.test(sourceForm) || /^итого/.test(sourceForm)) {
        current.total = amounts(source);
        current.totalFirst = true;
        previous = 'other';
      } else if (source.text !== '' || hasValues) {
        current.sources.push(amounts(source));
        previous = 'source';
      } else if (!continues) {
        previous = 'title';
      }
    } else if (source.text !== '') {
      const target = mode === 'blocks' ? block?.sources : bySource;
      const last = target && target.length > 0 ? target[target.length - 1] : null;
      if (!hasValues && previous === 'source' && last && (/^[а-яёa-z(]/.test(source.text) || view.isCovered(row, layout.totalCol + offset))) {
        last.label.text = joinText(last.label.text, source.text);
      } else if (mode === 'blocks' && block && (block.total === null || block.totalFirst)) {
        block.sources.push(amounts(source));
        previous = 'source';
      } else if (mode !== 'blocks') {
        bySource.push(amounts(source));
        mode = 'bySource';
        previous = 'source';
      } else {
        unclassified(view, row, log);
        previous = 'other';
      }
    } else if (hasValues && mode === 'blocks' && block && (block.total === null || block.totalFirst)) {
      // Amounts without a source name: a source row whose name is missing (S007), not a row of its own kind.
      block.sources.push(amounts(source));
      previous = 'source';
    } else if (hasValues && mode !== 'blocks') {
      bySource.push(amounts(source));
      previous = 'source';
    } else {
      unclassified(view, row, log);
      previous = 'other';
    }
  }

  recordLayout(view, layout, log);
  return {
    title: title?.text ?? null,
    years: layout.years.map((y) => y.year),
    subprograms: blocks.map((block, i) => recordBlock(block, i, layout, log)),
    total: total ? recordRow(total, layout, log, paths.fundingTotal, (c) => paths.fundingTotalCell(c), '') : null,
    totalBySource: recordSources(bySource, layout, log, (key) => paths.fundingBySource(key), (key, c) => paths.fundingBySourceCell(key, c)),
  };
}

function fundingLayout(view: SheetView, headerRow: number, headerCol: number): FundingLayout {
  let nameCol = -1;
  let sourceCol = -1;
  let totalCol = -1;
  const n = view.rowLength(headerRow);
  for (let col = 0; col < n; col++) {
    const form = headerForm(view.text(headerRow, col));
    if (form === '') continue;
    if (nameCol < 0 && FUNDING_HEADER.name.test(form)) nameCol = col;
    else if (sourceCol < 0 && FUNDING_HEADER.source.test(form)) sourceCol = col;
    else if (totalCol < 0 && sourceCol >= 0 && FUNDING_HEADER.total.test(form)) totalCol = col;
  }
  const yearHeader = findYearColumns(view, headerRow, sourceCol);
  if (totalCol < 0) totalCol = totalBesideYears(view, yearHeader, sourceCol);
  let lastHeaderRow = Math.max(headerRow, yearHeader?.row ?? headerRow);
  if (isColumnNumberRow(view, lastHeaderRow + 1)) lastHeaderRow++;
  return { headerRow, headerCol, nameCol, sourceCol, totalCol, years: yearHeader?.columns ?? [], yearRow: yearHeader?.row ?? headerRow, firstDataRow: lastHeaderRow + 1 };
}

/** "Всего"/"Итого" in the year row (before or after the years), else the column before the first year. */
function totalBesideYears(view: SheetView, yearHeader: YearHeader | null, sourceCol: number): number {
  if (!yearHeader || yearHeader.columns.length === 0) return sourceCol + 1;
  const n = view.rowLength(yearHeader.row);
  for (let col = sourceCol + 1; col < n; col++) if (/^(?:всего|итого)/.test(headerForm(view.text(yearHeader.row, col)))) return col;
  return yearHeader.columns[0].col - 1 > sourceCol ? yearHeader.columns[0].col - 1 : sourceCol + 1;
}

/**
 * A name that goes on the title above it: the title's quotes are still open, it starts in lower case, or
 * the title is a bare "Подпрограмма III" and the name in quotes comes on the next row.
 */
function continuesTitle(title: string, text: string): boolean {
  if (isSubprogramTitle(text)) return false;
  const opening = (title.match(/«/g) ?? []).length;
  const open = opening > (title.match(/»/g) ?? []).length;
  return open || /^[а-яёa-z]/.test(text) || (opening === 0 && /^[«"]/.test(text) && isSubprogramTitle(title));
}

function hasAnyValue(view: SheetView, row: number, layout: FundingLayout, offset: number): boolean {
  if (view.text(row, layout.totalCol + offset) !== '') return true;
  return layout.years.some((y) => view.text(row, y.col + offset) !== '');
}

function amountRow(view: SheetView, row: number, layout: FundingLayout, offset: number, label: TextCell): AmountRow {
  return {
    label: { text: label.text, ref: label.ref },
    total: readCell(view, row, layout.totalCol + offset, readAmount),
    years: layout.years.map((y) => readCell(view, row, y.col + offset, readAmount)),
    shift: offset === 0 ? null : { found: columnOf(view, row, layout.totalCol + offset), expected: columnOf(view, row, layout.totalCol) },
  };
}

function columnOf(view: SheetView, row: number, col: number): string {
  return view.address(row, col).replace(/\d+$/, '');
}

function unclassified(view: SheetView, row: number, log: ReadLog): void {
  const filled = view.filledColumns(row);
  const at = view.ref(row, filled[0] ?? 0);
  const text = filled.map((c) => view.text(row, c)).join(' | ');
  log.issue('S008', 'unclassifiedRow', at, null, { text: text.length > 200 ? text.slice(0, 200) + '…' : text });
}

function recordLayout(view: SheetView, layout: FundingLayout, log: ReadLog): void {
  log.record(paths.funding, view.ref(layout.headerRow, layout.headerCol));
  layout.years.forEach((y, i) => log.record(paths.fundingYearHeader(i), view.ref(layout.yearRow, y.col)));
}

function recordBlock(block: Block, i: number, layout: FundingLayout, log: ReadLog): FundingSubprogram {
  log.record(paths.fundingSubprogram(i), block.title.ref);
  return {
    title: block.title.text,
    sources: recordSources(block.sources, layout, log, (key) => paths.fundingSource(i, key), (key, c) => paths.fundingSourceCell(i, key, c)),
    total: block.total ? recordRow(block.total, layout, log, paths.fundingSubtotal(i), (c) => paths.fundingSubtotalCell(i, c), '') : null,
  };
}

function recordSources(rows: readonly AmountRow[], layout: FundingLayout, log: ReadLog, rowPath: (key: string) => Path, cellPath: (key: string, c: Column) => Path): FundingRow[] {
  const keys = sourceKeys(rows.map((r) => r.label.text));
  return rows.map((r, j) => recordRow(r, layout, log, rowPath(keys[j]), (c) => cellPath(keys[j], c), r.label.text));
}

function recordRow(row: AmountRow, layout: FundingLayout, log: ReadLog, rowPath: Path, cellPath: (c: Column) => Path, source: string): FundingRow {
  log.record(rowPath, row.label.ref);
  if (row.shift) log.issue('S008', 'shiftedRow', row.total.ref, rowPath, { column: row.shift.found, expectedColumn: row.shift.expected });
  return {
    source,
    total: recordCell(log, cellPath('total'), row.total, 'Общий объем финансовых ресурсов'),
    years: row.years.map((cell, k) => recordCell(log, cellPath(layout.years[k].year), cell, yearSpanLabel(layout.years[k].year))),
  };
}
