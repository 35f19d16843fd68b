import { paragraphRows, type CorpusFragment } from '../fragment';

// Held out (E8): found and transcribed after the readers were written, to check that they generalise.
const LINES: (string | [string, string])[] = [
  'Реализация мероприятий программы осуществляется за счет средств местного бюджета в пределах лимитов, выделенных на очередной финансовый год.',
  ['total', 'Общий объем финансирования - 697590,5 тыс. руб., в том числе по годам:'],
  '2015 год - 3490,4 тыс. руб.;',
  '2016 год - 233153,6 тыс. руб.;',
  '2017 год - 146522,6 тыс. руб.;',
  '2018 год - 103439,3 тыс. руб.;',
  '2019 год - 104503,3 тыс. руб.;',
  '2020 год - 106481,3 тыс. руб.;',
  'по источникам финансирования:',
  '- бюджет города Оренбурга - 695270,5 тыс. руб., в том числе по годам:',
  '2015 год - 3490,4 тыс. руб.;',
  '2016 год - 233153,6 тыс. руб.;',
  '2017 год - 146522,6 тыс. руб.;',
  '2018 год - 103099,3 тыс. руб.;',
];

const fragment: CorpusFragment = {
  id: 'orenburg-city-2015-2020-sources-cut',
  source: {
    url: 'https://docs.cntd.ru/document/446696844/titles/2UJM6QV',
    document: 'Муниципальная программа города Оренбурга (2015 - 2020 годы), раздел о ресурсном обеспечении; the stored section names neither the program nor the act\'s date',
    date: null,
    place: 'город Оренбург',
    excerpt: 'The section as stored, to where the corpus cuts it: after the city budget\'s 2018 line (its 2019 and 2020 lines and the other source, 2 320,0 тыс. руб. of the total, are lost).',
  },
  verbatim: LINES.map((l) => (typeof l === 'string' ? l : l[1])).join('\n'),
  sheets: [{ name: 'Лист1', numbers: 'text', rows: paragraphRows(LINES) }],
  read: {
    kind: 'paragraph',
    unit: 'тыс. руб.',
    total: '697590,5',
    years: [['2015', '3490,4'], ['2016', '233153,6'], ['2017', '146522,6'], ['2018', '103439,3'], ['2019', '104503,3'], ['2020', '106481,3']],
    sources: [
      { name: 'бюджет города Оренбурга', total: '695270,5', years: [['2015', '3490,4'], ['2016', '233153,6'], ['2017', '146522,6'], ['2018', '103099,3']] },
    ],
  },
  defects: [],
  cutEffects: [
    {
      rule: 'P006',
      cell: 'total',
      stated: '697590,5',
      computed: '695270,5',
      why: 'the list of sources is cut after the first: the other source (2 320,0) is not in the stored text, so the one source read does not add up to the total',
    },
  ],
};

export default fragment;
