import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { columnLetters, parseRange, toA1, type CellRange } from '../../sheets/address';
import { gridWidth, type Grid, type GridCell } from '../../sheets/grid';
import { displayText, isNumeric } from './cell-display';
import type { PreviewWords } from './preview-words';

/** More than this is not drawn (the preview is for looking, not for 100 000-row sheets). */
const MAX_ROWS = 600;
const MAX_COLS = 60;
const DEFAULT_WIDTH_PX = 64;
/** An empty or small sheet still looks like a sheet. */
const MIN_ROWS = 30;
const MIN_COLS = 12;
const EXCEL_GREEN = '#107C41';

const useStyles = makeStyles({
  scroller: { overflow: 'auto', flexGrow: 1, minHeight: 0, backgroundColor: '#fff' },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontFamily: 'Calibri, Carlito, "Segoe UI", Arial, sans-serif', fontSize: '13px' },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 3, backgroundColor: '#e6e6e6', border: '1px solid #c8c8c8', width: '44px' },
  colHead: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: '#efefef',
    border: '1px solid #c8c8c8',
    color: '#444',
    fontWeight: 'normal',
    height: '22px',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: '#efefef',
    border: '1px solid #c8c8c8',
    color: '#444',
    fontWeight: 'normal',
    textAlign: 'center',
    paddingInline: '4px',
  },
  headSelected: { backgroundColor: '#d3f0e0', color: EXCEL_GREEN, fontWeight: 'bold' },
  cell: {
    border: '1px solid #e1e1e1',
    paddingBlock: '2px',
    paddingInline: '4px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    verticalAlign: 'bottom',
    color: '#000',
    height: '20px',
    // Clear of the sticky column letters and row numbers when scrolled into view.
    scrollMarginTop: '28px',
    scrollMarginLeft: '48px',
  },
  bordered: { border: '1px solid #7a7a7a' },
  wrap: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
  selected: { outline: `2px solid ${EXCEL_GREEN}`, outlineOffset: '-2px', position: 'relative', zIndex: 0 },
  editor: {
    width: '100%',
    boxSizing: 'border-box',
    border: 'none',
    outline: 'none',
    padding: 0,
    margin: 0,
    font: 'inherit',
    backgroundColor: '#fff',
  },
  note: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
});

export interface SheetTableProps {
  grid: Grid;
  /** The selected cell's A1 address on this sheet, if the selection is here. */
  selected: string | null;
  /** A click on a cell (0-based sheet position). */
  onSelect(row: number, col: number): void;
  /** What a person typed into a cell (double-click, type, Enter). */
  onEdit(row: number, col: number, text: string): void;
  words: PreviewWords;
}

/** What the editor starts with: the formula, or the value as typed. */
function entryText(cell: GridCell | null | undefined): string {
  if (!cell) return '';
  if (cell.formula) return `=${cell.formula}`;
  if (typeof cell.value === 'number') return String(cell.value).replace('.', ',');
  return cell.value === null ? '' : String(cell.value);
}

function widthPx(characters: number | undefined): number {
  return characters === undefined ? DEFAULT_WIDTH_PX : Math.max(24, Math.round(characters * 7 + 5));
}

function cellStyle(cell: GridCell | null | undefined): CSSProperties {
  const s = cell?.style;
  const style: CSSProperties = {};
  if (s?.fill) style.backgroundColor = s.fill;
  if (s?.bold) style.fontWeight = 'bold';
  if (s?.italic) style.fontStyle = 'italic';
  if (s?.fontSize) style.fontSize = `${Math.round((s.fontSize * 4) / 3)}px`;
  const horizontal = s?.horizontal ?? (isNumeric(cell) ? 'right' : undefined);
  if (horizontal) style.textAlign = horizontal;
  if (s?.vertical) style.verticalAlign = s.vertical;
  return style;
}

