// Real-looking grids for the adapter's tests: the funding table of the worked example (Ступино,
// «Цифровое муниципальное образование», 2020–2024, тыс. руб.), optionally repeated to any height.
import type { Grid, GridCell } from '../../src/sheets/grid';

const YEARS = ['2020', '2021', '2022', '2023', '2024'];
/** Source, then 2020…2024 amounts (тыс. руб.) of the worked example's passport. */
const SOURCES: [string, number[]][] = [
  ['Средства бюджета Московской области', [1567, 0, 0, 0, 0]],
  ['Средства бюджета городского округа Ступино', [98100.9, 98215.6, 75243.3, 74602.7, 75083.6]],
  ['Внебюджетные источники', [154.8, 182.7, 195.3, 208.4, 213.5]],
];

const AMOUNT = '# ##0.0';
const border = { border: true } as const;

function amountCell(value: number): GridCell {
  return { value, numberFormat: AMOUNT, style: { ...border, horizontal: 'right' } };
}

/** Row r (0-based) of a block: a total per row as a SUM formula over the years, like the annex. */
function sourceRows(firstRow: number, block: number): GridCell[][] {
  return SOURCES.map(([source, amounts], i) => {
    const row = firstRow + i + 1; // 1-based sheet row of this line
    const total = amounts.reduce((a, b) => Math.round((a + b) * 10) / 10, 0);
    return [
      { value: block === 0 ? source : `${source} (мероприятие ${block + 1})`, style: { ...border, wrap: true } },
      { value: total, formula: `SUM(C${row}:G${row})`, numberFormat: AMOUNT, style: { ...border, bold: true, horizontal: 'right' } },
      ...amounts.map(amountCell),
    ];
  });
}

/** The funding table: a merged title, a header, `blocks` blocks of three source rows, a drop-down of sources. */
export function fundingGrid(blocks = 1, name = 'Приложение 1'): Grid {
  const rows: (GridCell | null)[][] = [
    [{ value: 'Источники финансирования муниципальной программы', style: { bold: true, horizontal: 'center' } }, null, null, null, null, null, null],
    [
      { value: 'Источник финансирования', style: { ...border, bold: true, wrap: true, vertical: 'middle' } },
      { value: 'Всего (тыс. руб.)', style: { ...border, bold: true, wrap: true } },
      ...YEARS.map((y) => ({ value: `${y} год`, style: { ...border, bold: true, horizontal: 'center' as const } })),
    ],
  ];
  for (let b = 0; b < blocks; b++) rows.push(...sourceRows(rows.length, b));
  return {
    name,
    rows,
    merges: [{ top: 0, left: 0, bottom: 0, right: 6 }],
    validations: [{ range: { top: 2, left: 0, bottom: 4, right: 0 }, values: SOURCES.map(([s]) => s) }],
    layout: { columnWidths: [48, 14, 12, 12, 12, 12, 12], orientation: 'landscape', printTitleRows: [0, 1], fitToWidth: true },
  };
}

/** A small passport sheet with an error value and text that looks like a number. */
export function passportGrid(): Grid {
  return {
    name: 'Паспорт',
    rows: [
      [{ value: 'Наименование муниципальной программы' }, { value: 'Цифровое муниципальное образование' }],
      [{ value: 'Сроки реализации муниципальной программы' }, { value: '2020-2024' }],
      [{ value: 'Всего, тыс. руб.' }, { value: '#REF!', error: true, formula: "'Приложение 1'!Z99/0" }],
      [{ value: 'Код' }, { value: '0113' }],
    ],
    merges: [],
  };
}
