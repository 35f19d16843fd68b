// Excel's error codes (OfficeExtension.ErrorCodes, Excel.ErrorCodes; the stand-in throws the same), read
// in one place: what each means for a person (the adapter's message and the pane's advice), and which of
// them the adapter answers by reading more carefully instead of failing.
import type { Localized } from '../domain/finding';

/** What kind of trouble a code is, as the pane's advice knows it. */
export type ExcelTroubleKind = 'cellEditing' | 'sheetMissing' | 'protected' | 'tooLarge';

interface CodeMeaning {
  kind?: ExcelTroubleKind;
  reason: Localized;
}

const MEANINGS: Readonly<Record<string, CodeMeaning>> = {
  InvalidOperationInCellEditMode: {
    kind: 'cellEditing',
    reason: { ru: 'Excel сейчас редактирует ячейку (нажмите Enter или Esc и повторите)', en: 'Excel is editing a cell (press Enter or Esc and try again)' },
  },
  ItemNotFound: { kind: 'sheetMissing', reason: { ru: 'лист или ячейка не найдены (возможно, лист переименован или удалён)', en: 'a sheet or cell was not found (perhaps renamed or deleted)' } },
  RequestPayloadSizeLimitExceeded: { kind: 'tooLarge', reason: { ru: 'слишком большой объём данных для одного запроса к Excel', en: 'too much data for one request to Excel' } },
  ResponsePayloadSizeLimitExceeded: { kind: 'tooLarge', reason: { ru: 'слишком большой объём данных для одного ответа Excel', en: 'too much data in one answer from Excel' } },
  PayloadTooLarge: { kind: 'tooLarge', reason: { ru: 'слишком большой объём данных для одного обращения к Excel', en: 'too much data for one call to Excel' } },
  AccessDenied: { kind: 'protected', reason: { ru: 'Excel не разрешил изменение (лист защищён?)', en: 'Excel refused the change (is the sheet protected?)' } },
  InvalidOperation: { reason: { ru: 'Excel не разрешил это действие', en: 'Excel refused the action' } },
};

/** The Excel error code an error carries (OfficeExtension.Error, the stand-in's errors, or their cause), if any. */
export function excelErrorCode(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; typeof e === 'object' && e !== null && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return null;
}

/** Why Excel refused, in words a person can act on; null for a code without advice. */
export function excelErrorReason(error: unknown): Localized | null {
  const code = excelErrorCode(error);
  return (code !== null && MEANINGS[code]?.reason) || null;
}

export function excelTroubleKind(error: unknown): ExcelTroubleKind | null {
  const code = excelErrorCode(error);
  return (code !== null && MEANINGS[code]?.kind) || null;
}

/**
 * A read that fails for one of these is made again more carefully (sizes first, then bands): a request or
 * an answer over Excel's size limit, a sheet gone since the names were learned, or more merged areas than
 * one call returns (Excel answers that with a GeneralException). Every other error reaches the person.
 */
export function calledForCarefulRead(error: unknown): boolean {
  const code = excelErrorCode(error);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || code === 'PayloadTooLarge' || code === 'ItemNotFound' || code === 'GeneralException';
}
