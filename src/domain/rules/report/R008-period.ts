import { samePeriod } from '../../reporting/period';
import { reportPaths } from '../../reporting/report-paths';
import { defineRule } from '../define-rule';

export const reportPeriod = defineRule({
  meta: {
    id: 'R008',
    title: { ru: 'Отчётный период не квартал программы', en: 'The reporting period is not a quarter of the program' },
    description: {
      ru: 'Отчёт составляется за квартал нарастающим итогом («за I квартал», «за I полугодие», «за 9 месяцев») или за год, внутри срока программы; заголовок отчёта, имя листа и вторая форма называют один и тот же период.',
      en: 'A report is for a quarter, cumulative («за I квартал», «за I полугодие», «за 9 месяцев»), or for the year, inside the program\'s period; the title block, the sheet\'s name and the other form name the same period.',
    },
    messages: {
      noPeriod: {
        data: {},
        ru: 'В заголовке отчёта не указан отчётный период (например, «за I квартал 2021 года»)',
        en: 'The report\'s title names no reporting period (such as «за I квартал 2021 года»)',
      },
      notQuarter: {
        data: { written: 'text' },
        ru: 'Отчётный период «{{written}}» не заканчивается кварталом: отчёт составляется за квартал, полугодие, 9 месяцев или год',
        en: 'The reporting period "{{written}}" does not end with a quarter: a report is for a quarter, a half-year, 9 months or the year',
      },
      outsideProgram: {
        data: { period: 'reportPeriod', program: 'period' },
        ru: 'Отчёт {{period}} — вне срока программы ({{program}})',
        en: 'The report {{period}} is outside the program\'s period ({{program}})',
      },
      disagree: {
        data: { written: 'text', period: 'reportPeriod' },
        ru: 'Здесь указан период «{{written}}», а в заголовке отчёта — {{period}}',
        en: 'This names the period "{{written}}", while the report\'s title says {{period}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const input = ctx.reporting;
    if (!input) return;
    const { report } = input;
    if (!report.period) {
      if (report.periodText === null) ctx.report({ messageId: 'noPeriod', path: reportPaths.period });
      else ctx.report({ messageId: 'notQuarter', path: reportPaths.period, data: { written: report.periodText } });
      return;
    }
    const programPeriod = input.program?.period ?? report.programPeriod;
    if (programPeriod && (report.period.year < programPeriod.from || report.period.year > programPeriod.to)) {
      ctx.report({ messageId: 'outsideProgram', path: reportPaths.period, data: { period: report.period, program: programPeriod } });
    }
    (report.otherPeriods ?? []).forEach((other, i) => {
      if (other.period && samePeriod(other.period, report.period!)) return;
      ctx.report({ messageId: 'disagree', path: reportPaths.otherPeriod(i), data: { written: other.text, period: report.period! } });
    });
  },
});
