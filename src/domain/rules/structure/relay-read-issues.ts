// S002, S004, S005, S008 are found by the readers while they read the sheets; their rules relay the
// reader's issues as findings at the issue's path, or at "sheet:<name>/<cell>" when it belongs to none.
import type { RuleContext } from '../define-rule';

export function relayReadIssues<M extends string>(context: RuleContext<M>, id: string, messages: Readonly<Record<M, unknown>>): void {
  for (const issue of context.readIssues) {
    if (issue.rule !== id) continue;
    if (!Object.prototype.hasOwnProperty.call(messages, issue.messageId)) {
      throw new Error(`${id}: the reader reported an unknown message id "${issue.messageId}" (known: ${Object.keys(messages).join(', ')})`);
    }
    context.report({
      messageId: issue.messageId as M,
      path: issue.path ?? `sheet:${issue.sheet}/${issue.cell}`,
      data: { sheet: issue.sheet, cell: issue.cell, ...issue.data },
      expected: issue.expected ?? null,
      actual: issue.actual ?? null,
      at: { sheet: issue.sheet, cell: issue.cell },
    });
  }
}
