// Tables as values a person compares: amounts in Russian form at the declared precision (an empty cell is
// zero, as the model says), so that "1567" read from a number cell equals "1567.0" as written.
import { formatScaledRu, toScaled, type Decimal } from '../../src/domain/amount';
import type { FundingRow, FundingTable } from '../../src/domain/model/funding';
import type { IndicatorTable, IndicatorValue } from '../../src/domain/model/indicators';
import type { PassportFunding } from '../../src/domain/model/passport';
import { yearSpanLabel } from '../../src/domain/model/year-span';

const ru = (d: Decimal | null, precision = 1): string => formatScaledRu(toScaled(d ?? '0', precision), precision);

function fundingRow(label: string, row: FundingRow | null): string[] {
  return [label, row?.source ?? '', ru(row?.total ?? null), ...(row?.years ?? []).map((y) => ru(y))];
}

export function fundingValues(table: FundingTable | null): string[][] {
  if (!table) return [];
  return [
    ['годы', ...table.years.map(yearSpanLabel)],
    ...table.subprograms.flatMap((s) => [...s.sources.map((r) => fundingRow(s.title, r)), fundingRow(`${s.title} / Всего`, s.total)]),
    fundingRow('ИТОГО', table.total),
    ...table.totalBySource.map((r) => fundingRow('в том числе', r)),
  ];
}

const value = (v: IndicatorValue | null): string => (v === null ? '—' : `${v.bound ?? ''}${Number(v.value)}`);

export function indicatorValues(table: IndicatorTable | null): string[][] {
  if (!table) return [];
  return [
    ['годы', ...table.years.map(yearSpanLabel)],
    ...table.subprograms.flatMap((s) => [
      [s.number, s.title],
      ...s.activities.flatMap((a) => [
        [a.number, a.title],
        ...a.indicators.map((i) => [i.name, i.unit, i.type, value(i.base), ...i.plan.map(value)]),
      ]),
    ]),
  ];
}

export function passportFundingValues(funding: PassportFunding | null): string[][] {
  if (!funding) return [];
  const years = (ys: PassportFunding['years']) => ys.map((y) => `${yearSpanLabel(y.year)}: ${ru(y.amount)}`);
  return [['Всего', ru(funding.total), ...years(funding.years)], ...funding.sources.map((s) => [s.name, ru(s.total), ...years(s.years)])];
}
