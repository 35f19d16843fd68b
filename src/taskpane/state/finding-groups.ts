// Findings as the pane lists them: by sheet (in workbook order of first appearance, cell-less last),
// then by severity (errors first), with counts.
import type { Finding } from '../../domain/finding';
import { SEVERITY_ORDER, SEVERITY_RANK, type Severity } from '../../domain/severity';
import type { CellFix, CellHighlight } from '../../excel/workbook-host';
import type { WorkbookFinding } from '../../sheets/check-workbook';

export interface SeverityGroup<F extends Finding = Finding> {
  severity: Severity;
  findings: F[];
}

export interface SheetGroup<F extends Finding = Finding> {
  /** null: findings that have no cell (a missing table, a program-wide remark). */
  sheet: string | null;
  counts: Record<Severity, number>;
  severities: SeverityGroup<F>[];
}

export function groupFindings<F extends Finding>(findings: readonly F[]): SheetGroup<F>[] {
  const bySheet = new Map<string | null, F[]>();
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

/** The cell fix of a finding (resolved by the workbook check), when it has both a fix and a cell. */
export function cellFixOf(finding: WorkbookFinding): CellFix | null {
  return finding.cellFix;
}

/** Every fix that makes a total the sum of its cells (F001–F004, F009: any rule whose fix is a sum), one per cell. */
export function totalFixes(findings: readonly WorkbookFinding[]): CellFix[] {
  const byCell = new Map<string, CellFix>();
  for (const f of findings) {
    if (f.fix?.kind !== 'sum') continue;
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
    if (!seen || SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen.severity]) {
      byCell.set(id, { sheet: f.sheet, cell: f.cell, severity: f.severity });
    }
  }
  return [...byCell.values()];
}

/**
 * For each warning, the other warnings of the same rule and message (four I006 "worse than the base"):
 * one explanation can be given to all of them at once.
 */
export function similarWarnings(findings: readonly Finding[]): Map<string, string[]> {
  const byMessage = new Map<string, string[]>();
  for (const f of findings) {
    if (f.severity !== 'warning') continue;
    const kind = `${f.rule}\u0000${f.messageId}`;
    const keys = byMessage.get(kind);
    if (keys) keys.push(f.key);
    else byMessage.set(kind, [f.key]);
  }
  const out = new Map<string, string[]>();
  for (const keys of byMessage.values()) for (const key of keys) out.set(key, keys.filter((k) => k !== key));
  return out;
}
