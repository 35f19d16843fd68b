import { formatScaledRu, toScaled } from '../../src/domain/amount';
import type { FundingRow, FundingTable } from '../../src/domain/model/funding';
import type { PassportFunding } from '../../src/domain/model/passport';
import { passportFundingFromAnnex, passportMunicipalSourceName, passportParagraphFromAnnex } from '../../src/domain/passport-funding-from-annex';
import { publishedFundingParagraphs, workedExampleProgram } from './worked-example';

const MUNICIPALITY = 'городского округа Ступино Московской области';

/** The funding section as a table a person reads: [source, всего, years…] in Russian format. */
function asTable(funding: PassportFunding): string[][] {
  const ru = (d: string | null) => (d === null ? '—' : d === '0' ? '0' : formatScaledRu(toScaled(d, 1), 1));
  return [
    ['Всего', ru(funding.total), ...funding.years.map((y) => `${y.year.from}: ${ru(y.amount)}`)],
    ...funding.sources.map((s) => [s.name, ru(s.total), ...s.years.map((y) => `${y.year.from}: ${ru(y.amount)}`)]),
  ];
}

function annex(): FundingTable {
  const table = workedExampleProgram().funding;
  if (!table) throw new Error('the worked example has Приложение 1');
  return table;
}

describe('passportFundingFromAnnex on the worked example', () => {
  const expected = [
    ['Всего', '423 767,8', '2020: 99 822,7', '2021: 98 398,3', '2022: 75 438,6', '2023: 74 811,1', '2024: 75 297,1'],
    ['Федеральный бюджет', '0'],
    ['Бюджет Московской области', '1 567,0', '2020: 1 567,0', '2021: 0', '2022: 0', '2023: 0', '2024: 0'],
    ['Бюджет городского округа Ступино Московской области', '421 246,1', '2020: 98 100,9', '2021: 98 215,6', '2022: 75 243,3', '2023: 74 602,7', '2024: 75 083,6'],
    ['Внебюджетные источники', '954,7', '2020: 154,8', '2021: 182,7', '2022: 195,3', '2023: 208,4', '2024: 213,5'],
  ];

  it('gives the published passport with the city budget corrected to 421 246,1, from the "в том числе" rows', () => {
    expect(asTable(passportFundingFromAnnex(annex(), { precision: 1, municipality: MUNICIPALITY }))).toEqual(expected);
  });

  it('gives the same when the "в том числе" rows are absent, by summing the subprograms per source', () => {
    const withoutBySource = { ...annex(), totalBySource: [] };
    expect(asTable(passportFundingFromAnnex(withoutBySource, { precision: 1, municipality: MUNICIPALITY }))).toEqual(expected);
  });

  it('gives the same when ИТОГО is absent, by summing the subprogram totals', () => {
    const withoutTotal = { ...annex(), total: null };
    expect(asTable(passportFundingFromAnnex(withoutTotal, { precision: 1, municipality: MUNICIPALITY }))).toEqual(expected);
  });

  it('is the paragraph form, with the years of the table', () => {
    const funding = passportFundingFromAnnex(annex(), { precision: 1, municipality: MUNICIPALITY });
    expect(funding.form).toBe('paragraph');
    expect(funding.years.map((y) => y.year)).toEqual(annex().years);
  });
});

