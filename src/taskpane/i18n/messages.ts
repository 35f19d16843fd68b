// Every word the task pane shows, Russian first, English second. Finding texts are not here:
// each finding is worded by its rule's message map (src/domain/messages/render-message.ts).
import type { Lang } from '../../domain/finding';
import type { Severity } from '../../domain/severity';
import { russianPlural as plural } from '../../domain/text/russian-plural';
import type { ReplaceQuestion } from '../state/pane-state';
import type { PaneView } from '../state/pane-view';
import { formatWhen } from './when';

export interface PaneMessages {
  paneTitle: string;
  switchLanguage: string;
  switchLanguageLabel: string;
  /** The tabs of the pane's views. */
  views: Record<PaneView, string>;
  viewsLabel: string;
  /** A tab's mark that a task of its view failed. */
  viewHasProblem: string;
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
  validateAgain: string;
  working: Record<PaneTask, string>;
  done: {
    templateBlank: string;
    templateExample: string;
    validated: (summary: Record<Severity, number>) => string;
    valid: string;
    fixed: (count: number) => string;
    cleared: string;
    selected: (sheet: string, cell: string) => string;
    sent: (version: number) => string;
    historyLoaded: (count: number) => string;
    storedLoaded: (version: number) => string;
    annexesWritten: (sheets: readonly string[]) => string;
    paragraphCopied: string;
    paragraphShown: string;
    paragraphWritten: string;
    paragraphUnchanged: string;
    paragraphCancelled: string;
    paragraphUndone: string;
    replaceCancelled: string;
    explanationsCopied: (count: number) => string;
    reportSheetsWritten: (sheets: readonly string[], period: string) => string;
    reportValidated: (summary: Record<Severity, number>) => string;
    reportFixed: (count: number) => string;
    reportSent: (version: number, period: string) => string;
    reportVersionsLoaded: (count: number) => string;
  };
  /** The question before the paragraph is written into the passport. */
  paragraphQuestion: ParagraphQuestionMessages;
  /** The question before a load replaces sheets that have content. */
  replace: ReplaceMessages;
  severityPlural: Record<Severity, string>;
  severityOne: Record<Severity, string>;
  /** The word after a count: «2 ошибки», «7 предупреждений». */
  severityCount: (severity: Severity, n: number) => string;
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
  /** A formula as Excel in this language shows it in the formula bar (Russian Excel: СУММ, «;» between arguments). */
  formulaShown: (formula: string) => string;
  /** A text of the workbook quoted in a sentence of the pane, with the language's own marks. */
  quoted: (text: string) => string;
  findingsHeading: string;
  /** «Пояснить»: opens a warning's explanation field. */
  explain: string;
  explainLabel: (field: string) => string;
  /** «То же для всех таких»: the explanation given to the other warnings of the same kind. */
  sameForAll: (count: number) => string;
  sameForAllLabel: (count: number, title: string) => string;
  retry: string;
  dismiss: string;
  failureTitle: Record<PaneTask, string>;
  failureHint: Record<FailureKind, string>;
  /** After a push that may or may not have reached the store: sending again is safe (same Idempotency-Key). */
  retrySendIsSafe: string;
  store: StoreMessages;
  annex: AnnexMessages;
  report: ReportMessages;
}

/** «Отчёт за период»: the period, the program version, the report sheets, their check and the push. */
export interface ReportMessages {
  heading: string;
  intro: string;
  period: string;
  /** 1 — «I квартал», 2 — «I полугодие», 3 — «9 месяцев», 4 — «Год». */
  periodOption: (quarters: number) => string;
  year: string;
  yearInvalid: string;
  program: string;
  fromStore: string;
  fromWorkbook: string;
  fromWorkbookHint: string;
  storeNeedsSettings: string;
  openStoreSettings: string;
  listPrograms: string;
  chooseProgram: string;
  noPrograms: string;
  version: string;
  versionOption: (version: number, createdAt: string, status: 'submitted' | 'accepted' | 'returned') => string;
  create: string;
  createLabel: string;
  check: string;
  checkLabel: string;
  send: string;
  sendLabel: string;
  sendNeedsSettings: string;
  sendNeedsStoreProgram: string;
  sendNeedsCheck: string;
  sendNeedsNoErrors: string;
  sendNeedsExplanations: (count: number) => string;
  notCheckedYet: string;
  checkedAgainstStore: (title: string, version: number) => string;
  checkedAgainstWorkbook: (title: string) => string;
  acceptedTitle: string;
  accepted: (version: number, period: string) => string;
  existingTitle: string;
  existing: (version: number, createdAt: string) => string;
  /** The period's deadline as the store counts it: «Срок — 05.04.2021: в срок». */
  deadline: (due: string, status: string) => string;
  deadlineUnavailable: string;
  /** Under a refusal: what the sheets say and what was chosen («версия 1 (Форма R1!A5)»; `at` is « (Лист!A5)» or ''). */
  otherProgramDetail: (sheets: { programId: string; version: number | null }, at: string, chosen: { programId: string; version: number }) => string;
  /** `sheets` and `chosen` are the periods' titles in this language («за I квартал 2021 года»). */
  otherPeriodDetail: (sheets: string, at: string, chosen: string) => string;
  outsideProgramDetail: (year: number, from: number, to: number) => string;
  notAYearDetail: (typed: string) => string;
}

/** The store part of the pane: settings, «Отправить», explanations, history, loading a stored version. */
export interface StoreMessages {
  heading: string;
  settings: string;
  settingsLabel: string;
  url: string;
  urlHint: string;
  urlInvalid: string;
  urlMissing: string;
  token: string;
  tokenHint: string;
  tokenMissing: string;
  sendNeedsAddress: string;
  settingsKept: string;
  send: string;
  sendLabel: string;
  /** The optional legal basis sent with the version (the history shows it as «Основание: …»). */
  basisField: string;
  basisHint: string;
  sendNeedsValidation: string;
  sendNeedsNoErrors: string;
  sendNeedsSettings: string;
  sendNeedsExplanations: (count: number) => string;
  /** The explanation field's name: the cell it is about ("Пояснение к ячейке D12, «Приложение 2»"). */
  explanationFor: (sheet: string | null, cell: string | null, rule: string) => string;
  explanationHint: string;
  /** The send panel's list of the warnings that still need an explanation. */
  stillToExplain: string;
  goExplain: (sheet: string | null, cell: string | null, title: string) => string;
  /** `report`: the finding is a report's (an R-rule's), not the program's. */
  explanationMissing: (report: boolean) => string;
  refusedBecause: (report: boolean) => string;
  accepted: (version: number) => string;
  acceptedTitle: string;
  /** Sent again unchanged: the store already has it as that version (`createdAt`: ISO 8601). */
  alreadyStored: (version: number, createdAt: string) => string;
  alreadyStoredTitle: string;
  /** After alreadyStored, when a basis was typed: it is not recorded (a basis goes with a new version). */
  basisNotRecorded: string;
  history: string;
  refreshPrograms: string;
  program: string;
  noPrograms: string;
  choose: string;
  /** A program in the list: its title, period and latest version. */
  programOption: (title: string, from: number, to: number, latestVersion: number) => string;
  versionsOf: (title: string) => string;
  versionLine: (version: number, createdAt: string) => string;
  /** Who sent it (the department the token was issued to). */
  sentBy: (department: string) => string;
  basis: (basis: string) => string;
  /** The decision on it: its review status. */
  decision: (status: 'submitted' | 'accepted' | 'returned') => string;
  /** The reviewer's comment on the decision, with the reviewer's department. */
  reviewComment: (department: string, comment: string) => string;
  status: Record<'submitted' | 'accepted' | 'returned', string>;
  changesSince: (previous: number) => string;
  firstVersion: string;
  noChanges: string;
  changesUnavailable: string;
  moreChanges: (count: number) => string;
  change: ChangeWords;
  reviews: (count: number) => string;
  warnings: (count: number) => string;
  loadVersion: string;
  loadVersionLabel: (version: number) => string;
}

