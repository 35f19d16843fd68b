// A failure of the workbook host told as a person can act on it, Russian first and English second;
// the Excel error stays attached as the cause for the logs.
import type { Localized } from '../domain/finding';
import { excelErrorReason } from './excel-error-codes';

export class WorkbookHostError extends Error {
  override readonly name = 'WorkbookHostError';
  constructor(
    readonly text: Localized,
    options?: { cause?: unknown },
  ) {
    super(text.ru, options);
  }
}

/** Wraps an Excel error with what we were doing, in words for the person at the keyboard. */
export function explainExcelError(error: unknown, doing: Localized): WorkbookHostError {
  if (error instanceof WorkbookHostError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const because = excelErrorReason(error) ?? { ru: `Excel сообщил об ошибке: ${detail}`, en: `Excel reported an error: ${detail}` };
  return new WorkbookHostError({ ru: `${doing.ru}: ${because.ru}.`, en: `${doing.en}: ${because.en}.` }, { cause: error });
}
