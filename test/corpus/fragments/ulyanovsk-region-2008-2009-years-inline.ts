// Held out (corpus dates): found and transcribed after the readers were written; first read by the tests.
import { paragraphRows, type CorpusFragment } from '../fragment';

const LINES: (string | [string, string])[] = [
  ['total', 'Общий объем финансирования мероприятий Программы составляет 20894 тыс. рублей, из них: в 2008 году - 3350 тыс. рублей, в 2009 году - 17544 тыс. рублей.'],
  '(в ред. Закона Ульяновской области от 09.10.2008 N 165-ЗО)',
  'Объем средств, выделяемых из областного бюджета Ульяновской области на реализацию мероприятий Программы, ежегодно уточняется при формировании проекта областного бюджета Ульяновской области на соответствующий финансовый год.',
];

const fragment: CorpusFragment = {
  id: 'ulyanovsk-region-2008-2009-years-inline',
  source: {
    url: 'https://docs.cntd.ru/document/918008160/titles/2U3Q6Q0',
    document:
      'Областная целевая программа Ульяновской области (2008 - 2009 годы), раздел о финансировании, в редакции Закона Ульяновской области от 09.10.2008 N 165-ЗО; the stored section does not name the program',
    date: '2008-10-09',
    dateSeen: { words: '(в ред. Закона Ульяновской области от 09.10.2008 N 165-ЗО)', url: 'https://docs.cntd.ru/document/918008160/titles/2U3Q6Q0', dates: 'edition' },
    place: 'Ульяновская область',
    excerpt: 'The section as stored.',
  },
  verbatim: LINES.map((l) => (typeof l === 'string' ? l : l[1])).join('\n'),
  sheets: [{ name: 'Лист1', numbers: 'text', rows: paragraphRows(LINES) }],
  read: {
    kind: 'paragraph',
    unit: 'тыс. руб.',
    total: '20894',
    years: [['2008', '3350'], ['2009', '17544']],
    sources: [],
  },
  defects: [],
};

export default fragment;
