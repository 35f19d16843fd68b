// xl/styles.xml, read once per cell format (cellXfs), not per cell: the number format (built-in ids as
// ExcelJS names them, or the workbook's own), whether it shows a date, and — for drawing a sheet — the
// cell style the grid keeps (bold, italic, size, wrapping, alignment, a solid fill, four borders).
import type { CellStyle } from '../grid';
import type { ZipArchive } from './zip-archive';
import { parseXml } from './xml-events';

export interface CellFormat {
  /** The number format, absent for "General". */
  numberFormat?: string;
  /** The number format shows a date or a time: the number is a date serial. */
  isDate: boolean;
  style?: CellStyle;
}

/** The built-in number formats ExcelJS knows (ECMA-376, 18.8.30), by id; others have no code. */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** A format shows a date when, outside quotes and brackets, it has a date or time letter (as ExcelJS decides). */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

interface Font {
  bold: boolean;
  italic: boolean;
  size: number | null;
}

interface Xf {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
}

const ON = (v: string | undefined): boolean => v === '1' || v === 'true';

export const NO_FORMAT: CellFormat = { numberFormat: undefined, isDate: false, style: undefined };

/** The cell formats of the workbook, by the index a cell's "s" attribute gives. */
export function readCellFormats(zip: ZipArchive, part: string | null, withStyles: boolean): CellFormat[] {
  const bytes = part ? zip.read(part) : null;
  if (!part || !bytes) return [];
  const codes = new Map<number, string>();
  const fonts: Font[] = [];
  const fills: (string | null)[] = [];
  const borders: boolean[] = [];
  const xfs: Xf[] = [];
  // Where the parser is: cellXfs (not cellStyleXfs), inside a font, a fill or a border.
  let section = '';
  let font: Font | null = null;
  let fill: { solid: boolean; rgb: string | null } | null = null;
  let border: { sides: number } | null = null;
  let borderSide = '';
  let xf: Xf | null = null;
  parseXml(part, bytes, {
    open(name, a) {
      switch (name) {
        case 'numFmt':
          if (a.numFmtId !== undefined && a.formatCode !== undefined) codes.set(Number(a.numFmtId), a.formatCode);
          break;
        case 'fonts':
        case 'fills':
        case 'borders':
        case 'cellXfs':
        case 'cellStyleXfs':
        case 'dxfs':
          section = name;
          break;
        case 'font':
          if (section === 'fonts') font = { bold: false, italic: false, size: null };
          break;
        case 'b':
          if (font) font.bold = a.val === undefined || ON(a.val);
          break;
        case 'i':
          if (font) font.italic = a.val === undefined || ON(a.val);
          break;
        case 'sz':
          if (font && a.val !== undefined) font.size = parseFloat(a.val);
          break;
        case 'fill':
          if (section === 'fills') fill = { solid: false, rgb: null };
          break;
        case 'patternFill':
          if (fill) fill.solid = a.patternType === 'solid';
          break;
        case 'fgColor':
          if (fill && a.rgb !== undefined) fill.rgb = a.rgb;
          break;
        case 'border':
          if (section === 'borders') border = { sides: 0 };
          break;
        case 'left':
        case 'right':
        case 'top':
        case 'bottom':
          if (border && a.style !== undefined && a.style !== 'none') borderSide = name;
          break;
        case 'xf':
          if (section === 'cellXfs') {
            xf = { numFmtId: Number(a.numFmtId ?? 0), fontId: Number(a.fontId ?? 0), fillId: Number(a.fillId ?? 0), borderId: Number(a.borderId ?? 0) };
            xfs.push(xf);
          }
          break;
        case 'alignment':
          if (xf) {
            if (ON(a.wrapText)) xf.wrap = true;
            xf.horizontal = a.horizontal;
            xf.vertical = a.vertical;
          }
          break;
        default:
          break;
      }
    },
    close(name) {
      if (name === section) section = '';
      else if (name === 'font' && font) {
        fonts.push(font);
        font = null;
      } else if (name === 'fill' && fill) {
        fills.push(fill.solid && fill.rgb && fill.rgb.length === 8 ? `#${fill.rgb.slice(2).toUpperCase()}` : null);
        fill = null;
      } else if (name === 'border' && border) {
        borders.push(border.sides === 4);
        border = null;
      } else if (name === borderSide && border) {
        border.sides += 1;
        borderSide = '';
      } else if (name === 'xf') xf = null;
    },
    text() {},
  });
  return xfs.map((x) => {
    // As ExcelJS: id 0 is no format at all; the workbook's own codes come before the built-in ones.
    const code = x.numFmtId ? (codes.get(x.numFmtId) ?? BUILT_IN[x.numFmtId]) : undefined;
    // Every format of one shape, NO_FORMAT's, the keys unused undefined: the sheet reader's code that reads a
    // cell's format meets one hidden class, and is not thrown away for a second one.
    return {
      numberFormat: code !== undefined && code !== 'General' ? code : undefined,
      isDate: code !== undefined && isDateFormat(code),
      style: withStyles ? styleOf(x, fonts[x.fontId], fills[x.fillId] ?? null, borders[x.borderId] ?? false) : undefined,
    };
  });
}

function styleOf(x: Xf, font: Font | undefined, fill: string | null, border: boolean): CellStyle | undefined {
  const s: CellStyle = {};
  if (font?.bold) s.bold = true;
  if (font?.italic) s.italic = true;
  if (font?.size && font.size !== 11) s.fontSize = font.size;
  if (x.wrap) s.wrap = true;
  if (x.horizontal === 'left' || x.horizontal === 'center' || x.horizontal === 'right') s.horizontal = x.horizontal;
  if (x.vertical === 'top' || x.vertical === 'bottom') s.vertical = x.vertical;
  else if (x.vertical === 'center') s.vertical = 'middle';
  if (fill) s.fill = fill;
  if (border) s.border = true;
  return Object.keys(s).length > 0 ? s : undefined;
}
