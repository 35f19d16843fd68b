// One worksheet part, streamed: its cells straight into grid cells (values as the readers expect them:
// shared and inline strings, rich text flattened, numbers with their number format, dates as text,
// booleans, error values, formulas with their cached value, shared formulas in full), and beside them the
// merged areas, the drop-down lists, the column widths and the page setup. The limits are checked as the
// part goes by, so that a hostile part is refused before it is read to the end.
import { toA1, type CellRange } from '../address';
import type { CellValue, GridCell } from '../grid';
import { slideFormula } from './shared-formula';
import { NO_FORMAT, type CellFormat } from './styles-part';
import { parseXml } from './xml-events';
import { grouped, limitPassed, XLSX_LIMITS, XlsxReadError } from './xlsx-limits';
import type { ZipArchive } from './zip-archive';

export interface SheetContent {
  /** The sheet position of each cell, and the cell (document order; a later cell at the same place wins). */
  rows: number[];
  cols: number[];
  cells: GridCell[];
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
  const [a, b = a] = text.replace(/\$/g, '').split(':');
  const p = { row: 0, col: 0 };
  const q = { row: 0, col: 0 };
  if (!parseCellRef(a, p) || !parseCellRef(b, q)) refuse(`лист «${sheet}»: ${what.ru} «${text}» — не адрес ячеек`, `sheet "${sheet}": ${what.en} "${text}" is not a cell range`);
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
  const content: SheetContent = { rows: [], cols: [], cells: [], merges: [], validations: [], widths: new Map(), lastColumn: -1, fitToPage: false };
  if (!bytes) return content;
  const { sheet, strings, formats, date1904, withStyles, cellCount } = context;
  const sharedFormulas = new Map<string, { formula: string; row: number; col: number }>();
  const at = { row: 0, col: 0 };

  // The row and cell being read.
  let rowIndex = -1;
  let rowLastColumn = -1;
  let rowFirstColumn = -1;
  /** The places the rows need at least (each row from its first cell to its last): a sparse sheet is refused early. */
  let places = 0;
  let rowHasContent = false;
  let colIndex = -1;
  let type: string | undefined;
  let format: CellFormat = NO_FORMAT;
  let styled = false;
  /** Which text is being gathered: 'v', 'f', 't' (of an inline string) or ''. */
  let gathering = '';
  let value: string | undefined;
  let formula: string | undefined;
  let shareType: string | undefined;
  let sharedIndex: string | undefined;
  let sharedRef: string | undefined;
  let inlineText: string | undefined;
  let inCell = false;
  let phonetic = 0;
  let extensions = 0;
  let validation: { ranges: CellRange[]; formula: string; list: boolean } | null = null;
  let inFormula1 = false;

  const textTooLong = (n: number): never =>
    refuseLimit(
      `${where(sheet, rowIndex, colIndex).ru}: текст длиннее ${grouped(XLSX_LIMITS.textChars)} знаков (${grouped(n)}) — больше, чем Excel держит в ячейке`,
      `${where(sheet, rowIndex, colIndex).en}: text longer than ${grouped(XLSX_LIMITS.textChars)} characters (${grouped(n)}), more than Excel holds in a cell`,
    );

  const formulaTooLong = (): never =>
    refuseLimit(
      `${where(sheet, rowIndex, colIndex).ru}: формула длиннее ${grouped(XLSX_LIMITS.formulaChars)} знаков`,
      `${where(sheet, rowIndex, colIndex).en}: a formula longer than ${grouped(XLSX_LIMITS.formulaChars)} characters`,
    );

