// A failure of the workbook host told as a person can act on it, Russian first and English second;
// the Excel error stays attached as the cause for the logs.
import type { Localized } from '../domain/finding';

export class WorkbookHostError extends Error {
  override readonly name = 'WorkbookHostError';
  constructor(
    readonly text: Localized,
    options?: { cause?: unknown },
  ) {
    super(text.ru, options);
  }
}

/** The Excel error code (OfficeExtension.Error and the stand-in's errors carry one), if any. */
export function excelErrorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return null;
}

/** Why Excel refused, by its error code, in words a person can act on. */
const REASON_BY_CODE: Readonly<Record<string, Localized>> = {
  InvalidOperationInCellEditMode: {
    ru: 'Excel сейчас редактирует ячейку (нажмите Enter или Esc и повторите)',
    en: 'Excel is editing a cell (press Enter or Esc and try again)',
  },
  ItemNotFound: { ru: 'лист или ячейка не найдены (возможно, лист переименован или удалён)', en: 'a sheet or cell was not found (perhaps renamed or deleted)' },
  RequestPayloadSizeLimitExceeded: { ru: 'слишком большой объём данных для одного запроса к Excel', en: 'too much data for one request to Excel' },
  ResponsePayloadSizeLimitExceeded: { ru: 'слишком большой объём данных для одного ответа Excel', en: 'too much data in one answer from Excel' },
  AccessDenied: { ru: 'Excel не разрешил изменение (лист защищён?)', en: 'Excel refused the change (is the sheet protected?)' },
  InvalidOperation: { ru: 'Excel не разрешил это действие', en: 'Excel refused the action' },
};

/** Wraps an Excel error with what we were doing, in words for the person at the keyboard. */
export function explainExcelError(error: unknown, doing: Localized): WorkbookHostError {
  if (error instanceof WorkbookHostError) return error;
  const code = excelErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const because = (code !== null ? REASON_BY_CODE[code] : undefined) ?? { ru: `Excel сообщил об ошибке: ${detail}`, en: `Excel reported an error: ${detail}` };
  return new WorkbookHostError({ ru: `${doing.ru}: ${because.ru}.`, en: `${doing.en}: ${because.en}.` }, { cause: error });
}
