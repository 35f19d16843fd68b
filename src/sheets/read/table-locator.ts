// Finds the tables of a workbook by what they say — never by sheet names or fixed coordinates: a funding
// header (columns named by the vocabulary, or a row of years under money words, or years written in rows
// under "Годы"), an indicator header (a unit column and the indicator's name or values), the passport's label
// column, and a funding paragraph written as text ("Общий объем финансирования … составляет …").
// Also notes the titles and stray header cells that say a table was meant to be there.
import { looksLikeValue } from './cell-value';
import { ANNEX_TITLE, FUNDING_CAPTION, INDICATOR_CAPTION, headerForm } from './header-text';
import { isFundingParagraph } from './passport-funding-paragraph';
import type { SheetView } from './sheet-view';
import { isTitleRow } from './table-boundary';
import {
  FUNDING_COLUMN,
  FUNDING_ROW,
  INDICATOR_COLUMN,
  INDICATOR_WORDS,
  MONEY_WORDS,
  STATEMENT_WORDS,
  PASSPORT_ROW,
  formMatches,
  matches,
  type Phrases,
  unitIn,
  vocabularyForm,
} from './vocabulary';
import { readYearHeader } from './year-header';

export type TableKind = 'passport' | 'funding' | 'indicators' | 'fundingText';

