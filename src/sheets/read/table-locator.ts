// Finds the tables of a workbook by what they say — never by sheet names or fixed coordinates: a funding
// header (columns named by the vocabulary, or a row of years under money words, or years written in rows
// under "Годы"), an indicator header (a unit column and the indicator's name or values), the passport's label
// column, and a funding paragraph written as text ("Общий объем финансирования … составляет …").
// Also notes the titles and stray header cells that say a table was meant to be there.
import { collapseSpaces } from '../../domain/text/fold';
import type { GridCell } from '../grid';
import { looksLikeValue } from './cell-value';
import { ANNEX_TITLE, FUNDING_CAPTION, INDICATOR_CAPTION, headerForm, LONGEST_KEPT_TEXT } from './header-text';
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
      // One walk over the row's cells says what each test below could find (`scanRow`); a test that cannot find
      // anything on the row (most rows of a table's body) is not run.
      scanRow(view, row);
      // A row with amounts or values in it is a data row, whatever its words ("Снижение … | единица | 2054 | 2030"),
      // and no row of years either (a value that is no year is what `isYearRow` refuses).
      const values = scan.values;
      const count = values ? 0 : scan.cells;
      const bits = values ? 0 : scan.bits;
      const kind = count > 0 ? headerKind(count, bits, view, row) : null;
      // The second row of a two-row header with its merged cells repeated is the same header, not a new table.
      if (kind && inHeader(last, kind, sheet, row)) continue;
      if (kind && !(inPassport && kind === 'funding' && (bits & SUB) === 0)) {
        inPassport = false;
        anchors.push({ kind, sheet, row, col: CELL_COLS[0], ...(kind === 'funding' ? { official: (bits & OFFICIAL) !== 0 } : {}) });
        continue;
      }
      if (inPassport) continue;
      // `isYearRow` needs two years on the row; a column of years in rows, a cell of its words.
      const years = values || scan.years < 2 ? null : yearRowKind(view, row);
      if (years && !inHeader(last, 'funding', sheet, row) && !inHeader(last, 'indicators', sheet, row)) {
        anchors.push({ kind: years.kind, sheet, row: years.top, col: firstFilled(view, years.top) });
        continue;
      }
      if (scan.yearRowsWord && transposedHeader(view, row) !== null) {
        anchors.push({ kind: 'funding', sheet, row, col: firstFilled(view, row), transposed: true });
        row++;
        continue;
      }
      // "Источники финансирования | Годы" over "2015 | 2016 | 2017": a funding table's header, not a passport's first row.
      // (`passportLabel` finds nothing without a cell of a passport's first label.)
      if (!passportSeen && count > 0 && (bits & PASSPORT) !== 0 && !((bits & SRC) !== 0 && yearsBelow(view, row))) {
        const label = passportLabel(view, row, rowHeaderCells(count));
        if (label !== null) {
          passportSeen = true;
          inPassport = true;
          anchors.push({ kind: 'passport', sheet, row, col: label });
          continue;
        }
      }
      // `fundingTextAt` looks at rows of one or two filled cells only.
      if (!passportSeen && !textSeen && (scan.filled === 1 || scan.filled === 2) && fundingTextAt(view, row)) {
        textSeen = true;
        anchors.push({ kind: 'fundingText', sheet, row: fundingTextStart(view, row), col: firstFilled(view, row) });
        continue;
      }
      if (count === 0) continue;
      // `hintKind` finds nothing unless its first cell opens a section, a caption or an annex, or a cell says a header's word.
      if ((CELL_FACTS[0].bits & FIRST_HINT) === 0 && (bits & CELL_HINT) === 0) continue;
      const hint = hintKind(view, row, rowHeaderCells(count));
      if (hint) hints.push({ kind: hint.kind, sheet, row, col: hint.col, ...(hint.weak ? { weak: true } : {}) });
    }
  });
  return { anchors, hints };
}

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

