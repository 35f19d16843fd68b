// The fill a finding's cell gets, by severity: light enough to keep the text readable.
import { SEVERITY_RANK, type Severity } from '../domain/severity';

export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: '#F8D7DA',
  warning: '#FFE69C',
  info: '#CFE2FF',
};

/** The graver of two severities (a cell with an error and a warning is shown as an error). */
export function graver(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}