export interface TableAnchor {
  kind: TableKind;
  sheet: number;
  /** The header's first row (the first label row for the passport; the first line for a funding text). */
  row: number;
  /** The header's first cell (the label column for the passport). */
  col: number;
  /**
   * The header of Приложение 1 has "Общий объем…"; a subprogram passport's funding table (also "Наименование
   * подпрограммы | Источник финансирования") has "Главный распорядитель"/"Расходы" instead. Preferred when both are there.
   */
  official?: boolean;
  /** A funding table with its years in rows ("Годы | Бюджет …" over "2016 | 15105,2"). */
  transposed?: boolean;
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
/** A sentence that states an amount ("…составляет 62 150 878,3 тыс. рублей") is a value, not a header cell. */
const STATES_AMOUNT = /\d[\d \u00a0]*(?:[.,]\d+)?\s*(?:тыс|млн|млрд|руб)/i;
/** A cheap first look: a cell without one of these words is no header cell, label or title (most data cells). */
const MAY_BE_HEADER =
  /наименован|источник|единиц|ед\.? ?изм|показател|индикатор|мероприят|значени|объ[её]м|планируем|срок|перечень|заказчик|координатор|цел[ьи]|приложени|подпрограмм|муниципальн\S* программ|паспорт|№|п\/п|статус|всего|итого|годы|год\b|стоимост|расход|финансир|бюджет|руб/i;
/** How many rows a header may take; a row of years this close under a header found is that header's. */
const HEADER_ROWS = 4;
/** Rows under a row of years looked at for labels and amounts. */
const PROBE_ROWS = 8;

export function locateTables(views: readonly SheetView[]): WorkbookMap {
  const anchors: TableAnchor[] = [];
  const hints: TableHint[] = [];
  views.forEach((view, sheet) => {
    let passportSeen = false;
    let textSeen = false;
    /** Inside the passport (to the next title): its funding table is the passport's, not a table of its own. */
    let inPassport = false;
    for (let row = 0; row < view.height; row++) {
      const last = anchors.length > 0 ? anchors[anchors.length - 1] : null;
      if (inPassport && isTitleRow(view, row)) inPassport = false;
      // A row with amounts or values in it is a data row, whatever its words ("Снижение … | единица | 2054 | 2030"),
      // and no row of years either (a value that is no year is what `isYearRow` refuses).
      const values = holdsValues(view, row);
      const cells = values ? NO_CELLS : headerCells(view, row);
      const kind = cells.length > 0 ? headerKind(cells, () => yearsBelow(view, row)) : null;
      // The second row of a two-row header with its merged cells repeated is the same header, not a new table.
      if (kind && inHeader(last, kind, sheet, row)) continue;
      if (kind && !(inPassport && kind === 'funding' && !has(cells, FUNDING_COLUMN.subprogram))) {
        inPassport = false;
        anchors.push({ kind, sheet, row, col: cells[0].col, ...(kind === 'funding' ? { official: hasCell(cells, /общий объем/) } : {}) });
        continue;
      }
      if (inPassport) continue;
      const years = values ? null : yearRowKind(view, row);
      if (years && !inHeader(last, 'funding', sheet, row) && !inHeader(last, 'indicators', sheet, row)) {
        anchors.push({ kind: years.kind, sheet, row: years.top, col: firstFilled(view, years.top) });
        continue;
      }
      if (transposedHeader(view, row) !== null) {
        anchors.push({ kind: 'funding', sheet, row, col: firstFilled(view, row), transposed: true });
        row++;
        continue;
      }
      // "Источники финансирования | Годы" over "2015 | 2016 | 2017": a funding table's header, not a passport's first row.
      if (!passportSeen && cells.length > 0 && !(has(cells, FUNDING_COLUMN.source) && yearsBelow(view, row))) {
        const label = passportLabel(view, row, cells);
        if (label !== null) {
          passportSeen = true;
          inPassport = true;
          anchors.push({ kind: 'passport', sheet, row, col: label });
          continue;
        }
      }
      if (!passportSeen && !textSeen && fundingTextAt(view, row)) {
        textSeen = true;
        anchors.push({ kind: 'fundingText', sheet, row: fundingTextStart(view, row), col: firstFilled(view, row) });
        continue;
      }
      if (cells.length === 0) continue;
      const hint = hintKind(view, row, cells);
      if (hint) hints.push({ kind: hint.kind, sheet, row, col: hint.col, ...(hint.weak ? { weak: true } : {}) });
    }
  });
  return { anchors, hints };
}

const NO_CELLS: readonly HeaderCell[] = [];

/** Is the row within the header of the table of that kind found last on the sheet? */
function inHeader(last: TableAnchor | null, kind: TableKind, sheet: number, row: number): boolean {
  return last !== null && last.kind === kind && last.sheet === sheet && row - last.row < HEADER_ROWS;
}

interface HeaderCell {
  col: number;
  form: string;
  /** Punctuation folded too (the vocabulary's form). */
  words: string;
}

function headerCells(view: SheetView, row: number): HeaderCell[] {
  const out: HeaderCell[] = [];
  const n = view.rowLength(row);
  for (let col = 0; col < n; col++) {
    const cell = view.cell(row, col);
    if (!cell || typeof cell.value !== 'string') continue;
    const forms = headerTextForms(cell.value);
    if (forms !== null) out.push({ col, form: forms.form, words: forms.words });
  }
  return out;
}

/** What a text is as a header cell, by text: the same texts stand in row after row (units, types, names). */
const HEADER_FORMS = new Map<string, { form: string; words: string } | null>();
const HEADER_FORMS_MAX = 50_000;

/** A text's forms when it may be a header cell (a label, not a paragraph, not a statement of an amount), else null. */
function headerTextForms(value: string): { form: string; words: string } | null {
  let forms = HEADER_FORMS.get(value);
  if (forms === undefined) {
    forms = null;
    if (value.length > 0 && value.length <= MAX_HEADER_TEXT && MAY_BE_HEADER.test(value) && !STATES_AMOUNT.test(value)) {
      const form = headerForm(value);
      const words = vocabularyForm(value);
      if (form !== '' && !formMatches(words, STATEMENT_WORDS)) forms = { form, words };
    }
    if (HEADER_FORMS.size >= HEADER_FORMS_MAX) HEADER_FORMS.clear();
    HEADER_FORMS.set(value, forms);
  }
  return forms;
}

function hasCell(cells: readonly HeaderCell[], pattern: RegExp): boolean {
  for (let i = 0; i < cells.length; i++) if (pattern.test(cells[i].form)) return true;
  return false;
}

function has(cells: readonly HeaderCell[], phrases: readonly string[], except?: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const words = cells[i].words;
    if (formMatches(words, phrases) && !(except && formMatches(words, except))) return true;
  }
  return false;
}

