import { paths } from '../../paths';
import { hasProgramData } from '../../program-data';
import { defineRule } from '../define-rule';

export const requiredTable = defineRule({
  meta: {
    id: 'S001',
    title: { ru: 'Нет обязательной таблицы', en: 'A required table is missing' },
    description: {
      ru: 'В книге должны быть Приложение 1 («Объем финансовых ресурсов») и Приложение 2 («Планируемые результаты»); паспорт необязателен (его отсутствие — сведение). Таблица, у которой найден заголовок, но не распознана шапка, — это S002. Книга, в таблицах которой нет ни одной суммы и ни одного показателя (незаполненный шаблон), — тоже ошибка.',
      en: 'The workbook must hold Annex 1 (funding) and Annex 2 (planned results); the passport is optional (info when absent). A table found by its title whose header is not recognised is S002\'s. A workbook whose tables hold no amount and no indicator (an untouched template) is an error too.',
    },
    messages: {
      fundingMissing: {
        data: {},
        ru: 'В книге не найдено Приложение 1 «Объем финансовых ресурсов» (искали заголовки «Источник финансирования», «Общий объем финансовых ресурсов»)',
        en: 'Annex 1 (the funding table, "Объем финансовых ресурсов") was not found in the workbook',
      },
      indicatorsMissing: {
        data: {},
        ru: 'В книге не найдено Приложение 2 «Планируемые результаты реализации муниципальной программы»',
        en: 'Annex 2 (planned results, "Планируемые результаты") was not found in the workbook',
      },
      noProgramData: {
        data: {},
        ru: 'В книге нет данных программы: суммы пусты или равны нулю, у показателей нет наименований (незаполненный шаблон) — проверять нечего, и такая книга не принимается',
        en: 'The workbook holds no program: its amounts are empty or zero and its indicators have no names (an untouched template); there is nothing to check, and it is not accepted',
      },
      passportMissing: {
        data: {},
        ru: 'Паспорт муниципальной программы не найден: сверка паспорта с Приложением 1 не выполнялась',
        en: 'The program passport was not found: the passport was not checked against Annex 1',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { program } = ctx;
    // A table whose title was found but whose header was not is S002's: one defect, one finding.
    const headerNotRecognised = (path: string) => ctx.readIssues.some((i) => i.rule === 'S002' && i.path === path);
    if (program.funding === null && !headerNotRecognised(paths.funding)) ctx.report({ messageId: 'fundingMissing', path: paths.funding });
    if (program.indicators === null && !headerNotRecognised(paths.indicators)) ctx.report({ messageId: 'indicatorsMissing', path: paths.indicators });
    if (program.passport === null) ctx.report({ messageId: 'passportMissing', path: paths.passport, severity: 'info' });
    // Tables found, but nothing in them: the blank template is not a valid program.
    if ((program.funding || program.indicators || program.passport) && !hasProgramData(program)) {
      ctx.report({ messageId: 'noProgramData', path: program.funding ? paths.funding : program.indicators ? paths.indicators : paths.passport });
    }
  },
});
