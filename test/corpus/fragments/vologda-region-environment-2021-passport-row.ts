// Held out (corpus dates): found and transcribed after the readers were written; first read by the tests.
import { m, type CorpusFragment } from '../fragment';

const LABEL = '"Объемы финансового обеспечения государственной программы за счет средств областного бюджета';
const VALUE =
  'общий объем средств областного бюджета на реализацию государственной программы - 4997339,4 тыс. рублей, в том числе: 2013 год - 206298,6 тыс. рублей; 2014 год - 511895,4 тыс. рублей; 2015 год - 318840,1 тыс. рублей; 2016 год - 265344,4 тыс. рублей; 2017 год - 374229,6 тыс. рублей; 2018 год - 637827,0 тыс. рублей; 2019 год - 1451220,7 тыс. рублей; 2020 год - 1231683,6 тыс. рублей;';

const fragment: CorpusFragment = {
  id: 'vologda-region-environment-2021-passport-row',
  source: {
    url: 'https://base.garant.ru/400432796',
    document:
      'Постановление Правительства Вологодской области от 9 марта 2021 г. N 271 «О внесении изменений в постановление Правительства области от 22 октября 2012 года N 1228»: государственная программа «Охрана окружающей среды, воспроизводство и рациональное использование природных ресурсов на 2013 - 2020 годы», новая редакция позиции паспорта «Объемы финансового обеспечения государственной программы за счет средств областного бюджета»',
    date: '2021-03-09',
    dateSeen: { words: 'Постановление Правительства Вологодской области от 9 марта 2021 г. N 271', url: 'https://base.garant.ru/400432796', dates: 'act' },
    place: 'Вологодская область',
    excerpt:
      'The passport row to its 2020 line; the part «из них: собственные доходы областного бюджета …», which the corpus cuts mid-word, and the act\'s heading above the row are left out. Pasted as the row is in Word: its label in one cell, its value (one paragraph) in the next.',
  },
  verbatim: `${LABEL} |\n${VALUE}`,
  sheets: [{ name: 'Лист1', numbers: 'text', rows: [[LABEL, m(VALUE, 1, 1, 'total')]] }],
  read: {
    kind: 'paragraph',
    unit: 'тыс. руб.',
    total: '4997339,4',
    years: [
      ['2013', '206298,6'],
      ['2014', '511895,4'],
      ['2015', '318840,1'],
      ['2016', '265344,4'],
      ['2017', '374229,6'],
      ['2018', '637827,0'],
      ['2019', '1451220,7'],
      ['2020', '1231683,6'],
    ],
    sources: [],
  },
  defects: [],
};

export default fragment;
