import { describeFailure } from '../../../src/taskpane/state/failure';
import { WorkbookHostError } from '../../../src/excel/workbook-host-error';

/** Shaped like OfficeExtension.Error: a message and a code. */
function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('what the pane tells a person when the workbook refuses', () => {
  test.each<[string, unknown, string, string | null]>([
    ['a cell being edited', officeError('InvalidOperationInCellEditMode', 'The operation is not allowed in cell edit mode'), 'cellEditing', 'The operation is not allowed in cell edit mode'],
    ['a missing sheet', officeError('ItemNotFound', 'The requested resource does not exist.'), 'sheetMissing', 'The requested resource does not exist.'],
    ['a protected sheet', officeError('AccessDenied', 'You cannot perform the requested operation.'), 'protected', 'You cannot perform the requested operation.'],
    ['a request over 5 MB', officeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.'), 'tooLarge', 'The request payload size has exceeded the limit.'],
    ['something else', new Error('сеть недоступна'), 'unknown', 'сеть недоступна'],
    ['a thrown string', 'лист не найден', 'unknown', 'лист не найден'],
    ['nothing useful', undefined, 'unknown', null],
  ])('%s', (_name, error, kind, detail) => {
    const failure = describeFailure(error);
    expect(failure.kind).toBe(kind);
    expect(failure.detail?.ru ?? null).toBe(detail);
  });

  test("the adapter's own words are kept in both languages, with the advice chosen by the Excel error behind them", () => {
    const cause = officeError('ItemNotFound', 'The requested resource does not exist.');
    const error = new WorkbookHostError(
      { ru: 'Не удалось перейти к ячейке C18 на листе «Приложение 1»', en: 'Could not go to cell C18 on sheet "Приложение 1"' },
      { cause },
    );
    expect(describeFailure(error)).toEqual({
      kind: 'sheetMissing',
      detail: { ru: 'Не удалось перейти к ячейке C18 на листе «Приложение 1»', en: 'Could not go to cell C18 on sheet "Приложение 1"' },
    });
  });

  test('a failed read without a known code gets the advice for reading', () => {
    expect(describeFailure(new Error('x'), 'readFailed').kind).toBe('readFailed');
  });
});
