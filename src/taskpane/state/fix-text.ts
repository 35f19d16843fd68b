// What a finding's «Исправить» will write, as the line beside the button shows it: a text in the pane's own
// quotation marks (the English pane showed «…» among its "…"), a formula as Excel in that language shows it,
// with what it gives now, a number in Russian form.
import { formatDecimalRu } from '../../domain/amount';
import type { WorkbookFinding } from '../../sheets/check-workbook';
import type { PaneMessages } from '../i18n/messages';

export function fixText(finding: WorkbookFinding, t: PaneMessages): string | null {
  const fix = finding.cellFix?.fix;
  if (!fix) return null;
  if (fix.kind === 'text') return t.quoted(fix.value);
  if (fix.kind === 'formula') return `=${t.formulaShown(fix.formula)} (${formatDecimalRu(fix.value)})`;
  return formatDecimalRu(fix.value);
}
