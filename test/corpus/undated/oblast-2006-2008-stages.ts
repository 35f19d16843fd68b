import { paragraphRows, type CorpusFragment } from '../fragment';

const LINES = [
  'Финансирование Программы осуществляется за счет средств федерального и областного бюджетов.',
  'Финансирование Программы за счет средств федерального бюджета составляет 907,295 тыс.рублей.',
  'Финансирование Программы за счет областного бюджета составляет 18000 тысяч рублей, в том числе:',
  'первый этап (2006 год) - 6000 тыс.рублей;',
  'второй этап - 12000 тыс.рублей, из них:',
  '2007 год - 6000 тыс.рублей;',
  '2008 год - 6000 тыс.рублей.',
  'Объемы финансирования Программы носят прогнозный характер и подлежат ежегодному уточнению при принятии областного бюджета на соответствующий финансовый год.',
];

const fragment: CorpusFragment = {
  id: 'oblast-2006-2008-stages',
  source: {
    url: 'https://docs.cntd.ru/document/802066718/titles/3PDA6RU',
    document: 'Областная программа на 2006 - 2008 годы (два этапа), раздел о ресурсном обеспечении; the stored section names neither the program, the region nor the date',
    date: null,
    place: 'an oblast («областного бюджета»), not named in the stored section',
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
      { name: 'федерального бюджета', total: '907,295', years: [] },
      { name: 'областного бюджета', total: '18000', years: [['2006', '6000'], ['2007', '6000'], ['2008', '6000']], stages: [['второй этап', '12000', ['2007', '2008']]] },
    ],
  },
  defects: [],
};

export default fragment;
