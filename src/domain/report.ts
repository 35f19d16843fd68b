import { z } from 'zod';
import { Finding } from './finding';
import { SEVERITY_RANK } from './severity';
import { ReadSummary } from './read-summary';

export const Report = z.object({
  /** No finding is an error. */
  valid: z.boolean(),
  summary: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  findings: z.array(Finding),
  /** What was read, table by table (absent for a program that did not come from a workbook). */
  read: ReadSummary.optional(),
});
export type Report = z.infer<typeof Report>;

export function makeReport(findings: Finding[]): Report {
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  const sorted = [...findings].sort(
    (a, b) =>
      (a.sheet ?? '').localeCompare(b.sheet ?? '') || compareCells(a.cell, b.cell) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.rule.localeCompare(b.rule),
  );
  return { valid: summary.error === 0, summary, findings: sorted };
}

/** Row first, then column: "B2" < "A10". */
function compareCells(a: string | null, b: string | null): number {
  const pa = splitCell(a);
  const pb = splitCell(b);
  return pa[0] - pb[0] || pa[1] - pb[1];
}

function splitCell(cell: string | null): [number, number] {
  const m = cell ? /^([A-Z]+)(\d+)$/.exec(cell) : null;
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}
