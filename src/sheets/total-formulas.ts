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

/** The rules whose findings are about a total cell; their fix is the total's sum formula where the cells are known. */
export const TOTAL_RULES: ReadonlySet<string> = new Set(['F001', 'F002', 'F003', 'F004', 'F009']);

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

  // The rows each total adds up, grouped once: a subprogram's sources; what ИТОГО adds (each subprogram's
  // "Всего" row, or its sources when it has none — as F003 counts them); a source over all subprograms.
  const sourcesOf = new Map<number, LocatedFundingRow[]>();
  const bySource = new Map<string, LocatedFundingRow[]>();
  const subtotalOf = new Map<number, LocatedFundingRow>();
  const push = <K>(map: Map<K, LocatedFundingRow[]>, key: K, r: LocatedFundingRow) => {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  };
  for (const r of rows) {
    if (r.kind === 'source' && r.sub !== null) {
      push(sourcesOf, r.sub, r);
      if (r.key !== null) push(bySource, sourceMatchKey(r.key), r);
    }
    if (r.kind === 'subtotal' && r.sub !== null) subtotalOf.set(r.sub, r);
  }
  const programRows = funding.subprograms.flatMap((_, sub) => {
    const subtotal = subtotalOf.get(sub);
    return subtotal ? [subtotal] : (sourcesOf.get(sub) ?? []);
  });
  const added = (r: LocatedFundingRow): LocatedFundingRow[] | null => {
    if (r.kind === 'subtotal' && r.sub !== null) return sourcesOf.get(r.sub) ?? [];
    if (r.kind === 'total') return programRows;
    if (r.kind === 'bySource' && r.key !== null) return bySource.get(r.key) ?? [];
    return null;
  };

  const totals = new Map<Path, TotalCell>();
  for (const r of rows) {
    const years = columns.filter((c) => c.index !== null).map((c) => r.cellPath(c.column));
    const below = added(r);
    for (const c of columns) {
      totals.set(r.cellPath(c.column), { alongRow: c.index === null ? years : null, downColumn: below && below.map((a) => a.cellPath(c.column)) });
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
