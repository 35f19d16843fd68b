// Every word the task pane shows, Russian first, English second. Finding texts are not here:
// they come with each finding (Finding.message.ru / .en) from the rule catalogue.
import type { Lang } from '../../domain/finding';
import type { Severity } from '../../domain/severity';

export interface PaneMessages {
  paneTitle: string;
  paneSubtitle: string;
  switchLanguage: string;
  switchLanguageLabel: string;
  loadTemplate: string;
  loadTemplateLabel: string;
  templateBlank: string;
  templateExample: string;
  validate: string;
  validateLabel: string;
  fixAllTotals: (count: number) => string;
  fixAllTotalsLabel: string;
  clearHighlights: string;
  clearHighlightsLabel: string;
  working: Record<PaneTask, string>;
  done: {
    templateBlank: string;
    templateExample: string;
    validated: (summary: Record<Severity, number>) => string;
    valid: string;
    fixed: (count: number) => string;
    cleared: string;
    selected: (sheet: string, cell: string) => string;
  };
  severityPlural: Record<Severity, string>;
  severityOne: Record<Severity, string>;
  summaryLabel: string;
  noFindingsTitle: string;
  noFindingsBody: string;
  notValidatedYet: string;
  noSheet: string;
  cellOf: (sheet: string, cell: string) => string;
  goToCell: (sheet: string, cell: string) => string;
  expected: string;
  actual: string;
  fix: string;
  fixLabel: (cell: string) => string;
  fixValue: (value: string) => string;
  findingsHeading: string;
  retry: string;
  dismiss: string;
  failureTitle: Record<PaneTask, string>;
  failureHint: Record<FailureKind, string>;
}

/** Work the pane does against the workbook; one at a time. */
export type PaneTask = 'template' | 'validate' | 'fix' | 'clear' | 'select';

/** What went wrong, in terms a person can act on. */
export type FailureKind = 'cellEditing' | 'sheetMissing' | 'protected' | 'tooLarge' | 'readFailed' | 'unknown';

function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

const ru: PaneMessages = {
  paneTitle: 'Сверка',
  paneSubtitle: 'Проверка паспорта и Приложений 1 и 2 муниципальной программы',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch the add-in to English',
  loadTemplate: 'Загрузить шаблон',
  loadTemplateLabel: 'Загрузить шаблон: пустой или пример Ступино',
  templateBlank: 'Пустой шаблон',
  templateExample: 'Пример: Ступино, 2020–2024',
  validate: 'Проверить',
  validateLabel: 'Проверить книгу по правилам сверки',
  fixAllTotals: (n) => (n > 0 ? `Исправить все итоги (${n})` : 'Исправить все итоги'),
  fixAllTotalsLabel: 'Исправить все итоги: записать верные суммы во все ячейки итогов с ошибками',
  clearHighlights: 'Снять выделение',
  clearHighlightsLabel: 'Снять цветное выделение с ячеек и вернуть их прежнюю заливку',
  working: {
    template: 'Записываю шаблон в книгу…',
    validate: 'Проверяю книгу…',
    fix: 'Исправляю и проверяю заново…',
    clear: 'Снимаю выделение…',
    select: 'Перехожу к ячейке…',
  },
  done: {
    templateBlank: 'Пустой шаблон записан в книгу. Заполните его и нажмите «Проверить».',
    templateExample: 'Пример Ступино записан в книгу. Нажмите «Проверить».',
    validated: (s) =>
      `Проверка завершена: ${s.error} ${plural(s.error, 'ошибка', 'ошибки', 'ошибок')}, ` +
      `${s.warning} ${plural(s.warning, 'предупреждение', 'предупреждения', 'предупреждений')}, ` +
      `${s.info} ${plural(s.info, 'сведение', 'сведения', 'сведений')}.`,
    valid: 'Проверка завершена: замечаний нет.',
    fixed: (n) => `Исправлено ${plural(n, 'значение', 'значения', 'значений')}: ${n}. Книга проверена заново.`,
    cleared: 'Выделение снято, прежняя заливка ячеек восстановлена.',
    selected: (sheet, cell) => `Выделена ячейка ${cell} на листе «${sheet}».`,
  },
  severityPlural: { error: 'Ошибки', warning: 'Предупреждения', info: 'Сведения' },
  severityOne: { error: 'Ошибка', warning: 'Предупреждение', info: 'Сведение' },
  summaryLabel: 'Итог проверки',
  noFindingsTitle: 'Замечаний нет',
  noFindingsBody: 'Все правила сверки выполнены.',
  notValidatedYet: 'Загрузите шаблон или откройте книгу с таблицами программы и нажмите «Проверить».',
  noSheet: 'Без привязки к ячейке',
  cellOf: (sheet, cell) => `${sheet}!${cell}`,
  goToCell: (sheet, cell) => `Перейти к ячейке ${cell} на листе «${sheet}»`,
  expected: 'Ожидается',
  actual: 'Указано',
  fix: 'Исправить',
  fixLabel: (cell) => `Исправить ячейку ${cell}`,
  fixValue: (value) => `Будет записано: ${value}`,
  findingsHeading: 'Замечания',
  retry: 'Повторить',
  dismiss: 'Закрыть сообщение',
  failureTitle: {
    template: 'Шаблон не записан',
    validate: 'Книгу не удалось проверить',
    fix: 'Исправление не записано',
    clear: 'Выделение не снято',
    select: 'Ячейку не удалось выделить',
  },
  failureHint: {
    cellEditing: 'Excel сейчас редактирует ячейку. Нажмите Enter или Esc в ячейке и повторите.',
    sheetMissing: 'Лист или ячейка не найдены: возможно, лист переименован или удалён. Нажмите «Проверить» ещё раз.',
    protected: 'Лист защищён от изменений. Снимите защиту (Рецензирование → Снять защиту листа) и повторите.',
    tooLarge: 'Слишком большой объём данных для одного запроса. Уменьшите лист или повторите позже.',
    readFailed: 'Таблицы программы не прочитаны. Проверьте, что листы паспорта и приложений на месте, и повторите.',
    unknown: 'Повторите действие. Если ошибка повторяется, сохраните книгу и откройте надстройку заново.',
  },
};

