// Приложение 2 in the layouts real documents come in: bounds instead of numbers, "-" for no base value,
// names continued over a page break, merged cells either way, shifted and unreadable rows.
import { paths } from '../../../src/domain/paths';
import { readWorkbook } from '../../../src/sheets/read/read-workbook';
import { buildGrid, type CellSpec, type GridSpec } from '../../fixtures/grid-builder';

const y = (year: number) => ({ from: year, to: year });
const HEADER: CellSpec[] = [
  '№ п/п',
  'Основные мероприятия',
  'Количественные и/или качественные целевые показатели, характеризующие реализацию основных мероприятий',
  'Единица измерения',
  'Тип показателя',
  'Базовое значение показателя',
  'Планируемое значение показателя по годам реализации муниципальной программы',
];
const SUB = 'Подпрограмма I «Развитие архивного дела»';
const ACT = 'Основное мероприятие 01. Хранение архивных документов';

/** Title block, header on row 4 (years in row 5), column numbers in row 6, data from row 7. */
function smallIndicators(body: CellSpec[][], extra: { merges?: string[]; repeat?: boolean; name?: string } = {}): GridSpec {
  return {
    name: extra.name ?? 'Sheet1',
    rows: [
      ['Приложение №2 к муниципальной программе «Культура»'],
      ['Планируемые результаты реализации муниципальной программы'],
      [],
      HEADER,
      [null, null, null, null, null, null, '2025 год', '2026 год'],
      ['1', '2', '3', '4', '5', '6', '7', '8'],
      ...body,
    ],
    merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5', 'G4:H4', ...(extra.merges ?? [])],
    repeatMerged: extra.repeat ?? false,
  };
}

const BODY: CellSpec[][] = [
  ['1.', SUB], // row 7
  ['1.1.', ACT, 'Доля архивных документов, хранящихся в нормативных условиях', '%', 'Приоритетный целевой', '-', 'не менее 85', '≥ 90'], // row 8
  [null, null, 'Среднее время ожидания ответа на запрос', 'дней', 'Отраслевой', '7,5', 'не более 5', '≤ 5'], // row 9
  [null, null, 'Количество посетителей читального зала', 'человек', 'муниципальной программы', 1200, 1250, '1 300'], // row 10
];
const MERGES = ['B7:H7', 'A8:A10', 'B8:B10'];

function read(...specs: GridSpec[]) {
  return readWorkbook(specs.map(buildGrid));
}