  const finishCell = (): void => {
    if (colIndex > rowLastColumn) rowLastColumn = colIndex;
    if (rowFirstColumn < 0 || colIndex < rowFirstColumn) rowFirstColumn = colIndex;
    const isFormula = (formula !== undefined && formula !== '') || shareType !== undefined;
    let cell: GridCell | null = null;
    if (isFormula) {
      let text: string | null = formula !== undefined && formula !== '' ? formula : null;
      if (shareType === 'shared' && sharedIndex !== undefined) {
        if (sharedRef !== undefined && text !== null) sharedFormulas.set(sharedIndex, { formula: text, row: rowIndex, col: colIndex });
        else if (sharedRef === undefined) {
          const master = sharedFormulas.get(sharedIndex);
          text = master ? slideFormula(master.formula, rowIndex - master.row, colIndex - master.col) : null;
        }
      }
      if (text !== null && text.length > XLSX_LIMITS.formulaChars) formulaTooLong();
      if (value) cell = type === 'e' ? gridCell(value, true, text) : gridCell(type === 'str' ? value : type === 'b' ? parseInt(value, 10) !== 0 : numberValue(value), false, text);
      else cell = gridCell(null, false, text);
    } else if (value !== undefined || inlineText !== undefined) {
      let v: CellValue;
      let error = false;
      switch (type) {
        case 's': {
          const index = Number(value);
          if (!Number.isInteger(index) || index < 0 || index >= strings.length) {
            refuse(`${where(sheet, rowIndex, colIndex).ru}: ссылка на несуществующую строку №${value} общей таблицы строк`, `${where(sheet, rowIndex, colIndex).en}: a reference to shared string ${value}, which does not exist`);
          }
          v = strings[index];
          break;
        }
        case 'inlineStr':
          v = inlineText ?? value ?? '';
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
          v = value === undefined ? (inlineText ?? '') : numberValue(value);
          break;
      }
      if (typeof v === 'string' && v.length > XLSX_LIMITS.textChars) textTooLong(v.length);
      // An empty string is an empty cell (some writers leave them where a value was deleted).
      if (v !== '') cell = gridCell(v, error, undefined);
    }
    if (value !== undefined || inlineText !== undefined || isFormula || !styled) rowHasContent = true;
    if (cell === null) return;
    if (withStyles && format.style) cell.style = format.style;
    if (++cellCount.n > XLSX_LIMITS.cells) {
      refuseLimit(`в книге больше ${grouped(XLSX_LIMITS.cells)} заполненных ячеек (предел достигнут на листе «${sheet}», в ячейке ${toA1(rowIndex, colIndex)})`, `the workbook has more than ${grouped(XLSX_LIMITS.cells)} filled cells (the limit is reached on sheet "${sheet}", cell ${toA1(rowIndex, colIndex)})`);
    }
    content.rows.push(rowIndex);
    content.cols.push(colIndex);
    content.cells.push(cell);
  };

  /**
   * A grid cell, made whole at once: its keys in the order the readers have always had them (value, error,
   * formula, numberFormat), without a key added later (which would give each cell a second, growing store
   * for its properties).
   */
  function gridCell(v: CellValue, error: boolean, formula: string | null | undefined): GridCell {
    const numberFormat = format.numberFormat;
    if (formula === undefined) {
      if (error) return numberFormat ? { value: v, error: true, numberFormat } : { value: v, error: true };
      return numberFormat ? { value: v, numberFormat } : { value: v };
    }
    if (error) return numberFormat ? { value: v, error: true, formula, numberFormat } : { value: v, error: true, formula };
    return numberFormat ? { value: v, formula, numberFormat } : { value: v, formula };
  }

  /** A number cell: a date when its format shows one. */
  function numberValue(text: string): CellValue {
    const n = parseFloat(text);
    if (Number.isNaN(n)) refuse(`${where(sheet, rowIndex, colIndex).ru}: «${text.slice(0, 40)}» записано как число, но числом не читается`, `${where(sheet, rowIndex, colIndex).en}: "${text.slice(0, 40)}" is stored as a number but is not one`);
    return format.isDate ? serialDateText(n, date1904) : n;
  }

  function isoDateText(text: string): string {
    const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
    return Number.isNaN(d.getTime()) ? text : dateText(d);
  }

