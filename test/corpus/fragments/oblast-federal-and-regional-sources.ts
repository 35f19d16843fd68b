import { paragraphRows, type CorpusFragment } from '../fragment';

const LINES = [
  'Реализация мероприятий Государственной программы осуществляется за счет средств федерального и областного бюджетов.',
  'Общий объем финансирования Государственной программы составляет 2380665,7 тыс. рублей, в том числе за счет средств:',
  'федерального бюджета - 1613872,6 тыс. рублей;',
  'областного бюджета - 766793,1 тыс. рублей.',
  '(Раздел IX в редакции, введенной в действие с 10.02.17 постановлением Администрации области от 08.02.2017 N 49).',
];

const fragment: CorpusFragment = {
  id: 'oblast-federal-and-regional-sources',
  source: {
    url: 'https://docs.cntd.ru/document/462703525/titles/3QL4J9M',
    document: 'Государственная программа области, раздел IX (в редакции постановления Администрации области от 08.02.2017 N 49); the stored section names neither the program nor the region',
    date: '2017-02-08',
    dateSeen: { words: '(Раздел IX в редакции, введенной в действие с 10.02.17 постановлением Администрации области от 08.02.2017 N 49)', url: 'https://docs.cntd.ru/document/462703525/titles/3QL4J9M', dates: 'edition' },
    place: 'an oblast («Администрации области»), not named in the stored section',
    excerpt: 'The section as stored.',
  },
  verbatim: LINES.join('\n'),
  sheets: [{ name: 'Лист1', numbers: 'text', rows: paragraphRows(LINES) }],
  read: {
    kind: 'paragraph',
    unit: 'тыс. руб.',
    total: '2380665,7',
    years: [],
    sources: [
      { name: 'федерального бюджета', total: '1613872,6', years: [] },
      { name: 'областного бюджета', total: '766793,1', years: [] },
    ],
  },
  defects: [],
};

export default fragment;