/** Two or more cells of numbers (not years) in the row: a row of data, not of a header. */
function holdsValues(view: SheetView, row: number): boolean {
  const n = view.rowLength(row);
  let values = 0;
  // The numbers first (no text to look at): a row of data has two of them, most often. Read from the row's
  // cells as they are, a covered one passed over as `cell` would (most rows have no merge to look at).
  const cells = view.rowCells(row);
  const merged = view.hasCovered(row);
  for (let col = 0; col < n && values < 2; col++) {
    const cell = cells[col];
    if (cell && typeof cell.value === 'number' && !cell.error && !(merged && view.isCovered(row, col))) {
      // A number: a value unless it is a year or a column's number (what its text "1", "12" says).
      const v = cell.value;
      if (!Number.isInteger(v) || (v > 99 && (v < 1990 || v > 2100)) || v < 0) values++;
    }
  }
  for (let col = 0; col < n && values < 2; col++) {
    const cell = view.cell(row, col);
    if (!cell || (typeof cell.value === 'number' && !cell.error)) continue;
    // Whether the cell looks like a value first: most are names, ruled out by their first letter before a text is made.
    if (looksLikeValue(cell) && view.text(row, col) !== '' && !readYearHeader(cell) && !SMALL_NUMBER.test(view.text(row, col))) values++;
  }
  return values >= 2;
}

/** "1", "12.": a column's number, not a value. */
const SMALL_NUMBER = /^\d{1,2}\.?$/;

/** Are there year columns in the row or the two under it ("2020 год …", "2021 г.")? */
function yearsBelow(view: SheetView, row: number): boolean {
  for (let r = row; r < Math.min(view.height, row + 3); r++) {
    const n = view.rowLength(r);
    let years = 0;
    for (let col = 0; col < n && years < 2; col++) if (readYearHeader(view.cell(r, col))) years++;
    if (years >= 2) return true;
  }
  return false;
}

/** The subprogram and source columns' names but the bare "Подпрограмма", "Источник" (those only over year columns). */
const STRONG_SUBPROGRAM: Phrases = FUNDING_COLUMN.subprogram.filter((p: string) => p !== '^подпрограмм');
const STRONG_SOURCE: Phrases = FUNDING_COLUMN.source.filter((p: string) => p !== '^источник');
const SOURCE_OF_FUNDING = ['источник финансировани', 'источники финансировани'];
/** Words of a column that is not the indicators' names though it says "показатель". */
const NOT_NAME = ['^тип', 'единиц', 'значени', '^вес'];
const BASE_WORDS = ['базов', '^базисн'];
const RUBLES = ['тыс руб', 'млн руб', 'руб'];

function headerKind(cells: readonly HeaderCell[], hasYears: () => boolean): 'funding' | 'indicators' | null {
  if (cells.length < 2) return null;
  const unit = has(cells, INDICATOR_COLUMN.unit);
  // "Наименование подпрограммы | Источник финансирования": the Moscow-region Приложение 1, and its kin; in
  // fewer words ("Подпрограмма | Источник") only over year columns.
  if (!unit && has(cells, STRONG_SUBPROGRAM) && has(cells, STRONG_SOURCE)) return 'funding';
  if (!unit && has(cells, FUNDING_COLUMN.subprogram) && has(cells, FUNDING_COLUMN.source) && hasYears()) return 'funding';
  // "Источник финансирования | Всего | 2019 год": a funding table without subprograms.
  if (!unit && has(cells, SOURCE_OF_FUNDING) && (has(cells, FUNDING_COLUMN.total) || has(cells, FUNDING_COLUMN.years))) return 'funding';
  const name = has(cells, INDICATOR_COLUMN.name, NOT_NAME);
  if (unit) {
    let others = 0;
    if (has(cells, INDICATOR_COLUMN.activity)) others++;
    if (name) others++;
    if (has(cells, INDICATOR_COLUMN.base)) others++;
    // The years under the header stand for "Значения по годам" once the indicators' names are known.
    if (has(cells, INDICATOR_COLUMN.plan, BASE_WORDS) || (name && hasYears())) others++;
    if (others >= 2) return 'indicators';
  }
  const plan = has(cells, INDICATOR_COLUMN.plan, BASE_WORDS);
  // "Наименование индикатора | Значение индикатора по годам, единиц": no unit column, the unit in the header.
  if (name && plan && !has(cells, MONEY_WORDS)) return 'indicators';
  // "Наименование показателя | Всего (тыс. руб.) | в том числе по годам:": the rows are sources.
  if (has(cells, FUNDING_COLUMN.source) && has(cells, FUNDING_COLUMN.total) && has(cells, RUBLES)) return 'funding';
  return null;
}

