import { paragraphRows, type CorpusFragment } from '../fragment';

const LINES = [
  'Реализация Подпрограммы осуществляется за счет средств республиканского бюджета, объемы которых подлежат ежегодному уточнению при формировании республиканского бюджета на очередной финансовый год и плановый период.',
  'Общий объем финансирования Подпрограммы из средств бюджета составляет 894 106,059 тыс. рублей, в том числе по годам:',
  '2017 г. - 153 333,710 тыс. рублей;',
  '2018 г. - 156 799,339 тыс. рублей;',
  '2019 г. - 169 861,111 тыс. рублей;',
  '2020 г. - 153 736,193 тыс. рублей;',
  '2021 г. - 130 187,853 тыс. рублей;',
  '2022 г. - 130 187,853 тыс. рублей;',
];

const fragment: CorpusFragment = {
  id: 'republic-subprogram-2017-2022-three-decimals',
  source: {
    url: 'https://docs.cntd.ru/document/570996926/titles/1RC0GL3',
    document: 'Подпрограмма государственной программы республики (2017 - 2022 годы), раздел о ресурсном обеспечении; the stored section names neither the republic, the subprogram nor the date',
    date: null,
    place: 'a republic («республиканского бюджета»), not named in the stored section',
    excerpt:
      'The section to the last year of the total; what follows («из них: - средства федерального бюджета … 0,000 тыс. рублей», cut by the corpus before the republic budget\'s line) is left out, so that the excerpt does not end in a half list of sources.',
  },
  verbatim: LINES.join('\n'),
  sheets: [{ name: 'Лист1', numbers: 'text', rows: paragraphRows(LINES) }],
  read: {
    kind: 'paragraph',
    unit: 'тыс. руб.',
    total: '894 106,059',
    years: [['2017', '153 333,710'], ['2018', '156 799,339'], ['2019', '169 861,111'], ['2020', '153 736,193'], ['2021', '130 187,853'], ['2022', '130 187,853']],
    sources: [],
  },
  defects: [],
};

export default fragment;
