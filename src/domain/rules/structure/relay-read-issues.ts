// S002, S004, S005, S008 are found by the readers while they read the sheets; their rules relay the
// reader's issues as findings at the issue's path, or at "sheet:<name>/<cell>" when it belongs to none.
import type { Messages } from '../../messages/message-data';
import { dataProblems, type RuleContext } from '../define-rule';

export function relayReadIssues<Ms extends Messages>(context: RuleContext<Ms>, id: string, messages: Ms): void {
  for (const issue of context.readIssues) {
    if (issue.rule !== id) continue;
    if (!Object.prototype.hasOwnProperty.call(messages, issue.messageId)) {
      throw new Error(`${id}: the reader reported an unknown message id "${issue.messageId}" (known: ${Object.keys(messages).join(', ')})`);
    }
    const data = { sheet: issue.sheet, cell: issue.cell, ...issue.data };
    const problems = dataProblems(messages[issue.messageId].data, data);
    if (problems.length > 0) throw new Error(`${id} ${issue.messageId} from the reader: ${problems.join('; ')}`);
    // The reader's data is checked against the declaration above; the type system cannot see it.
    context.report({
      messageId: issue.messageId,
      path: issue.path ?? `sheet:${issue.sheet}/${issue.cell}`,
      data,
      at: { sheet: issue.sheet, cell: issue.cell },
    } as unknown as Parameters<RuleContext<Ms>['report']>[0]);
  }
}