/**
 * A row of years (two or more) that no header found above claims: the table's kind from the words of its
 * header (this row and the ones above it that hold no amounts) and the title above, else from the labels
 * of the rows under it. `top` is the header's first row.
 */
function yearRowKind(view: SheetView, row: number): { kind: 'funding' | 'indicators'; top: number } | null {
  if (!isYearRow(view, row)) return null;
  let top = row;
  while (top > 0 && row - top < HEADER_ROWS - 1 && isHeaderRow(view, top - 1)) top--;
  if (!headerTextsKnown(view, top, row)) return null;
  const words: string[] = [];
  for (let r = Math.max(0, top - 2); r <= row; r++) for (const col of view.filledColumns(r)) words.push(vocabularyForm(view.text(r, col)));
  const text = words.join(' | ');
  const indicatorWords = formMatches(text, INDICATOR_WORDS);
  const moneyWords = formMatches(text, MONEY_WORDS);
  // An indicator table needs a column of the indicators' names; without one its header is not recognised (S002).
  const named = words.some((w) => formMatches(w, INDICATOR_COLUMN.name) && !formMatches(w, NOT_NAME));
  if (indicatorWords && !moneyWords) return named ? { kind: 'indicators', top } : null;
  if (moneyWords) return { kind: 'funding', top };
  // A bare row of years: a funding table when the rows under it are budgets and totals with amounts.
  let funding = 0;
  for (let r = row + 1; r < Math.min(view.height, row + 1 + PROBE_ROWS); r++) {
    const filled = view.filledColumns(r);
    if (filled.length < 2) continue;
    const label = vocabularyForm(view.text(r, filled[0]));
    if ((formMatches(label, FUNDING_ROW.sourceWords) || formMatches(label, FUNDING_ROW.total)) && filled.slice(1).some((c) => looksLikeValue(view.cell(r, c)))) funding++;
  }
  return funding >= 2 ? { kind: 'funding', top } : null;
}

/**
 * A header row of years: two or more years, each later than the one before ("2054 2030 2252" in an indicator's
 * row are counts), and no long text or other value beside them.
 */
function isYearRow(view: SheetView, row: number): boolean {
  const n = view.rowLength(row);
  let years = 0;
  let last = -1;
  for (let col = 0; col < n; col++) {
    // `hasText`, and the text's length only of a text that is no value: no text is made for a number.
    if (!view.hasText(row, col)) continue;
    const read = readYearHeader(view.cell(row, col));
    if (read) {
      if (read.year.from <= last) return false;
      last = read.year.to;
      years++;
    } else if (looksLikeValue(view.cell(row, col)) || view.text(row, col).length > 60) {
      return false;
    }
  }
  return years >= 2;
}

/**
 * Every text of a header found by its years says what its column is (a source, a total, the years, the unit,
 * "№"): a header of unknown words ("Графа 1 | Графа 2") is not recognised — S002 says so rather than a guess.
 */
