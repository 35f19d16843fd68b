// Finds the tables of a workbook by their header texts — never by sheet names or fixed coordinates:
// a funding header ("Наименование подпрограммы" … "Источник финансирования"), an indicator header
// ("Единица измерения" with "Основные мероприятия"/"показатели"/"Базовое значение"…), the passport's
// label column. Also notes the titles and stray header cells that say a table was meant to be there.
import {
  ANNEX_TITLE,
  FUNDING_CAPTION,
  FUNDING_HEADER,
  FUNDING_HEADER_HINTS,
  INDICATOR_CAPTION,
  INDICATOR_HEADER,
  INDICATOR_HEADER_HINTS,
  PASSPORT_ANCHORS,
  PASSPORT_LABEL,
  headerForm,
} from './header-text';
import type { SheetView } from './sheet-view';

export type TableKind = 'passport' | 'funding' | 'indicators';

export interface TableAnchor {
  kind: TableKind;
  sheet: number;
  /** The header row (the first label row for the passport). */
  row: number;
  /** The header's first cell (the label column for the passport). */
  col: number;
  /**
   * The header of Приложение 1 has "Общий объем…"; a subprogram passport's funding table (also "Наименование
   * подпрограммы | Источник финансирования") has "Главный распорядитель"/"Расходы" instead. Preferred when both are there.
   */
  official?: boolean;
}

/** A sign that a funding or indicator table was meant to be on a sheet (its title, or one header cell). */
export interface TableHint {
  kind: 'funding' | 'indicators';
  sheet: number;
  row: number;
  col: number;
  /** Only "Приложение №1"/"№2": the annexes are not numbered the same in every program. */
  weak?: boolean;
}

export interface WorkbookMap {
  /** In sheet order, then row order. */
  anchors: TableAnchor[];
  hints: TableHint[];
}

/** A passport label about a subprogram ("…подпрограммы"). */
const SUBPROGRAM_LABEL = /подпрограмм/;

/** Longer texts are paragraphs, not header cells or labels. */
const MAX_HEADER_TEXT = 300;
/** A cheap first look: a cell without one of these words is no header cell, label or title (most data cells). */
const MAY_BE_HEADER = /наименован|источник|единиц|ед\.? ?изм|показател|мероприят|значени|объ[её]м|планируем|срок|перечень|заказчик|координатор|цел[ьи]|приложени|подпрограмм|муниципальн\S* программ|паспорт|№|п\/п/i;

export function locateTables(views: readonly SheetView[]): WorkbookMap {
  const anchors: TableAnchor[] = [];
  const hints: TableHint[] = [];
  views.forEach((view, sheet) => {
    let passportSeen = false;
    for (let row = 0; row < view.height; row++) {
      const cells = headerCells(view, row);
      if (cells.length === 0) continue;
      const kind = headerKind(cells);
      const last = anchors.length > 0 ? anchors[anchors.length - 1] : null;
      // The second row of a two-row header with its merged cells repeated is the same header, not a new table.
      if (kind && last && last.kind === kind && last.sheet === sheet && row - last.row <= 2) continue;
      if (kind) {
        anchors.push({ kind, sheet, row, col: cells[0].col, ...(kind === 'funding' ? { official: hasCell(cells, /общий объем/) } : {}) });
        continue;
      }
      if (!passportSeen) {
        const label = passportLabel(view, row, cells);
        if (label !== null) {
          passportSeen = true;
          anchors.push({ kind: 'passport', sheet, row, col: label });
          continue;
        }
      }
      const hint = hintKind(cells);
      if (hint) hints.push({ kind: hint.kind, sheet, row, col: hint.col, ...(hint.weak ? { weak: true } : {}) });
    }
  });
  return { anchors, hints };
}

interface HeaderCell {
  col: number;
  form: string;
}

function headerCells(view: SheetView, row: number): HeaderCell[] {
  const out: HeaderCell[] = [];
  const n = view.rowLength(row);
  for (let col = 0; col < n; col++) {
    const cell = view.cell(row, col);
    if (!cell || typeof cell.value !== 'string') continue;
    const value = cell.value;
    if (value.length === 0 || value.length > MAX_HEADER_TEXT || !MAY_BE_HEADER.test(value)) continue;
    const form = headerForm(value);
    if (form !== '') out.push({ col, form });
  }
  return out;
}

function hasCell(cells: readonly HeaderCell[], pattern: RegExp, except?: RegExp): boolean {
  return cells.some((c) => pattern.test(c.form) && !(except && except.test(c.form)));
}

function headerKind(cells: readonly HeaderCell[]): 'funding' | 'indicators' | null {
  if (cells.length < 2) return null;
  if (hasCell(cells, FUNDING_HEADER.name) && hasCell(cells, FUNDING_HEADER.source)) return 'funding';
  if (hasCell(cells, INDICATOR_HEADER.unit)) {
    let others = 0;
    if (hasCell(cells, INDICATOR_HEADER.activity)) others++;
    if (hasCell(cells, INDICATOR_HEADER.name, /^тип|значени|единиц/)) others++;
    if (hasCell(cells, INDICATOR_HEADER.base)) others++;
    if (hasCell(cells, INDICATOR_HEADER.plan)) others++;
    if (others >= 2) return 'indicators';
  }
  return null;
}

/** The label column when the row is a passport row: a known label with a value to its right. */
function passportLabel(view: SheetView, row: number, cells: readonly HeaderCell[]): number | null {
  for (const cell of cells) {
    if (!PASSPORT_ANCHORS.some((p) => p.test(cell.form))) continue;
    // "Сроки реализации подпрограммы", "Муниципальный заказчик подпрограммы": a subprogram's passport, not the program's.
    if (SUBPROGRAM_LABEL.test(cell.form) && !PASSPORT_LABEL.subprograms.test(cell.form)) continue;
    const n = view.rowLength(row);
    for (let col = cell.col + 1; col < n; col++) if (view.text(row, col) !== '') return cell.col;
  }
  return null;
}

function hintKind(cells: readonly HeaderCell[]): { kind: 'funding' | 'indicators'; col: number; weak?: boolean } | null {
  const first = cells[0];
  if (FUNDING_CAPTION.test(first.form)) return { kind: 'funding', col: first.col };
  if (INDICATOR_CAPTION.test(first.form) && cells.length === 1) return { kind: 'indicators', col: first.col };
  for (const cell of cells) {
    if (FUNDING_HEADER_HINTS.some((p) => p.test(cell.form))) return { kind: 'funding', col: cell.col };
    if (INDICATOR_HEADER_HINTS.some((p) => p.test(cell.form))) return { kind: 'indicators', col: cell.col };
  }
  if (ANNEX_TITLE.test(first.form)) {
    const number = /\d+/.exec(first.form)?.[0];
    if (number === '1') return { kind: 'funding', col: first.col, weak: true };
    if (number === '2') return { kind: 'indicators', col: first.col, weak: true };
  }
  return null;
}
