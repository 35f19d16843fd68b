// Held out (corpus dates): found and transcribed after the readers were written; first read by the tests.
import { m, type CorpusFragment } from '../fragment';

const LABEL = 'Объемы и источники финансирования Программы';
const VALUE =
  'На реализацию мероприятий Программы планируется финансирование в размере 533 882,22 тыс. рублей, в том числе: - из бюджета Удмуртской Республики - 330 532,22 тыс. рублей (в пределах бюджетных ассигнований, предусмотренных главным распорядителям бюджетных средств на очередной финансовый год); - средства Государственного некоммерческого финансово-кредитного учреждения Удмуртский территориальный фонд обязательного медицинского страхования - 203 350,0 тыс. рублей. Сумма затрат по годам: 2009 год - 116 211,4 тыс. рублей; 2010 год - 110 156,82 тыс. рублей; 2011 год - 153 877,0 тыс. рублей; 2012 год - 153 637,0 тыс. рублей.';

const fragment: CorpusFragment = {
  id: 'udmurtia-children-2009-2012-passport-row',
  source: {
    url: 'https://base.garant.ru/15737477',
    document:
      'Постановление Правительства Удмуртской Республики о внесении изменений в республиканскую целевую программу «Дети Удмуртии» (2009-2012 годы), утвержденную постановлением Правительства Удмуртской Республики от 28 декабря 2009 года N 378: новая редакция строки паспорта «Объемы и источники финансирования Программы»; the stored text gives the date of the program\'s act, not of this amendment',
    date: '2009-12-28',
    dateSeen: {
      words: 'республиканскую целевую программу "Дети Удмуртии" (2009-2012 годы)", утвержденную постановлением Правительства Удмуртской Республики от 28 декабря 2009 года N 378',
      url: 'https://base.garant.ru/15737477',
      dates: 'program',
    },
    place: 'Удмуртская Республика',
    excerpt:
      'The passport row, its value to the end of the years; the sentence after it, cut by the corpus («Объемы финансирования, предусмотренные Программой, носят ор…»), and the act\'s preamble above are left out. Pasted as the row is in Word: its label in one cell, its value (one paragraph) in the next.',
  },
  verbatim: `${LABEL} |\n${VALUE}`,
  sheets: [{ name: 'Лист1', numbers: 'text', rows: [[LABEL, m(VALUE, 1, 1, 'total')]] }],
  read: {
    kind: 'paragraph',
    unit: 'тыс. руб.',
    total: '533 882,22',
    years: [
      ['2009', '116 211,4'],
      ['2010', '110 156,82'],
      ['2011', '153 877,0'],
      ['2012', '153 637,0'],
    ],
    sources: [
      { name: 'бюджета Удмуртской Республики', total: '330 532,22', years: [] },
      { name: 'фонд обязательного медицинского страхования', total: '203 350,0', years: [] },
    ],
  },
  defects: [],
};

export default fragment;
