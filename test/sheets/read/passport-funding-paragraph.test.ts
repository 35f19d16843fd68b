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