const en: PaneMessages = {
  paneTitle: 'Sverka',
  paneSubtitle: 'Cross-check of a municipal program: passport, Annex 1 and Annex 2',
  switchLanguage: 'Русский',
  switchLanguageLabel: 'Переключить надстройку на русский язык',
  loadTemplate: 'Load template',
  loadTemplateLabel: 'Load a template: blank or the Stupino example',
  templateBlank: 'Blank template',
  templateExample: 'Example: Stupino, 2020–2024',
  validate: 'Validate',
  validateLabel: 'Validate the workbook against the rules',
  fixAllTotals: (n) => (n > 0 ? `Fix all totals (${n})` : 'Fix all totals'),
  fixAllTotalsLabel: 'Fix all totals: write the correct sums into every wrong total cell',
  clearHighlights: 'Clear highlights',
  clearHighlightsLabel: 'Remove the highlight colours and restore the cells’ own fills',
  working: {
    template: 'Writing the template into the workbook…',
    validate: 'Validating the workbook…',
    fix: 'Fixing and validating again…',
    clear: 'Clearing highlights…',
    select: 'Going to the cell…',
  },
  done: {
    templateBlank: 'The blank template is in the workbook. Fill it in and press “Validate”.',
    templateExample: 'The Stupino example is in the workbook. Press “Validate”.',
    validated: (s) =>
      `Validation done: ${s.error} error${s.error === 1 ? '' : 's'}, ${s.warning} warning${s.warning === 1 ? '' : 's'}, ${s.info} info.`,
    valid: 'Validation done: no findings.',
    fixed: (n) => `Fixed ${n} value${n === 1 ? '' : 's'}. The workbook was validated again.`,
    cleared: 'Highlights cleared; the cells’ own fills are back.',
    selected: (sheet, cell) => `Selected cell ${cell} on sheet “${sheet}”.`,
  },
  severityPlural: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  severityOne: { error: 'Error', warning: 'Warning', info: 'Info' },
  summaryLabel: 'Validation summary',
  noFindingsTitle: 'No findings',
  noFindingsBody: 'Every rule is satisfied.',
  notValidatedYet: 'Load a template or open a workbook with the program tables, then press “Validate”.',
  noSheet: 'Not tied to a cell',
  cellOf: (sheet, cell) => `${sheet}!${cell}`,
  goToCell: (sheet, cell) => `Go to cell ${cell} on sheet “${sheet}”`,
  expected: 'Expected',
  actual: 'Found',
  fix: 'Fix',
  fixLabel: (cell) => `Fix cell ${cell}`,
  fixValue: (value) => `Will write: ${value}`,
  findingsHeading: 'Findings',
  retry: 'Retry',
  dismiss: 'Dismiss message',
  failureTitle: {
    template: 'The template was not written',
    validate: 'The workbook could not be validated',
    fix: 'The fix was not written',
    clear: 'Highlights were not cleared',
    select: 'The cell could not be selected',
  },
  failureHint: {
    cellEditing: 'Excel is editing a cell. Press Enter or Esc in the cell and try again.',
    sheetMissing: 'The sheet or cell was not found: it may have been renamed or deleted. Validate again.',
    protected: 'The sheet is protected. Unprotect it (Review → Unprotect Sheet) and try again.',
    tooLarge: 'Too much data for one request. Make the sheet smaller or try again later.',
    readFailed: 'The program tables could not be read. Check that the passport and annex sheets are there and try again.',
    unknown: 'Try again. If it keeps failing, save the workbook and reopen the add-in.',
  },
};

export const MESSAGES: Readonly<Record<Lang, PaneMessages>> = { ru, en };
