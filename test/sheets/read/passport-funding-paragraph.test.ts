// The passport's funding paragraph in the wordings real passports use: the worked example's, and the
// other common ones ("Общий объем … составляет …", "<source> – всего …", "<source> — <amount> тыс. руб.").
import { parseFundingParagraph, type FundingParagraph } from '../../../src/sheets/read/passport-funding-paragraph';

const y = (year: number) => ({ from: year, to: year });

/** What was read, without the positions. */
function read(text: string) {
  const parsed: FundingParagraph = parseFundingParagraph(text);
  return {
    total: parsed.total?.value ?? null,
    years: parsed.years.map((v) => [v.year.from, v.value]),
    sources: parsed.sources.map((s) => ({ name: s.name, total: s.total?.value ?? null, years: s.years.map((v) => [v.year.from, v.value]) })),
  };
}

const YEARS = '2021 год – 469 682,6 тыс. руб.; 2022 год – 1 148 756,8 тыс. руб.';
const TWO_YEARS = [
  [2021, '469682.6'],
  [2022, '1148756.8'],
];

describe('reading the funding paragraph of the passport', () => {
  const cases: { name: string; text: string; total: string | null; sources: { name: string; total: string | null; years: (string | number)[][] }[] }[] = [
    {
      name: 'the worked example\'s wording: "Всего …", "<source>: всего …"',
      text: `Всего 1 618 439,4 тыс. руб., в т.ч. по годам реализации: ${YEARS}. Бюджет Московской области: всего 1 567,0 тыс. руб., в т.ч. по годам реализации: 2021 год – 1 567,0 тыс. руб.; 2022 год – 0. Федеральный бюджет: всего 0.`,
      total: '1618439.4',
      sources: [
        { name: 'Бюджет Московской области', total: '1567.0', years: [[2021, '1567.0'], [2022, '0']] },
        { name: 'Федеральный бюджет', total: '0', years: [] },
      ],
    },
    {
      name: 'the total as "Общий объем финансирования муниципальной программы составляет …"',
      text: `Общий объем финансирования муниципальной программы составляет 1 618 439,4 тыс. рублей, в том числе по годам реализации: ${YEARS}. Бюджет Московской области: всего 1 567,0 тыс. руб.`,
      total: '1618439.4',
      sources: [{ name: 'Бюджет Московской области', total: '1567.0', years: [] }],
    },
    {
      name: 'the total as "Общий объем финансирования муниципальной программы – …"',
      text: `Общий объем финансирования муниципальной программы – 1 618 439,4 тыс. рублей, в том числе по годам реализации: ${YEARS}.`,
      total: '1618439.4',
      sources: [],
    },
    {
      name: 'a source written with a dash before "всего"',
      text: `Всего 1 618 439,4 тыс. руб., в т.ч. по годам реализации: ${YEARS}. Бюджет Московской области – всего 1 567,0 тыс. руб., в т.ч. по годам реализации: 2021 год – 1 567,0 тыс. руб.; 2022 год – 0. Бюджет городского округа Ступино — всего 1 616 872,4 тыс. руб.`,
      total: '1618439.4',
      sources: [
        { name: 'Бюджет Московской области', total: '1567.0', years: [[2021, '1567.0'], [2022, '0']] },
        { name: 'Бюджет городского округа Ступино', total: '1616872.4', years: [] },
      ],
    },
    {
      name: 'a source written with its amount and no "всего", after "в том числе"',
      text: `Общий объем финансирования муниципальной программы составляет 1 618 439,4 тыс. рублей, в том числе по годам реализации: ${YEARS}; в том числе бюджет Московской области — 1 567,0 тыс. руб.; средства бюджета городского округа Ступино – 1 616 872,4 тыс. руб., в том числе: 2021 год – 468 115,6 тыс. руб.; 2022 год – 1 148 756,8 тыс. руб.; федеральный бюджет – 0.`,
      total: '1618439.4',
      sources: [
        { name: 'бюджет Московской области', total: '1567.0', years: [] },
        { name: 'средства бюджета городского округа Ступино', total: '1616872.4', years: [[2021, '468115.6'], [2022, '1148756.8']] },
        { name: 'федеральный бюджет', total: '0', years: [] },
      ],
    },
  ];
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      expect(read(c.text)).toEqual({ total: c.total, years: TWO_YEARS, sources: c.sources });
    });
  }

  it('reads a source written after its amount: "7 614,0 тыс. рублей - средства федерального бюджета," (issue 8, held-out corpus)', () => {
    const text = 'общий объем финансирования Подпрограммы составит 52 977,9 тыс. рублей;\nв том числе:\n7 614,0 тыс. рублей - средства федерального бюджета,\n41 647,8 тыс. рублей - средства областного бюджета,\n3716,1 тыс. руб. - средства местного бюджета.';
    expect(read(text)).toEqual({
      total: '52977.9',
      years: [],
      sources: [
        { name: 'средства федерального бюджета', total: '7614.0', years: [] },
        { name: 'средства областного бюджета', total: '41647.8', years: [] },
        { name: 'средства местного бюджета', total: '3716.1', years: [] },
      ],
    });
    // A dash after an amount that names no source says nothing: the amount stays unread (S010).
    expect(parseFundingParagraph('общий объем составит 100,0 тыс. рублей;\n50,0 тыс. рублей - на ремонт дорог.').unattributed.map((u) => u.text)).toEqual(['50,0 тыс. рублей']);
  });

  it('does not take the total\'s own line "Общий объем финансирования – всего …" for a source', () => {
    const parsed = read(`Общий объем финансирования – всего 1 618 439,4 тыс. руб., в т.ч. по годам реализации: ${YEARS}. Внебюджетные источники: всего 0.`);
    expect(parsed.total).toBe('1618439.4');
    expect(parsed.sources.map((s) => s.name)).toEqual(['Внебюджетные источники']);
  });

  it('does not take a subprogram\'s amount, or a year\'s, for a source', () => {
    const parsed = read(`Всего 1 618 439,4 тыс. руб., в т.ч. по годам реализации: ${YEARS}. Подпрограмма I – 1 000,0 тыс. руб.; в 2021 году – 469 682,6 тыс. руб.`);
    expect(parsed.sources).toEqual([]);
  });

  it('points the amounts of a source without "всего" at their place in the text', () => {
    const text = `Всего 100,0 тыс. руб. Бюджет Московской области — 60,0 тыс. руб.; 2021 год – 60,0 тыс. руб.`;
    const source = parseFundingParagraph(text).sources[0];
    expect([text.slice(source.at, source.at + 6), text.slice(source.total!.at, source.total!.at + 4), source.years.map((v) => [v.year, text.slice(v.at, v.at + 4)])]).toEqual([
      'Бюджет',
      '60,0',
      [[y(2021), '60,0']],
    ]);
  });

  it('takes a "Всего" after a source that gave its total already for the program\'s: the same amount is read, another is not placed', () => {
    const text = (total: string) => `Всего 100,0 тыс. руб.\nБюджет Московской области: всего 60,0 тыс. руб.\nВнебюджетные источники: всего 40,0 тыс. руб.\nВсего ${total} тыс. руб. в т.ч. по источникам:`;
    const same = parseFundingParagraph(text('100,0'));
    expect([same.total?.value, same.sources.map((s) => s.total?.value), same.unattributed]).toEqual(['100.0', ['60.0', '40.0'], []]);
    expect(parseFundingParagraph(text('110,0')).unattributed.map((u) => u.text)).toEqual(['110,0 тыс. руб.']);
  });
});

