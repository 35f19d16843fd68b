import { paragraphRows, type CorpusFragment } from '../fragment';

const LINES = [
  'Источниками финансирования программы являются средства областного бюджета.',
  'Общий объем финансирования мероприятий программы на 2009-2014 годы составляет 23 831,5 тыс. рублей, в том числе:',
  '2009 - 0 тыс. рублей;',
  '2010 - 0 тыс. рублей;',
  '2011 - 1 278,2 тыс. рублей;',
  '2012 - 4 000,0 тыс. рублей;',
  '2013 - 6 553,3 тыс. рублей;',
  '2014 - 6 000,0 тыс. рублей;',
  '2015 - 6 000,0 тыс. рублей.',
  'Ресурсное обеспечение программы на 2012 - 2015 годы приведено в Плане реализации государственной программы (приложение N5 к государственной программе).',
];

const fragment: CorpusFragment = {
  id: 'oblast-2009-2015-years-without-god',
  source: {
    url: 'https://docs.cntd.ru/document/974021641/titles/3CDQ6S0',
    document: 'Государственная программа области, раздел о ресурсном обеспечении (the text says «на 2009-2014 годы» and lists 2009 to 2015); the stored section names neither the program, the region nor the date',
    date: null,
    place: 'an oblast («областного бюджета»), not named in the stored section',
    excerpt: 'The section as stored.',
  },
  verbatim: LINES.join('\n'),
  sheets: [{ name: 'Лист1', numbers: 'text', rows: paragraphRows(LINES) }],
  read: {
    kind: 'paragraph',
    unit: 'тыс. руб.',
    total: '23 831,5',
    years: [['2009', '0'], ['2010', '0'], ['2011', '1 278,2'], ['2012', '4 000,0'], ['2013', '6 553,3'], ['2014', '6 000,0'], ['2015', '6 000,0']],
    sources: [],
  },
  defects: [],
};

export default fragment;
