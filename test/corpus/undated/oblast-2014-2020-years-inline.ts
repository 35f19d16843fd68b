import { paragraphRows, type CorpusFragment } from '../fragment';

const LINES = [
  'Объем финансирования Государственной программы за счет средств областного бюджета составляет 208 338,7 тыс. рублей, в том числе в 2014 году - 68 896 тыс. рублей, в 2015 году - 40 597,2 тыс. рублей, в 2016 году - 27 616 тыс. рублей, в 2017 году - 24 577 тыс. рублей, в 2018 году - 29 327,5 тыс. рублей, в 2019 году - 8 960 тыс. рублей, в 2020 году - 8 365 тыс. рублей.',
  'Информация о ресурсном обеспечении Государственной программы в разрезе главных распорядителей средств областного бюджета, подпрограмм, включенных в Государственную программу, а также по годам реализации Государственной программы представлена в приложении 5 к Государственной программе.',
];

const fragment: CorpusFragment = {
  id: 'oblast-2014-2020-years-inline',
  source: {
    url: 'https://docs.cntd.ru/document/446677559/titles/KJ2CTC',
    document: 'Государственная программа области (2014 - 2020 годы), раздел о ресурсном обеспечении; the stored section names neither the program, the region nor the date',
    date: null,
    place: 'an oblast («областного бюджета»), not named in the stored section',
    excerpt: 'The section as stored: one paragraph with the years inline, and the note under it.',
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
        name: 'областного бюджета',
        total: '208 338,7',
        years: [['2014', '68 896'], ['2015', '40 597,2'], ['2016', '27 616'], ['2017', '24 577'], ['2018', '29 327,5'], ['2019', '8 960'], ['2020', '8 365']],
      },
    ],
  },
  defects: [],
};

export default fragment;