/** What the locator asks of a text cell, answered once per text: the same texts stand in row after row (units, types, names). */
interface TextFacts {
  /** The text's forms when it may be a header cell (a label, not a paragraph, not a statement of an amount), else null. */
  header: HeaderCell | null;
  /** What its forms say (the bits below), 0 when it is no header cell. */
  bits: number;
  /** The text, its spaces collapsed (what the view's `text` gives a cell of it). */
  text: string;
  // The three counts below are 1 or 0, added up by `scanRow` without a branch: an increment that the first rows
  // never reach (the first sheet has no values) made V8 throw away scanRow's optimised code and compile it again.
  /** Its spaces collapsed, it is not "" (the cell shows): 1, else 0. */
  shows: number;
  /** As a cell's value (not an error): a year header (what `readYearHeader` reads): 1, else 0. */
  year: number;
  /** As a cell's value (not an error): a value `holdsValues` counts (value-like, not a year, not a column's number): 1, else 0. */
  value: number;
  /** A word of a column of years in rows ("Годы", "Год реализации"): what `transposedHeader` looks for. */
  yearRowsWord: boolean;
}

// What a header cell's words say: each bit is one test of `headerKind`, `hintKind` or `passportLabel` on one cell,
// so that "a cell of the row says X" is the bits of the row's cells or-ed together.
const UNIT = 1 << 0;
const STRONG_SUB = 1 << 1;
const STRONG_SRC = 1 << 2;
const SUB = 1 << 3;
const SRC = 1 << 4;
const SOURCE_OF = 1 << 5;
const TOTAL = 1 << 6;
const YEARS = 1 << 7;
const NAME = 1 << 8;
const ACTIVITY = 1 << 9;
const BASE = 1 << 10;
const PLAN = 1 << 11;
const MONEY = 1 << 12;
const RUB = 1 << 13;
const OFFICIAL = 1 << 14;
const PASSPORT = 1 << 15;
/** `hintKind`'s tests of a row's first header cell: a section's heading, a funding or indicator caption, an annex's title. */
const SECTION = 1 << 16;
const F_CAPTION = 1 << 17;
const I_CAPTION = 1 << 18;
const ANNEX = 1 << 19;
/** `hintKind`'s tests of every header cell: a funding header's word, an indicator header's word. */
const F_HINT = 1 << 20;
const I_HINT = 1 << 21;
const FIRST_HINT = SECTION | F_CAPTION | I_CAPTION | ANNEX;
const CELL_HINT = F_HINT | I_HINT;

const SECTION_HEADING = /^(?:раздел|глава)\s|^\d{1,2}\.\s/;

function headerBits(form: string, words: string): number {
  // Most header-like texts of a table's body ("Доля … сроки") say none of a header's words: one expression each.
  if (!formMatches(words, ANY_BIT_PHRASES) && !ANY_BIT_FORM.test(form)) return 0;
  let bits = 0;
  const unit = formMatches(words, INDICATOR_COLUMN.unit);
  const subprogram = formMatches(words, FUNDING_COLUMN.subprogram);
  if (unit) bits |= UNIT;
  if (formMatches(words, STRONG_SUBPROGRAM)) bits |= STRONG_SUB;
  if (formMatches(words, STRONG_SOURCE)) bits |= STRONG_SRC;
  if (subprogram) bits |= SUB;
  if (formMatches(words, FUNDING_COLUMN.source)) bits |= SRC;
  if (formMatches(words, SOURCE_OF_FUNDING)) bits |= SOURCE_OF;
  if (formMatches(words, FUNDING_COLUMN.total)) bits |= TOTAL;
  if (formMatches(words, FUNDING_COLUMN.years)) bits |= YEARS;
  if (formMatches(words, INDICATOR_COLUMN.name) && !formMatches(words, NOT_NAME)) bits |= NAME;
  if (formMatches(words, INDICATOR_COLUMN.activity)) bits |= ACTIVITY;
  if (formMatches(words, INDICATOR_COLUMN.base)) bits |= BASE;
  if (formMatches(words, INDICATOR_COLUMN.plan) && !formMatches(words, BASE_WORDS)) bits |= PLAN;
  if (formMatches(words, MONEY_WORDS)) bits |= MONEY;
  if (formMatches(words, RUBLES)) bits |= RUB;
  if (/общий объем/.test(form)) bits |= OFFICIAL;
  if (formMatches(words, PASSPORT_ANCHOR_PHRASES)) bits |= PASSPORT;
  if (SECTION_HEADING.test(form)) bits |= SECTION;
  if (FUNDING_CAPTION.test(form)) bits |= F_CAPTION;
  if (INDICATOR_CAPTION.test(form)) bits |= I_CAPTION;
  if (ANNEX_TITLE.test(form)) bits |= ANNEX;
  if ((subprogram && words.startsWith('наименование')) || /общий объем финансов/.test(form)) bits |= F_HINT;
  if (unit || /базов\S* значени|планируем\S* значени/.test(form)) bits |= I_HINT;
  return bits;
}

