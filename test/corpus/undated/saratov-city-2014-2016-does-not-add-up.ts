import { paragraphRows, type CorpusFragment } from '../fragment';

const LINES: (string | [string, string])[] = [
  [
    'total',
    'Объем финансирования мероприятий муниципальной программы определен на основании изучения цен на товары, работы, услуги, действовавших в 2013 году, с учетом дефляторов и запланированных на 2014-2016 годы объемов работ и составляет 2365286,7 тыс. руб., из них:',
  ],
  ['y2014', '- 2014 год - 1006386,1 тыс. руб.;'],
  ['y2015', '- 2015 год - 435750,5 тыс. руб.;'],
  ['y2016', '- 2016 год - 922498,5 тыс. руб.;'],
  'в том числе:',
  ['municipal', 'бюджет муниципального образования "Город Саратов" - 396367,0 тыс. руб., из них:'],
  '- 2014 год - 192686,0 тыс. руб.;',
  '- 2015 год - 102708,1 тыс. руб.;',
  '- 2016 год - 100321,3 тыс. руб.;',
  ['federal', 'федеральный бюджет - 1472477,6 тыс. руб., из них:'],
  '- 2014 год - 604070,0 тыс. руб.;',
  '- 2015 год - 2365826,2 тыс. руб.;',
  '- 2016 год - 87584,0 тыс. руб.;',
  ['regional', 'областной бюджет - 496981,6 тыс. руб., из них:'],
  '- 2014 год - 218646,7 тыс. руб.;',
  '- 2015 год - 76934,2 тыс. руб.;',
  '- 2016 год - 37536,0 тыс. руб.',
  'Привлечение средств внебюджетных источников на реализацию муниципальной программы не планируется.',
];

const fragment: CorpusFragment = {
  id: 'saratov-city-2014-2016-does-not-add-up',
  source: {
    url: 'https://docs.cntd.ru/document/467501241/titles/2J2ECCH',
    document: 'Муниципальная программа муниципального образования «Город Саратов» на 2014-2016 годы, раздел об объеме финансирования; the stored section names neither the program nor the act\'s date',
    date: null,
    place: 'муниципальное образование «Город Саратов»',
    excerpt: 'The section to the sentence on extra-budgetary sources; the last paragraph (cut by the corpus mid-title of a decree) is left out.',
  },
  verbatim: LINES.map((l) => (typeof l === 'string' ? l : l[1])).join('\n'),
  sheets: [{ name: 'Лист1', numbers: 'text', rows: paragraphRows(LINES) }],
  read: {
    kind: 'paragraph',
    unit: 'тыс. руб.',
    total: '2365286,7',
    years: [['2014', '1006386,1'], ['2015', '435750,5'], ['2016', '922498,5']],
    sources: [
      { name: 'бюджет муниципального образования "Город Саратов"', total: '396367,0', years: [['2014', '192686,0'], ['2015', '102708,1'], ['2016', '100321,3']] },
      { name: 'федеральный бюджет', total: '1472477,6', years: [['2014', '604070,0'], ['2015', '2365826,2'], ['2016', '87584,0']] },
      { name: 'областной бюджет', total: '496981,6', years: [['2014', '218646,7'], ['2015', '76934,2'], ['2016', '37536,0']] },
    ],
  },
  defects: [
    { rule: 'P006', cell: 'total', stated: '2365286,7', computed: '2364635,1', what: 'the years (2014–2016) add up to 2 364 635,1, the paragraph states 2 365 286,7' },
    { rule: 'P006', cell: 'municipal', stated: '396367,0', computed: '395715,4', what: 'the city budget\'s years add up to 395 715,4' },
    { rule: 'P006', cell: 'federal', stated: '1472477,6', computed: '3057480,2', what: 'the federal budget\'s years add up to 3 057 480,2 (its 2015 line, 2 365 826,2, is the sum of the three sources\' totals)' },
    { rule: 'P006', cell: 'regional', stated: '496981,6', computed: '333116,9', what: 'the regional budget\'s years add up to 333 116,9' },
    { rule: 'P006', cell: 'total', stated: '2365286,7', computed: '2365826,2', what: 'the three sources add up to 2 365 826,2', explainedBy: 'total' },
    { rule: 'P006', cell: 'y2014', stated: '1006386,1', computed: '1015402,7', what: 'the sources\' 2014 lines add up to 1 015 402,7' },
    { rule: 'P006', cell: 'y2015', stated: '435750,5', computed: '2545468,5', what: 'the sources\' 2015 lines add up to 2 545 468,5' },
    { rule: 'P006', cell: 'y2016', stated: '922498,5', computed: '225441,3', what: 'the sources\' 2016 lines add up to 225 441,3' },
  ],
};

export default fragment;
