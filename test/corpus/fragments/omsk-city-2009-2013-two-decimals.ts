import { paragraphRows, type CorpusFragment } from '../fragment';

// Held out (E8): found and transcribed after the readers were written, to check that they generalise.
const LINES = [
  '(в ред. Постановления Администрации города Омска от 04.10.2013 N 1111-п)',
  'Формирование финансовых средств на реализацию Программы планируется за счет бюджета города Омска.',
  'Из бюджета города Омска на финансирование мероприятий Программы планируется выделить средства в размере 473031,74 тыс. руб., из них:',
  '- в 2009 году - 48950,0 тыс. руб.;',
  '- в 2010 году - 90808,7 тыс. руб.;',
  '- в 2011 году - 99352,2 тыс. руб.;',
  '- в 2012 году - 89067,3 тыс. руб.;',
  '- в 2013 году - 144853,54 тыс. руб.',
  'Объем финансирования работ по годам реализации Программы будет уточняться при формировании бюджета города Омска на соответствующий финансовый год с внесением изменений в соответствующие разделы Программы.',
];

const fragment: CorpusFragment = {
  id: 'omsk-city-2009-2013-two-decimals',
  source: {
    url: 'https://docs.cntd.ru/document/430676287/titles/2U5U6Q1',
    document: 'Программа города Омска на 2009 - 2013 годы, раздел о ресурсном обеспечении (в редакции постановления Администрации города Омска от 04.10.2013 N 1111-п); the stored section does not name the program',
    date: '2013-10-04',
    dateSeen: { words: '(в ред. Постановления Администрации города Омска от 04.10.2013 N 1111-п)', url: 'https://docs.cntd.ru/document/430676287/titles/2U5U6Q1', dates: 'edition' },
    place: 'город Омск',
    excerpt: 'The section as stored.',
  },
  verbatim: LINES.join('\n'),
  sheets: [{ name: 'Лист1', numbers: 'text', rows: paragraphRows(LINES) }],
  read: {
    kind: 'paragraph',
    unit: 'тыс. руб.',
    total: null,
    years: [],
    sources: [
      {
        name: 'бюджета города Омска',
        total: '473031,74',
        years: [['2009', '48950,0'], ['2010', '90808,7'], ['2011', '99352,2'], ['2012', '89067,3'], ['2013', '144853,54']],
      },
    ],
  },
  defects: [],
};

export default fragment;