describe('wordings the dated corpus brought (held-out fragments first read by the tests, then read)', () => {
  it('a word in brackets between a source and its amount: «из федерального бюджета (прогнозно) - 5703214,8»', () => {
    const got = read('Общий объем финансирования Программы составит 100,0 тыс. рублей, в том числе:\n- из федерального бюджета (прогнозно) - 60,0 тыс. рублей, в том числе по годам:\n2008 год - 60,0 тыс. рублей;\n- из областного бюджета - 40,0 тыс. рублей, в том числе по годам:\n2008 год - 40,0 тыс. рублей.');
    expect(got).toEqual({
      total: '100.0',
      years: [],
      sources: [
        { name: 'федерального бюджета', total: '60.0', years: [[2008, '60.0']] },
        { name: 'областного бюджета', total: '40.0', years: [[2008, '40.0']] },
      ],
    });
  });

  it('«Общие затраты … - 30 020 975,3» is the total, and «2020 год -5 678 224,9» is an amount after a dash, not a negative one', () => {
    const got = read('Общие затраты на реализацию программы в 2014 - 2020 гг. за счет всех источников финансирования - 300,0 тыс. рублей; в том числе по годам: 2019 год - 100,0 тыс. рублей; 2020 год -200,0 тыс. рублей;');
    expect(got).toEqual({ total: '300.0', years: [[2019, '100.0'], [2020, '200.0']], sources: [] });
  });

  it('«… составляет:» then «в 2010-2012 годах - 15612718,5»: the whole period\'s amount, said first, is the total', () => {
    const got = read('общий объем финансирования Программы составляет:\nв 2010-2012 годах - 15612718,5 тыс. рублей, в том числе:\nсредства областного бюджета - 15 544 130,7 тыс. рублей;\nсредства местных бюджетов (объемы финансирования за счет средств местных бюджетов определяются нормативными актами).');
    expect(got.total).toBe('15612718.5');
    expect(got.years).toEqual([]);
    // The source named without an amount is listed (the sources are not complete), with no amount.
    expect(got.sources).toEqual([
      { name: 'средства областного бюджета', total: '15544130.7', years: [] },
      { name: 'средства местных бюджетов', total: null, years: [] },
    ]);
  });

  it('a period amount inside a list of years stays that period\'s (the total is read already)', () => {
    const got = read('Общий объем финансирования составляет 30,0 тыс. рублей:\n2025 год - 10,0 тыс. рублей;\n2026-2030 годы - 20,0 тыс. рублей.');
    expect(got.total).toBe('30.0');
    expect(got.years).toEqual([[2025, '10.0'], [2026, '20.0']]);
  });
});

