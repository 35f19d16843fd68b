// A wrong or typed total is best set right with a formula, so that it stays right when the amounts
// change. The rules know paths, not cells; here, where the cells are known, the fix of a total finding
// (F001–F004, and F009, which the domain cannot fix) becomes the sum formula over the cells it adds up:
// =SUM(D12:H12) along a row, =D10+D11+D12 or =SUM(D10:D12) down a column.
import { fromScaled, sumScaled } from '../domain/amount';
import type { Finding } from '../domain/finding';
import { amountIn, fundingColumns, fundingRows, scaledAmount, type LocatedFundingRow } from '../domain/funding-rows';
import { sourceMatchKey } from '../domain/funding-sums';
import type { FundingTable } from '../domain/model/funding';
import type { Path } from '../domain/paths';
import type { CellRef, Provenance } from '../domain/provenance';
import type { Report } from '../domain/report';
import { parseA1, toA1 } from './address';

const TOTAL_RULES = new Set(['F001', 'F002', 'F003', 'F004', 'F009']);

/** What a total cell adds up: along its row (its year cells) and down its column (the rows it totals). */
interface TotalCell {
  alongRow: Path[] | null;
  downColumn: Path[] | null;
}

export function withTotalFormulas(report: Report, funding: FundingTable | null, provenance: Provenance, precision: number): Report {
  if (!funding || !report.findings.some((f) => TOTAL_RULES.has(f.rule))) return report;
  const { totals, amounts } = totalCells(funding, precision);
  const findings = report.findings.map((f) => {
    if (!TOTAL_RULES.has(f.rule) || f.sheet === null || f.cell === null) return f;
    const total = totals.get(f.path);
    if (!total) return f;
    const addends = f.rule === 'F001' || (f.rule === 'F009' && f.path.endsWith('/total')) ? total.alongRow : total.downColumn;
    if (!addends) return f;
    const formula = sumFormula(addends, provenance, f.sheet);
    if (!formula) return f;
    const value = fromScaled(sumScaled(addends.map((p) => amounts.get(p) ?? 0n)), precision);
    return { ...f, fix: { kind: 'formula', formula, value } } satisfies Finding;
  });
  return { ...report, findings };
}

function totalCells(funding: FundingTable, precision: number): { totals: Map<Path, TotalCell>; amounts: Map<Path, bigint> } {
  const columns = fundingColumns(funding.years);
  const rows = fundingRows(funding);
  const amounts = new Map<Path, bigint>();
  for (const r of rows) for (const c of columns) amounts.set(r.cellPath(c.column), scaledAmount(amountIn(r.row, c), precision));

  const cellsOf = (list: LocatedFundingRow[], column: (typeof columns)[number]) => list.map((r) => r.cellPath(column.column));
  const sources = rows.filter((r) => r.kind === 'source');
  const totals = new Map<Path, TotalCell>();
  for (const r of rows) {
    const years = columns.filter((c) => c.index !== null).map((c) => r.cellPath(c.column));
    for (const c of columns) {
      let downColumn: Path[] | null = null;
      if (r.kind === 'subtotal') downColumn = cellsOf(sources.filter((s) => s.sub === r.sub), c);
      else if (r.kind === 'total') downColumn = cellsOf(rows.filter((s) => s.kind === 'subtotal'), c);
      else if (r.kind === 'bySource' && r.key !== null) downColumn = cellsOf(sources.filter((s) => s.key !== null && sourceMatchKey(s.key) === r.key), c);
      totals.set(r.cellPath(c.column), { alongRow: c.index === null ? years : null, downColumn });
    }
  }
  return { totals, amounts };
}

/** =SUM(first:last) over a run of cells in one row or one column, else =a+b+c; null when a cell is elsewhere. */
function sumFormula(addends: Path[], provenance: Provenance, sheet: string): string | null {
  if (addends.length === 0) return null;
  const refs: CellRef[] = [];
  for (const path of addends) {
    const ref = provenance.get(path);
    if (!ref || ref.sheet !== sheet) return null;
    refs.push(ref);
  }
  const cells = refs.map((r) => parseA1(r.cell));
  const sameRow = cells.every((c) => c.row === cells[0].row);
  const sameCol = cells.every((c) => c.col === cells[0].col);
  const contiguous = (sameRow && cells.every((c, i) => c.col === cells[0].col + i)) || (sameCol && cells.every((c, i) => c.row === cells[0].row + i));
  if (contiguous && cells.length > 1) return `SUM(${toA1(cells[0].row, cells[0].col)}:${toA1(cells[cells.length - 1].row, cells[cells.length - 1].col)})`;
  return refs.map((r) => r.cell).join('+');
}
