// Приложение 1 "Объем финансовых ресурсов": the header ("Наименование подпрограммы | Источник
// финансирования | Общий объем… | в том числе по годам… over 2020 год…"), subprogram blocks (the title in
// the first column, merged down or on the first row only; a source per row; "Всего по подпрограмме"),
// "ИТОГО по муниципальной программе" and its "в том числе:" rows.
import type { Decimal } from '../../domain/amount';
import { DEFAULT_UNIT } from '../../domain/model/unit';
import type { FundingPart, FundingRow, FundingSubprogram, FundingTable } from '../../domain/model/funding';
import { yearSpanLabel, type YearSpan } from '../../domain/model/year-span';
import { paths, type Column, type Path } from '../../domain/paths';
import { sourceKeys } from '../../domain/sources';
import { isSubprogramTitle } from '../../domain/subprogram-title';
import { FUNDING_ROW, PROGRAM_STATUS, formMatches, matches, vocabularyForm } from './vocabulary';
import { copyTextCell, joinText, readAmountCell, reportErrorInText, textCell, type ReadCell, type TextCell } from './read-cell';
import type { ReadLog } from './read-log';
import { rowShift } from './row-shift';
import type { SheetView } from './sheet-view';
import { isTitleRow } from './table-boundary';
import { annexProgramTitle, titleBlockAbove } from './title-block';
import type { FundingLayout } from './funding-layout';
import { fundingReading } from './table-reading';