const TEXT_FACTS = new Map<string, TextFacts>();
const TEXT_FACTS_MAX = 50_000;

function textFacts(value: string): TextFacts {
  return (value.length <= LONGEST_KEPT_TEXT ? TEXT_FACTS.get(value) : undefined) ?? newTextFacts(value);
}

/**
 * `textFacts` of a text not met before: a function of its own, so that `scanRow`, which has `textFacts` compiled
 * into it, does not carry the tests of a new text (run once per text) in its compiled code.
 */
function newTextFacts(value: string): TextFacts {
  let header: HeaderCell | null = null;
  let bits = 0;
  if (value.length > 0 && value.length <= MAX_HEADER_TEXT && MAY_BE_HEADER.test(value) && !STATES_AMOUNT.test(value)) {
    const form = headerForm(value);
    const words = vocabularyForm(value);
    if (form !== '' && !formMatches(words, STATEMENT_WORDS)) {
      header = { col: -1, form, words };
      bits = headerBits(form, words);
    }
  }
  const text = collapseSpaces(value);
  // The cell as `holdsValues` and `isYearRow` see a text that is no error: its value is all they read of it.
  const cell: GridCell = { value };
  const year = readYearHeader(cell) !== null;
  // Each test on every new text, not only past the ones before it: the first value-like text comes a sheet or
  // two in, and a test first met there threw away scanRow's optimised code (textFacts is compiled into it).
  const shows = text !== '';
  const valueLike = looksLikeValue(cell);
  const small = SMALL_NUMBER.test(text);
  const facts: TextFacts = {
    header,
    bits,
    text,
    shows: shows ? 1 : 0,
    year: year ? 1 : 0,
    value: valueLike && shows && !year && !small ? 1 : 0,
    yearRowsWord: text.length <= 30 && YEAR_ROWS_LETTERS.test(text) && matches(text, FUNDING_COLUMN.yearRows),
  };
  if (value.length > LONGEST_KEPT_TEXT) return facts;
  if (TEXT_FACTS.size >= TEXT_FACTS_MAX) TEXT_FACTS.clear();
  TEXT_FACTS.set(value, facts);
  return facts;
}

/** What `scanRow` found on the row it walked last. */
const scan = {
  /** `holdsValues`: two or more cells of numbers (not years) in the row. */
  values: false,
  /** The header cells (`CELL_COLS`, `CELL_FACTS`: what `headerCells` lists) and their bits or-ed together. */
  cells: 0,
  bits: 0,
  /** Cells that read as a year (no error), at most: `isYearRow` needs two. */
  years: 0,
  /** A text cell says a word of a column of years in rows. */
  yearRowsWord: false,
  /** The row's filled columns (`filledColumns(row).length`); of a row of values, at least this many when over two. */
  filled: 0,
};
const CELL_COLS: number[] = [];
const CELL_FACTS: TextFacts[] = [];

