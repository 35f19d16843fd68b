// The explanations a person writes for warnings (kept by finding key): which warnings still need one, and
// what the store gets. The program's push and the report's push use the same two.
import type { Report } from '../../domain/report';

/** Warnings of the report that have no (non-blank) explanation yet: their keys. */
export function unexplainedWarnings(report: Report | null, explanations: Readonly<Record<string, string>>): string[] {
  if (!report) return [];
  return report.findings.filter((f) => f.severity === 'warning' && !(explanations[f.key] ?? '').trim()).map((f) => f.key);
}

/** The explanations the store gets: those of the report's warnings, trimmed. */
export function explanationsFor(report: Report, explanations: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of report.findings) {
    const text = (explanations[f.key] ?? '').trim();
    if (f.severity === 'warning' && text) out[f.key] = text;
  }
  return out;
}