/** The words of a line of «что изменилось» (src/taskpane/state/change-text.ts). */
export interface ChangeWords {
  table: Record<'program' | 'passport' | 'funding' | 'indicators', string>;
  /** The diff's field names in words; '' where the place says it all (an amount of a year). */
  field: Readonly<Record<string, string>>;
  added: (where: string, value: string) => string;
  removed: (where: string, value: string) => string;
  changed: (where: string, from: string, to: string) => string;
  /** A text whose only change is letters of the other alphabet that look the same («Е4» → «E4»). */
  respelled: (to: 'latin' | 'cyrillic') => string;
  /** The totals a changed amount moved with it. */
  totals: (count: number) => string;
}

/** The annexes part: «Сформировать приложения», the passport paragraph. */
export interface AnnexMessages {
  heading: string;
  generate: string;
  generateLabel: string;
  needsNoErrors: string;
  /** Nothing is checked yet: the buttons wait for «Проверить». */
  needsValidation: string;
  copyParagraph: string;
  copyParagraphLabel: string;
  writeParagraph: string;
  writeParagraphLabel: string;
  paragraphNeedsAnnex: string;
  paragraphText: string;
  paragraphCopyHint: string;
  writtenTitle: string;
  written: (sheet: string, range: string) => string;
  undo: string;
  undoLabel: string;
}

export interface ParagraphQuestionMessages {
  title: string;
  body: (sheet: string, range: string, count: number) => string;
  replanned: string;
  cell: (cell: string) => string;
  before: string;
  after: string;
  empty: string;
  confirm: string;
  cancel: string;
}

export interface ReplaceMessages {
  title: string;
  /** What replaces the sheets is named: a load (a template, a stored version) or the new report sheets. */
  body: (sheets: readonly string[], task: ReplaceQuestion['task']) => string;
  confirm: string;
  cancel: string;
}

/** Work the pane does against the workbook; one at a time. */
export type PaneTask =
  | 'template'
  | 'validate'
  | 'fix'
  | 'clear'
  | 'select'
  | 'send'
  | 'history'
  | 'loadStored'
  | 'annexes'
  | 'paragraph'
  /** «Отчёт за период»: the store's programs and versions, the sheets, their check, a fix, the push. */
  | 'reportPrograms'
  | 'reportSheets'
  | 'reportCheck'
  | 'reportFix'
  | 'reportSend';

/** What went wrong, in terms a person can act on. */
export type FailureKind =
  | 'cellEditing'
  | 'sheetMissing'
  | 'protected'
  | 'tooLarge'
  | 'readFailed'
  | 'unknown'
  /** The workbook has errors: sending, the annexes (or the paragraph) wait until they are fixed. */
  | 'workbookHasErrors'
  /** Warnings without an explanation (found by the pane or by the store, 422 unexplained_warnings). */
  | 'unexplainedWarnings'
  /** The store re-validated and found errors (422 validation_failed). */
  | 'storeFoundErrors'
  /** The address or the token is not filled in. */
  | 'storeSettings'
  /** The address is filled in but is not a web address. */
  | 'storeAddressInvalid'
  /** 401: the store does not know the token (a typo, a token cut short). */
  | 'storeUnauthorized'
  | 'storeTokenRevoked'
  | 'storeTokenExpired'
  | 'storeForbidden'
  /** The store cannot be reached (no connection, a wrong host, refused by the browser). */
  | 'storeNetwork'
  /** The store did not answer in time. */
  | 'storeTimeout'
  | 'storeConflict'
  | 'storeNotFound'
  | 'storeBusy'
  | 'storeRefused'
  | 'noParagraph'
  /** «Отменить запись абзаца» after the cells were changed again: the undo would overwrite that. */
  | 'paragraphChangedSince'
  /** The workbook has no report form (R1, R2) to check or send. */
  | 'noReportSheets'
  /** «Из хранилища» with no program (or version) chosen yet. */
  | 'reportNoProgram'
  /** «Приложения в этой книге», and the workbook has no Приложение 1 or 2. */
  | 'reportNoAnnexes'
  /** The year is not one, or lies outside the program's period. */
  | 'reportPeriodOutside'
  /** A push needs a stored program: the store checks the report against its own version. */
  | 'reportNeedsStoreProgram'
  /** The report sheets name no period (their title block): the store files a report under its period. */
  | 'reportNoPeriod'
  /** The report sheets were laid out from another stored program or version than the one chosen. */
  | 'reportOtherProgram'
  | 'reportOtherPeriod'
  /** The year field holds no year (typed half-way): nothing is created, checked or sent for it. */
  | 'reportNotAYear';


/**
 * Failures where «Повторить» can succeed as things are: the network, a busy store, Excel busy or holding a
 * cell. Not where the same request must be refused again (missing explanations, a refused token, errors in
 * the workbook, a settings field to fill in): there the message says what to change instead.
 */
export const RETRYABLE: ReadonlySet<FailureKind> = new Set<FailureKind>(['cellEditing', 'sheetMissing', 'protected', 'tooLarge', 'readFailed', 'unknown', 'storeNetwork', 'storeTimeout', 'storeBusy']);

/**
 * What a failure message advises: the kind's advice, and — only where the failed task was a push and trying
 * again is offered — that a second push makes no second version (the same Idempotency-Key). A failed list of
 * programs or versions says nothing about sending.
 */
export function failureAdvice(t: PaneMessages, task: PaneTask, kind: FailureKind): string {
  const push = task === 'send' || task === 'reportSend';
  return push && RETRYABLE.has(kind) && kind.startsWith('store') ? `${t.failureHint[kind]} ${t.retrySendIsSafe}` : t.failureHint[kind];
}

/** The store setting a failure is about: its advice is shown beside that field too. */
export function settingOfFailure(kind: FailureKind): 'url' | 'token' | null {
  if (kind === 'storeAddressInvalid' || kind === 'storeNetwork' || kind === 'storeTimeout') return 'url';
  if (kind === 'storeUnauthorized' || kind === 'storeTokenRevoked' || kind === 'storeTokenExpired' || kind === 'storeForbidden') return 'token';
  return null;
}

/** Russian Excel's names of the functions the fixes and templates write. */
const RUSSIAN_FUNCTIONS: Readonly<Record<string, string>> = { SUM: 'СУММ', SUMIF: 'СУММЕСЛИ', IF: 'ЕСЛИ', OR: 'ИЛИ', ROUND: 'ОКРУГЛ' };

/** «SUM(D10:H10)» as Russian Excel shows it: «СУММ(D10:H10)»; «,» between arguments becomes «;» (not inside quotes). */
export function russianFormula(formula: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const c = formula[i];
    if (c === '"') quoted = !quoted;
    if (!quoted && /[A-Z]/.test(c) && (i === 0 || !/[A-Za-z0-9_.$]/.test(formula[i - 1]))) {
      const name = /^[A-Z]+(?=\()/.exec(formula.slice(i))?.[0];
      if (name && RUSSIAN_FUNCTIONS[name]) {
        out += RUSSIAN_FUNCTIONS[name];
        i += name.length - 1;
        continue;
      }
    }
    out += !quoted && c === ',' ? ';' : c;
  }
  return out;
}

