import fc from 'fast-check';
import { parsePeriodKey, periodKey, periodTitle, previousPeriod } from '../../../src/domain/reporting/period';
import { readPeriodText } from '../../../src/domain/reporting/period-text';

describe('reporting periods', () => {
  it.each([
    ['2021-Q1', { year: 2021, quarters: 1 }],
    ['2021-q2', { year: 2021, quarters: 2 }],
    ['2021-H1', { year: 2021, quarters: 2 }],
    ['2021-9M', { year: 2021, quarters: 3 }],
    ['2021-Q4', { year: 2021, quarters: 4 }],
    ['2021', { year: 2021, quarters: 4 }],
    ['2021-Y', { year: 2021, quarters: 4 }],
  ])('%s is %o', (key, period) => {
    expect(parsePeriodKey(key)).toEqual(period);
  });

  it.each(['2021-Q5', '21-Q1', 'Q1', '2021-Q1-1', ''])('%s is no period', (key) => {
    expect(parsePeriodKey(key)).toBeNull();
  });

  it('keys and titles round-trip (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 4 }), (year, quarters) => {
        const p = { year, quarters };
        expect(parsePeriodKey(periodKey(p))).toEqual(p);
        const read = readPeriodText(`Отчет о реализации муниципальной программы ${periodTitle(p).ru}`);
        expect(read).toEqual({ kind: 'period', period: p, text: expect.any(String) });
      }),
    );
  });

  it('the previous period is in the same year', () => {
    expect(previousPeriod({ year: 2021, quarters: 3 })).toEqual({ year: 2021, quarters: 2 });
    expect(previousPeriod({ year: 2021, quarters: 1 })).toBeNull();
  });
});

describe('the period as a title block writes it', () => {
  it.each([
    ['за I квартал 2021 года', 2021, 1],
    ['за 1 квартал 2021 г.', 2021, 1],
    ['ЗА ПЕРВЫЙ КВАРТАЛ 2021 ГОДА', 2021, 1],
    ['за 1 кв. 2021 г.', 2021, 1],
    ['за II квартал 2021 года', 2021, 2],
    ['за I полугодие 2021 года', 2021, 2],
    ['за первое полугодие 2021 года', 2021, 2],
    ['за 6 месяцев 2021 года', 2021, 2],
    ['за январь - июнь 2021 года', 2021, 2],
    ['за 9 месяцев 2021 года', 2021, 3],
    ['за девять месяцев 2021 года', 2021, 3],
    ['за январь–сентябрь 2021 года', 2021, 3],
    ['за III квартал 2021 года', 2021, 3],
    ['за 2021 год', 2021, 4],
    ['за IV квартал 2021 года', 2021, 4],
    ['за 12 месяцев 2021 года', 2021, 4],
    ['по состоянию на 01.07.2021', 2021, 2],
    ['по состоянию на 01.04.2021 г.', 2021, 1],
    ['по состоянию на 01.01.2022', 2021, 4],
    ['на 1 октября 2021 года', 2021, 3],
    ['(по состоянию на 30.09.2021)', 2021, 3],
    ['Отчетный период: 2021 год', 2021, 4],
  ])('«%s» → %i, %i quarter(s)', (text, year, quarters) => {
    expect(readPeriodText(text)).toMatchObject({ kind: 'period', period: { year, quarters } });
  });

  it.each(['по состоянию на 15.05.2021', 'за 5 месяцев 2021 года', 'за январь - май 2021 года'])('«%s» is not the end of a quarter', (text) => {
    expect(readPeriodText(text)).toMatchObject({ kind: 'notQuarter', year: 2021 });
  });

  it.each(['Цифровое муниципальное образование', 'на 2020-2024 годы', '(тыс. рублей)'])('«%s» names no reporting period', (text) => {
    expect(readPeriodText(text)).toBeNull();
  });
});
