// The preview page's own words (its title bar, the workbook view), in the language the pane shows:
// in English mode nothing on the page but the program's own texts is Russian.
import type { Lang } from '../../domain/finding';

export interface PreviewWords {
  title: string;
  about: string;
  book: (name: string) => string;
  paneLabel: string;
  workbookLabel: string;
  nameBox: string;
  sheetTabs: string;
  emptyBook: string;
  cell: (address: string) => string;
  clipped: (rows: number, cols: number) => string;
  open: string;
  openLabel: string;
  opening: string;
  notOpenedTitle: string;
  notOpened: (file: string) => string;
  /** A workbook past a limit of the reader: the reader's own words say what and where. */
  refused: (file: string, reason: { ru: string; en: string }) => string;
  noVisibleSheets: string;
  close: string;
}

const ru: PreviewWords = {
  title: 'Сверка — предпросмотр',
  about: 'Книга Excel в памяти браузера; панель справа — настоящая надстройка. Двойной щелчок по ячейке — ввести значение.',
  book: (name) => `Книга: ${name}. `,
  paneLabel: 'Панель надстройки «Сверка»',
  workbookLabel: 'Книга Excel (предпросмотр)',
  nameBox: 'Выделенная ячейка',
  sheetTabs: 'Листы книги',
  emptyBook: 'Книга пуста.',
  cell: (address) => `Ячейка ${address}`,
  clipped: (rows, cols) => `Показаны первые ${rows} строк и ${cols} столбцов листа.`,
  open: 'Открыть .xlsx',
  openLabel: 'Открыть книгу Excel (.xlsx) в предпросмотре',
  opening: 'Открываю книгу…',
  notOpenedTitle: 'Книга не открыта',
  notOpened: (file) =>
    `«${file}» не читается как книга Excel: файл повреждён или в другом формате (.xls, .csv). Сохраните его в Excel как «Книга Excel (*.xlsx)» и откройте снова.`,
  refused: (file, reason) => `«${file}»: ${reason.ru}.`,
  noVisibleSheets: 'в книге нет видимых листов',
  close: 'Закрыть',
};

const en: PreviewWords = {
  title: 'Sverka — preview',
  about: 'An Excel workbook in the browser’s memory; the pane on the right is the real add-in. Double-click a cell to type a value.',
  book: (name) => `Workbook: ${name}. `,
  paneLabel: 'The Sverka add-in pane',
  workbookLabel: 'Excel workbook (preview)',
  nameBox: 'Selected cell',
  sheetTabs: 'Sheets of the workbook',
  emptyBook: 'The workbook is empty.',
  cell: (address) => `Cell ${address}`,
  clipped: (rows, cols) => `Showing the sheet’s first ${rows} rows and ${cols} columns.`,
  open: 'Open .xlsx',
  openLabel: 'Open an Excel workbook (.xlsx) in the preview',
  opening: 'Opening the workbook…',
  notOpenedTitle: 'The workbook was not opened',
  notOpened: (file) =>
    `“${file}” cannot be read as an Excel workbook: the file is damaged or in another format (.xls, .csv). Save it in Excel as “Excel Workbook (*.xlsx)” and open it again.`,
  refused: (file, reason) => `“${file}”: ${reason.en}.`,
  noVisibleSheets: 'the workbook has no visible sheets',
  close: 'Close',
};

export const PREVIEW_WORDS: Readonly<Record<Lang, PreviewWords>> = { ru, en };