const ru: PaneMessages = {
  paneTitle: 'Сверка',
  switchLanguage: 'EN',
  switchLanguageLabel: 'Switch the add-in to English',
  views: { check: 'Проверка', report: 'Отчёт', store: 'Хранилище', annexes: 'Приложения' },
  viewsLabel: 'Разделы надстройки',
  viewHasProblem: 'есть сообщение об ошибке',
  loadTemplate: 'Загрузить шаблон',
  loadTemplateLabel: 'Загрузить шаблон: пустой или пример Ступино',
  templateBlank: 'Пустой шаблон',
  templateExample: 'Пример: Ступино, 2020–2024',
  validate: 'Проверить',
  validateLabel: 'Проверить книгу по правилам сверки',
  fixAllTotals: (n) => (n > 0 ? `Исправить все итоги (${n})` : 'Исправить все итоги'),
  fixAllTotalsLabel: 'Исправить все итоги: записать верные суммы во все ячейки итогов с ошибками',
  clearHighlights: 'Убрать подсветку',
  clearHighlightsLabel: 'Убрать цветную подсветку замечаний с ячеек книги и вернуть ячейкам прежнюю заливку',
  validateAgain: 'Проверить заново',
  working: {
    template: 'Записываю шаблон в книгу…',
    validate: 'Проверяю книгу…',
    fix: 'Исправляю и проверяю заново…',
    clear: 'Убираю подсветку…',
    select: 'Перехожу к ячейке…',
    send: 'Проверяю книгу заново и отправляю в хранилище…',
    history: 'Запрашиваю историю версий…',
    loadStored: 'Загружаю версию из хранилища в книгу…',
    annexes: 'Проверяю книгу и формирую приложения…',
    paragraph: 'Составляю абзац паспорта по Приложению 1…',
    reportPrograms: 'Запрашиваю программы в хранилище…',
    reportSheets: 'Записываю листы отчёта в книгу…',
    reportCheck: 'Проверяю отчёт…',
    reportFix: 'Исправляю и проверяю отчёт заново…',
    reportSend: 'Проверяю отчёт заново и отправляю в хранилище…',
  },
  done: {
    templateBlank: 'Пустой шаблон записан в книгу. Заполните его и нажмите «Проверить».',
    templateExample: 'Пример Ступино записан в книгу. Нажмите «Проверить».',
    validated: (s) =>
      `Проверка завершена: ${s.error} ${plural(s.error, 'ошибка', 'ошибки', 'ошибок')}, ` +
      `${s.warning} ${plural(s.warning, 'предупреждение', 'предупреждения', 'предупреждений')}, ` +
      `${s.info} ${plural(s.info, 'сведение', 'сведения', 'сведений')}.`,
    valid: 'Проверка завершена: замечаний нет.',
    fixed: (n) => `Исправлено ${n} ${plural(n, 'значение', 'значения', 'значений')}. Книга проверена заново.`,
    cleared: 'Подсветка убрана, прежняя заливка ячеек восстановлена.',
    selected: (sheet, cell) => `Выделена ячейка ${cell} на листе «${sheet}».`,
    sent: (version) => `Хранилище приняло программу: версия ${version}.`,
    historyLoaded: (n) => `История получена: ${n} ${plural(n, 'версия', 'версии', 'версий')}.`,
    storedLoaded: (version) => `Версия ${version} из хранилища записана в книгу. Нажмите «Проверить».`,
    annexesWritten: (sheets) => `Приложения сформированы: ${sheets.map((s) => `«${s}»`).join(', ')}.`,
    paragraphCopied: 'Абзац паспорта скопирован в буфер обмена.',
    paragraphShown: 'Абзац паспорта показан ниже и выделен: нажмите Ctrl+C, чтобы скопировать.',
    replaceCancelled: 'Загрузка отменена: книга не изменена.',
    explanationsCopied: (n) => `Пояснение записано ещё ${n === 1 ? 'одному предупреждению' : `${n} ${plural(n, 'предупреждению', 'предупреждениям', 'предупреждениям')}`} того же вида.`,
    paragraphWritten: 'Абзац паспорта записан. Книга проверена заново.',
    paragraphUnchanged: 'Паспорт уже говорит то же, что Приложение 1: записывать нечего.',
    paragraphCancelled: 'Запись абзаца отменена: паспорт не изменён.',
    paragraphUndone: 'Прежний текст паспорта возвращён. Книга проверена заново.',
    reportSheetsWritten: (sheets, period) => `Листы отчёта ${period} записаны: ${sheets.map((s) => `«${s}»`).join(', ')}. Впишите факт и нажмите «Проверить отчёт».`,
    reportValidated: (s) =>
      s.error + s.warning + s.info === 0
        ? 'Отчёт проверен: замечаний нет.'
        : `Отчёт проверен: ${s.error} ${plural(s.error, 'ошибка', 'ошибки', 'ошибок')}, ` +
          `${s.warning} ${plural(s.warning, 'предупреждение', 'предупреждения', 'предупреждений')}, ` +
          `${s.info} ${plural(s.info, 'сведение', 'сведения', 'сведений')}.`,
    reportFixed: (n) => `Исправлено ${n} ${plural(n, 'значение', 'значения', 'значений')}. Отчёт проверен заново.`,
    reportSent: (version, period) => `Хранилище приняло отчёт ${period}: версия ${version}.`,
    reportVersionsLoaded: (n) => `Версии программы получены: ${n}.`,
  },
  paragraphQuestion: {
    title: 'Записать абзац в паспорт?',
    body: (sheet, range, count) =>
      `Лист «${sheet}», ячейки ${range.replace(':', '–')}: ${count === 1 ? 'изменится одна ячейка' : `изменятся ячейки (${count})`}, по одной строке абзаца в ячейке, как в паспорте. Остальной текст паспорта не меняется.`,
    replanned: 'Паспорт изменился, пока вы смотрели: ниже то, что будет записано теперь.',
    cell: (cell) => `Ячейка ${cell}`,
    before: 'Сейчас',
    after: 'Станет',
    empty: '(пусто)',
    confirm: 'Записать',
    cancel: 'Отмена',
  },
  replace: {
    title: 'Заменить листы?',
    body: (sheets, task) =>
      `${sheets.length === 1 ? 'Лист' : 'Листы'} ${sheets.map((n) => `«${n}»`).join(', ')} уже ${sheets.length === 1 ? 'заполнен' : 'заполнены'}. ` +
      `${task === 'reportSheets' ? 'Новые листы отчёта заменят' : 'Загрузка заменит'} ${sheets.length === 1 ? 'его' : 'их'} целиком, всё введённое на ${sheets.length === 1 ? 'нём' : 'них'} пропадёт.`,
    confirm: 'Заменить',
    cancel: 'Отмена',
  },
  severityPlural: { error: 'Ошибки', warning: 'Предупреждения', info: 'Сведения' },
  severityOne: { error: 'Ошибка', warning: 'Предупреждение', info: 'Сведение' },
  severityCount: (severity, n) =>
    severity === 'error'
      ? plural(n, 'ошибка', 'ошибки', 'ошибок')
      : severity === 'warning'
        ? plural(n, 'предупреждение', 'предупреждения', 'предупреждений')
        : plural(n, 'сведение', 'сведения', 'сведений'),
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
  formulaShown: (formula) => russianFormula(formula),
  quoted: (text) => `«${text}»`,
  findingsHeading: 'Замечания',
  explain: 'Пояснить',
  explainLabel: (field) => `Пояснить: ${field}`,
  sameForAll: (n) => `То же для всех таких (${n})`,
  sameForAllLabel: (n, title) => `Записать это пояснение и остальным предупреждениям «${title}», у которых его ещё нет (${n})`,
  retry: 'Повторить',
  dismiss: 'Закрыть сообщение',
  failureTitle: {
    template: 'Шаблон не записан',
    validate: 'Книгу не удалось проверить',
    fix: 'Исправление не записано',
    clear: 'Подсветка не убрана',
    select: 'Ячейку не удалось выделить',
    send: 'Программа не отправлена',
    history: 'История версий не получена',
    loadStored: 'Версия не загружена',
    annexes: 'Приложения не сформированы',
    paragraph: 'Абзац паспорта не составлен',
    reportPrograms: 'Программы хранилища не получены',
    reportSheets: 'Листы отчёта не записаны',
    reportCheck: 'Отчёт не проверен',
    reportFix: 'Исправление отчёта не записано',
    reportSend: 'Отчёт не отправлен',
  },
  retrySendIsSafe: 'Повторная отправка не создаст второй версии.',
  failureHint: {
    cellEditing: 'Excel сейчас редактирует ячейку. Нажмите Enter или Esc в ячейке и повторите.',
    sheetMissing: 'Лист или ячейка не найдены: возможно, лист переименован или удалён. Нажмите «Проверить» ещё раз.',
    protected: 'Лист защищён от изменений. Снимите защиту (Рецензирование → Снять защиту листа) и повторите.',
    tooLarge: 'Слишком большой объём данных для одного запроса. Уменьшите лист или повторите позже.',
    readFailed: 'Таблицы программы не прочитаны. Проверьте, что листы паспорта и приложений на месте, и повторите.',
    unknown: 'Повторите действие. Если ошибка повторяется, сохраните книгу и откройте надстройку заново.',
    workbookHasErrors: 'В книге есть ошибки (они отмечены в списке замечаний). Исправьте их и повторите.',
    unexplainedWarnings: 'Не у всех предупреждений есть пояснение. Заполните поля «Пояснение», отмеченные красным, и отправьте снова.',
    storeFoundErrors: 'Хранилище проверило программу и нашло ошибки (отмечены в списке). Исправьте их, нажмите «Проверить» и отправьте снова.',
    storeSettings: 'Не заполнены адрес хранилища или токен. Впишите их в «Настройках хранилища» (на вкладке «Хранилище»).',
    storeAddressInvalid: 'Адрес хранилища записан неверно: он должен начинаться с https:// или http://, например https://sverka.example.ru. Исправьте его в «Настройках хранилища».',
    storeUnauthorized: 'Хранилище не знает этот токен: возможно, он скопирован не целиком или с лишними знаками. Вставьте токен заново в «Настройках хранилища»; если не поможет, попросите новый у администратора хранилища.',
    storeTokenRevoked: 'Этот токен отозван. Попросите новый токен у администратора хранилища и вставьте его в «Настройках хранилища».',
    storeTokenExpired: 'Срок действия токена истёк. Попросите новый токен у администратора хранилища и вставьте его в «Настройках хранилища».',
    storeForbidden: 'У этого токена нет права на это действие (он выдан другому отделу или для другой роли). Попросите у администратора хранилища токен своего отдела.',
    storeNetwork: 'Хранилище не отвечает по этому адресу. Проверьте адрес в «Настройках хранилища» и подключение к сети, затем нажмите «Повторить».',
    storeTimeout: 'Хранилище не ответило вовремя. Подождите немного и нажмите «Повторить».',
    storeConflict: 'Этот ключ отправки уже использован для другого содержимого. Нажмите «Проверить» и отправьте снова.',
    storeNotFound: 'В хранилище нет такой программы или версии. Обновите список программ.',
    storeBusy: 'Хранилище перегружено или перезапускается. Подождите немного и нажмите «Повторить».',
    storeRefused: 'Хранилище отказало. Текст его ответа ниже; исправьте и повторите.',
    noParagraph: 'В книге нет Приложения 1 или в паспорте нет абзаца «Источники финансирования», куда его записать.',
    paragraphChangedSince: 'Ячейки абзаца изменились после записи: отмена вернула бы старый текст поверх новых правок. Верните нужный текст в Excel (Ctrl+Z) или вручную.',
    noReportSheets: 'В книге нет листов отчёта (форм R1 «Выполнение мероприятий» и R2 «Достижение планируемых результатов»). Нажмите «Создать листы отчёта» или откройте книгу с отчётом.',
    reportNoProgram: 'Не выбрана программа: нажмите «Список программ» и выберите программу и её версию — или выберите «Приложения в этой книге».',
    reportNoAnnexes: 'В книге нет Приложения 1 и Приложения 2, по которым составлять и проверять отчёт. Выберите программу из хранилища или загрузите приложения на вкладке «Проверка».',
    reportPeriodOutside: 'Отчётный год не входит в срок программы. Выберите год из срока программы.',
    reportNotAYear: 'В поле «Год» не год. Впишите год отчёта четырьмя цифрами, например 2021.',
    reportNeedsStoreProgram: 'Отправить можно отчёт по программе из хранилища: хранилище проверяет его по своей версии программы. Выберите «Из хранилища», программу и версию.',
    reportNoPeriod: 'В заголовке листов отчёта не указан отчётный период («за I квартал 2021 года»). Создайте листы отчёта заново или впишите период в заголовок.',
    reportOtherProgram: 'Листы отчёта составлены по другой версии программы, чем выбрана. Выберите версию, названную в шапке листов, или создайте листы отчёта заново.',
    reportOtherPeriod: 'Листы отчёта — за другой период, чем выбран. Выберите период, названный в заголовке листов, или создайте листы отчёта за выбранный период.',
  },
  store: {
    heading: 'Хранилище',
    settings: 'Настройки хранилища',
    settingsLabel: 'Показать или скрыть адрес хранилища и токен',
    url: 'Адрес хранилища',
    urlHint: 'Например, https://sverka.example.ru или http://127.0.0.1:8787',
    urlInvalid: 'Это не адрес в сети: он начинается с https:// или http://, например https://sverka.example.ru.',
    urlMissing: 'Впишите адрес хранилища: его сообщает администратор хранилища.',
    tokenMissing: 'Вставьте токен: его выдаёт администратор хранилища.',
    sendNeedsAddress: 'Адрес хранилища записан неверно: исправьте его в настройках.',
    token: 'Токен',
    tokenHint: 'Выдаёт администратор хранилища; начинается с svk_',
    settingsKept: 'Адрес и токен хранятся только в этом браузере (localStorage надстройки), не в книге.',
    send: 'Отправить',
    sendLabel: 'Отправить программу в хранилище: книга будет проверена заново',
    basisField: 'Основание (необязательно)',
    basisHint: 'Акт, которым программа утверждена или изменена, например: постановление от 12.03.2021 № 715-п. Хранится с версией и виден в истории.',
    sendNeedsValidation: 'Сначала нажмите «Проверить».',
    sendNeedsNoErrors: 'Отправить можно, когда в книге нет ошибок.',
    sendNeedsSettings: 'Укажите адрес хранилища и токен в настройках.',
    sendNeedsExplanations: (n) => `Хранилище примет программу, когда у каждого предупреждения будет пояснение. Ещё нужно пояснить: ${n}.`,
    explanationFor: (sheet, cell, rule) => (sheet !== null && cell !== null ? `Пояснение к ячейке ${cell} («${sheet}»)` : `Пояснение к замечанию ${rule}`),
    explanationHint: 'Почему значение верно, несмотря на предупреждение',
    stillToExplain: 'Ещё нужно пояснить',
    goExplain: (sheet, cell, title) => (sheet !== null && cell !== null ? `${cell} («${sheet}»): ${title}` : title),
    explanationMissing: (report) => `Нужно пояснение: без него хранилище не примет ${report ? 'отчёт' : 'программу'}.`,
    refusedBecause: (report) => `Из-за этого замечания ${report ? 'отчёт не принят' : 'программа не принята'}.`,
    accepted: (version) => `Хранилище приняло программу: версия ${version}.`,
    acceptedTitle: 'Отправлено',
    alreadyStored: (version, createdAt) => `Эта версия уже в хранилище: версия ${version} от ${formatWhen(createdAt, 'ru')}. Новая версия не создана.`,
    alreadyStoredTitle: 'Уже в хранилище',
    basisNotRecorded: 'Основание не записано: оно хранится с новой версией, а эта уже была в хранилище.',
    history: 'История версий',
    refreshPrograms: 'Обновить список программ',
    program: 'Программа',
    noPrograms: 'В хранилище пока нет программ.',
    choose: 'Выберите программу',
    programOption: (title, from, to, latest) => `${title} (${from}–${to}), версия ${latest}`,
    versionsOf: (title) => `Версии: ${title}`,
    versionLine: (version, createdAt) => `Версия ${version} от ${formatWhen(createdAt, 'ru')}`,
    sentBy: (department) => `Отправил: ${department}`,
    basis: (basis) => `Основание: ${basis}`,
    decision: (status) => (status === 'submitted' ? 'Решения ещё нет: на проверке' : `Решение: ${status === 'accepted' ? 'принята' : 'возвращена на доработку'}`),
    reviewComment: (department, comment) => `Комментарий (${department}): ${comment}`,
    status: { submitted: 'на проверке', accepted: 'принята', returned: 'возвращена' },
    changesSince: (previous) => `Что изменилось после версии ${previous}:`,
    firstVersion: 'Первая версия в хранилище.',
    noChanges: 'Данные программы не изменились.',
    changesUnavailable: 'Что изменилось, хранилище сейчас не ответило; обновите список позже.',
    moreChanges: (n) => `и ещё ${n} ${plural(n, 'изменение', 'изменения', 'изменений')}`,
    change: {
      table: { program: 'Программа', passport: 'Паспорт', funding: 'Приложение 1', indicators: 'Приложение 2' },
      field: {
        total: 'всего',
        amount: '',
        value: '',
        unit: 'единица измерения',
        type: 'тип показателя',
        base: 'базовое значение',
        plan: 'план',
        title: 'наименование',
        name: 'наименование',
        number: 'номер',
        period: 'срок реализации',
        municipality: 'муниципальное образование',
        subprogram: 'подпрограмма',
        source: 'источник',
        activity: 'мероприятие',
        indicator: 'показатель',
        table: 'таблица',
        funding: 'источники финансирования',
        subtotal: 'строка «Всего по подпрограмме»',
        grandTotal: 'строка «ИТОГО»',
      },
      added: (where, value) => `${where}: добавлено ${value}`,
      removed: (where, value) => `${where}: удалено ${value}`,
      changed: (where, from, to) => `${where}: ${from} → ${to}`,
      respelled: (to) => (to === 'latin' ? '(русские буквы заменены латинскими)' : '(латинские буквы заменены русскими)'),
      totals: (n) => `(с ним ${plural(n, 'изменился', 'изменились', 'изменились')} ${n} ${plural(n, 'итог', 'итога', 'итогов')})`,
    },
    reviews: (n) => (n === 0 ? 'решений нет' : `${n} ${plural(n, 'решение', 'решения', 'решений')}`),
    warnings: (n) => `${n} ${plural(n, 'предупреждение', 'предупреждения', 'предупреждений')}`,
    loadVersion: 'Загрузить из хранилища',
    loadVersionLabel: (version) => `Загрузить из хранилища версию ${version} в листы книги`,
  },
  annex: {
    heading: 'Приложения к программе',
    generate: 'Сформировать приложения',
    generateLabel: 'Добавить в книгу листы для печати: Приложение №1, Приложение №2 и абзац паспорта',
    needsNoErrors: 'Доступно, когда в книге нет ошибок.',
    needsValidation: 'Сначала нажмите «Проверить» на вкладке «Проверка».',
    copyParagraph: 'Копировать абзац',
    copyParagraphLabel: 'Скопировать абзац паспорта «Источники финансирования», составленный по Приложению 1',
    writeParagraph: 'Записать абзац в паспорт',
    writeParagraphLabel: 'Заменить абзац «Источники финансирования» в паспорте абзацем, составленным по Приложению 1, и проверить заново',
    paragraphNeedsAnnex: 'Доступно, когда в Приложении 1 нет ошибок.',
    paragraphText: 'Абзац паспорта «Источники финансирования»',
    paragraphCopyHint: 'Текст выделен: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать.',
    writtenTitle: 'Абзац записан в паспорт',
    written: (sheet, range) => `Лист «${sheet}», ячейки ${range.replace(':', '–')}. Прежний текст сохранён до следующей записи абзаца.`,
    undo: 'Вернуть прежний текст',
    undoLabel: 'Отменить запись абзаца: вернуть ячейкам паспорта текст, который был в них до записи',
  },
  report: {
    heading: 'Отчёт за период',
    intro: 'Формы R1 (финансирование) и R2 (показатели): план — из версии программы, факт — с начала года.',
    period: 'Период',
    periodOption: (q) => (q === 1 ? 'I квартал' : q === 2 ? 'I полугодие' : q === 3 ? '9 месяцев' : 'Год (годовой отчёт)'),
    year: 'Год',
    yearInvalid: 'Год — четыре цифры, например 2021.',
    program: 'Версия программы',
    fromStore: 'Из хранилища',
    fromWorkbook: 'Приложения в этой книге',
    fromWorkbookHint: 'План берётся из листов «Приложение 1» и «Приложение 2» этой книги. Отправить такой отчёт нельзя: хранилище проверяет отчёт по своей версии программы.',
    storeNeedsSettings: 'Чтобы выбрать программу из хранилища, впишите его адрес и токен.',
    openStoreSettings: 'Открыть настройки хранилища',
    listPrograms: 'Список программ',
    chooseProgram: 'Выберите программу',
    noPrograms: 'В хранилище пока нет программ.',
    version: 'Версия',
    versionOption: (version, createdAt, status) =>
      `Версия ${version}: ${status === 'accepted' ? 'принята' : status === 'returned' ? 'возвращена' : 'на проверке'}, ${formatWhen(createdAt, 'ru')}`,
    create: 'Создать листы отчёта',
    createLabel: 'Записать в книгу листы «Форма R1» и «Форма R2»: план из выбранной версии программы, итоги и проценты формулами',
    check: 'Проверить отчёт',
    checkLabel: 'Прочитать листы отчёта и проверить их по правилам R001–R009 против выбранной версии программы',
    send: 'Отправить отчёт',
    sendLabel: 'Отправить отчёт в хранилище: он будет проверен заново',
    sendNeedsSettings: 'Укажите адрес хранилища и токен (вкладка «Хранилище»).',
    sendNeedsStoreProgram: 'Отправить можно отчёт по программе из хранилища: выберите программу и версию.',
    sendNeedsCheck: 'Сначала нажмите «Проверить отчёт».',
    sendNeedsNoErrors: 'Отправить можно, когда в отчёте нет ошибок.',
    sendNeedsExplanations: (n) => `Хранилище примет отчёт, когда у каждого предупреждения будет пояснение. Ещё нужно пояснить: ${n}.`,
    notCheckedYet: 'Выберите период и версию программы, нажмите «Создать листы отчёта», впишите факт и нажмите «Проверить отчёт».',
    checkedAgainstStore: (title, version) => `Проверено по версии ${version} программы «${title}» из хранилища.`,
    checkedAgainstWorkbook: (title) => `Проверено по приложениям этой книги${title ? ` («${title}»)` : ''}.`,
    acceptedTitle: 'Отчёт отправлен',
    accepted: (version, period) => `Хранилище приняло отчёт ${period}: версия ${version}, на проверке у координатора.`,
    existingTitle: 'Уже в хранилище',
    existing: (version, createdAt) => `Этот отчёт уже в хранилище: версия ${version} от ${formatWhen(createdAt, 'ru')}. Новая версия не создана.`,
    deadline: (due, status) => `Срок сдачи — ${due}: ${status}.`,
    deadlineUnavailable: 'Срок сдачи хранилище сейчас не сообщило.',
    otherProgramDetail: (sheets, at, chosen) =>
      `Листы отчёта составлены по программе ${sheets.programId}${sheets.version === null ? '' : `, версия ${sheets.version}`}${at}; выбрана программа ${chosen.programId}, версия ${chosen.version}.`,
    otherPeriodDetail: (sheets, at, chosen) => `Листы отчёта — ${sheets}${at}; выбран отчёт ${chosen}.`,
    outsideProgramDetail: (year, from, to) => `Выбран ${year} год; срок программы — ${from}–${to} годы.`,
    notAYearDetail: (typed) => `Год «${typed}» — не год.`,
  },
};