/**
 * One walk over the row's cells (as `cell` gives them: a covered one is passed over) for what the locator's
 * tests need of it: whether it holds values, its header cells, how many years, whether a text is a word of
 * years in rows, how many filled cells — up to its second value. A text's part is looked up once per text (`textFacts`).
 */
function scanRow(view: SheetView, row: number): void {
  const cells = view.rowCells(row);
  const merged = view.hasCovered(row);
  let numbers = 0;
  let others = 0;
  let count = 0;
  let bits = 0;
  let years = 0;
  let yearRowsWord = false;
  let filled = 0;
  /** The view's texts of the row: a text's collapsed form is made once per text here, not once per cell by the readers. */
  let texts: (string | undefined)[] | null = null;
  // Right to left, and no further once two values are found: a row with values is no header, title or label, and
  // nothing the locator asks of it needs the facts of the cells left of its values (see below the loop). A table's
  // values stand right of its texts, so the names, units and types of its data rows — most of a workbook's distinct
  // texts (at ×100, 1 450 of 2 100) — are not looked at here: no facts (≈ 30 expressions, two forms) made for them.
  let col = cells.length - 1;
  for (; col >= 0 && numbers + others < 2; col--) {
    const cell = cells[col];
    if (cell === null || cell === undefined) continue;
    const value = cell.value;
    if (value === null || value === undefined) continue;
    if (merged && view.isCovered(row, col)) continue;
    if (typeof value === 'string') {
      const facts = textFacts(value);
      texts ??= view.textCache(row);
      if (texts[col] === undefined) texts[col] = facts.text;
      filled += facts.shows;
      if (facts.header !== null) {
        CELL_COLS[count] = col;
        CELL_FACTS[count] = facts;
        count++;
        bits |= facts.bits;
      }
      if (facts.yearRowsWord) yearRowsWord = true;
      if (cell.error) {
        others += errorValue(view, row, col, cell);
      } else {
        others += facts.value;
        years += facts.year;
      }
      continue;
    }
    filled++;
    if (typeof value === 'number' && !cell.error) {
      // A number: a value unless it is a year or a column's number (what its text "1", "12" says).
      if (!Number.isInteger(value) || (value > 99 && (value < 1990 || value > 2100)) || value < 0) numbers++;
      else if (value >= 1990 && value <= 2100) years++;
    } else if (cell.error) {
      others += errorValue(view, row, col, cell);
    }
  }
  const values = numbers + others >= 2;
  // A row of values was walked only down to its second value. Its filled cells are asked only whether they are one
  // or two (`fundingTextAt`): when the two values are all that was met, one more filled cell left of them says no.
  if (values && filled === 2) {
    for (; col >= 0; col--) {
      const cell = cells[col];
      if (cell === null || cell === undefined) continue;
      const value = cell.value;
      if (value === null || value === undefined || (merged && view.isCovered(row, col))) continue;
      // A text shows when it is not all spaces (what `shows` says: its spaces collapsed, it is not "").
      if (typeof value !== 'string' || NOT_BLANK.test(value)) {
        filled++;
        break;
      }
    }
  }
  scan.values = values;
  scan.cells = count;
  scan.bits = bits;
  scan.years = years;
  // A column of years in rows has no value right of its word (`transposedHeader`): in a row of values, the word is
  // right of both values, among the cells walked.
  scan.yearRowsWord = yearRowsWord;
  scan.filled = filled;
  // The header cells were met right to left: `rowHeaderCells` and `hintKind` take them left to right.
  for (let i = 0, j = count - 1; i < j; i++, j--) {
    const c = CELL_COLS[i];
    CELL_COLS[i] = CELL_COLS[j];
    CELL_COLS[j] = c;
    const facts = CELL_FACTS[i];
    CELL_FACTS[i] = CELL_FACTS[j];
    CELL_FACTS[j] = facts;
  }
}

