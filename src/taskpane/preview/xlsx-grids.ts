// Opening an .xlsx in the preview: ExcelJS (its browser build, about 1 MB) is fetched only when a
// person opens a file, so it never weighs on the task pane. The grids keep what the readers and the
// rendered sheet need: values (a formula's cached result), formulas, errors, number formats, merges,
// fills, bold/italic, wrapping, alignment, borders and column widths.
import type ExcelJS from 'exceljs';
import type { CellRange } from '../../sheets/address';
import type { CellStyle, CellValue, Grid, GridCell } from '../../sheets/grid';

export async function gridsFromXlsx(data: ArrayBuffer): Promise<Grid[]> {
  const { default: Excel } = await import(/* webpackChunkName: "preview-exceljs" */ 'exceljs');
  const wb = new Excel.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb.worksheets.filter((ws) => ws.state === 'visible').map(sheetGrid);
}

function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: (GridCell | null)[][] = [];
  const merges = new Map<string, CellRange>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      if (cell.isMerged && cell.master.address !== cell.address) {
        const m = cell.master;
        const area = merges.get(m.address) ?? { top: Number(m.row) - 1, left: Number(m.col) - 1, bottom: Number(m.row) - 1, right: Number(m.col) - 1 };
        area.bottom = Math.max(area.bottom, r);
        area.right = Math.max(area.right, c);
        merges.set(m.address, area);
        return;
      }
      const gridCell = cellOf(cell);
      if (!gridCell) return;
      while (rows.length <= r) rows.push([]);
      const target = rows[r];
      while (target.length < c) target.push(null);
      target[c] = gridCell;
    });
  });
  const widths: number[] = [];
  for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width ?? 8.43);
  return { name: ws.name, rows, merges: [...merges.values()], layout: { columnWidths: widths } };
}

function cellOf(cell: ExcelJS.Cell): GridCell | null {
  const raw = cell.value as unknown;
  const style = styleOf(cell);
  let out: GridCell | null = null;
  if (raw !== null && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)) {
    const result = (raw as { result?: unknown }).result;
    const error = isError(result);
    out = { value: error ? result.error : plain(result), formula: cell.formula || null, ...(error ? { error: true } : {}) };
  } else if (isError(raw)) {
    out = { value: raw.error, error: true };
  } else {
    const value = plain(raw);
    if (value !== null) out = { value };
  }
  if (!out && !style) return null;
  out ??= { value: null };
  if (cell.numFmt && cell.numFmt !== 'General') out.numberFormat = cell.numFmt;
  if (style) out.style = style;
  return out;
}

function isError(v: unknown): v is ExcelJS.CellErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v;
}

function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10).split('-').reverse().join('.');
  if (typeof v === 'object' && 'richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'text' in v) return plain((v as { text: unknown }).text);
  return String(v);
}

function styleOf(cell: ExcelJS.Cell): CellStyle | undefined {
  const s: CellStyle = {};
  if (cell.font?.bold) s.bold = true;
  if (cell.font?.italic) s.italic = true;
  if (cell.font?.size && cell.font.size !== 11) s.fontSize = cell.font.size;
  const a = cell.alignment;
  if (a?.wrapText) s.wrap = true;
  if (a?.horizontal === 'left' || a?.horizontal === 'center' || a?.horizontal === 'right') s.horizontal = a.horizontal;
  if (a?.vertical === 'top' || a?.vertical === 'bottom') s.vertical = a.vertical;
  if (a?.vertical === 'middle') s.vertical = 'middle';
  const fill = cell.fill;
  const argb = fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
  if (argb && argb.length === 8) s.fill = `#${argb.slice(2).toUpperCase()}`;
  const b = cell.border;
  if (b?.top?.style && b.bottom?.style && b.left?.style && b.right?.style) s.border = true;
  return Object.keys(s).length > 0 ? s : undefined;
}