export interface AmountRow {
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

const SUBPROGRAM_TOTAL = (form: string): boolean => formMatches(form, FUNDING_ROW.subprogramTotal);
const TOTAL = (form: string): boolean => formMatches(form, FUNDING_ROW.programTotal);
const SUBTOTAL = (form: string): boolean => formMatches(form, FUNDING_ROW.total);
const INCLUDING = (form: string): boolean => formMatches(form, FUNDING_ROW.including);
const OF_WHICH = (form: string): boolean => formMatches(form, FUNDING_ROW.ofWhich);

export function readFundingTable(view: SheetView, layout: FundingLayout, limit: number, log: ReadLog): FundingTable {
  const headerRow = layout.headerRow;
  const title = annexProgramTitle(titleBlockAbove(view, headerRow));
  const blocks: Block[] = [];
  let total: AmountRow | null = null;
  const bySource: AmountRow[] = [];
  let mode: Mode = 'blocks';
  /** What the previous data row was, so that a page-break continuation joins the right text. */
  let previous: 'title' | 'source' | 'other' = 'other';
  const parts: { parent: string; row: AmountRow }[] = [];
  /** The blocks of the whole program ("Государственная программа" in the status column): its total and sources. */
  const programBlocks = new Set<Block>();
  // The value columns: "Общий объем" and the years, whichever side of the years the total stands.
  const firstValueCol = firstValueColumn(layout);
  const lastValueCol = Math.max(layout.totalCol, layout.years[layout.years.length - 1]?.col ?? layout.totalCol);

  for (let row = layout.firstDataRow; row < limit; row++) {
    if (view.isBlankRow(row)) continue;
    if (isTitleRow(view, row)) break;
    const offset = rowShift(view, row, firstValueCol, lastValueCol);
    const name = textCell(view, row, layout.nameCol + offset);
    const source = textCell(view, row, layout.sourceCol + offset);
    const hasValues = hasAnyValue(view, row, layout, offset);
    const nameForm = vocabularyForm(name.text);
    const sourceForm = vocabularyForm(source.text);
    const block = blocks.length > 0 ? blocks[blocks.length - 1] : null;
    const amounts = (label: TextCell): AmountRow => amountRow(view, row, layout, offset, label);
    reportErrorInText(view, row, layout.nameCol + offset, log);
    reportErrorInText(view, row, layout.sourceCol + offset, log);

    const isSubtotal = SUBPROGRAM_TOTAL(nameForm) || (name.text === '' && SUBPROGRAM_TOTAL(sourceForm));
    if (hasValues && OF_WHICH(name.text !== '' ? nameForm : sourceForm)) {
      // "из них: средства Дорожного фонда": a part of the source above, not a source of its own.
      const list = mode === 'blocks' ? block?.sources : bySource;
      parts.push({ parent: list?.[list.length - 1]?.label.text ?? '', row: amounts(name.text !== '' ? name : source) });
      previous = 'other';
    } else if (!isSubtotal && (TOTAL(nameForm) || (name.text === '' && TOTAL(sourceForm)))) {
      total = amounts(name.text !== '' ? name : source);
      mode = 'total';
      previous = 'other';
    } else if (INCLUDING(nameForm)) {
      mode = 'bySource';
      if (source.text !== '') bySource.push(amounts(source));
      previous = source.text !== '' ? 'source' : 'other';
    } else if (isSubtotal || SUBTOTAL(nameForm) || (name.text === '' && SUBTOTAL(sourceForm))) {
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
        const started: Block = { title: name, sources: [], total: null };
        blocks.push(started);
        if (layout.statusCol >= 0 && matches(view.text(row, layout.statusCol + offset), PROGRAM_STATUS)) programBlocks.add(started);
        mode = 'blocks';
      }
      const current = blocks[blocks.length - 1];
      if (SUBTOTAL(sourceForm)) {
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

  // The whole program's block: its "Всего" row is the program's total, its sources the program's.
  for (const block of programBlocks) {
    if (total === null && block.total) total = block.total;
    else if (block.total) bySource.push(block.total);
    bySource.push(...block.sources);
  }
  const subprogramBlocks = blocks.filter((b) => !programBlocks.has(b));

  recordLayout(view, layout, log);
  const ofWhich: FundingPart[] = parts.map((p, i) => ({
    ...recordRow(p.row, layout, log, paths.fundingPart(i), (c) => paths.fundingPartCell(i, c), p.row.label.text),
    parent: p.parent,
  }));
  const table: FundingTable = {
    title: title?.text ?? null,
    ...(layout.unit && layout.unit !== DEFAULT_UNIT ? { unit: layout.unit } : {}),
    years: layout.years.map((y) => y.year),
    ...totalColumnOf(layout),
    subprograms: subprogramBlocks.map((block, i) => recordBlock(block, i, layout, log)),
    total: total ? recordRow(total, layout, log, paths.fundingTotal, (c) => paths.fundingTotalCell(c), '') : null,
    totalBySource: recordSources(bySource, layout, log, (key) => paths.fundingBySource(key), (key, c) => paths.fundingBySourceCell(key, c)),
    ...(ofWhich.length > 0 ? { ofWhich } : {}),
  };
  log.read(fundingReading(table, view.ref(layout.headerRow, layout.headerCol), 'blocks', layout.unitSource));
  return table;
}

/** Where the total column stands, as the model says it: nothing for the usual "before the years". */
export function totalColumnOf(layout: FundingLayout): Pick<FundingTable, 'totalColumn'> {
  if (layout.totalCol < 0) return { totalColumn: 'none' };
  if (layout.years.length > 0 && layout.totalCol > layout.years[0].col) return { totalColumn: 'last' };
  return {};
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

export function hasAnyValue(view: SheetView, row: number, layout: FundingLayout, offset: number): boolean {
  // `hasText`: no text is made for an amount (nothing reads an amount's text).
  if (view.hasText(row, layout.totalCol + offset)) return true;
  const years = layout.years;
  for (let i = 0; i < years.length; i++) if (view.hasText(row, years[i].col + offset)) return true;
  return false;
}

export function amountRow(view: SheetView, row: number, layout: FundingLayout, offset: number, label: TextCell): AmountRow {
  return {
    label: copyTextCell(label),
    total: readAmountCell(view, row, layout.totalCol + offset),
    years: layout.years.map((y) => readAmountCell(view, row, y.col + offset)),
    shift: offset === 0 ? null : { found: columnOf(view, row, firstValueColumn(layout) + offset), expected: columnOf(view, row, firstValueColumn(layout)) },
  };
}

/** The first column of amounts: the total's when it stands before the years, else the first year's. */
export function firstValueColumn(layout: FundingLayout): number {
  const firstYear = layout.years[0]?.col ?? layout.totalCol;
  return layout.totalCol >= 0 ? Math.min(layout.totalCol, firstYear) : firstYear;
}

export function columnOf(view: SheetView, row: number, col: number): string {
  return view.address(row, col).replace(/\d+$/, '');
}

export function unclassified(view: SheetView, row: number, log: ReadLog): void {
  const filled = view.filledColumns(row);
  const at = view.ref(row, filled[0] ?? 0);
  const text = filled.map((c) => view.text(row, c)).join(' | ');
  log.issue('S008', 'unclassifiedRow', at, null, { text: text.length > 200 ? text.slice(0, 200) + '…' : text });
}

export function recordLayout(view: SheetView, layout: FundingLayout, log: ReadLog): void {
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

export function recordSources(rows: readonly AmountRow[], layout: FundingLayout, log: ReadLog, rowPath: (key: string) => Path, cellPath: (key: string, c: Column) => Path): FundingRow[] {
  const keys = sourceKeys(rows.map((r) => r.label.text));
  return rows.map((r, j) => recordRow(r, layout, log, rowPath(keys[j]), (c) => cellPath(keys[j], c), r.label.text));
}

/**
 * Records the row's cells — one record, whose paths (`rowPath`, `cellPath(c)`: `rowPath/total`, `rowPath/y/2021`)
 * and references are made when asked for — and S004/S005 for a cell that held text or an error value.
 */
export function recordRow(row: AmountRow, layout: FundingLayout, log: ReadLog, rowPath: Path, cellPath: (c: Column) => Path, source: string): FundingRow {
  const withTotal = layout.totalCol >= 0;
  log.provenance.recordAmounts({ path: rowPath, label: row.label, total: withTotal ? row.total : null, years: yearSpansOf(layout), cells: row.years });
  if (row.shift) log.issue('S008', 'shiftedRow', (withTotal ? row.total : (row.years[0] ?? row.total)).ref, rowPath, { column: row.shift.found, expectedColumn: row.shift.expected });
  if (withTotal) reportProblem(log, cellPath, 'total', row.total, 'Общий объем финансовых ресурсов');
  const years: (Decimal | null)[] = [];
  for (let k = 0; k < row.years.length; k++) {
    const cell = row.years[k];
    if (cell.problem) reportProblem(log, cellPath, layout.years[k].year, cell, yearSpanLabel(layout.years[k].year));
    years.push(cell.value);
  }
  return { source, total: withTotal ? row.total.value : null, years };
}

/** The spans of a layout's year columns, made once per table (every row's record shares them). */
const YEAR_SPANS = new WeakMap<FundingLayout['years'], readonly YearSpan[]>();

function yearSpansOf(layout: FundingLayout): readonly YearSpan[] {
  let spans = YEAR_SPANS.get(layout.years);
  if (spans === undefined) {
    spans = layout.years.map((y) => y.year);
    YEAR_SPANS.set(layout.years, spans);
  }
  return spans;
}

/** S004/S005 for a cell of a row that held text or an error value (what `recordCell` says). */
function reportProblem(log: ReadLog, cellPath: (c: Column) => Path, column: Column, cell: ReadCell<Decimal>, columnName: string): void {
  if (cell.problem?.kind === 'error') log.issue('S005', 'errorValue', cell.ref, cellPath(column), { value: cell.problem.text });
  if (cell.problem?.kind === 'invalid') log.issue('S004', 'notANumber', cell.ref, cellPath(column), { text: cell.problem.text, column: columnName });
}
