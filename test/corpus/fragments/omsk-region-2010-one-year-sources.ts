// Held out (corpus dates): found and transcribed after the readers were written; first read by the tests.
import { paragraphRows, type CorpusFragment } from '../fragment';

const LINES: (string | [string, string])[] = [
  ['total', 'Финансирование мероприятий Программы осуществляется за счет средств федерального и областного бюджетов. Общий объем финансирования на 2010 год составляет 44234,6 тыс. рублей, в том числе:'],
  '- за счет средств областного бюджета - 42571,4 тыс. рублей;',
  '- за счет федерального бюджета - 1663,2 тыс. рублей.',
  '(Раздел в редакции, введенной в действие приказом Главного организационно-кадрового управления Омской области от 6 августа 2010 года N 13, - см. предыдущую редакцию).',
];

const fragment: CorpusFragment = {
  id: 'omsk-region-2010-one-year-sources',
  source: {
    url: 'https://docs.cntd.ru/document/943037944/titles/3TPS8UI',
    document:
      'Ведомственная программа Омской области на 2010 год, раздел о финансировании в редакции приказа Главного организационно-кадрового управления Омской области от 6 августа 2010 года N 13; the stored section does not name the program',
    date: '2010-08-06',
    dateSeen: {
      words: '(Раздел в редакции, введенной в действие приказом Главного организационно-кадрового управления Омской области от 6 августа 2010 года N 13, - см. предыдущую редакцию)',
      url: 'https://docs.cntd.ru/document/943037944/titles/3TPS8UI',
      dates: 'edition',
    },
    place: 'Омская область',
    excerpt: 'The section as stored.',
  },
  verbatim: LINES.map((l) => (typeof l === 'string' ? l : l[1])).join('\n'),
  sheets: [{ name: 'Лист1', numbers: 'text', rows: paragraphRows(LINES) }],
  read: {
    kind: 'paragraph',
    unit: 'тыс. руб.',
    total: '44234,6',
    years: [],
    sources: [
      { name: 'областного бюджета', total: '42571,4', years: [] },
      { name: 'федерального бюджета', total: '1663,2', years: [] },
    ],
  },
  defects: [],
};

export default fragment;
