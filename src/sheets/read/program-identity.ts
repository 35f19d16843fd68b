// Who and what the program is: the municipality and title from the passport's title block (else the
// "Наименование" row, else the annexes' "к муниципальной программе «…»"), and the period from
// "Сроки реализации" (else the year columns).
import type { FundingTable } from '../../domain/model/funding';
import type { IndicatorTable } from '../../domain/model/indicators';
import type { Period, YearSpan } from '../../domain/model/year-span';
import type { PassportReading } from './passport-reader';

export interface ProgramIdentity {
  municipality: string;
  title: string;
  period: Period;
}

export function programIdentity(passport: PassportReading | null, funding: FundingTable | null, indicators: IndicatorTable | null): ProgramIdentity {
  const title = passport?.title?.text ?? funding?.title ?? indicators?.title ?? '';
  const municipality = passport?.municipality ?? municipalityFromSources(funding) ?? '';
  const period = passport?.passport.period ?? spanOf(funding?.years) ?? spanOf(indicators?.years) ?? spanOf(passport?.passport.funding?.years.map((y) => y.year)) ?? fallbackPeriod();
  return { municipality, title, period };
}

function spanOf(years: readonly YearSpan[] | undefined): Period | null {
  if (!years || years.length === 0) return null;
  let from = years[0].from;
  let to = years[0].to;
  for (const y of years) {
    if (y.from < from) from = y.from;
    if (y.to > to) to = y.to;
  }
  return { from, to };
}

/** "Бюджет городского округа Ступино" → "городского округа Ступино". */
function municipalityFromSources(funding: FundingTable | null): string | null {
  for (const sub of funding?.subprograms ?? []) {
    for (const row of sub.sources) {
      const m = /бюджет\S*\s+((?:городского|муниципального)\s+(?:округа|образования|района)\s+[А-ЯЁ][\p{L}-]*)/iu.exec(row.source);
      if (m) return m[1];
    }
  }
  return null;
}

/** A workbook without any table or year still needs a period for the model; S001 reports the tables. */
function fallbackPeriod(): Period {
  const year = new Date().getFullYear();
  return { from: year, to: year };
}
