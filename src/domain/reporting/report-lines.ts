// The rows of forms R1 and R2 as the R-rules and the evaluation walk them: every line with its reference
// (for paths) and a label in domain terms («Подпрограмма II, Бюджет городского округа Ступино»).
import type { Localized } from '../finding';
import { subprogramLabel } from '../funding-rows';
import { shortName } from '../indicator-rows';
import { sourceKeys } from '../sources';
import { collapseSpaces } from '../text/fold';
import type { ReportActivity, ReportFunding, ReportFundingLine, ReportIndicator, ReportIndicatorSubprogram, ReportIndicators } from './model';
import type { FundingLineRef } from './report-paths';

export interface LocatedReportLine {
  ref: FundingLineRef;
  line: ReportFundingLine;
  label: Localized;
}

/** Every line of R1 in table order. */
export function reportFundingLines(funding: ReportFunding): LocatedReportLine[] {
  const out: LocatedReportLine[] = [];
  funding.subprograms.forEach((sp, sub) => {
    const where = subprogramLabel(sp.title, sub);
    const keys = sourceKeys(sp.sources.map((s) => s.source));
    sp.sources.forEach((line, i) => {
      const name = collapseSpaces(line.source);
      out.push({ ref: { kind: 'source', sub, act: null, key: keys[i] }, line, label: { ru: `${where.ru}, ${name}`, en: `${where.en}, ${name}` } });
    });
    sp.activities.forEach((a, act) => {
      const title = shortName(a.title);
      const akeys = sourceKeys(a.sources.map((s) => s.source));
      a.sources.forEach((line, i) => {
        const name = collapseSpaces(line.source);
        out.push({ ref: { kind: 'source', sub, act, key: akeys[i] }, line, label: { ru: `${where.ru}, «${title}», ${name}`, en: `${where.en}, "${title}", ${name}` } });
      });
      if (a.total) out.push({ ref: { kind: 'subtotal', sub, act }, line: a.total, label: { ru: `${where.ru}, «${title}»`, en: `${where.en}, "${title}"` } });
    });
    if (sp.total) out.push({ ref: { kind: 'subtotal', sub, act: null }, line: sp.total, label: { ru: `${where.ru}, «Всего по подпрограмме»`, en: `${where.en}, "Всего по подпрограмме"` } });
  });
  if (funding.total) out.push({ ref: { kind: 'total' }, line: funding.total, label: { ru: '«ИТОГО по муниципальной программе»', en: '"ИТОГО по муниципальной программе"' } });
  const keys = sourceKeys(funding.totalBySource.map((s) => s.source));
  funding.totalBySource.forEach((line, i) => {
    const name = collapseSpaces(line.source);
    out.push({ ref: { kind: 'bySource', key: keys[i] }, line, label: { ru: `ИТОГО, в том числе: ${name}`, en: `ИТОГО, of which: ${name}` } });
  });
  return out;
}

export interface LocatedReportIndicator {
  sub: number;
  act: number;
  ind: number;
  subprogram: ReportIndicatorSubprogram;
  activity: ReportActivity;
  indicator: ReportIndicator;
  /** "1.2. «Среднее время ожидания в очереди…»". */
  label: string;
}

/** Every indicator of R2 in table order. */
export function reportIndicatorRows(indicators: ReportIndicators): LocatedReportIndicator[] {
  const out: LocatedReportIndicator[] = [];
  indicators.subprograms.forEach((subprogram, sub) =>
    subprogram.activities.forEach((activity, act) =>
      activity.indicators.forEach((indicator, ind) => {
        const number = collapseSpaces(activity.number);
        out.push({ sub, act, ind, subprogram, activity, indicator, label: `${number ? number + ' ' : ''}«${shortName(indicator.name)}»` });
      }),
    ),
  );
  return out;
}