describe('a fund as a source, and the program\'s years after the sources (Удмуртская Республика, «Дети Удмуртии»)', () => {
  it('«средства … Удмуртский территориальный фонд обязательного медицинского страхования - 203 350,0» is a source; «Сумма затрат по годам: 2009 год - …» is the program\'s', () => {
    const got = read('финансирование в размере 500,0 тыс. рублей, в том числе: - из бюджета Удмуртской Республики - 300,0 тыс. рублей; - средства учреждения Удмуртский территориальный фонд обязательного медицинского страхования - 200,0 тыс. рублей. Сумма затрат по годам: 2009 год - 250,0 тыс. рублей; 2010 год - 250,0 тыс. рублей.');
    expect(got).toEqual({
      total: '500.0',
      years: [[2009, '250.0'], [2010, '250.0']],
      sources: [
        { name: 'бюджета Удмуртской Республики', total: '300.0', years: [] },
        { name: 'территориальный фонд обязательного медицинского страхования', total: '200.0', years: [] },
      ],
    });
  });
});

describe('a text beyond the BMP (a character of the astral planes): the expressions as written, made when first needed', () => {
  it('read as the same text without it', () => {
    const text = `Всего 1 618 439,4 тыс. руб., в т.ч. по годам реализации: ${YEARS}. Бюджет Московской области: всего 1 567,0 тыс. руб., в т.ч. по годам реализации: 2021 год – 1 567,0 тыс. руб.; 2022 год – 0. Федеральный бюджет: всего 0.`;
    const plain = read(text);
    expect(plain.sources).toHaveLength(2);
    // A letter of the astral planes (U+1D400, 𝐀) after the last sentence: the one text read with \p{L} as written.
    expect(read(`${text} \u{1D400}`)).toEqual(plain);
    expect(read(`${text} \u{1D400}`)).toEqual(plain);
  });
});
