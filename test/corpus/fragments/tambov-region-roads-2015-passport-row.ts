// Held out (corpus dates): found and transcribed after the readers were written; first read by the tests.
import { m, type CorpusFragment } from '../fragment';

const LABEL = 'Объемы и источники финансирования госпрограммы';
const VALUE =
  'Общие затраты на реализацию программы в 2014 - 2020 гг. за счет всех источников финансирования - 30 020 975,3 тыс. рублей; в том числе по годам: 2014 год - 2 855 849,5 тыс. рублей; 2015 год - 4 140 360,5 тыс. рублей; 2016 год - 2 218 424,6 тыс. рублей; 2017 год - 3 769 464,1 тыс. рублей; 2018 год - 4 990 822,0 тыс. рублей; 2019 год - 5 367 829,7 тыс. рублей; 2020 год -5 678 224,9 тыс. рублей; федеральный бюджет - 1 988 531,6 тыс. рублей: 2014 год - 119 670,0 тыс. рублей; 2015 год - 625 308,2 тыс. рублей;';

const fragment: CorpusFragment = {
  id: 'tambov-region-roads-2015-passport-row',
  source: {
    url: 'https://base.garant.ru/42857528',
    document:
      'Постановление администрации Тамбовской области от 8 декабря 2015 г. N 1428 «О внесении изменений в государственную программу "Развитие транспортной системы и дорожного хозяйства Тамбовской области" на 2014 - 2020 годы»: новая редакция позиции паспорта «Объемы и источники финансирования госпрограммы»',
    date: '2015-12-08',
    dateSeen: { words: 'Постановление администрации Тамбовской области от 8 декабря 2015 г. N 1428', url: 'https://base.garant.ru/42857528', dates: 'act' },
    place: 'Тамбовская область',
    excerpt:
      'The passport row as stored, to the federal budget\'s 2015 line; its 2016 line, cut by the corpus mid-word («0,0 тыс. рубле»), and the act\'s heading and preamble above the row are left out. Pasted as the row is in Word: its label in one cell, its value (one paragraph) in the next.',
  },
  verbatim: `${LABEL} |\n${VALUE}`,
  sheets: [{ name: 'Лист1', numbers: 'text', rows: [[LABEL, m(VALUE, 1, 1, 'total')]] }],
  read: {
    kind: 'paragraph',
    unit: 'тыс. руб.',
    total: '30 020 975,3',
    years: [
      ['2014', '2 855 849,5'],
      ['2015', '4 140 360,5'],
      ['2016', '2 218 424,6'],
      ['2017', '3 769 464,1'],
      ['2018', '4 990 822,0'],
      ['2019', '5 367 829,7'],
      ['2020', '5 678 224,9'],
    ],
    sources: [{ name: 'федеральный бюджет', total: '1 988 531,6', years: [['2014', '119 670,0'], ['2015', '625 308,2']] }],
  },
  defects: [
    {
      rule: 'P006',
      cell: 'total',
      stated: '30 020 975,3',
      computed: '29020975,3',
      what: 'the years 2014–2020 add up to 29 020 975,3: the total printed is 1 000 000,0 more',
    },
  ],
  cutEffects: [
    {
      rule: 'P006',
      cell: 'total',
      stated: '30 020 975,3',
      computed: '1988531,6',
      why: 'the corpus cuts the row inside the first source (federal budget): the one source read does not add up to the total',
    },
  ],
};

export default fragment;
