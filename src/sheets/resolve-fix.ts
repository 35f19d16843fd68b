// The one resolver of fixes: a finding's fix is data in paths (docs/findings.md); here, where the cells are
// known (provenance), it becomes what to write into the finding's cell. A sum over cells of the same sheet
// becomes its formula (=SUM(D12:H12) along a run, else =D10+D11+D16), so that the total stays right when the
// amounts change; a sum whose cells are not all known is written as its value.
import type { Decimal } from '../domain/amount';
import type { Finding, Fix } from '../domain/finding';
import type { Path } from '../domain/paths';
import type { CellRef, Provenance } from '../domain/provenance';
import { parseA1, toA1 } from './address';

/** What to write into one cell. */
export type CellWrite =
  | { kind: 'number'; value: Decimal }
  | { kind: 'text'; value: string }
  /** A formula (without "="); `value` is what it gives now. */
  | { kind: 'formula'; formula: string; value: Decimal };

export interface CellFix {
  sheet: string;
  cell: string;
  fix: CellWrite;
}

/** The write that carries out a finding's fix, in its cell; null when it has no fix or no cell. */
export function resolveFix(finding: Pick<Finding, 'fix' | 'sheet' | 'cell'>, provenance: Provenance): CellFix | null {
  const { fix, sheet, cell } = finding;
  if (!fix || sheet === null || cell === null) return null;
  return { sheet, cell, fix: resolveWrite(fix, sheet, provenance) };
}

export function resolveWrite(fix: Fix, sheet: string, provenance: Provenance): CellWrite {
  if (fix.kind !== 'sum') return fix;
  const formula = sumFormula(fix.addends, provenance, sheet);
  return formula ? { kind: 'formula', formula, value: fix.value } : { kind: 'number', value: fix.value };
}

/** =SUM(first:last) over a run of cells in one row or one column, else =a+b+c; null when a cell is unknown or elsewhere. */
function sumFormula(addends: readonly Path[], provenance: Provenance, sheet: string): string | null {
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