const en: PaneMessages = {
  paneTitle: 'Sverka',
  switchLanguage: 'RU',
  switchLanguageLabel: 'Switch the add-in to Russian',
  views: { check: 'Check', report: 'Report', store: 'Store', annexes: 'Annexes' },
  viewsLabel: 'Add-in sections',
  viewHasProblem: 'has an error message',
  loadTemplate: 'Load template',
  loadTemplateLabel: 'Load a template: blank or the Stupino example',
  templateBlank: 'Blank template',
  templateExample: 'Example: Stupino, 2020–2024',
  validate: 'Validate',
  validateLabel: 'Validate the workbook against the rules',
  fixAllTotals: (n) => (n > 0 ? `Fix all totals (${n})` : 'Fix all totals'),
  fixAllTotalsLabel: 'Fix all totals: write the correct sums into every wrong total cell',
  clearHighlights: 'Remove highlights',
  clearHighlightsLabel: 'Remove the findings’ highlight colours from the workbook’s cells and restore the cells’ own fills',
  validateAgain: 'Validate again',
  working: {
    template: 'Writing the template into the workbook…',
    validate: 'Validating the workbook…',
    fix: 'Fixing and validating again…',
    clear: 'Removing highlights…',
    select: 'Going to the cell…',
    send: 'Validating again and sending to the store…',
    history: 'Fetching the version history…',
    loadStored: 'Writing the stored version into the workbook…',
    annexes: 'Validating and generating the annexes…',
    paragraph: 'Composing the passport paragraph from Annex 1…',
    reportPrograms: 'Fetching the store’s programs…',
    reportSheets: 'Writing the report sheets into the workbook…',
    reportCheck: 'Checking the report…',
    reportFix: 'Fixing and checking the report again…',
    reportSend: 'Checking the report again and sending it to the store…',
  },
  done: {
    templateBlank: 'The blank template is in the workbook. Fill it in and press “Validate”.',
    templateExample: 'The Stupino example is in the workbook. Press “Validate”.',
    validated: (s) =>
      `Validation done: ${s.error} error${s.error === 1 ? '' : 's'}, ${s.warning} warning${s.warning === 1 ? '' : 's'}, ${s.info} info.`,
    valid: 'Validation done: no findings.',
    fixed: (n) => `Fixed ${n} value${n === 1 ? '' : 's'}. The workbook was validated again.`,
    cleared: 'Highlights removed; the cells’ own fills are back.',
    selected: (sheet, cell) => `Selected cell ${cell} on sheet “${sheet}”.`,
    sent: (version) => `The store accepted the program: version ${version}.`,
    historyLoaded: (n) => `History fetched: ${n} version${n === 1 ? '' : 's'}.`,
    storedLoaded: (version) => `Version ${version} from the store is in the workbook. Press “Validate”.`,
    annexesWritten: (sheets) => `Annexes generated: ${sheets.map((s) => `“${s}”`).join(', ')}.`,
    paragraphCopied: 'The passport paragraph is on the clipboard.',
    paragraphShown: 'The passport paragraph is shown and selected below: press Ctrl+C to copy it.',
    replaceCancelled: 'Loading cancelled: the workbook is unchanged.',
    explanationsCopied: (n) => `The explanation was given to ${n} more warning${n === 1 ? '' : 's'} of the same kind.`,
    paragraphWritten: 'The passport paragraph was written. The workbook was validated again.',
    paragraphUnchanged: 'The passport already says what Annex 1 does: nothing to write.',
    paragraphCancelled: 'Writing the paragraph was cancelled: the passport is unchanged.',
    paragraphUndone: 'The passport’s previous text is back. The workbook was validated again.',
    reportSheetsWritten: (sheets, period) => `The report sheets ${period} are in the workbook: ${sheets.map((s) => `“${s}”`).join(', ')}. Type the facts and press “Check report”.`,
    reportValidated: (s) =>
      s.error + s.warning + s.info === 0
        ? 'Report checked: no findings.'
        : `Report checked: ${s.error} error${s.error === 1 ? '' : 's'}, ${s.warning} warning${s.warning === 1 ? '' : 's'}, ${s.info} info.`,
    reportFixed: (n) => `Fixed ${n} value${n === 1 ? '' : 's'}. The report was checked again.`,
    reportSent: (version, period) => `The store accepted the report ${period}: version ${version}.`,
    reportVersionsLoaded: (n) => `Program versions fetched: ${n}.`,
  },
  paragraphQuestion: {
    title: 'Write the paragraph into the passport?',
    body: (sheet, range, count) =>
      `Sheet “${sheet}”, cells ${range.replace(':', '–')}: ${count === 1 ? 'one cell changes' : `${count} cells change`}, one line of the paragraph per cell, as the passport has it. The rest of the passport stays as it is.`,
    replanned: 'The passport changed while you looked: below is what will be written now.',
    cell: (cell) => `Cell ${cell}`,
    before: 'Now',
    after: 'Will be',
    empty: '(empty)',
    confirm: 'Write',
    cancel: 'Cancel',
  },
  replace: {
    title: 'Replace the sheets?',
    body: (sheets, task) =>
      `${sheets.length === 1 ? 'Sheet' : 'Sheets'} ${sheets.map((n) => `“${n}”`).join(', ')} already ${sheets.length === 1 ? 'has' : 'have'} content. ` +
      `${task === 'reportSheets' ? 'The new report sheets replace' : 'Loading replaces'} ${sheets.length === 1 ? 'it' : 'them'} entirely; everything entered there is lost.`,
    confirm: 'Replace',
    cancel: 'Cancel',
  },
  severityPlural: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  severityOne: { error: 'Error', warning: 'Warning', info: 'Info' },
  severityCount: (severity, n) => (severity === 'info' ? 'info' : `${severity}${n === 1 ? '' : 's'}`),
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
  formulaShown: (formula) => formula,
  quoted: (text) => `"${text}"`,
  findingsHeading: 'Findings',
  explain: 'Explain',
  explainLabel: (field) => `Explain: ${field}`,
  sameForAll: (n) => `Same for all like it (${n})`,
  sameForAllLabel: (n, title) => `Give this explanation to the other “${title}” warnings that have none yet (${n})`,
  retry: 'Retry',
  dismiss: 'Dismiss message',
  failureTitle: {
    template: 'The template was not written',
    validate: 'The workbook could not be validated',
    fix: 'The fix was not written',
    clear: 'Highlights were not removed',
    select: 'The cell could not be selected',
    send: 'The program was not sent',
    history: 'The version history was not fetched',
    loadStored: 'The version was not loaded',
    annexes: 'The annexes were not generated',
    paragraph: 'The passport paragraph was not composed',
    reportPrograms: 'The store’s programs were not fetched',
    reportSheets: 'The report sheets were not written',
    reportCheck: 'The report was not checked',
    reportFix: 'The report fix was not written',
    reportSend: 'The report was not sent',
  },
  retrySendIsSafe: 'Sending again makes no second version.',
  failureHint: {
    cellEditing: 'Excel is editing a cell. Press Enter or Esc in the cell and try again.',
    sheetMissing: 'The sheet or cell was not found: it may have been renamed or deleted. Validate again.',
    protected: 'The sheet is protected. Unprotect it (Review → Unprotect Sheet) and try again.',
    tooLarge: 'Too much data for one request. Make the sheet smaller or try again later.',
    readFailed: 'The program tables could not be read. Check that the passport and annex sheets are there and try again.',
    unknown: 'Try again. If it keeps failing, save the workbook and reopen the add-in.',
    workbookHasErrors: 'The workbook has errors (marked in the findings). Fix them and try again.',
    unexplainedWarnings: 'Some warnings have no explanation. Fill in the “Explanation” fields marked in red and send again.',
    storeFoundErrors: 'The store validated the program and found errors (marked in the list). Fix them, validate and send again.',
    storeSettings: 'The store address or the token is missing. Enter them in “Store settings” (the “Store” tab).',
    storeAddressInvalid: 'The store address is not a web address: it must start with https:// or http://, for example https://sverka.example.ru. Correct it in “Store settings”.',
    storeUnauthorized: 'The store does not know this token: it may have been copied only in part or with extra characters. Paste it again in “Store settings”; if that does not help, ask the store administrator for a new one.',
    storeTokenRevoked: 'This token has been revoked. Ask the store administrator for a new token and paste it in “Store settings”.',
    storeTokenExpired: 'This token has expired. Ask the store administrator for a new token and paste it in “Store settings”.',
    storeForbidden: 'This token may not do that (it was issued to another department or for another role). Ask the store administrator for a token of your department.',
    storeNetwork: 'The store does not answer at this address. Check the address in “Store settings” and the network connection, then press “Retry”.',
    storeTimeout: 'The store did not answer in time. Wait a little and press “Retry”.',
    storeConflict: 'This submission key was already used for other content. Validate and send again.',
    storeNotFound: 'The store has no such program or version. Refresh the list of programs.',
    storeBusy: 'The store is overloaded or restarting. Wait a little and press “Retry”.',
    storeRefused: 'The store refused. Its answer is below; correct it and try again.',
    noParagraph: 'The workbook has no Annex 1, or the passport has no “funding sources” paragraph to replace.',
    paragraphChangedSince: 'The paragraph’s cells changed after it was written: undoing would put the old text over the new edits. Restore the text in Excel (Ctrl+Z) or by hand.',
    noReportSheets: 'The workbook has no report sheets (form R1 “implementation of the activities” and form R2 “planned results”). Press “Create report sheets” or open a workbook with a report.',
    reportNoProgram: 'No program is chosen: press “List programs” and choose a program and its version, or choose “Annexes in this workbook”.',
    reportNoAnnexes: 'The workbook has no Annex 1 or Annex 2 to lay out and check the report by. Choose a program from the store, or load the annexes on the “Check” tab.',
    reportPeriodOutside: 'The reporting year is outside the program’s period. Choose a year of the program.',
    reportNotAYear: 'The “Year” field holds no year. Type the report’s year in four digits, e.g. 2021.',
    reportNeedsStoreProgram: 'Only a report on a program from the store can be sent: the store checks it against its own version of the program. Choose “From the store”, a program and a version.',
    reportNoPeriod: 'The report sheets’ title names no reporting period. Create the report sheets again, or write the period into the title.',
    reportOtherProgram: 'The report sheets were laid out from another program version than the one chosen. Choose the version named in the sheets’ title, or create the report sheets again.',
    reportOtherPeriod: 'The report sheets are for another period than the one chosen. Choose the period named in the sheets’ title, or create the report sheets for the chosen period.',
  },
  store: {
    heading: 'Store',
    settings: 'Store settings',
    settingsLabel: 'Show or hide the store address and token',
    url: 'Store address',
    urlHint: 'For example https://sverka.example.ru or http://127.0.0.1:8787',
    urlInvalid: 'This is not a web address: it starts with https:// or http://, for example https://sverka.example.ru.',
    urlMissing: 'Enter the store address: the store administrator gives it.',
    tokenMissing: 'Paste the token: the store administrator issues it.',
    sendNeedsAddress: 'The store address is not a web address: correct it in the settings.',
    token: 'Token',
    tokenHint: 'Issued by the store administrator; starts with svk_',
    settingsKept: 'The address and token are kept in this browser only (the add-in’s localStorage), not in the workbook.',
    send: 'Send',
    sendLabel: 'Send the program to the store: the workbook is validated again first',
    basisField: 'Basis (optional)',
    basisHint: 'The act that adopted or amended the program, e.g. resolution No. 715-p of 12 March 2021. Kept with the version and shown in the history.',
    sendNeedsValidation: 'Press “Validate” first.',
    sendNeedsNoErrors: 'Sending is possible when the workbook has no errors.',
    sendNeedsSettings: 'Enter the store address and token in the settings.',
    sendNeedsExplanations: (n) => `The store accepts the program once every warning has an explanation. Still to explain: ${n}.`,
    explanationFor: (sheet, cell, rule) => (sheet !== null && cell !== null ? `Explanation for cell ${cell} (“${sheet}”)` : `Explanation for finding ${rule}`),
    explanationHint: 'Why the value is right despite the warning',
    stillToExplain: 'Still to explain',
    goExplain: (sheet, cell, title) => (sheet !== null && cell !== null ? `${cell} (“${sheet}”): ${title}` : title),
    explanationMissing: (report) => `An explanation is needed: without it the store refuses the ${report ? 'report' : 'program'}.`,
    refusedBecause: (report) => `The ${report ? 'report' : 'program'} was refused because of this finding.`,
    accepted: (version) => `The store accepted the program: version ${version}.`,
    acceptedTitle: 'Sent',
    alreadyStored: (version, createdAt) => `This version is already in the store: version ${version} of ${formatWhen(createdAt, 'en')}. No new version was made.`,
    alreadyStoredTitle: 'Already in the store',
    basisNotRecorded: 'The basis was not recorded: a basis is kept with a new version, and this one was already in the store.',
    history: 'Version history',
    refreshPrograms: 'Refresh the list of programs',
    program: 'Program',
    noPrograms: 'The store has no programs yet.',
    choose: 'Choose a program',
    programOption: (title, from, to, latest) => `${title} (${from}–${to}), version ${latest}`,
    versionsOf: (title) => `Versions: ${title}`,
    versionLine: (version, createdAt) => `Version ${version} of ${formatWhen(createdAt, 'en')}`,
    sentBy: (department) => `Sent by: ${department}`,
    basis: (basis) => `Basis: ${basis}`,
    decision: (status) => (status === 'submitted' ? 'No decision yet: under review' : `Decision: ${status === 'accepted' ? 'accepted' : 'returned for rework'}`),
    reviewComment: (department, comment) => `Comment (${department}): ${comment}`,
    status: { submitted: 'submitted', accepted: 'accepted', returned: 'returned' },
    changesSince: (previous) => `What changed since version ${previous}:`,
    firstVersion: 'The first version in the store.',
    noChanges: 'The program’s data did not change.',
    changesUnavailable: 'The store did not say what changed just now; refresh the list later.',
    moreChanges: (n) => `and ${n} more change${n === 1 ? '' : 's'}`,
    change: {
      table: { program: 'Program', passport: 'Passport', funding: 'Annex 1', indicators: 'Annex 2' },
      field: {
        total: 'total',
        amount: '',
        value: '',
        unit: 'unit',
        type: 'type',
        base: 'base value',
        plan: 'plan',
        title: 'title',
        name: 'name',
        number: 'number',
        period: 'period',
        municipality: 'municipality',
        subprogram: 'subprogram',
        source: 'source',
        activity: 'activity',
        indicator: 'indicator',
        table: 'table',
        funding: 'funding sources',
        subtotal: 'subprogram total row',
        grandTotal: 'program total row',
      },
      added: (where, value) => `${where}: added ${value}`,
      removed: (where, value) => `${where}: removed ${value}`,
      changed: (where, from, to) => `${where}: ${from} → ${to}`,
      respelled: (to) => (to === 'latin' ? '(Cyrillic letters replaced by Latin ones)' : '(Latin letters replaced by Cyrillic ones)'),
      totals: (n) => `(moving ${n} total${n === 1 ? '' : 's'} with it)`,
    },
    reviews: (n) => (n === 0 ? 'no reviews' : `${n} review${n === 1 ? '' : 's'}`),
    warnings: (n) => `${n} warning${n === 1 ? '' : 's'}`,
    loadVersion: 'Load from the store',
    loadVersionLabel: (version) => `Load version ${version} from the store into the workbook’s sheets`,
  },
  annex: {
    heading: 'Program annexes',
    generate: 'Generate annexes',
    generateLabel: 'Add print sheets to the workbook: Annex 1, Annex 2 and the passport paragraph',
    needsNoErrors: 'Available when the workbook has no errors.',
    needsValidation: 'Press “Validate” on the “Check” tab first.',
    copyParagraph: 'Copy paragraph',
    copyParagraphLabel: 'Copy the passport’s “funding sources” paragraph composed from Annex 1',
    writeParagraph: 'Write paragraph into passport',
    writeParagraphLabel: 'Replace the passport’s “funding sources” paragraph with the one composed from Annex 1, then validate again',
    paragraphNeedsAnnex: 'Available when Annex 1 has no errors.',
    paragraphText: 'Passport paragraph “Funding sources”',
    paragraphCopyHint: 'The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    writtenTitle: 'The paragraph is in the passport',
    written: (sheet, range) => `Sheet “${sheet}”, cells ${range.replace(':', '–')}. The previous text is kept until the paragraph is written again.`,
    undo: 'Restore the previous text',
    undoLabel: 'Undo writing the paragraph: give the passport’s cells back the text they held before',
  },
  report: {
    heading: 'Report for a period',
    intro: 'Forms R1 (funding) and R2 (indicators): the plan from a program version, the facts since the start of the year.',
    period: 'Period',
    periodOption: (q) => (q === 1 ? 'Q1' : q === 2 ? 'First half' : q === 3 ? 'Nine months' : 'Full year (annual report)'),
    year: 'Year',
    yearInvalid: 'The year is four digits, for example 2021.',
    program: 'Program version',
    fromStore: 'From the store',
    fromWorkbook: 'Annexes in this workbook',
    fromWorkbookHint: 'The plan comes from this workbook’s Annex 1 and Annex 2 sheets. Such a report cannot be sent: the store checks a report against its own version of the program.',
    storeNeedsSettings: 'To choose a program from the store, enter its address and token.',
    openStoreSettings: 'Open the store settings',
    listPrograms: 'List programs',
    chooseProgram: 'Choose a program',
    noPrograms: 'The store has no programs yet.',
    version: 'Version',
    versionOption: (version, createdAt, status) =>
      `Version ${version}: ${status === 'accepted' ? 'accepted' : status === 'returned' ? 'returned' : 'under review'}, ${formatWhen(createdAt, 'en')}`,
    create: 'Create report sheets',
    createLabel: 'Write the sheets of forms R1 and R2 into the workbook: the plan from the chosen program version, totals and percentages as formulas',
    check: 'Check report',
    checkLabel: 'Read the report sheets and check them with rules R001–R009 against the chosen program version',
    send: 'Send report',
    sendLabel: 'Send the report to the store: it is checked again first',
    sendNeedsSettings: 'Enter the store address and token (the “Store” tab).',
    sendNeedsStoreProgram: 'Only a report on a program from the store can be sent: choose a program and a version.',
    sendNeedsCheck: 'Press “Check report” first.',
    sendNeedsNoErrors: 'Sending is possible when the report has no errors.',
    sendNeedsExplanations: (n) => `The store accepts the report once every warning has an explanation. Still to explain: ${n}.`,
    notCheckedYet: 'Choose the period and the program version, press “Create report sheets”, type the facts and press “Check report”.',
    checkedAgainstStore: (title, version) => `Checked against version ${version} of the stored program “${title}”.`,
    checkedAgainstWorkbook: (title) => `Checked against this workbook’s annexes${title ? ` (“${title}”)` : ''}.`,
    acceptedTitle: 'Report sent',
    accepted: (version, period) => `The store accepted the report ${period}: version ${version}, under the coordinator’s review.`,
    existingTitle: 'Already in the store',
    existing: (version, createdAt) => `This report is already in the store: version ${version} of ${formatWhen(createdAt, 'en')}. No new version was made.`,
    deadline: (due, status) => `Due ${due}: ${status}.`,
    deadlineUnavailable: 'The store did not give the deadline just now.',
    otherProgramDetail: (sheets, at, chosen) =>
      `The report sheets were laid out from program ${sheets.programId}${sheets.version === null ? '' : `, version ${sheets.version}`}${at}; the chosen one is program ${chosen.programId}, version ${chosen.version}.`,
    otherPeriodDetail: (sheets, at, chosen) => `The report sheets are ${sheets}${at}; the report chosen is ${chosen}.`,
    outsideProgramDetail: (year, from, to) => `The year chosen is ${year}; the program runs ${from}–${to}.`,
    notAYearDetail: (typed) => `“${typed}” is not a year.`,
  },
};

export const MESSAGES: Readonly<Record<Lang, PaneMessages>> = { ru, en };