describe('passportFundingFromAnnex orders and names the sources as the document does', () => {
  const years = [{ from: 2021, to: 2021 }, { from: 2022, to: 2022 }];
  const row = (source: string, a: string, b: string, total: string): FundingRow => ({ source, total, years: [a, b] });
  const table = (bySource: FundingRow[]): FundingTable => ({
    title: null,
    years,
    subprograms: [{ title: 'Подпрограмма I «Развитие»', sources: bySource, total: row('', '30.0', '40.0', '70.0') }],
    total: row('', '30.0', '40.0', '70.0'),
    totalBySource: bySource,
  });

  it.each([
    {
      case: 'annex order municipal, extra-budgetary, federal → federal, regional (absent: 0), municipal, extra-budgetary',
      rows: [row('Бюджет городского округа Кашира', '10.0', '20.0', '30.0'), row('Внебюджетные источники', '5.0', '5.0', '10.0'), row('Федеральный бюджет', '15.0', '15.0', '30.0')],
      municipality: 'городского округа Кашира Московской области',
      names: ['Федеральный бюджет', 'Бюджет Московской области', 'Бюджет городского округа Кашира Московской области', 'Внебюджетные источники'],
      totals: ['30.0', '0', '30.0', '10.0'],
    },
    {
      case: 'a municipal source named otherwise than the municipality is kept as named; a source of no category comes last',
      rows: [row('Прочие источники', '1.0', '1.0', '2.0'), row('Средства бюджета городского округа Кашира', '29.0', '39.0', '68.0')],
      municipality: 'городского округа Кашира Московской области',
      names: ['Федеральный бюджет', 'Бюджет Московской области', 'Средства бюджета городского округа Кашира', 'Внебюджетные источники', 'Прочие источники'],
      totals: ['0', '0', '68.0', '0', '2.0'],
    },
  ])('$case', ({ rows, municipality, names, totals }) => {
    const funding = passportFundingFromAnnex(table(rows), { precision: 1, municipality });
    expect(funding.sources.map((s) => s.name)).toEqual(names);
    expect(funding.sources.map((s) => s.total)).toEqual(totals);
    expect(funding.sources.filter((s) => s.total === '0').every((s) => s.years.length === 0)).toBe(true);
    expect(funding.sources.filter((s) => s.total !== '0').every((s) => s.years.length === 2)).toBe(true);
  });

  it('adds exactly over subprograms: 0,1 + 0,2 + 0,05 (rounded half away from zero to 0,1) is 0,4', () => {
    const t: FundingTable = {
      title: null,
      years: [{ from: 2021, to: 2021 }],
      subprograms: [
        { title: 'Подпрограмма I', sources: [{ source: 'Внебюджетные источники', total: '0.1', years: ['0.1'] }], total: null },
        { title: 'Подпрограмма II', sources: [{ source: 'Внебюджетные источники', total: '0.2', years: ['0.2'] }], total: null },
        { title: 'Подпрограмма III', sources: [{ source: 'Внебюджетные источники', total: '0.05', years: ['0.05'] }], total: null },
      ],
      total: null,
      totalBySource: [],
    };
    const funding = passportFundingFromAnnex(t, { precision: 1 });
    expect(funding.total).toBe('0.4');
    expect(funding.sources.find((s) => s.name === 'Внебюджетные источники')?.years.map((y) => y.amount)).toEqual(['0.4']);
  });
});

describe('passportMunicipalSourceName', () => {
  it.each([
    ['Бюджет городского округа Ступино', MUNICIPALITY, 'Бюджет городского округа Ступино Московской области'],
    ['Бюджет городского округа Cтупино', MUNICIPALITY, 'Бюджет городского округа Ступино Московской области'],
    ['Бюджет городского округа Ступино Московской области', MUNICIPALITY, 'Бюджет городского округа Ступино Московской области'],
    ['Средства бюджета городского округа Ступино', MUNICIPALITY, 'Средства бюджета городского округа Ступино'],
    ['Бюджет  городского округа Ступино', undefined, 'Бюджет городского округа Ступино'],
    [null, MUNICIPALITY, 'Бюджет городского округа Ступино Московской области'],
    [null, undefined, 'Бюджет городского округа'],
  ])('%s with municipality %s → %s', (annexName, municipality, expected) => {
    expect(passportMunicipalSourceName(annexName, municipality)).toBe(expected);
  });
});

describe('passportParagraphFromAnnex', () => {
  it('has the published wording and numbers of the worked example, with the city budget at 421 246,1 instead of the misprinted 421 246,4', () => {
    const published = publishedFundingParagraphs();
    const corrected = published.map((p) => p.replace('всего 421 246,4 тыс. руб.', 'всего 421 246,1 тыс. руб.'));
    expect(corrected).not.toEqual(published); // the correction did apply to the published text
    expect(passportParagraphFromAnnex(workedExampleProgram(), 1)?.split('\n')).toEqual(corrected);
  });

  it('is null for a program without Приложение 1', () => {
    expect(passportParagraphFromAnnex({ ...workedExampleProgram(), funding: null }, 1)).toBeNull();
  });
});
