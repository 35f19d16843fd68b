// One worksheet part, streamed: its cells straight into grid cells (values as the readers expect them:
// shared and inline strings, rich text flattened, numbers with their number format, dates as text,
// booleans, error values, formulas with their cached value, shared formulas in full), and beside them the
// merged areas, the drop-down lists, the column widths and the page setup. The limits are checked as the
// part goes by, so that a hostile part is refused before it is read to the end.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { toA1, type CellRange } from '../address';
import type { CellValue, GridCell } from '../grid';
import { PlacedCells } from './placed-cells';
import { slideFormula } from './shared-formula';
import { NO_FORMAT, type CellFormat } from './styles-part';
import { feedXml, localName, nestedTooDeep } from './xml-events';
import { grouped, limitPassed, XLSX_LIMITS, XlsxReadError } from './xlsx-limits';
import type { ZipArchive } from './zip-archive';

export interface SheetContent {
  /** The cells, placed in rows as they are read (see PlacedCells). */
  cells: PlacedCells;
  merges: CellRange[];
  /** List validations in document order: their ranges (sqref) and their formula. */
  validations: { ranges: CellRange[]; formula: string }[];
  /** Column widths by 0-based column. */
  widths: Map<number, number>;
  /** The last column of a <c> element in a row that holds anything (ExcelJS's column count). */
  lastColumn: number;
  orientation?: string;
  fitToWidth?: number;
  fitToPage: boolean;
}

export interface ReadContext {
  zip: ZipArchive;
  sheet: string;
  strings: readonly string[];
  formats: readonly CellFormat[];
  date1904: boolean;
  withStyles: boolean;
  /** Cells read so far in the workbook (the limit is on the whole workbook). */
  cellCount: { n: number };
}

const where = (sheet: string, row: number, col: number) => ({ ru: `лист «${sheet}», ячейка ${toA1(row, col)}`, en: `sheet "${sheet}", cell ${toA1(row, col)}` });

function refuse(ru: string, en: string): never {
  throw new XlsxReadError({ ru, en });
}

function refuseLimit(ru: string, en: string): never {
  throw limitPassed(ru, en);
}

/** "AB12" → row 11, col 27 (0-based); null when it is not a cell address. */
function parseCellRef(ref: string, out: { row: number; col: number }): boolean {
  let col = 0;
  let i = 0;
  let code = ref.charCodeAt(0);
  while (i < ref.length && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) {
    col = col * 26 + ((code & 0xdf) - 64);
    code = ref.charCodeAt(++i);
  }
  if (i === 0 || i === ref.length || i > 3) return false;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  out.row = row - 1;
  out.col = col - 1;
  return row >= 1;
}