/** An error cell as `holdsValues` counts it (1 or 0). */
function errorValue(view: SheetView, row: number, col: number, cell: GridCell): number {
  return looksLikeValue(cell) && view.text(row, col) !== '' && !readYearHeader(cell) && !SMALL_NUMBER.test(view.text(row, col)) ? 1 : 0;
}

/** The row's header cells found by `scanRow`, as a list (for the rare row a passport's label or a hint may be on). */
function rowHeaderCells(count: number): HeaderCell[] {
  const out: HeaderCell[] = [];
  for (let i = 0; i < count; i++) {
    const header = CELL_FACTS[i].header!;
    out.push({ col: CELL_COLS[i], form: header.form, words: header.words });
  }
  return out;
}

const NOT_BLANK = /\S/;

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

/** The header's kind from its cells' bits (a cell of the row says X: the bit X of one of them); `count` header cells. */
function headerKind(count: number, bits: number, view: SheetView, row: number): 'funding' | 'indicators' | null {
  if (count < 2) return null;
  const unit = (bits & UNIT) !== 0;
  // "Наименование подпрограммы | Источник финансирования": the Moscow-region Приложение 1, and its kin; in
  // fewer words ("Подпрограмма | Источник") only over year columns.
  if (!unit && (bits & STRONG_SUB) !== 0 && (bits & STRONG_SRC) !== 0) return 'funding';
  if (!unit && (bits & SUB) !== 0 && (bits & SRC) !== 0 && yearsBelow(view, row)) return 'funding';
  // "Источник финансирования | Всего | 2019 год": a funding table without subprograms.
  if (!unit && (bits & SOURCE_OF) !== 0 && (bits & (TOTAL | YEARS)) !== 0) return 'funding';
  const name = (bits & NAME) !== 0;
  if (unit) {
    let others = 0;
    if ((bits & ACTIVITY) !== 0) others++;
    if (name) others++;
    if ((bits & BASE) !== 0) others++;
    // The years under the header stand for "Значения по годам" once the indicators' names are known.
    if ((bits & PLAN) !== 0 || (name && yearsBelow(view, row))) others++;
    if (others >= 2) return 'indicators';
  }
  const plan = (bits & PLAN) !== 0;
  // "Наименование индикатора | Значение индикатора по годам, единиц": no unit column, the unit in the header.
  if (name && plan && (bits & MONEY) === 0) return 'indicators';
  // "Наименование показателя | Всего (тыс. руб.) | в том числе по годам:": the rows are sources.
  if ((bits & SRC) !== 0 && (bits & TOTAL) !== 0 && (bits & RUB) !== 0) return 'funding';
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

/** Every phrase a bit of `headerBits` is set by (the words' tests), and the forms' expressions: a text that says none of them has no bit. */
const ANY_BIT_PHRASES: Phrases = [
  ...INDICATOR_COLUMN.unit,
  ...FUNDING_COLUMN.subprogram,
  ...FUNDING_COLUMN.source,
  ...SOURCE_OF_FUNDING,
  ...FUNDING_COLUMN.total,
  ...FUNDING_COLUMN.years,
  ...INDICATOR_COLUMN.name,
  ...INDICATOR_COLUMN.activity,
  ...INDICATOR_COLUMN.base,
  ...INDICATOR_COLUMN.plan,
  ...MONEY_WORDS,
  ...RUBLES,
  ...PASSPORT_ANCHOR_PHRASES,
];
const ANY_BIT_FORM = new RegExp(
  [/общий объем/, SECTION_HEADING, FUNDING_CAPTION, INDICATOR_CAPTION, ANNEX_TITLE, /базов\S* значени|планируем\S* значени/].map((re) => `(?:${re.source})`).join('|'),
);