/** Every phrase that names a column of a table (what a header found by its years may say). */
const KNOWN_HEADER_PHRASES = [
  ...FUNDING_COLUMN.subprogram,
  ...FUNDING_COLUMN.status,
  ...FUNDING_COLUMN.source,
  ...FUNDING_COLUMN.total,
  ...FUNDING_COLUMN.years,
  ...FUNDING_COLUMN.yearRows,
  ...INDICATOR_COLUMN.name,
  ...INDICATOR_COLUMN.unit,
  ...INDICATOR_COLUMN.plan,
  ...INDICATOR_COLUMN.base,
  ...INDICATOR_COLUMN.number,
];

function headerTextsKnown(view: SheetView, top: number, yearRow: number): boolean {
  const known = KNOWN_HEADER_PHRASES;
  for (let r = top; r <= yearRow; r++) {
    for (const col of view.filledColumns(r)) {
      const text = view.text(r, col);
      if (readYearHeader(view.cell(r, col)) || unitIn(text) !== null || matches(text, known)) continue;
      return false;
    }
  }
  return true;
}

/** A row above a row of years that belongs to its header: text cells only, no amounts, not a wide paragraph. */
function isHeaderRow(view: SheetView, row: number): boolean {
  const filled = view.filledColumns(row);
  if (filled.length < 2) return false;
  return filled.every((col) => !looksLikeValue(view.cell(row, col)) || readYearHeader(view.cell(row, col)) !== null) && filled.every((col) => view.text(row, col).length <= MAX_HEADER_TEXT);
}

/**
 * What a text whose words start with one of FUNDING_COLUMN.yearRows ("годы", "год", "период") holds: those
 * letters in a row, in any case (the words are compared lower-cased, «ё» as «е»).
 */
const YEAR_ROWS_LETTERS = /[гГ][оО][дД]|[пП][еЕёЁ][рР][иИ][оО][дД]/;

/** "Годы | Бюджет г.о.г. Мантурово" over "2016 | 15105,2": the column of years, or null. */
export function transposedHeader(view: SheetView, row: number): number | null {
  const filled = view.filledColumns(row);
  if (filled.length < 2 || filled.length > 12) return null;
  // The header's other cells, right of the years' column, hold no value: neither does its last cell, which is
  // one of them. A row that ends in a value (every row of data) is no such header, with no text looked at.
  if (looksLikeValue(view.cell(row, filled[filled.length - 1]))) return null;
  for (let i = 0; i < filled.length; i++) {
    const col = filled[i];
    // Text cells only (a number's or a boolean's text has no such letters); the length first: most cells are
    // longer than "Год реализации", and no word form is made for them; then the letters every such word has
    // ("год", "период", in any case): other words go no further.
    if (typeof view.cell(row, col)?.value !== 'string') continue;
    const text = view.text(row, col);
    if (text.length > 30 || !YEAR_ROWS_LETTERS.test(text)) continue;
    if (!matches(text, FUNDING_COLUMN.yearRows)) continue;
    let years = 0;
    for (let r = row + 1; r < Math.min(view.height, row + 4); r++) if (readYearHeader(view.cell(r, col))) years++;
    const others = filled.filter((c) => c > col);
    if (years >= 2 && others.length > 0 && others.every((c) => !looksLikeValue(view.cell(row, c)))) return col;
  }
  return null;
}

/** The label column when the row is a passport row: a known label with a value to its right. */
function passportLabel(view: SheetView, row: number, cells: readonly HeaderCell[]): number | null {
  for (const cell of cells) {
    if (!passportAnchor(cell)) continue;
    // "Сроки реализации подпрограммы", "Муниципальный заказчик подпрограммы": a subprogram's passport, not the program's.
    if (SUBPROGRAM_LABEL.test(cell.form) && !formMatches(cell.words, PASSPORT_ROW.subprograms)) continue;
    const n = view.rowLength(row);
    for (let col = cell.col + 1; col < n; col++) if (view.text(row, col) !== '') return cell.col;
  }
  return null;
}

