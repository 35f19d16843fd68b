import type { CorpusFragment } from '../fragment';

const RULE = '------------------------------------------------------------------';

const fragment: CorpusFragment = {
  id: 'oblast-1999-2000-plain-text-table',
  source: {
    url: 'https://docs.cntd.ru/document/952101600/titles/1M92BPH',
    document: 'A program for 1999 - 2000 (funding by source, a table drawn in plain text); the stored section names neither the program, the region nor the date',
    date: null,
    place: 'a region («Фонд социальной поддержки населения области»), not named in the stored section',
    excerpt: 'The table as stored. Pasted the way such a text table gets into Excel: one row per line, split at «|» (Text to Columns), the rule lines kept.',
  },
  verbatim: String.raw`------------------------------------------------------------------
| |Общая стоимость| 1999 г. | 2000 г. |
| | (тыс. руб.) | | |
------------------------------------------------------------------
|Федеральный бюджет | 1310,0 | 910,0 | 400,0 |
| | | | |
|Областной бюджет | 1827,1 | 845,7 | 981,4 |
| | | | |
| | | | |
|Фонд социальной | 70,0 | 10,0 | 60,0 |
|поддержки населения| | | |
|области | | | |
| | | | |
|Местные, районные | 34103,0 | 16497,0 | 17606,0 |
|бюджеты | | | |
| | | | |
|Всего | 37310,1 | 18262,7 | 19047,4 |
------------------------------------------------------------------`,
  sheets: [
    {
      name: 'Лист1',
      numbers: 'number',
      rows: [
        [RULE],
        [null, null, 'Общая стоимость', ' 1999 г. ', ' 2000 г. '],
        [null, null, ' (тыс. руб.) '],
        [RULE],
        [null, 'Федеральный бюджет ', ' 1310,0 ', ' 910,0 ', ' 400,0 '],
        [],
        [null, 'Областной бюджет ', ' 1827,1 ', ' 845,7 ', ' 981,4 '],
        [],
        [],
        [null, 'Фонд социальной ', ' 70,0 ', ' 10,0 ', ' 60,0 '],
        [null, 'поддержки населения'],
        [null, 'области '],
        [],
        [null, 'Местные, районные ', ' 34103,0 ', ' 16497,0 ', ' 17606,0 '],
        [null, 'бюджеты '],
        [],
        [null, 'Всего ', ' 37310,1 ', ' 18262,7 ', ' 19047,4 '],
        [RULE],
      ],
    },
  ],
  read: {
    kind: 'funding',
    unit: 'тыс. руб.',
    years: ['1999', '2000'],
    sources: [
      { label: 'Федеральный бюджет', total: '1310,0', years: ['910,0', '400,0'] },
      { label: 'Областной бюджет', total: '1827,1', years: ['845,7', '981,4'] },
      { label: 'Фонд социальной поддержки населения области', total: '70,0', years: ['10,0', '60,0'] },
      { label: 'Местные, районные бюджеты', total: '34103,0', years: ['16497,0', '17606,0'] },
    ],
    total: { label: 'Всего', total: '37310,1', years: ['18262,7', '19047,4'] },
  },
  defects: [],
};

export default fragment;