  parseXml(part, bytes, {
    open(name, a) {
      if (extensions > 0 || name === 'extLst') {
        // Extensions (x14 validations, sparklines, …) are not what the readers read.
        if (name === 'extLst') extensions += 1;
        return;
      }
      switch (name) {
        case 'row': {
          const r = a.r === undefined ? rowIndex + 1 : Number(a.r) - 1;
          if (!Number.isInteger(r) || r < 0 || r >= XLSX_LIMITS.rows) refuse(`лист «${sheet}»: строка «${a.r}» за пределами листа Excel`, `sheet "${sheet}": row "${a.r}" is outside an Excel sheet`);
          rowIndex = r;
          colIndex = -1;
          rowLastColumn = -1;
          rowFirstColumn = -1;
          rowHasContent = false;
          break;
        }
        case 'c': {
          if (a.r !== undefined) {
            if (!parseCellRef(a.r, at) || at.row >= XLSX_LIMITS.rows || at.col >= XLSX_LIMITS.columns) refuse(`лист «${sheet}»: «${a.r}» — не адрес ячейки листа Excel`, `sheet "${sheet}": "${a.r}" is not a cell of an Excel sheet`);
            rowIndex = at.row;
            colIndex = at.col;
          } else {
            colIndex += 1;
            if (rowIndex < 0) rowIndex = 0;
            if (colIndex >= XLSX_LIMITS.columns) refuse(`лист «${sheet}», строка ${rowIndex + 1}: ячеек больше, чем столбцов в листе Excel`, `sheet "${sheet}", row ${rowIndex + 1}: more cells than an Excel sheet has columns`);
          }
          inCell = true;
          type = a.t;
          styled = a.s !== undefined;
          format = styled ? (formats[Number(a.s)] ?? NO_FORMAT) : NO_FORMAT;
          value = undefined;
          formula = undefined;
          shareType = undefined;
          sharedIndex = undefined;
          sharedRef = undefined;
          inlineText = undefined;
          break;
        }
        case 'v':
          gathering = 'v';
          break;
        case 'f':
          gathering = 'f';
          shareType = a.t;
          sharedIndex = a.si;
          sharedRef = a.ref;
          break;
        case 't':
          if (inCell && phonetic === 0) {
            gathering = 't';
            inlineText ??= '';
          }
          break;
        case 'rPh':
          phonetic += 1;
          break;
        case 'mergeCell':
          if (a.ref !== undefined) {
            if (content.merges.length >= XLSX_LIMITS.mergesPerSheet) {
              refuseLimit(`лист «${sheet}»: больше ${grouped(XLSX_LIMITS.mergesPerSheet)} объединённых областей`, `sheet "${sheet}": more than ${grouped(XLSX_LIMITS.mergesPerSheet)} merged areas`);
            }
            content.merges.push(parseRangeRef(a.ref, sheet, { ru: 'объединение', en: 'merged area' }));
          }
          break;
        case 'dataValidation': {
          const list = a.type === 'list';
          const ranges = list ? (a.sqref ?? '').split(/\s+/).filter((s) => s !== '').map((s) => parseRangeRef(s, sheet, { ru: 'проверка данных на', en: 'data validation on' })) : [];
          validation = { ranges, formula: '', list };
          break;
        }
        case 'formula1':
          inFormula1 = validation !== null;
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
    },
    close(name) {
      if (extensions > 0) {
        if (name === 'extLst') extensions -= 1;
        return;
      }
      switch (name) {
        case 'c':
          finishCell();
          inCell = false;
          gathering = '';
          break;
        case 'row':
          if (rowHasContent && rowLastColumn > content.lastColumn) content.lastColumn = rowLastColumn;
          if (rowFirstColumn >= 0) places += rowLastColumn - rowFirstColumn + 1;
          if (places > XLSX_LIMITS.gridCells) {
            refuseLimit(
              `лист «${sheet}» слишком разрежен: к строке ${rowIndex + 1} его строки дают больше ${grouped(XLSX_LIMITS.gridCells)} мест для ячеек (ячейки далеко друг от друга)`,
              `sheet "${sheet}" is too sparse: by row ${rowIndex + 1} its rows make more than ${grouped(XLSX_LIMITS.gridCells)} cell places (cells far apart)`,
            );
          }
          break;
        case 'v':
        case 'f':
        case 't':
          gathering = '';
          break;
        case 'rPh':
          phonetic -= 1;
          break;
        case 'formula1':
          inFormula1 = false;
          break;
        case 'dataValidation':
          if (validation?.list) content.validations.push({ ranges: validation.ranges, formula: validation.formula });
          validation = null;
          break;
        default:
          break;
      }
    },
    text(text) {
      switch (gathering) {
        case 'v':
          value = value === undefined ? text : value + text;
          if (value.length > XLSX_LIMITS.textChars) textTooLong(value.length);
          break;
        case 'f':
          formula = formula === undefined ? text : formula + text;
          if (formula.length > XLSX_LIMITS.formulaChars) formulaTooLong();
          break;
        case 't':
          inlineText = inlineText === undefined ? text : inlineText + text;
          if (inlineText.length > XLSX_LIMITS.textChars) textTooLong(inlineText.length);
          break;
        default:
          if (inFormula1 && validation) validation.formula += text;
          break;
      }
    },
  });
  return content;
}