describe('reading Приложение 2', () => {
  it('reads subprogram, activity and indicator rows with bounds and "-" for no base value', () => {
    const { program, readIssues, sheets } = read(smallIndicators(BODY, { merges: MERGES }));
    expect(readIssues).toEqual([]);
    expect(sheets.indicators).toBe('Sheet1');
    expect(program.indicators).toEqual({
      title: 'Культура',
      years: [y(2025), y(2026)],
      subprograms: [
        {
          number: '1.',
          title: SUB,
          activities: [
            {
              number: '1.1.',
              title: ACT,
              indicators: [
                { name: 'Доля архивных документов, хранящихся в нормативных условиях', unit: '%', type: 'Приоритетный целевой', base: null, plan: [{ value: '85', bound: 'min' }, { value: '90', bound: 'min' }] },
                { name: 'Среднее время ожидания ответа на запрос', unit: 'дней', type: 'Отраслевой', base: { value: '7.5', bound: null }, plan: [{ value: '5', bound: 'max' }, { value: '5', bound: 'max' }] },
                { name: 'Количество посетителей читального зала', unit: 'человек', type: 'муниципальной программы', base: { value: '1200', bound: null }, plan: [{ value: '1250', bound: null }, { value: '1300', bound: null }] },
              ],
            },
          ],
        },
      ],
    });
  });

  it('reads merged cells the same whether the value is in the top-left cell only or repeated', () => {
    const topLeft = read(smallIndicators(BODY, { merges: MERGES }));
    const repeated = read(smallIndicators(BODY, { merges: MERGES, repeat: true }));
    expect(repeated.program).toEqual(topLeft.program);
    expect(repeated.provenance).toEqual(topLeft.provenance);
  });

  it('records the cell of every field', () => {
    const { provenance } = read(smallIndicators(BODY, { merges: MERGES }));
    const cells: [string, string][] = [
      [paths.indicators, 'A4'],
      [paths.indicatorYearHeader(1), 'H5'],
      [paths.indicatorSubprogram(0), 'B7'],
      [paths.activity(0, 0), 'A8'],
      [paths.activityField(0, 0, 'title'), 'B8'],
      [paths.indicator(0, 0, 1), 'C9'],
      [paths.indicatorField(0, 0, 1, 'unit'), 'D9'],
      [paths.indicatorField(0, 0, 1, 'type'), 'E9'],
      [paths.indicatorField(0, 0, 2, 'base'), 'F10'],
      [paths.indicatorPlan(0, 0, 2, y(2026)), 'H10'],
    ];
    for (const [path, cell] of cells) expect([path, provenance.get(path)?.cell]).toEqual([path, cell]);
  });

  it('joins an indicator name continued on the next row (a page break)', () => {
    const body = [...BODY.slice(0, 2), [null, null, 'с учетом страхового фонда'], ...BODY.slice(2)];
    const { program, provenance } = read(smallIndicators(body, { merges: ['B7:H7'] }));
    const indicators = program.indicators!.subprograms[0].activities[0].indicators;
    expect(indicators.map((i) => i.name)).toEqual([
      'Доля архивных документов, хранящихся в нормативных условиях с учетом страхового фонда',
      'Среднее время ожидания ответа на запрос',
      'Количество посетителей читального зала',
    ]);
    expect(provenance.get(paths.indicatorField(0, 0, 1, 'name'))?.cell).toBe('C10');
  });

  it('reads the subprogram title when the whole row is one merged cell "1. Подпрограмма I …"', () => {
    const body = [[`1. ${SUB}`], ...BODY.slice(1)];
    const { program } = read(smallIndicators(body, { merges: ['A7:H7'] }));
    expect(program.indicators?.subprograms.map((s) => [s.number, s.title])).toEqual([['1.', SUB]]);
  });

  it('reports text in a value cell (S004) and an error value (S005) at their cells', () => {
    const body = [BODY[0], ['1.1.', ACT, 'Доля архивных документов', '%', 'Приоритетный целевой', 'н/д', { v: '#N/A', error: true }, '90']];
    const { program, readIssues } = read(smallIndicators(body));
    expect(program.indicators?.subprograms[0].activities[0].indicators[0]).toMatchObject({ base: null, plan: [null, { value: '90', bound: null }] });
    expect(readIssues.map((i) => [i.rule, i.messageId, i.cell, i.path])).toEqual([
      ['S004', 'notANumber', 'F8', paths.indicatorField(0, 0, 0, 'base')],
      ['S005', 'errorValue', 'G8', paths.indicatorPlan(0, 0, 0, y(2025))],
    ]);
  });

  it('reads a row pasted one column to the left by its shift and reports it (S008 shiftedRow)', () => {
    const body = [...BODY.slice(0, 2), [null, 'Доля оцифрованных описей', '%', 'Отраслевой', '40', '50', '60']];
    const { program, readIssues, provenance } = read(smallIndicators(body));
    expect(program.indicators?.subprograms[0].activities[0].indicators[1]).toEqual({
      name: 'Доля оцифрованных описей',
      unit: '%',
      type: 'Отраслевой',
      base: { value: '40', bound: null },
      plan: [{ value: '50', bound: null }, { value: '60', bound: null }],
    });
    expect(readIssues).toEqual([expect.objectContaining({ rule: 'S008', messageId: 'shiftedRow', cell: 'E9', data: { column: 'E', expectedColumn: 'F' } })]);
    expect(provenance.get(paths.indicatorPlan(0, 0, 1, y(2026)))?.cell).toBe('G9');
  });

  it('reports a row that is no subprogram, activity or indicator (S008 unclassifiedRow)', () => {
    const body = [...BODY, ['1.2.3', null, null, null, null, null, null, null]];
    const { readIssues } = read(smallIndicators(body, { merges: MERGES }));
    expect(readIssues).toEqual([expect.objectContaining({ rule: 'S008', messageId: 'unclassifiedRow', cell: 'A11', path: null, data: { text: '1.2.3' } })]);
  });

  it('reads span year columns ("2026–2030 годы")', () => {
    const spec = smallIndicators(BODY, { merges: MERGES });
    const rows = spec.rows.map((r, i) => (i === 4 ? [null, null, null, null, null, null, '2025 год', '2026–2030 годы'] : r));
    const { program } = read({ ...spec, rows });
    expect(program.indicators?.years).toEqual([y(2025), { from: 2026, to: 2030 }]);
  });

  it('joins a name of two Word paragraphs: the second row holds only the name, the other cells merged over both rows', () => {
    const body = [
      BODY[0],
      ['1.1.', ACT, 'Доля архивных документов, хранящихся в нормативных условиях.', '%', 'Приоритетный целевой', '60', '70', '80'], // row 8
      [null, null, 'Показатель рассчитывается ежегодно'], // row 9
    ];
    const { program, readIssues } = read(smallIndicators(body, { merges: ['B7:H7', 'A8:A9', 'B8:B9', 'D8:D9', 'E8:E9', 'F8:F9', 'G8:G9', 'H8:H9'] }));
    expect(readIssues).toEqual([]);
    expect(program.indicators?.subprograms[0].activities[0].indicators.map((i) => i.name)).toEqual([
      'Доля архивных документов, хранящихся в нормативных условиях. Показатель рассчитывается ежегодно',
    ]);
  });

  it('reads a name-only row that starts a new sentence, with nothing merged over it, as an indicator of its own', () => {
    const body = [...BODY.slice(0, 2), [null, null, 'Количество оцифрованных дел']];
    const { program } = read(smallIndicators(body, { merges: ['B7:H7'] }));
    expect(program.indicators?.subprograms[0].activities[0].indicators.map((i) => [i.name, i.unit, i.plan])).toEqual([
      ['Доля архивных документов, хранящихся в нормативных условиях', '%', [{ value: '85', bound: 'min' }, { value: '90', bound: 'min' }]],
      ['Количество оцифрованных дел', '', [null, null]],
    ]);
  });

  it('reports an error value in a text column (S005) at its cell', () => {
    const body = [BODY[0], ['1.1.', ACT, 'Доля архивных документов', { v: '#REF!', error: true }, 'Приоритетный целевой', '60', '70', '80']];
    const { readIssues } = read(smallIndicators(body));
    expect(readIssues.map((i) => [i.rule, i.messageId, i.cell, i.data])).toEqual([['S005', 'errorValue', 'D8', { value: '#REF!' }]]);
  });

  it('reads merged cells repeated without merge areas: header texts in both header rows, № and activity on every row', () => {
    const rows: CellSpec[][] = [
      ['N п/п', 'Основное мероприятие', 'Показатели реализации мероприятий', 'Ед. изм.', 'Тип показателя', 'Базовое значение показателя', 'Планируемое значение по годам реализации', 'Планируемое значение по годам реализации'],
      ['N п/п', 'Основное мероприятие', 'Показатели реализации мероприятий', 'Ед. изм.', 'Тип показателя', 'Базовое значение показателя', '2025', '2026'],
      ['1.', SUB, SUB, SUB, SUB, SUB, SUB, SUB],
      ['1.1.', ACT, 'Доля архивных документов', '%', 'Приоритетный целевой', '60', '70', '80'],
      ['1.1.', ACT, 'Количество посетителей', 'человек', 'Отраслевой', '100', '110', '120'],
    ];
    const { program, readIssues } = read({ name: 'Лист1', rows, merges: [] });
    expect(readIssues).toEqual([]);
    expect(program.indicators?.years).toEqual([y(2025), y(2026)]);
    expect(program.indicators?.subprograms.map((s) => [s.number, s.title, s.activities.map((a) => [a.number, a.indicators.length])])).toEqual([['1.', SUB, [['1.1.', 2]]]]);
  });

  describe('merged cells reported repeated (no merge areas; the value in every cell)', () => {
    const FIRST = 'Доля архивных документов, хранящихся в нормативных условиях, обеспеченных';
    const TAIL = 'средствами пожаротушения и охранной сигнализацией';
    const indicatorsOf = (body: CellSpec[][]) => {
      const { program, readIssues } = read(smallIndicators(body));
      const activities = program.indicators!.subprograms.map((s) => s.activities.map((a): [string, [string, string, unknown][]] => [a.number, a.indicators.map((i) => [i.name, i.unit, i.plan])]));
      return { readIssues, activities };
    };

    it('joins a page-break continuation of a name to the indicator above when only the № and activity cells repeat the activity', () => {
      const { activities, readIssues } = indicatorsOf([
        ['1.', SUB, SUB, SUB, SUB, SUB, SUB, SUB],
        ['1.1.', ACT, FIRST, '%', 'Приоритетный целевой', '60', '70', '80'],
        ['1.1.', ACT, TAIL],
        ['1.1.', ACT, 'Количество посетителей читального зала', 'человек', 'Отраслевой', '100', '110', '120'],
      ]);
      expect(readIssues).toEqual([]);
      expect(activities).toEqual([
        [
          [
            '1.1.',
            [
              [`${FIRST} ${TAIL}`, '%', [{ value: '70', bound: null }, { value: '80', bound: null }]],
              ['Количество посетителей читального зала', 'человек', [{ value: '110', bound: null }, { value: '120', bound: null }]],
            ],
          ],
        ],
      ]);
    });

    it('joins a continuation that starts with a dash (a list inside the name), as in the worked example', () => {
      const { activities } = indicatorsOf([
        ['1.', SUB, SUB, SUB, SUB, SUB, SUB, SUB],
        ['1.1.', ACT, 'Доля архивов, подключенных к сети Интернет на скорости:', '%', 'Приоритетный целевой', '100', '100', '100'],
        ['1.1.', ACT, '- для городских архивов – не менее 50 Мбит/с'],
      ]);
      expect(activities[0][0][1]).toEqual([['Доля архивов, подключенных к сети Интернет на скорости: - для городских архивов – не менее 50 Мбит/с', '%', [{ value: '100', bound: null }, { value: '100', bound: null }]]]);
    });

    it('joins the second paragraph of a name when the unit, type and values repeat the row above (merged over both rows)', () => {
      const { activities } = indicatorsOf([
        ['1.', SUB, SUB, SUB, SUB, SUB, SUB, SUB],
        ['1.1.', ACT, FIRST, '%', 'Приоритетный целевой', '60', '70', '80'],
        ['1.1.', ACT, TAIL, '%', 'Приоритетный целевой', '60', '70', '80'],
      ]);
      expect(activities[0][0][1]).toEqual([[`${FIRST} ${TAIL}`, '%', [{ value: '70', bound: null }, { value: '80', bound: null }]]]);
    });

    it('keeps a next indicator with the same unit and values as its own when its name starts a new sentence', () => {
      const { activities } = indicatorsOf([
        ['1.', SUB, SUB, SUB, SUB, SUB, SUB, SUB],
        ['1.1.', ACT, FIRST, '%', 'Приоритетный целевой', '100', '100', '100'],
        ['1.1.', ACT, 'Доля описей, переведенных в электронный вид', '%', 'Приоритетный целевой', '100', '100', '100'],
      ]);
      expect(activities[0][0][1].map((i) => i[0])).toEqual([FIRST, 'Доля описей, переведенных в электронный вид']);
    });

    it('still reads a row whose № names the next activity as a new activity, not a continuation', () => {
      const { activities } = indicatorsOf([
        ['1.', SUB, SUB, SUB, SUB, SUB, SUB, SUB],
        ['1.1.', ACT, FIRST, '%', 'Приоритетный целевой', '60', '70', '80'],
        ['1.2.', 'Основное мероприятие 02. Оцифровка описей', 'доля оцифрованных описей', '%', 'Отраслевой', '10', '20', '30'],
      ]);
      expect(activities[0].map((a) => [a[0], a[1].length])).toEqual([['1.1.', 1], ['1.2.', 1]]);
    });
  });
});