/** Labels that start a passport: the program's name, period, subprograms, customer, coordinator, goals, funding. */
const PASSPORT_ANCHOR_PHRASES = [
  ...PASSPORT_ROW.name,
  ...PASSPORT_ROW.period,
  ...PASSPORT_ROW.subprograms,
  ...PASSPORT_ROW.funding,
  '^муниципальный заказчик',
  '^координатор',
  '^цели муниципальной программы',
  '^цель муниципальной программы',
  '^цели программы',
  '^цель программы',
];

function passportAnchor(cell: HeaderCell): boolean {
  return formMatches(cell.words, PASSPORT_ANCHOR_PHRASES);
}

/** Headings of a program's section on its funding. */
const FUNDING_SECTION = ['ресурсное обеспечение', 'обоснование ресурсного обеспечения', 'объем финансовых ресурсов', 'обоснование объема финансовых ресурсов', 'финансовое обеспечение', 'объемы и источники финансировани', 'общий объем финансовых ресурсов'];

/** A paragraph of the funding section (written as text, not a passport row): "Общий объем финансирования … составляет 11732,5 тыс. рублей". */
function fundingTextAt(view: SheetView, row: number): boolean {
  const filled = view.filledColumns(row);
  if (filled.length === 0 || filled.length > 2) return false;
  const text = view.text(row, filled[0]);
  return text.length >= 20 && isFundingParagraph(text);
}

/** The section's first line: the heading or the paragraphs above the first amount, up to a blank row. */
function fundingTextStart(view: SheetView, row: number): number {
  let start = row;
  for (let r = row - 1; r >= 0 && row - r <= 6; r--) {
    const filled = view.filledColumns(r);
    if (filled.length !== 1) break;
    start = r;
    if (matches(view.text(r, filled[0]), FUNDING_SECTION)) break;
  }
  return start;
}

function hintKind(view: SheetView, row: number, cells: readonly HeaderCell[]): { kind: 'funding' | 'indicators'; col: number; weak?: boolean } | null {
  const first = cells[0];
  // "Раздел 4. Общий объем финансовых ресурсов…": a section of the program's text, not a table's title.
  if (/^(?:раздел|глава)\s|^\d{1,2}\.\s/.test(first.form)) return null;
  if (FUNDING_CAPTION.test(first.form)) return { kind: 'funding', col: first.col };
  if (INDICATOR_CAPTION.test(first.form) && cells.length === 1) return { kind: 'indicators', col: first.col };
  for (const cell of cells) {
    // "Подпрограмма I «…»" in a data row is no header cell: only "Наименование подпрограммы" says a header.
    if ((formMatches(cell.words, FUNDING_COLUMN.subprogram) && cell.words.startsWith('наименование')) || /общий объем финансов/.test(cell.form)) return { kind: 'funding', col: cell.col };
    if (formMatches(cell.words, INDICATOR_COLUMN.unit) || /базов\S* значени|планируем\S* значени/.test(cell.form)) return { kind: 'indicators', col: cell.col };
  }
  // "Приложение №1 / к муниципальной программе": an annex of the program (not "Приложение N 2 / к постановлению").
  if (ANNEX_TITLE.test(first.form) && /программ/i.test(first.form + ' ' + nextLine(view, row))) {
    const number = /\d+/.exec(first.form)?.[0];
    if (number === '1') return { kind: 'funding', col: first.col, weak: true };
    if (number === '2') return { kind: 'indicators', col: first.col, weak: true };
  }
  return null;
}

/** The text of the next row that has one. */
function nextLine(view: SheetView, row: number): string {
  for (let r = row + 1; r < Math.min(view.height, row + 3); r++) {
    const filled = view.filledColumns(r);
    if (filled.length > 0) return view.text(r, filled[0]);
  }
  return '';
}

function firstFilled(view: SheetView, row: number): number {
  return view.filledColumns(row)[0] ?? 0;
}
