// Held out (corpus dates): found and transcribed after the readers were written; first read by the tests.
import { paragraphRows, type CorpusFragment } from '../fragment';

const LINES: (string | [string, string])[] = [
  '1.1. Подраздел 6 "Объемы и источники финансирования программы" паспорта программы изложить в следующей редакции:',
  ['total', '"Общий объем финансирования составит: 384149,54 тыс. руб., в т.ч. 2014 год- 53970,04 тыс. руб.; 2015 год- 58487,79 тыс. руб.; 2016 год- 68249,6 тыс. руб.,'],
  '2017 год- 65497,71 тыс. руб.; 2018 год- 69859,8 тыс. руб.; 2019 год- 68084,6 тыс. руб.".',
];

const fragment: CorpusFragment = {
  id: 'beysky-district-2014-2019-passport-paragraph',
  source: {
    url: 'https://base.garant.ru/47877496',
    document:
      'Постановление Администрации Бейского района о внесении изменений в муниципальную программу «Социальная поддержка граждан Бейского района на 2014 - 2019 годы», утвержденную постановлением администрации Бейского района от 05.11.2013 г. N 861: новая редакция подраздела 6 паспорта; the stored text gives the date of the program\'s act, not of this amendment',
    date: '2013-11-05',
    dateSeen: {
      words: 'муниципальную программу "Социальная поддержка граждан Бейского района на 2014 - 2019 годы", утвержденную постановлением администрации Бейского района от 05.11.2013 г. N 861',
      url: 'https://base.garant.ru/47877496',
      dates: 'program',
    },
    place: 'Бейский район (Республика Хакасия)',
    excerpt: 'Item 1.1 of the amendment, as stored (the paragraph breaks after «68249,6 тыс. руб.,» as printed); the preamble above and the table of item 1.2 below are left out.',
  },
  verbatim: LINES.map((l) => (typeof l === 'string' ? l : l[1])).join('\n'),
  sheets: [{ name: 'Лист1', numbers: 'text', rows: paragraphRows(LINES) }],
  read: {
    kind: 'paragraph',
    unit: 'тыс. руб.',
    total: '384149,54',
    years: [
      ['2014', '53970,04'],
      ['2015', '58487,79'],
      ['2016', '68249,6'],
      ['2017', '65497,71'],
      ['2018', '69859,8'],
      ['2019', '68084,6'],
    ],
    sources: [],
  },
  defects: [],
};

export default fragment;
