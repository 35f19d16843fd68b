import { m, type CellSpec, type CorpusFragment } from '../fragment';

// Held out (E8): found and transcribed after the readers were written, to check that they generalise.
// The section's paragraph and its table state the same money: the paragraph is read as the passport's
// funding (its sources written after their amounts: «7 614,0 тыс. рублей - средства федерального
// бюджета»), the table as Приложение 1, and P001–P003 compare them (they agree).
const LINES = [
  'Раздел 5. Обоснование ресурсного обеспечения Подпрограммы',
  'Основными источниками финансирования Подпрограммы являются:',
  '- средства федерального бюджета;',
  '- средства областного бюджета,',
  '- средства местного бюджета.',
  'В 2015 - 2017 годах общий объем финансирования Подпрограммы за счет всех источников финансирования составит 52 977,9 тыс. рублей;',
  'в том числе:',
  '7 614,0 тыс. рублей - средства федерального бюджета,',
  '41 647,8 тыс. рублей - средства областного бюджета,',
  '3716,1 тыс. руб. - средства местного бюджета.',
  'Необходимые расходы на финансирование мероприятий Подпрограммы приведены в таблице 1.',
];
/** The lines that write the amount before its source («7 614,0 тыс. рублей - средства федерального бюджета»). */
const AMOUNT_FIRST: Record<number, string> = { 7: 'federal', 8: 'regional', 9: 'local' };
const row = (label: string, ...amounts: string[]): CellSpec[] => [label, ...amounts];

const fragment: CorpusFragment = {
  id: 'subprogram-2015-2017-total-last-with-paragraph',
  source: {
    url: 'https://base.garant.ru/27654376/91cf78df9e9ff803e53074d76999ccd1',
    document: 'Подпрограмма (2015 - 2017 годы), раздел 5 «Обоснование ресурсного обеспечения Подпрограммы», таблица 1; the stored section names neither the program, the region nor the date',
    date: null,
    place: 'a region («областного бюджета», «местного бюджета»), not named in the stored section',
    excerpt: 'The section as stored, to the end of table 1; the sentence the corpus cuts under it («В ходе р…») and the site\'s banner are left out.',
  },
  verbatim: `${LINES.join('\n')}
Таблица 1
|
(тыс. рублей) |
|||
Источники финансирования |
Годы |
|||
2015 |
2016 |
2017 |
Всего за период реализации Подпрограммы |
|
Средства федерального бюджета |
2353,0 |
2390,1 |
2870,9 |
7614,0 |
Средства областного бюджета |
19555,2 |
10291,1 |
11801,5 |
41647,8 |
Средства местного бюджета |
1402,1 |
2314,0 |
0 |
3716,1 |
Итого по Подпрограмме |
23310,3 |
14995,2 |
14672,4 |
52977,9 |`,
  sheets: [
    {
      name: 'Лист1',
      numbers: 'number',
      rows: [
        ...LINES.map((l, i): CellSpec[] => [m(l, 5, 1, AMOUNT_FIRST[i])]),
        [null, null, null, null, 'Таблица 1'],
        [null, null, null, null, '(тыс. рублей)'],
        [m('Источники финансирования', 1, 2), m('Годы', 4)],
        [null, '2015', '2016', '2017', 'Всего за период реализации Подпрограммы'],
        row('Средства федерального бюджета', '2353,0', '2390,1', '2870,9', '7614,0'),
        row('Средства областного бюджета', '19555,2', '10291,1', '11801,5', '41647,8'),
        row('Средства местного бюджета', '1402,1', '2314,0', '0', '3716,1'),
        row('Итого по Подпрограмме', '23310,3', '14995,2', '14672,4', '52977,9'),
      ],
    },
  ],
  read: {
    kind: 'funding',
    unit: 'тыс. руб.',
    years: ['2015', '2016', '2017'],
    sources: [
      { label: 'Средства федерального бюджета', total: '7614,0', years: ['2353,0', '2390,1', '2870,9'] },
      { label: 'Средства областного бюджета', total: '41647,8', years: ['19555,2', '10291,1', '11801,5'] },
      { label: 'Средства местного бюджета', total: '3716,1', years: ['1402,1', '2314,0', '0'] },
    ],
    total: { label: 'Итого по Подпрограмме', total: '52977,9', years: ['23310,3', '14995,2', '14672,4'] },
  },
  defects: [],
};

export default fragment;