function parseRangeRef(text: string, sheet: string, what: { ru: string; en: string }): CellRange {
  // As `split(':')` would take them, without making the array: the first two pieces, the second being the first when there is no colon.
  const plain = text.includes('$') ? text.replace(/\$/g, '') : text;
  const colon = plain.indexOf(':');
  const a = colon < 0 ? plain : plain.slice(0, colon);
  const next = colon < 0 ? -1 : plain.indexOf(':', colon + 1);
  const b = colon < 0 ? a : next < 0 ? plain.slice(colon + 1) : plain.slice(colon + 1, next);
  const p = { row: 0, col: 0 };
  const q = { row: 0, col: 0 };
  // The two corners read by one call in a loop: one copy of parseCellRef to compile in this function, not two.
  let ok = true;
  for (let k = 0; k < 2 && ok; k++) ok = parseCellRef(k === 0 ? a : b, k === 0 ? p : q);
  if (!ok) refuse(`лист «${sheet}»: ${what.ru} «${text}» — не адрес ячеек`, `sheet "${sheet}": ${what.en} "${text}" is not a cell range`);
  const range = { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
  if (range.bottom >= XLSX_LIMITS.rows || range.right >= XLSX_LIMITS.columns) {
    refuse(`лист «${sheet}»: ${what.ru} «${text}» за пределами листа Excel`, `sheet "${sheet}": ${what.en} "${text}" is outside an Excel sheet`);
  }
  return range;
}

/** A date serial as the readers have always had it: "31.12.2024", with the time when there is one. */
export function serialDateText(serial: number, date1904: boolean): string {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  if (Number.isNaN(d.getTime())) return String(serial);
  return dateText(d);
}

/** A date in UTC: "31.12.2024", with the time when there is one. */
export function dateText(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return h === 0 && m === 0 ? date : `${date} ${two(h)}:${two(m)}`;
}

export function readSheetPart(part: string, context: ReadContext): SheetContent {
  const bytes = context.zip.read(part);
  const reader = new SheetPartReader(part, context);
  if (bytes) {
    // The reader's own handlers (not parseXml's, shared with the other parts): calls that stay monomorphic.
    const parser = new SaxesParser();
    parser.on('opentag', (tag: SaxesTagPlain) => reader.open(tag));
    parser.on('closetag', (tag: SaxesTagPlain) => reader.close(tag));
    parser.on('text', (text) => reader.text(text));
    parser.on('cdata', (text) => reader.text(text));
    feedXml(part, bytes, parser);
  }
  return reader.content;
}

const MERGED_AREA = { ru: 'объединение', en: 'merged area' };

/** Which text a cell element gathers. */
const enum Gathering {
  None,
  Value,
  Formula,
  InlineText,
}

/**
 * The reader of one worksheet part: the XML handler, its state in fields (one shape for every sheet, so that
 * the handler's code warms up once for the workbook), the events most parts consist of — a cell opened, its
 * value's text, the cell closed — tested first.
 */
class SheetPartReader {
  readonly content: SheetContent = { cells: new PlacedCells(), merges: [], validations: [], widths: new Map(), lastColumn: -1, fitToPage: false };
  private readonly part: string;
  private readonly sheet: string;
  private readonly strings: readonly string[];
  private readonly formats: readonly CellFormat[];
  private readonly date1904: boolean;
  private readonly withStyles: boolean;
  private readonly cellCount: { n: number };
  private readonly sharedFormulas = new Map<string, { formula: string; row: number; col: number }>();
  private readonly at = { row: 0, col: 0 };
  /** Elements open (the limit on nesting). */
  private depth = 0;

  // The row and cell being read.
  private rowIndex = -1;
  private rowLastColumn = -1;
  private rowFirstColumn = -1;
  /** The places the rows need at least (each row from its first cell to its last): a sparse sheet is refused early. */
  private places = 0;
  private rowHasContent = false;
  private colIndex = -1;
  private type: string | undefined = undefined;
  /** The cell's "s" attribute; its format is looked up only for a cell that holds something. */
  private style: string | undefined = undefined;
  private format: CellFormat = NO_FORMAT;
  private gathering = Gathering.None;
  private value: string | undefined = undefined;
  private formula: string | undefined = undefined;
  private shareType: string | undefined = undefined;
  private sharedIndex: string | undefined = undefined;
  private sharedRef: string | undefined = undefined;
  private inlineText: string | undefined = undefined;
  private inCell = false;
  private phonetic = 0;
  private extensions = 0;
  private validation: { ranges: CellRange[]; formula: string; list: boolean } | null = null;
  private inFormula1 = false;

  constructor(part: string, context: ReadContext) {
    this.part = part;
    this.sheet = context.sheet;
    this.strings = context.strings;
    this.formats = context.formats;
    this.date1904 = context.date1904;
    this.withStyles = context.withStyles;
    this.cellCount = context.cellCount;
  }

  // The elements most parts consist of (c, v, row, f, mergeCell) are told by their name as written; any other
  // name, or one with a namespace prefix ("x:c"), goes by its local name (openOther, closeOther).
  open(tag: SaxesTagPlain): void {
    if (++this.depth > XLSX_LIMITS.xmlDepth) throw nestedTooDeep(this.part);
    const name = tag.name;
    if (this.extensions > 0) {
      // Extensions (x14 validations, sparklines, …) are not what the readers read.
      if (localName(name) === 'extLst') this.extensions += 1;
    } else if (name === 'c') this.openCell(tag.attributes);
    else if (name === 'v') this.gathering = Gathering.Value;
    else if (name === 'row') this.openRow(tag.attributes);
    // A formula (a funding sheet has one in every total) and a merged area (hundreds a sheet) are told here too:
    // the other names' handlers (openNamed, closeNamed) then stay cold, and are not compiled twice as a later
    // sheet brings them a name their compiled code had not met (issue 10: ≈ 29 M instructions at ×100).
    else if (name === 'f') this.openFormula(tag.attributes);
    else if (name === 'mergeCell') this.openMerge(tag.attributes);
    else this.openNamed(localName(name), tag.attributes);
  }

  close(tag: SaxesTagPlain): void {
    this.depth--;
    const name = tag.name;
    if (this.extensions > 0) {
      if (localName(name) === 'extLst') this.extensions -= 1;
    } else if (name === 'c') this.closeCell();
    else if (name === 'v') this.gathering = Gathering.None;
    else if (name === 'row') this.closeRow();
    else if (name === 'f') this.gathering = Gathering.None;
    // A merged area's element holds nothing: its end is nothing to do.
    else if (name !== 'mergeCell') this.closeNamed(localName(name));
  }

  private openNamed(name: string, a: Readonly<Record<string, string>>): void {
    if (name === 'extLst') this.extensions += 1;
    else if (name === 'c') this.openCell(a);
    else if (name === 'v') this.gathering = Gathering.Value;
    else if (name === 'row') this.openRow(a);
    else this.openOther(name, a);
  }

  private closeNamed(name: string): void {
    if (name === 'c') this.closeCell();
    else if (name === 'v') this.gathering = Gathering.None;
    else if (name === 'row') this.closeRow();
    else this.closeOther(name);
  }

  private closeCell(): void {
    this.finishCell();
    this.inCell = false;
    this.gathering = Gathering.None;
  }

  text(text: string): void {
    switch (this.gathering) {
      case Gathering.Value: {
        const value = this.value === undefined ? text : this.value + text;
        this.value = value;
        if (value.length > XLSX_LIMITS.textChars) this.textTooLong(value.length);
        break;
      }
      case Gathering.Formula: {
        const formula = this.formula === undefined ? text : this.formula + text;
        this.formula = formula;
        if (formula.length > XLSX_LIMITS.formulaChars) this.formulaTooLong();
        break;
      }
      case Gathering.InlineText: {
        const inlineText = this.inlineText === undefined ? text : this.inlineText + text;
        this.inlineText = inlineText;
        if (inlineText.length > XLSX_LIMITS.textChars) this.textTooLong(inlineText.length);
        break;
      }
      default:
        if (this.inFormula1 && this.validation) this.validation.formula += text;
        break;
    }
  }

  private openCell(a: Readonly<Record<string, string>>): void {
    const sheet = this.sheet;
    const r = a.r;
    if (r !== undefined) {
      const at = this.at;
      if (!parseCellRef(r, at) || at.row >= XLSX_LIMITS.rows || at.col >= XLSX_LIMITS.columns) refuse(`лист «${sheet}»: «${r}» — не адрес ячейки листа Excel`, `sheet "${sheet}": "${r}" is not a cell of an Excel sheet`);
      this.rowIndex = at.row;
      this.colIndex = at.col;
    } else {
      this.colIndex += 1;
      if (this.rowIndex < 0) this.rowIndex = 0;
      if (this.colIndex >= XLSX_LIMITS.columns) refuse(`лист «${sheet}», строка ${this.rowIndex + 1}: ячеек больше, чем столбцов в листе Excel`, `sheet "${sheet}", row ${this.rowIndex + 1}: more cells than an Excel sheet has columns`);
    }
    this.inCell = true;
    this.type = a.t;
    this.style = a.s;
    this.value = undefined;
    this.formula = undefined;
    this.shareType = undefined;
    this.sharedIndex = undefined;
    this.sharedRef = undefined;
    this.inlineText = undefined;
  }

  private openRow(a: Readonly<Record<string, string>>): void {
    const r = a.r === undefined ? this.rowIndex + 1 : Number(a.r) - 1;
    if (!Number.isInteger(r) || r < 0 || r >= XLSX_LIMITS.rows) refuse(`лист «${this.sheet}»: строка «${a.r}» за пределами листа Excel`, `sheet "${this.sheet}": row "${a.r}" is outside an Excel sheet`);
    this.rowIndex = r;
    this.colIndex = -1;
    this.rowLastColumn = -1;
    this.rowFirstColumn = -1;
    this.rowHasContent = false;
  }

  private openFormula(a: Readonly<Record<string, string>>): void {
    this.gathering = Gathering.Formula;
    this.shareType = a.t;
    this.sharedIndex = a.si;
    this.sharedRef = a.ref;
  }

  private openMerge(a: Readonly<Record<string, string>>): void {
    if (a.ref === undefined) return;
    const { sheet, content } = this;
    if (content.merges.length >= XLSX_LIMITS.mergesPerSheet) {
      refuseLimit(`лист «${sheet}»: больше ${grouped(XLSX_LIMITS.mergesPerSheet)} объединённых областей`, `sheet "${sheet}": more than ${grouped(XLSX_LIMITS.mergesPerSheet)} merged areas`);
    }
    content.merges.push(parseRangeRef(a.ref, sheet, MERGED_AREA));
  }

  private openOther(name: string, a: Readonly<Record<string, string>>): void {
    const { sheet, content } = this;
    switch (name) {
      // f and mergeCell come here only with a prefix ("x:f"): open() takes them as written.
      case 'f':
        this.openFormula(a);
        break;
      case 't':
        if (this.inCell && this.phonetic === 0) {
          this.gathering = Gathering.InlineText;
          this.inlineText ??= '';
        }
        break;
      case 'rPh':
        this.phonetic += 1;
        break;
      case 'mergeCell':
        this.openMerge(a);
        break;
      case 'dataValidation': {
        const list = a.type === 'list';
        const ranges = list ? (a.sqref ?? '').split(/\s+/).filter((s) => s !== '').map((s) => parseRangeRef(s, sheet, { ru: 'проверка данных на', en: 'data validation on' })) : [];
        this.validation = { ranges, formula: '', list };
        break;
      }
      case 'formula1':
        this.inFormula1 = this.validation !== null;
        break;
      case 'col': {
        const min = Number(a.min ?? 0);
        const max = Math.min(Number(a.max ?? 0), XLSX_LIMITS.columns);
        if (a.width !== undefined) for (let c = Math.max(min, 1); c <= max; c++) content.widths.set(c - 1, parseFloat(a.width || '0'));
        break;
      }
      case 'pageSetup':
        content.orientation = a.orientation ?? 'portrait';
        content.fitToWidth = parseInt(a.fitToWidth ?? '1', 10);
        break;
      case 'pageSetUpPr':
        content.fitToPage = a.fitToPage === '1' || a.fitToPage === 'true';
        break;
      default:
        break;
    }
  }

  private closeRow(): void {
    const { content } = this;
    if (this.rowHasContent && this.rowLastColumn > content.lastColumn) content.lastColumn = this.rowLastColumn;
    if (this.rowFirstColumn >= 0) this.places += this.rowLastColumn - this.rowFirstColumn + 1;
    if (this.places > XLSX_LIMITS.gridCells) {
      const sheet = this.sheet;
      refuseLimit(
        `лист «${sheet}» слишком разрежен: к строке ${this.rowIndex + 1} его строки дают больше ${grouped(XLSX_LIMITS.gridCells)} мест для ячеек (ячейки далеко друг от друга)`,
        `sheet "${sheet}" is too sparse: by row ${this.rowIndex + 1} its rows make more than ${grouped(XLSX_LIMITS.gridCells)} cell places (cells far apart)`,
      );
    }
  }

  private closeOther(name: string): void {
    switch (name) {
      case 'f':
      case 't':
        this.gathering = Gathering.None;
        break;
      case 'rPh':
        this.phonetic -= 1;
        break;
      case 'formula1':
        this.inFormula1 = false;
        break;
      case 'dataValidation':
        if (this.validation?.list) this.content.validations.push({ ranges: this.validation.ranges, formula: this.validation.formula });
        this.validation = null;
        break;
      default:
        break;
    }
  }

  private finishCell(): void {
    const colIndex = this.colIndex;
    if (colIndex > this.rowLastColumn) this.rowLastColumn = colIndex;
    if (this.rowFirstColumn < 0 || colIndex < this.rowFirstColumn) this.rowFirstColumn = colIndex;
    const hasFormula = (this.formula !== undefined && this.formula !== '') || this.shareType !== undefined;
    if (!hasFormula && this.value === undefined && this.inlineText === undefined) {
      // A styled cell without a value is formatting, not content.
      if (this.style === undefined) this.rowHasContent = true;
      return;
    }
    const s = this.style;
    this.format = s !== undefined ? this.formatOf(s) : NO_FORMAT;
    const cell = hasFormula ? this.formulaCell() : this.valueCell();
    this.rowHasContent = true;
    if (cell !== null) this.keep(cell);
  }

  /** A cell without a formula; null for an empty string (some writers leave them where a value was deleted). */
  private valueCell(): GridCell | null {
    const value = this.value;
    let v: CellValue;
    let error = false;
    switch (this.type) {
      case 's': {
        const index = Number(value);
        const strings = this.strings;
        if (!Number.isInteger(index) || index < 0 || index >= strings.length) {
          const at = where(this.sheet, this.rowIndex, this.colIndex);
          refuse(`${at.ru}: ссылка на несуществующую строку №${value} общей таблицы строк`, `${at.en}: a reference to shared string ${value}, which does not exist`);
        }
        v = strings[index];
        break;
      }
      case 'inlineStr':
        v = this.inlineText ?? value ?? '';
        break;
      case 'str':
        v = value ?? '';
        break;
      case 'b':
        v = parseInt(value ?? '', 10) !== 0;
        break;
      case 'e':
        v = value ?? '';
        error = true;
        break;
      case 'd':
        v = isoDateText(value ?? '');
        break;
      default:
        v = value === undefined ? (this.inlineText ?? '') : this.numberValue(value);
        break;
    }
    if (typeof v === 'string') {
      if (v.length > XLSX_LIMITS.textChars) this.textTooLong(v.length);
      if (v === '') return null;
    }
    return gridCell(v, error, undefined, this.format.numberFormat);
  }

  /** A cell with a formula (its own, or the shared one slid to it) and its cached value. */
  private formulaCell(): GridCell {
    const { rowIndex, colIndex, value, formula, type } = this;
    let text: string | null = formula !== undefined && formula !== '' ? formula : null;
    const sharedIndex = this.sharedIndex;
    if (this.shareType === 'shared' && sharedIndex !== undefined) {
      if (this.sharedRef !== undefined && text !== null) this.sharedFormulas.set(sharedIndex, { formula: text, row: rowIndex, col: colIndex });
      else if (this.sharedRef === undefined) {
        const master = this.sharedFormulas.get(sharedIndex);
        text = master ? slideFormula(master.formula, rowIndex - master.row, colIndex - master.col) : null;
      }
    }
    if (text !== null && text.length > XLSX_LIMITS.formulaChars) this.formulaTooLong();
    const numberFormat = this.format.numberFormat;
    if (!value) return gridCell(null, false, text, numberFormat);
    if (type === 'e') return gridCell(value, true, text, numberFormat);
    return gridCell(type === 'str' ? value : type === 'b' ? parseInt(value, 10) !== 0 : this.numberValue(value), false, text, numberFormat);
  }

  /** A cell that holds something, kept in document order within the workbook's limit on cells. */
  private keep(cell: GridCell): void {
    if (this.withStyles && this.format.style) cell.style = this.format.style;
    if (++this.cellCount.n > XLSX_LIMITS.cells) {
      const sheet = this.sheet;
      refuseLimit(`в книге больше ${grouped(XLSX_LIMITS.cells)} заполненных ячеек (предел достигнут на листе «${sheet}», в ячейке ${toA1(this.rowIndex, this.colIndex)})`, `the workbook has more than ${grouped(XLSX_LIMITS.cells)} filled cells (the limit is reached on sheet "${sheet}", cell ${toA1(this.rowIndex, this.colIndex)})`);
    }
    this.content.cells.place(this.rowIndex, this.colIndex, cell);
  }

  /** The format of an "s" attribute: its index, as Number() reads it, into the cell formats. */
  private formatOf(s: string): CellFormat {
    // Up to four digits (the usual index), read here; anything else as Number() reads it.
    let index = s.length > 0 && s.length <= 4 ? 0 : -1;
    for (let i = 0; i < s.length && index >= 0; i++) {
      const d = s.charCodeAt(i) - 48;
      index = d >= 0 && d <= 9 ? index * 10 + d : -1;
    }
    return (index >= 0 ? this.formats[index] : this.formats[Number(s)]) ?? NO_FORMAT;
  }

  /** A number cell: a date when its format shows one. */
  private numberValue(text: string): CellValue {
    const n = parseFloat(text);
    if (Number.isNaN(n)) {
      const at = where(this.sheet, this.rowIndex, this.colIndex);
      refuse(`${at.ru}: «${text.slice(0, 40)}» записано как число, но числом не читается`, `${at.en}: "${text.slice(0, 40)}" is stored as a number but is not one`);
    }
    return this.format.isDate ? serialDateText(n, this.date1904) : n;
  }

  private textTooLong(n: number): never {
    const at = where(this.sheet, this.rowIndex, this.colIndex);
    return refuseLimit(
      `${at.ru}: текст длиннее ${grouped(XLSX_LIMITS.textChars)} знаков (${grouped(n)}) — больше, чем Excel держит в ячейке`,
      `${at.en}: text longer than ${grouped(XLSX_LIMITS.textChars)} characters (${grouped(n)}), more than Excel holds in a cell`,
    );
  }

  private formulaTooLong(): never {
    const at = where(this.sheet, this.rowIndex, this.colIndex);
    return refuseLimit(`${at.ru}: формула длиннее ${grouped(XLSX_LIMITS.formulaChars)} знаков`, `${at.en}: a formula longer than ${grouped(XLSX_LIMITS.formulaChars)} characters`);
  }
}

/**
 * A grid cell, made whole at once and of one shape: every cell has the four keys in the order the readers have
 * always had them (value, error, formula, numberFormat), those it does not use undefined (as absent keys read),
 * so that the readers' hot functions (the view's lookups, the amount and text readers) meet one hidden class,
 * not four, and V8 compiles each of them once for it. No key is added later (which would give the cell a
 * second, growing store for its properties) but the preview's style.
 */
function gridCell(v: CellValue, error: boolean, formula: string | null | undefined, numberFormat: string | undefined): GridCell {
  return { value: v, error: error ? true : undefined, formula, numberFormat: numberFormat || undefined };
}

function isoDateText(text: string): string {
  const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(d.getTime()) ? text : dateText(d);
}