/** A worksheet drawn as Excel draws it: lettered columns, numbered rows, merges, fills, the selected cell. */
export function SheetTable({ grid, selected, onSelect, onEdit, words }: SheetTableProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | null>(null);
  // Enter and the blur that follows must not both write the entry.
  const open = useRef(false);
  const startEditing = (row: number, col: number, text: string) => {
    open.current = true;
    setEditing({ row, col, text });
  };
  const finishEditing = (commit: boolean) => {
    if (!open.current || !editing) return;
    open.current = false;
    if (commit) onEdit(editing.row, editing.col, editing.text);
    setEditing(null);
  };
  const scroller = useRef<HTMLDivElement>(null);
  const top = grid.origin?.row ?? 0;
  const left = grid.origin?.col ?? 0;
  const selectedAt = useMemo(() => {
    if (!selected) return null;
    try {
      const r = parseRange(selected);
      return { row: r.top, col: r.left };
    } catch {
      return null;
    }
  }, [selected]);
  // Rows and columns from A1 to the end of the used range, so that addresses read as in Excel.
  const rowCount = Math.min(top + grid.rows.length, MAX_ROWS);
  const colCount = Math.min(left + gridWidth(grid), MAX_COLS);
  const lastRow = Math.max(rowCount, MIN_ROWS, selectedAt ? Math.min(selectedAt.row + 1, MAX_ROWS) : 0);
  const lastCol = Math.max(colCount, MIN_COLS, selectedAt ? Math.min(selectedAt.col + 1, MAX_COLS) : 0);

  const { anchors, covered } = useMemo(() => {
    const anchors = new Map<string, CellRange>();
    const covered = new Set<string>();
    for (const m of grid.merges) {
      const sheetRange = { top: m.top + top, left: m.left + left, bottom: m.bottom + top, right: m.right + left };
      anchors.set(`${sheetRange.top},${sheetRange.left}`, sheetRange);
      for (let r = sheetRange.top; r <= sheetRange.bottom; r++)
        for (let c = sheetRange.left; c <= sheetRange.right; c++) if (r !== sheetRange.top || c !== sheetRange.left) covered.add(`${r},${c}`);
    }
    return { anchors, covered };
  }, [grid, top, left]);

  useEffect(() => {
    const box = scroller.current;
    const target = box?.querySelector('[data-selected="true"]');
    if (!box || !target) return;
    // Only the sheet scrolls (not the page around it), and a cell already in view stays where it is.
    const cell = target.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    if (cell.top < view.top || cell.bottom > view.bottom) box.scrollTop += cell.top - view.top - view.height / 3;
    if (cell.left < view.left || cell.right > view.right) box.scrollLeft += cell.left - view.left - view.width / 3;
  }, [grid, selected]);

  const cols: ReactNode[] = [];
  for (let c = 0; c < lastCol; c++) {
    const w = c >= left ? grid.layout?.columnWidths?.[c - left] : undefined;
    cols.push(<col key={c} style={{ width: `${widthPx(w)}px` }} />);
  }
  const body: ReactNode[] = [];
  for (let r = 0; r < lastRow; r++) {
    const cells: ReactNode[] = [];
    for (let c = 0; c < lastCol; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const cell = r >= top && c >= left ? grid.rows[r - top]?.[c - left] : null;
      const merge = anchors.get(key);
      const isSelected = selectedAt !== null && selectedAt.row === r && selectedAt.col === c;
      const text = displayText(cell);
      const classes = [styles.cell];
      if (cell?.style?.border) classes.push(styles.bordered);
      if (cell?.style?.wrap) classes.push(styles.wrap);
      if (isSelected) classes.push(styles.selected);
      const address = toA1(r, c);
      cells.push(
        <td
          key={key}
          className={classes.join(' ')}
          style={cellStyle(cell)}
          rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
          colSpan={merge ? merge.right - merge.left + 1 : undefined}
          data-address={address}
          data-fill={cell?.style?.fill ?? undefined}
          data-selected={isSelected ? 'true' : undefined}
          aria-current={isSelected ? 'true' : undefined}
          title={cell?.formula ? `${address}: =${cell.formula}` : text.length > 12 ? text : undefined}
          onClick={() => onSelect(r, c)}
          onDoubleClick={() => startEditing(r, c, entryText(cell))}
        >
          {editing && editing.row === r && editing.col === c ? (
            <input
              className={styles.editor}
              autoFocus
              aria-label={words.cell(address)}
              value={editing.text}
              onChange={(e) => setEditing({ row: r, col: c, text: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') finishEditing(true);
                else if (e.key === 'Escape') finishEditing(false);
              }}
              onBlur={() => finishEditing(true)}
            />
          ) : (
            text
          )}
        </td>,
      );
    }
    const rowSelected = selectedAt?.row === r;
    body.push(
      <tr key={r}>
        <th scope="row" className={`${styles.rowHead} ${rowSelected ? styles.headSelected : ''}`}>
          {r + 1}
        </th>
        {cells}
      </tr>,
    );
  }
  const clipped = top + grid.rows.length > MAX_ROWS || left + gridWidth(grid) > MAX_COLS;
  return (
    <div className={styles.scroller} ref={scroller}>
      <table className={styles.table} aria-label={grid.name} data-sheet={grid.name}>
        <colgroup>
          <col style={{ width: '44px' }} />
          {cols}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.corner} aria-hidden="true" />
            {Array.from({ length: lastCol }, (_, c) => (
              <th key={c} scope="col" className={`${styles.colHead} ${selectedAt?.col === c ? styles.headSelected : ''}`}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
      {clipped && <p className={styles.note}>{words.clipped(MAX_ROWS, MAX_COLS)}</p>}
    </div>
  );
}
