// Findings as the pane lists them: by sheet (in workbook order of first appearance, cell-less last),
// then by severity (errors first), with counts.
import type { Finding } from '../../domain/finding';
import type { Severity } from '../../domain/severity';
import type { CellFix, CellHighlight } from '../../excel/workbook-host';
import { TOTAL_RULES } from '../../sheets/total-formulas';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];


export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface SheetGroup {
  /** null: findings that have no cell (a missing table, a program-wide remark). */
  sheet: string | null;
  counts: Record<Severity, number>;
  severities: SeverityGroup[];
}

export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const bySheet = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const sheet = f.sheet && f.cell ? f.sheet : null;
    const list = bySheet.get(sheet);
    if (list) list.push(f);
    else bySheet.set(sheet, [f]);
  }
  const sheets = [...bySheet.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : 0));
  return sheets.map((sheet) => {
    const list = bySheet.get(sheet) ?? [];
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of list) counts[f.severity]++;
    return {
      sheet,
      counts,
      severities: SEVERITY_ORDER.map((severity) => ({ severity, findings: list.filter((f) => f.severity === severity) })).filter(
        (g) => g.findings.length > 0,
      ),
    };
  });
}

/** The cell fix of a finding, when it has both a fix and a cell. */
export function cellFixOf(finding: Finding): CellFix | null {
  return finding.fix && finding.sheet && finding.cell ? { sheet: finding.sheet, cell: finding.cell, fix: finding.fix } : null;
}

/** Every fix of a total (F001–F004, F009), one per cell. */
export function totalFixes(findings: readonly Finding[]): CellFix[] {
  const byCell = new Map<string, CellFix>();
  for (const f of findings) {
    if (!TOTAL_RULES.has(f.rule)) continue;
    const fix = cellFixOf(f);
    if (fix && !byCell.has(`${fix.sheet}!${fix.cell}`)) byCell.set(`${fix.sheet}!${fix.cell}`, fix);
  }
  return [...byCell.values()];
}

/** One highlight per cell, the most severe finding's colour winning. */
export function highlightsOf(findings: readonly Finding[]): CellHighlight[] {
  const byCell = new Map<string, CellHighlight>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const id = `${f.sheet}!${f.cell}`;
    const seen = byCell.get(id);
    if (!seen || SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(seen.severity)) {
      byCell.set(id, { sheet: f.sheet, cell: f.cell, severity: f.severity });
    }
  }
  return [...byCell.values()];
}
